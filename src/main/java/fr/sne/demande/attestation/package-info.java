/**
 * Attestation d'enregistrement (R441-2-4 CCH): PDF generation from {@link fr.sne.demande.attestation.DonneesAttestation}.
 */
@NullMarked
package fr.sne.demande.attestation;

import org.jspecify.annotations.NullMarked;
