package fr.sne.pieces.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.stockage.Stockage;
import fr.sne.pieces.application.port.DocumentsPdf;
import fr.sne.pieces.application.port.FileCerfas;
import fr.sne.pieces.domaine.CerfaNumerise;
import fr.sne.pieces.domaine.PlagePages;

/**
 * The national entry centre works its queue of scanned Cerfas (ADR 0025): it lists them, shows a scan (whole, or a
 * page as an image beside the registration wizard), links a scan to the draft its agent types it in, and once that
 * draft is registered files the scan on the new demande as pieces — the form's pages as one piece, the attached
 * pages as another, both in the category {@value #CATEGORIE} that the instruction later qualifies — through
 * {@link DeposerPiece}, in one transaction with its leaving the queue. Only an actor of the centre (a guichet of type
 * {@code CENTRE_NATIONAL}) reaches the queue ({@code CERFA_HORS_CENTRE}).
 */
@Service
public class SaisieCerfas {

    /** The filing plan's category of a digitised piece whose category is not known yet. */
    public static final String CATEGORIE = "A_QUALIFIER";

    /** The length of the queue page. */
    public static final int PAGE = 100;

    private final FileCerfas file;
    private final DocumentsPdf pdf;
    private final Stockage stockage;
    private final DeposerPiece deposer;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    SaisieCerfas(FileCerfas file, DocumentsPdf pdf, Stockage stockage, DeposerPiece deposer,
            TransactionTemplate transaction, Clock horloge) {
        this.file = file;
        this.pdf = pdf;
        this.stockage = stockage;
        this.deposer = deposer;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    /** The queue's state: the oldest scans waiting (at most {@link #PAGE}) and how many wait in all. */
    public record File(List<CerfaNumerise> aSaisir, long total) {
    }

    /** @return whether this actor is the national entry centre's (and may work the queue) */
    public static boolean estDuCentre(Acteur acteur) {
        return acteur.agitPourUnGuichet() && "CENTRE_NATIONAL".equals(acteur.typeGuichet());
    }

    public File file(Acteur acteur) {
        exigerCentre(acteur);
        return new File(file.aSaisir(PAGE), file.nombreASaisir());
    }

    /** A scan waiting in the queue, or already filed but still linked to a draft of the centre. */
    public CerfaNumerise lire(UUID id, Acteur acteur) {
        exigerCentre(acteur);
        return file.parId(id).orElseThrow(() -> introuvable(id));
    }

    /** The whole scan (a stream the caller closes), while it waits in the queue. */
    public InputStream fichier(UUID id, Acteur acteur) {
        CerfaNumerise cerfa = lire(id, acteur);
        return stockage.ouvrir(CerfaNumerise.cleStockage(cerfa.id())).orElseThrow(() -> introuvable(id));
    }

    /** A page (from 1) of the scan as a PNG image. */
    public byte[] imagePage(UUID id, int page, Acteur acteur) {
        CerfaNumerise cerfa = lire(id, acteur);
        if (page < 1 || page > cerfa.pages()) {
            throw introuvable(id);
        }
        try (InputStream contenu = fichier(id, acteur)) {
            return pdf.imagePage(contenu, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The centre's agent starts typing this scan in a new draft.
     *
     * @throws ConflitException {@code CERFA_DEJA_SAISI} when the scan is filed already
     */
    public void lier(UUID id, UUID brouillon, Acteur acteur) {
        CerfaNumerise cerfa = lire(id, acteur);
        if (cerfa.etat() == CerfaNumerise.Etat.SAISI || !file.lier(id, brouillon, acteur.identifiant())) {
            throw new ConflitException(CodeMotif.CERFA_DEJA_SAISI, CodeMotif.CERFA_DEJA_SAISI.message(),
                    java.util.Map.of());
        }
    }

    /** The scan a draft types, if any, for the centre's actor. */
    public Optional<CerfaNumerise> duBrouillon(UUID brouillon, Acteur acteur) {
        return estDuCentre(acteur) ? file.parBrouillon(brouillon) : Optional.empty();
    }

    /**
     * The draft typing a scan has become the demande of this numéro: the scan is filed on it as pieces and leaves
     * the queue, its bytes deleted from the queue's key after the commit. Nothing when the draft types no scan or
     * the scan is filed already (idempotent).
     *
     * @return the pieces lodged (none when there was nothing to do)
     */
    public List<fr.sne.pieces.domaine.Piece> classer(UUID brouillon, String numeroUnique, Acteur acteur) {
        if (!estDuCentre(acteur)) {
            return List.of();
        }
        List<fr.sne.pieces.domaine.Piece> deposees = transaction.execute(statut -> {
            Optional<CerfaNumerise> lie = file.verrouillerParBrouillon(brouillon);
            if (lie.isEmpty() || lie.get().etat() == CerfaNumerise.Etat.SAISI) {
                return List.<fr.sne.pieces.domaine.Piece>of();
            }
            CerfaNumerise cerfa = lie.get();
            List<fr.sne.pieces.domaine.Piece> pieces = new ArrayList<>();
            pieces.add(deposerPages(cerfa, numeroUnique, 1, cerfa.pagesCerfa(), "Cerfa papier numérisé (formulaire, "
                    + "pages 1 à " + cerfa.pagesCerfa() + " du pli)", "cerfa.pdf", acteur));
            if (cerfa.aDesPiecesJointes()) {
                pieces.add(deposerPages(cerfa, numeroUnique, cerfa.pagesCerfa() + 1, cerfa.pages(),
                        "Pièces jointes au Cerfa papier (pages " + (cerfa.pagesCerfa() + 1) + " à " + cerfa.pages()
                                + " du pli)", "pieces-jointes.pdf", acteur));
            }
            file.marquerSaisi(cerfa.id(), numeroUnique, acteur.identifiant(),
                    Instant.now(horloge).truncatedTo(ChronoUnit.MICROS));
            String cle = CerfaNumerise.cleStockage(cerfa.id());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    stockage.supprimer(cle);
                }
            });
            return pieces;
        });
        return deposees == null ? List.of() : deposees;
    }

    private fr.sne.pieces.domaine.Piece deposerPages(CerfaNumerise cerfa, String numeroUnique, int de, int a,
            String libelle, String nom, Acteur acteur) {
        Path extrait = null;
        try {
            extrait = Files.createTempFile("sne-cerfa-", ".pdf");
            try (InputStream source = stockage.ouvrir(CerfaNumerise.cleStockage(cerfa.id()))
                    .orElseThrow(() -> new IllegalStateException("Cerfa numérisé sans fichier : " + cerfa.id()))) {
                pdf.extraire(source, de, a, extrait);
            }
            return deposer.deposer(new DepotPiece(numeroUnique, CATEGORIE, null,
                    List.of(new PlagePages(1, a - de + 1, libelle)), nom, extrait), acteur);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (extrait != null) {
                try {
                    Files.deleteIfExists(extrait);
                } catch (IOException e) {
                    // a temporary file the system cleans
                }
            }
        }
    }

    private static void exigerCentre(Acteur acteur) {
        if (!estDuCentre(acteur)) {
            throw new AccesRefuseException(CodeMotif.CERFA_HORS_CENTRE, CodeMotif.CERFA_HORS_CENTRE.message());
        }
    }

    private static RessourceIntrouvableException introuvable(UUID id) {
        return new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Aucun Cerfa numérisé " + id + " à saisir.");
    }
}
