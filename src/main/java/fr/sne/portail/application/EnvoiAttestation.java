package fr.sne.portail.application;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemarchesDemandeur;
import fr.sne.portail.application.port.CourrielsDepot;

/**
 * Sends the attestation of a filing or a renewal to the applicant by e-mail (R441-2-4 CCH; online, the renewal
 * attestation goes by e-mail), in his language: the registry's PDF attached, a short text of the portal's bundle.
 * A mail that cannot be sent does not undo the filing: the page says so and offers the download.
 */
@Component
class EnvoiAttestation {

    private static final Logger JOURNAL = LoggerFactory.getLogger(EnvoiAttestation.class);

    private final DemarchesDemandeur demarches;
    private final CourrielsDepot courriels;
    private final MessageSource textes;

    EnvoiAttestation(DemarchesDemandeur demarches, CourrielsDepot courriels, MessageSource textes) {
        this.demarches = demarches;
        this.courriels = courriels;
        this.textes = textes;
    }

    /** @return whether the mail was handed to the mail server */
    boolean envoyer(String numero, String courriel, Acteur acteur, Locale langue, boolean renouvellement) {
        String sorte = renouvellement ? "renouvellement" : "depot";
        try {
            byte[] pdf = demarches.attestation(numero, acteur);
            courriels.envoyer(courriel,
                    textes.getMessage("depot.courriel." + sorte + ".objet", new Object[] {numero}, langue),
                    textes.getMessage("depot.courriel." + sorte + ".texte", new Object[] {numero}, langue),
                    "attestation-" + numero + ".pdf", pdf);
            return true;
        } catch (RuntimeException e) {
            JOURNAL.warn("Attestation de la demande {} non envoyée par courriel", numero, e);
            return false;
        }
    }
}
