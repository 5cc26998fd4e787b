/**
 * The demande de logement social: registration, numéro unique, duplicates, attestation, movements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demande")
@org.jspecify.annotations.NullMarked
package fr.sne.demande;
