package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ClientApi.Reponse;
import fr.sne.ApiIT;

class AttestationIT extends ApiIT {

    @Autowired
    private Clock horloge;

    @Test
    void l_attestation_est_un_pdf_lisible_avec_le_contenu_de_la_demande() throws Exception {
        DemandeExemple demande = DemandeExemple.nord();
        String numero = api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString())
                .json().get("numeroUnique").asString();

        LocalDate avant = LocalDate.now(horloge);
        Reponse pdf = api.get("G5901", "/v1.0/demandes/" + numero + "/attestation");
        LocalDate apres = LocalDate.now(horloge);

        assertThat(pdf.statut()).isEqualTo(200);
        assertThat(pdf.entete("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.entete("Content-Disposition")).contains("attestation-" + numero + ".pdf");
        String texte;
        try (PDDocument document = Loader.loadPDF(pdf.corps())) {
            texte = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(texte).contains(numero, demande.nom(), "Claire", "Lille (59350)", "Roubaix (59512)",
                "Habitat du Nord (démo)", "Métropole Logis (démo)", "Nord");
        // delivered on the application's day, read before and after the call: either, should midnight pass
        DateTimeFormatter jjmmaaaa = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        assertThat(texte).containsAnyOf(avant.format(jjmmaaaa), apres.format(jjmmaaaa));
        // the local run configures no DALO delay: the attestation says so rather than printing a made-up date
        assertThat(texte).contains("Délai non encore fixé pour ce territoire");
    }

    @Test
    void l_attestation_d_une_demande_d_un_autre_territoire_est_introuvable() {
        String numero = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString())
                .json().get("numeroUnique").asString();
        assertThat(api.get("G1101", "/v1.0/demandes/" + numero + "/attestation").statut()).isEqualTo(404);
    }
}
