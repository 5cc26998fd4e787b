package fr.sne.pieces.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.qr.ContenuQr;
import fr.sne.commun.qr.LecteurQr;
import fr.sne.commun.qr.QrRefuseException;
import fr.sne.commun.qr.SceauQr;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.PlagePages;

/**
 * The digitisation intake (ADR 0024): a scanned bundle whose first page is a fiche de transmission or an
 * attestation's first page. The page is rendered to an image and its QR code read and verified ({@link SceauQr});
 * the following pages are filed on the demande it names, one piece per page range the provider gives (by default
 * one piece per page), each through {@link DeposerPiece} with its checks (content, size, duplicate, full category).
 * <p>
 * All or nothing: one transaction, which each lodging joins; {@link DeposerPiece} removes the object it wrote when
 * the transaction does not commit, so that a bundle refused at its last piece leaves nothing behind. The signed code is what lets the provider file on a
 * demande of any territory: it acts, for this bundle only, with the scope of the demande's territory, and reads
 * nothing of the demande.
 */
@Service
public class NumeriserLot {

    /** Pages of a bundle at most (a fiche and a thick file of pieces). */
    public static final int PAGES_MAX = 500;

    private final DeposerPiece deposer;
    private final SceauQr sceau;

    NumeriserLot(DeposerPiece deposer, SceauQr sceau) {
        this.deposer = deposer;
        this.sceau = sceau;
    }

    /**
     * The pages {@code de} to {@code a} of the bundle (from 1, the sheet being page 1) as one piece.
     *
     * @param categorie the filing plan's category, null: to be qualified later
     * @param libelle   what the pages are ("avis d'imposition 2025"), if the provider says
     */
    public record PlageLot(int de, int a, @Nullable String categorie, @Nullable String libelle) {
    }

    /** A bundle filed: the demande, the kind of sheet it came with, the pieces in page order. */
    public record LotClasse(String numeroUnique, ContenuQr feuille, List<Piece> pieces) {
        public LotClasse {
            pieces = List.copyOf(pieces);
        }
    }

    /**
     * @param lot    the scanned PDF, already on disk (the caller deletes it)
     * @param plages the pieces' page ranges, covering pages 2 to the last in order; empty: one piece per page
     * @throws LotRefuseException no readable code on page 1 ({@code QR_ILLISIBLE}) or not a valid one
     *                             ({@code QR_INVALIDE}), unreadable bundle, no page after the sheet, ranges that do
     *                             not cover it; and the refusals of {@link DeposerPiece} (full category…)
     */
    @Transactional
    public LotClasse executer(Path lot, List<PlageLot> plages, Acteur acteur) {
        try (PDDocument document = ouvrir(lot)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw refus("lot", CodeMotif.LOT_ILLISIBLE, Map.of());
            }
            if (pages > PAGES_MAX) {
                throw refus("lot", CodeMotif.TAILLE, Map.of("max", PAGES_MAX));
            }
            String texte = LecteurQr.lire(document, 0)
                    .orElseThrow(() -> refus("lot", CodeMotif.QR_ILLISIBLE, Map.of()));
            ContenuQr feuille;
            try {
                feuille = sceau.verifier(texte);
            } catch (QrRefuseException e) {
                throw refus("lot", e.code(), Map.of());
            }
            if (pages < 2) {
                throw refus("lot", CodeMotif.LOT_SANS_PIECE, Map.of());
            }
            List<PlageLot> retenues = plages.isEmpty() ? parPage(pages) : verifiees(plages, pages);
            Acteur pourCetteDemande = new Acteur(acteur.type(), acteur.identifiant(), acteur.guichet(),
                    acteur.typeGuichet(), Set.of(feuille.numeroUnique().substring(0, 3)), false);
            List<Piece> deposees = new ArrayList<>();
            for (PlageLot plage : retenues) {
                deposees.add(deposer(document, plage, feuille.numeroUnique(), pourCetteDemande));
            }
            return new LotClasse(feuille.numeroUnique(), feuille, deposees);
        } catch (IOException e) {
            throw new UncheckedIOException("lecture du lot impossible", e);
        }
    }

    private static PDDocument ouvrir(Path lot) {
        try {
            PDDocument document = Loader.loadPDF(lot.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
            if (document.isEncrypted()) {
                document.close();
                throw refus("lot", CodeMotif.LOT_ILLISIBLE, Map.of());
            }
            return document;
        } catch (InvalidPasswordException e) {
            throw refus("lot", CodeMotif.LOT_ILLISIBLE, Map.of());
        } catch (IOException e) {
            throw refus("lot", CodeMotif.LOT_ILLISIBLE, Map.of());
        }
    }

    private static List<PlageLot> parPage(int pages) {
        List<PlageLot> plages = new ArrayList<>();
        for (int page = 2; page <= pages; page++) {
            plages.add(new PlageLot(page, page, null, null));
        }
        return plages;
    }

    /** The provider's ranges, if they cover pages 2 to the last, in order, without gap nor overlap. */
    private static List<PlageLot> verifiees(List<PlageLot> plages, int pages) {
        int attendue = 2;
        for (PlageLot plage : plages) {
            if (plage.de() != attendue || plage.a() < plage.de()) {
                break;
            }
            attendue = plage.a() + 1;
        }
        if (attendue != pages + 1) {
            throw refus("plages", CodeMotif.PLAGES_PAGES_INVALIDES, Map.of("premiere", 2, "derniere", pages));
        }
        return plages;
    }

    private Piece deposer(PDDocument lot, PlageLot plage, String numeroUnique, Acteur acteur) throws IOException {
        Path fichier = Files.createTempFile("sne-lot-", ".pdf");
        try {
            try (PDDocument piece = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                for (int page = plage.de(); page <= plage.a(); page++) {
                    piece.importPage(lot.getPage(page - 1));
                }
                piece.save(fichier.toFile());
            }
            String categorie = plage.categorie() == null || plage.categorie().isBlank() ? Categorie.A_QUALIFIER
                    : plage.categorie();
            int nombre = plage.a() - plage.de() + 1;
            return deposer.deposer(new DepotPiece(numeroUnique, categorie, null,
                    List.of(new PlagePages(1, nombre, plage.libelle())),
                    "lot-pages-" + plage.de() + "-" + plage.a() + ".pdf", fichier), acteur);
        } finally {
            Files.deleteIfExists(fichier);
        }
    }

    private static LotRefuseException refus(String champ, CodeMotif code, Map<String, Object> parametres) {
        return new LotRefuseException(champ, code, parametres);
    }

    /**
     * A bundle refused before any piece is filed: its code ({@code QR_ILLISIBLE}, {@code QR_INVALIDE},
     * {@code LOT_ILLISIBLE}, {@code LOT_SANS_PIECE}, {@code PLAGES_PAGES_INVALIDES}, {@code TAILLE}), the part of
     * the request it is about, and the message of the catalogue.
     */
    public static class LotRefuseException extends RuntimeException {

        private final String champ;
        private final CodeMotif code;

        LotRefuseException(String champ, CodeMotif code, Map<String, Object> parametres) {
            super(code.message(parametres));
            this.champ = champ;
            this.code = code;
        }

        public String champ() {
            return champ;
        }

        public CodeMotif code() {
            return code;
        }
    }
}
