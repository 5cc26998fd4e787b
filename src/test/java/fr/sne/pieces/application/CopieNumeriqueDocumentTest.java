package fr.sne.pieces.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.demande.DossiersDemandeurs.DossierDemandeur;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Guichets;
import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.NaturePiece;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.PlanDeClassement;
import fr.sne.pieces.domaine.RegleObsolescence;
import fr.sne.pieces.domaine.PlagePages;
import fr.sne.pieces.domaine.Qualification;

/** The PDF of the digital copy: accessible (PDF/UA-1), the demande's summary and each piece with its state. */
class CopieNumeriqueDocumentTest {

    private static final Guichets GUICHETS = new Guichets() {
        @Override
        public Optional<Guichet> parCode(String code) {
            return Optional.of(new Guichet(code, "Habitat du Nord (démo)", "BAILLEUR", "059", List.of(), null));
        }

        @Override
        public Optional<fr.sne.guichet.GuichetEnregistre> enregistre(String code, String client) {
            return Optional.empty();
        }

        @Override
        public Optional<fr.sne.guichet.ClientApiEnregistre> client(String client) {
            return Optional.empty();
        }
    };

    @Test
    void le_recapitulatif_et_la_liste_des_pieces_dans_un_pdf_accessible() throws Exception {
        StockPlan plan = new StockPlan() {
            @Override
            public PlanDeClassement courant() {
                return new PlanDeClassement(1, List.of(
                        new Categorie("IDENTITE", "Identité et régularité du séjour", 10, NaturePiece.ENREGISTREMENT,
                                new RegleObsolescence.Aucune()),
                        new Categorie(Categorie.A_QUALIFIER, "À qualifier", 20, NaturePiece.COMPLEMENTAIRE,
                                new RegleObsolescence.Aucune())));
            }

            @Override
            public Instant publieLe() {
                return Instant.EPOCH;
            }

            @Override
            public PlanDeClassement publier(List<Categorie> categories, String publiePar, Instant quand) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Map<String, Integer> piecesParCategorie() {
                return java.util.Map.of();
            }
        };
        EnvoyerCopieNumerique copie = new EnvoyerCopieNumerique(null, null, null, null, new GenerateurPdf(),
                GUICHETS, plan, Clock.systemUTC(), null);
        Instant depot = Instant.parse("2026-11-03T09:00:00Z");
        DossierDemandeur dossier = new DossierDemandeur("0591126000042G5901", "059", "Nord", true,
                LocalDate.of(2026, 11, 3), LocalDate.of(2027, 11, 3), "Madame Claire Dépôt",
                List.of("12 rue de Paris", "59000 Lille"), "claire@example.org", "Habitat du Nord (démo)",
                List.of("Lille (59350)"), List.of("T2"), 1);
        List<Piece> pieces = List.of(
                new Piece(UUID.randomUUID(), "0591126000042G5901", "IDENTITE", null,
                        List.of(new PlagePages(1, 2, "carte d'identité")), "application/pdf", 1_000, "a".repeat(64),
                        "G5901", depot, Qualification.VALIDE, false),
                new Piece(UUID.randomUUID(), "0591126000042G5901", "A_QUALIFIER", null, List.of(), "image/png", 500,
                        "b".repeat(64), "GNUMA", depot, null, false),
                new Piece(UUID.randomUUID(), "0591126000042G5901", "AVIS_IMPOSITION", null,
                        List.of(new PlagePages(1, 1, null)), "application/pdf", 800, "c".repeat(64), "G5901", depot,
                        null, true));

        byte[] pdf = copie.document(dossier, Acteur.clientApi("demo-g5901", "G5901", "BAILLEUR", "059"), pieces,
                Instant.parse("2026-12-07T10:00:00Z"));

        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour ua = PDFAFlavour.PDFUA_1;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), ua);
                PDFAValidator validateur = Foundries.defaultInstance().createValidator(ua, false)) {
            assertThat(validateur.validate(parser).getTestAssertions())
                    .filteredOn(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .extracting(t -> t.getRuleId().getClause() + " " + t.getMessage()).isEmpty();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String texte = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(texte).contains("0591126000042G5901", "Madame Claire Dépôt", "État du dossier au 07/12/2026",
                    "Vos pièces justificatives (3)", "Identité et régularité du séjour — carte d'identité", "À qualifier", "1–2", "Valide", "Déposée",
                    "Obsolète", "Copie envoyée par Habitat du Nord (démo)").doesNotContain("claire@example.org");
        }
    }
}
