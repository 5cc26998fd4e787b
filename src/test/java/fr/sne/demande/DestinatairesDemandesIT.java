package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.acteur.Acteur;

/**
 * The applicant to write to about a demande ({@link DestinatairesDemandes}): named and addressed exactly as the
 * attestation's summary ({@link DossiersDemandeurs}) names and addresses him, for an actor that may see the demande;
 * nobody for an unknown or malformed numéro or an actor out of reach.
 */
class DestinatairesDemandesIT extends ApiIT {

    private static final Acteur TRAITEMENT = Acteur.traitement("test-destinataires");

    @Autowired
    private DestinatairesDemandes destinataires;

    @Autowired
    private DossiersDemandeurs dossiers;

    @Test
    void le_destinataire_est_celui_que_l_attestation_nomme_et_adresse() {
        Reponse r = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        String numero = r.json().get("numeroUnique").asString();

        DestinatairesDemandes.Destinataire destinataire = destinataires.lire(numero, TRAITEMENT).orElseThrow();
        DossiersDemandeurs.DossierDemandeur dossier = dossiers.lire(numero, TRAITEMENT);
        assertThat(destinataire.nomComplet()).isEqualTo(dossier.nomComplet()).isNotBlank();
        assertThat(destinataire.adresse()).isEqualTo(dossier.adresse()).isNotEmpty();
        assertThat(destinataire.courriel()).isEqualTo(dossier.courriel()).isEqualTo("claire@example.org");

        // an agent of another territory reads nothing of it
        assertThat(destinataires.lire(numero, Acteur.agent("agent-g6201", "G6201", "BAILLEUR", "062"))).isEmpty();
    }

    @Test
    void personne_pour_un_numero_inconnu_ou_mal_forme() {
        assertThat(destinataires.lire("0591126999999G5901", TRAITEMENT)).isEmpty();
        assertThat(destinataires.lire("n'importe quoi' or 1=1 --", TRAITEMENT)).isEmpty();
        assertThat(destinataires.lire("", TRAITEMENT)).isEmpty();
    }
}
