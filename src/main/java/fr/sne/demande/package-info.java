/**
 * La demande de logement social : enregistrement, numéro unique, doublons, attestation, mouvements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demande")
package fr.sne.demande;
