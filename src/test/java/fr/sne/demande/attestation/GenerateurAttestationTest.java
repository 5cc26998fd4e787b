package fr.sne.demande.attestation;

import static fr.sne.demande.attestation.DonneesAttestationBuilder.uneAttestation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.qr.SceauQr;
import fr.sne.demande.attestation.DonneesAttestation.Organisme;
import fr.sne.demande.attestation.DonneesAttestation.Personne;

class GenerateurAttestationTest {

    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final GenerateurAttestation generateur =
            new GenerateurAttestation(new GenerateurPdf(), SceauQr.avecCle(SceauQr.CLE_DEMONSTRATION));

    record Lu(int pages, String texte, PDDocument doc) {
    }

    private static Lu lire(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new Lu(doc.getNumberOfPages(), new PDFTextStripper().getText(doc), doc);
        }
    }

    /** Text without page footers, line breaks turned into spaces, to find entries that were wrapped. */
    private static String aplati(String texte) {
        return texte.replaceAll("Attestation d'enregistrement — numéro unique \\S+ page \\d+ / \\d+", " ")
                .replaceAll("\\s+", " ");
    }

    private static String jjmmaaaa(LocalDate d) {
        return JJ_MM_AAAA.format(d);
    }

    @Test
    void contient_les_mentions_de_l_article_R441_2_4() throws IOException {
        DonneesAttestation d = uneAttestation().build();
        byte[] pdf = generateur.generer(d);

        Path exemple = Path.of("target", "attestation-exemple.pdf");
        Files.createDirectories(exemple.getParent());
        Files.write(exemple, pdf);

        String texte = lire(pdf).texte();
        String plat = aplati(texte);
        // the sample was renewed: the document is an attestation de renouvellement
        assertThat(plat).contains(GenerateurAttestation.TITRE_RENOUVELLEMENT, d.numeroUnique());
        // demandeur, co-demandeur, guichet
        assertThat(texte).contains(d.demandeur().nom(), d.demandeur().prenoms(), "Bâtiment C, 3e étage");
        assertThat(texte).contains(d.coDemandeurs().getFirst().nom(), d.coDemandeurs().getFirst().prenoms());
        assertThat(plat).contains(d.guichet().nom(), "12 place Léon Blum", d.guichet().telephone());
        // dates
        assertThat(texte).contains(jjmmaaaa(d.dateDepot()), jjmmaaaa(d.dateDernierRenouvellement()),
                jjmmaaaa(d.dateFinValidite()), jjmmaaaa(d.dateSaisineDalo()), "12/09/2024");
        // communes in order of preference, bailleurs, DALO commission
        assertThat(plat).containsSubsequence(d.communesSouhaitees());
        for (Organisme b : d.bailleurs()) {
            assertThat(plat).contains(b.nom());
        }
        assertThat(plat).contains("Commission de médiation DALO de Paris", "DRIHL — 5 rue Leblanc");
        // accents and typographic characters of WinAnsi survive
        assertThat(texte).contains("Île-de-France", "Dépôt", "Hélène Françoise", "Jérôme", "l'Église", "—",
                "élargie");
        // each address line stays on its own line
        assertThat(texte.lines().map(String::trim)).contains("Bâtiment C, 3e étage", "75015 Paris");
        // French high punctuation never starts a line on its own
        assertThat(texte.lines().map(String::trim)).doesNotContain(";", ":", "»");
        // the seven sections and the two annexes
        assertThat(texte).containsSubsequence("1. Demandeur", "2. Service", "3. Votre demande", "4. Bailleurs",
                "5. Droit au logement opposable", "6. Validité", "7. Suivre votre demande",
                "Annexe 1", "Récapitulatif de votre demande et prochaines étapes", "Annexe 2", "Pièces justificatives");
    }

    @Test
    void pied_de_page_numerote_et_metadonnees() throws IOException {
        DonneesAttestation d = uneAttestation().genereLe(Instant.parse("2024-09-12T21:30:00Z")).build();
        byte[] pdf;
        TimeZone zoneMachine = TimeZone.getDefault();
        try {
            // neither the creation date nor the printed date may depend on the machine's default zone
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            pdf = generateur.generer(d);
        } finally {
            TimeZone.setDefault(zoneMachine);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = doc.getNumberOfPages();
            assertThat(total).isGreaterThanOrEqualTo(3);
            for (int i = 1; i <= total; i++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(i);
                page.setEndPage(i);
                String texte = page.getText(doc);
                assertThat(texte).contains("page " + i + " / " + total, d.numeroUnique());
                assertThat(doc.getPage(i - 1).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            }
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).startsWith(GenerateurAttestation.TITRE_RENOUVELLEMENT);
            assertThat(info.getAuthor()).isEqualTo("SNE");
            Calendar creation = info.getCreationDate();
            assertThat(creation.toInstant()).isEqualTo(d.genereLe());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            // 21:30 UTC is 23:30 in Paris: still the 12th (it is already the 13th in Kiritimati)
            assertThat(new PDFTextStripper().getText(doc)).contains("Délivrée le 12/09/2024");
        }
    }

    @Test
    void sans_renouvellement_ni_bailleur_ni_co_demandeur() throws IOException {
        DonneesAttestation d = uneAttestation().dateDernierRenouvellement(null).bailleurs(List.of())
                .coDemandeurs(List.of()).elargie(false).build();
        String plat = aplati(lire(generateur.generer(d)).texte());
        assertThat(plat).contains("Aucun (première année de validité)",
                "Aucun bailleur social n'est connu à ce jour", "Non : seules les communes demandées");
        assertThat(plat).doesNotContain("Co-demandeur");
    }

    @Test
    void listes_longues_sur_plusieurs_pages_sans_perte() throws IOException {
        List<String> communes = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "Commune numéro %02d de l'Essonne (91%03d)".formatted(i, i * 7)).toList();
        List<Organisme> bailleurs = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new Organisme("Bailleur social n°%02d — Office public de l'habitat".formatted(i),
                        List.of("%d avenue de la République".formatted(i), "91000 Évry-Courcouronnes"),
                        i % 2 == 0 ? "01 60 00 00 %02d".formatted(i) : null))
                .toList();
        DonneesAttestation petite = uneAttestation().build();
        DonneesAttestation d = uneAttestation().communes(communes).bailleurs(bailleurs).build();

        byte[] pdf = generateur.generer(d);
        Files.write(Path.of("target", "attestation-longue.pdf"), pdf);
        Lu lu = lire(pdf);
        Lu luPetite = lire(generateur.generer(petite));
        assertThat(lu.pages()).isGreaterThan(luPetite.pages());
        String plat = aplati(lu.texte());
        // every commune, in order, numbered
        List<String> numerotees = new ArrayList<>();
        for (int i = 0; i < communes.size(); i++) {
            numerotees.add((i + 1) + ". " + communes.get(i));
        }
        assertThat(plat).containsSubsequence(numerotees);
        assertThat(plat).containsSubsequence(bailleurs.stream().map(Organisme::nom).toList());
        for (Organisme b : bailleurs) {
            assertThat(plat).contains(b.nom() + " — " + String.join(", ", b.adresse()));
        }
        assertThat(lu.texte()).contains("page " + lu.pages() + " / " + lu.pages());
    }

    @Test
    void chaque_caractere_latin_grec_ou_cyrillique_s_imprime_tel_quel() throws IOException {
        DonneesAttestation d = uneAttestation()
                .demandeur(new Personne("Monsieur", "Nguyễn", "Văn Łukasz",
                        List.of("5 ulica Żółkiewskiego", "Ελλάδα", "75011\u202FParis")))
                .coDemandeurs(List.of(new Personne("Madame", "Смирнова", "Анна Ἀλεξάνδρα", List.of("Київ"))))
                .communes(List.of("Saint-Étienne (42000)", "Œuilly (51480)"))
                .build();
        String texte = lire(generateur.generer(d)).texte();
        assertThat(texte).contains("Nguyễn", "Văn Łukasz", "Żółkiewskiego", "Ελλάδα", "Смирнова", "Анна",
                "Ἀλεξάνδρα", "Київ", "Saint-Étienne", "Œuilly");
        assertThat(texte).containsPattern("75011\\s+Paris");
        // nothing was transcribed, so the document does not say so
        assertThat(aplati(texte)).doesNotContain("transcrits en alphabet latin", "#");
    }

    @Test
    void une_ecriture_sans_police_embarquee_est_transcrite_et_signalee() throws IOException {
        DonneesAttestation d = uneAttestation()
                .demandeur(new Personne("Monsieur", "王", "小明", List.of("12 rue de l'Église", "75011 Paris")))
                .build();
        String plat = aplati(lire(generateur.generer(d)).texte());
        // printed in Latin letters (pinyin), never as empty boxes or "#", and the applicant is told why
        assertThat(plat).contains("Monsieur xiǎo míng wáng", "transcrits en alphabet latin");
        assertThat(plat).doesNotContain("王", "#");
    }

    @Test
    void dalo_non_configure_le_document_le_dit_au_lieu_d_inventer() throws IOException {
        DonneesAttestation d = uneAttestation().dateSaisineDalo(null).commissionDalo(null).build();
        String plat = aplati(lire(generateur.generer(d)).texte());
        assertThat(plat).contains("Délai non encore fixé pour ce territoire",
                "renseignez-vous auprès du service qui a enregistré votre demande (" + d.guichet().nom() + ")",
                "Adresse non encore renseignée dans SNE pour ce territoire");
        assertThat(plat).doesNotContain("vous pourrez saisir la commission à partir du", "Commission de médiation DALO de");

        String configure = aplati(lire(generateur.generer(uneAttestation().build())).texte());
        assertThat(configure).contains("vous pourrez saisir la commission à partir du 01/10/2026")
                .doesNotContain("non encore fixé", "non encore renseignée");
    }

    @Test
    void deterministe_pour_les_memes_donnees() {
        DonneesAttestation d = uneAttestation().build();
        byte[] premier = generateur.generer(d);
        byte[] second = generateur.generer(uneAttestation().build());
        assertThat(second).isEqualTo(premier);
        byte[] autre = generateur.generer(uneAttestation().numeroUnique("1110318016982G1104").build());
        assertThat(autre).isNotEqualTo(premier);
    }
}
