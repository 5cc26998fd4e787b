/** The portal's domain: the applicant's identity and how a demande came to be attached to his account. */
@org.jspecify.annotations.NullMarked
package fr.sne.portail.domaine;
