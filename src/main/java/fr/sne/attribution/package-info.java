/**
 * The attribution chain (R441-3 CCH): dwellings put to attribution, candidates, CAL/CALEOL sessions and decisions,
 * the applicant's answer and the lease; the réservataires and their flux (décret 2020-145); resources per
 * consumption unit, the first quartile and the mixité of L441-1.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attributions")
@org.jspecify.annotations.NullMarked
package fr.sne.attribution;
