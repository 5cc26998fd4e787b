/**
 * The gestion partagée (décret 2015-523, R441-2-15 CCH): the national catalogue of the events every actor of a
 * territory shares about a demande, their recording and who sees them (the applicant, per territory), and the
 * priorities recognised (L441-1, DALO).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gestion partagée")
@org.jspecify.annotations.NullMarked
package fr.sne.gestion;
