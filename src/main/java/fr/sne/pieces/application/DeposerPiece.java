package fr.sne.pieces.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.stockage.Ecriture;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.MouvementsPieces;
import fr.sne.pieces.application.port.ControleContenu;
import fr.sne.pieces.application.port.StockPieces;
import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.PlagePages;
import fr.sne.pieces.domaine.PlanDeClassement;

/**
 * Lodges a piece on a demande the actor sees (issue 17 §2): its content is checked (type recognised from the bytes:
 * PDF, JPEG or PNG; no encrypted PDF, none with JavaScript or embedded files; an image's declared size read from its
 * header only; a truncated or empty file refused; at most {@code sne.pieces.taille-max}), its name (no path) and what
 * it claims to be (its extension, its declared type) must fit the content; a file already on the demande (same
 * SHA-256) or a full category is refused; then its metadata and its movement (PJD) are written and its bytes
 * streamed to the store under {@code pieces/<uuid>}, in one transaction: a failure of the store rolls the metadata
 * back, a rollback after the write deletes the bytes. Refusals are exceptions carrying a {@link CodeMotif}; nothing
 * is stored when refused.
 */
@Service
public class DeposerPiece {

    /** The prefix of the pieces' keys in the store: {@code pieces/<uuid>}, a key that names no one. */
    public static final String PREFIXE_CLE = "pieces/";

    /** The file extensions a piece may have, and the type each claims. */
    static final Map<String, String> EXTENSIONS = Map.of("pdf", "application/pdf", "jpg", "image/jpeg", "jpeg",
            "image/jpeg", "jpe", "image/jpeg", "png", "image/png");

    /** The declared types a sender may give, and the type each stands for (image/jpg is a common misspelling). */
    static final Map<String, String> TYPES_DECLARES = Map.of("application/pdf", "application/pdf", "image/jpeg",
            "image/jpeg", "image/jpg", "image/jpeg", "image/pjpeg", "image/jpeg", "image/png", "image/png");

    private static final int NOM_MAX = 255;

    private final DemandesPieces demandes;
    private final StockPlan plan;
    private final StockPieces pieces;
    private final ControleContenu controle;
    private final Stockage stockage;
    private final MouvementsPieces mouvements;
    private final Clock horloge;
    private final long tailleMax;

    DeposerPiece(DemandesPieces demandes, StockPlan plan, StockPieces pieces, ControleContenu controle,
            Stockage stockage, MouvementsPieces mouvements, Clock horloge,
            @Value("${sne.pieces.taille-max:10MB}") DataSize tailleMax) {
        this.demandes = demandes;
        this.plan = plan;
        this.pieces = pieces;
        this.controle = controle;
        this.stockage = stockage;
        this.mouvements = mouvements;
        this.horloge = horloge;
        this.tailleMax = tailleMax.toBytes();
    }

    /**
     * @return the piece lodged
     * @throws fr.sne.commun.RessourceIntrouvableException unknown or invisible demande, or erased
     * @throws ConflitException          a radiated demande ({@code DEMANDE_NON_ACTIVE}), a full category
     *                                   ({@code CATEGORIE_PLEINE}, naming its obsolete pieces), the same file already
     *                                   on the demande ({@code PIECE_EN_DOUBLE})
     * @throws DonneesInvalidesException field by field: the category, the person, the pages, the file (its name, size,
     *                                   type and content: {@link ControleContenu#examiner})
     */
    @Transactional
    public Piece deposer(DepotPiece depot, Acteur acteur) {
        return deposer(depot, null, acteur);
    }

    /**
     * The same, with the type the sender declared for the file (a multipart part's Content-Type), which must fit the
     * content unless it is {@code application/octet-stream}.
     */
    @Transactional
    public Piece deposer(DepotPiece depot, @Nullable String typeDeclare, Acteur acteur) {
        DemandeLue demande = demandes.lire(depot.numeroUnique(), acteur);
        if (!demande.estActive()) {
            throw new ConflitException(CodeMotif.DEMANDE_NON_ACTIVE, CodeMotif.DEMANDE_NON_ACTIVE.message(Map.of(
                    "numero", demande.numeroUnique(), "action", "complétée d'une pièce")), Map.of());
        }
        PlanDeClassement courant = plan.courant();
        List<ErreurChamp> erreurs = new ArrayList<>();
        Categorie categorie = courant.categorie(depot.categorie()).orElse(null);
        if (categorie == null) {
            erreurs.add(new ErreurChamp("categorie", CodeMotif.CATEGORIE_INCONNUE, CodeMotif.CATEGORIE_INCONNUE
                    .message(Map.of("categorie", court(depot.categorie()), "version", courant.version()))));
        }
        if (depot.personne() != null && !Personnes.existe(demande, depot.personne())) {
            erreurs.add(new ErreurChamp("personne", CodeMotif.PERSONNE_INCONNUE,
                    CodeMotif.PERSONNE_INCONNUE.message(Map.of("personne", court(depot.personne())))));
        }
        if (depot.nomFichier() != null && !nomAdmis(depot.nomFichier())) {
            erreurs.add(ErreurChamp.de("fichier", CodeMotif.NOM_FICHIER_INVALIDE));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        long taille = taille(depot.fichier());
        if (taille == 0) {
            throw refus(ErreurChamp.de("fichier", CodeMotif.PIECE_VIDE));
        }
        if (taille > tailleMax) {
            throw refus(new ErreurChamp("fichier", CodeMotif.PIECE_TROP_VOLUMINEUSE,
                    CodeMotif.PIECE_TROP_VOLUMINEUSE.message(Map.of("max", tailleMax))));
        }
        ControleContenu.ContenuReconnu contenu = controle.examiner(depot.fichier());
        verifierAnnonce(depot.nomFichier(), typeDeclare, contenu.typeMedia());
        verifierPages(depot.pages(), contenu.pages());
        String sha256 = sha256(depot.fichier());

        pieces.verrouiller(demande.numeroUnique());
        List<Piece> actives = demandes.actives(demande.numeroUnique());
        for (Piece p : actives) {
            if (p.sha256().equals(sha256)) {
                throw new ConflitException(CodeMotif.PIECE_EN_DOUBLE, CodeMotif.PIECE_EN_DOUBLE.message(
                        Map.of("piece", p.id())), Map.of("piece", p.id().toString()));
            }
        }
        List<Piece> memeCategorie = actives.stream().filter(p -> p.categorie().equals(categorie.code())).toList();
        if (memeCategorie.size() >= categorie.maximum()) {
            List<String> obsoletes = memeCategorie.stream().filter(Piece::obsolete)
                    .sorted(Comparator.comparing(Piece::deposeeLe)).map(p -> p.id().toString()).toList();
            throw new ConflitException(CodeMotif.CATEGORIE_PLEINE, CodeMotif.CATEGORIE_PLEINE.message(Map.of(
                    "categorie", categorie.code(), "maximum", categorie.maximum())), Map.of("categorie",
                    categorie.code(), "maximum", categorie.maximum(), "piecesObsoletes", obsoletes));
        }

        UUID id = UUID.randomUUID();
        String cle = PREFIXE_CLE + id;
        Piece piece = new Piece(id, demande.numeroUnique(), categorie.code(), depot.personne(), depot.pages(),
                contenu.typeMedia(), taille, sha256, acteur.guichet(), horloge.instant().truncatedTo(
                        java.time.temporal.ChronoUnit.MICROS), null, false);
        pieces.ajouter(piece, cle, acteur);
        mouvements.journaliser(new MouvementsPieces.MouvementPiece(MouvementsPieces.TypePiece.PJD,
                demande.numeroUnique(), acteur.guichet(), Descriptions.de(piece), null, null), acteur);
        // the bytes last: a failing store rolls the metadata back; a rollback after the write deletes them
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int statut) {
                if (statut != STATUS_COMMITTED) {
                    stockage.supprimer(cle);
                }
            }
        });
        Ecriture ecrite;
        try (InputStream flux = Files.newInputStream(depot.fichier())) {
            ecrite = stockage.ecrire(cle, flux);
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de la pièce à déposer impossible", e);
        }
        if (ecrite.taille() != taille || !ecrite.sha256().equals(sha256)) {
            throw new IllegalStateException("le fichier de la pièce a changé pendant son dépôt");
        }
        return piece;
    }

    /** A file name without path, parent, control character, and not too long. */
    static boolean nomAdmis(String nom) {
        return !nom.isEmpty() && nom.length() <= NOM_MAX && !nom.contains("/") && !nom.contains("\\")
                && !nom.contains("..") && !nom.equals(".") && nom.codePoints().noneMatch(c -> Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT);
    }

    /** The extension of the name and the declared type, when given, must claim the type the content is. */
    private static void verifierAnnonce(@Nullable String nomFichier, @Nullable String typeDeclare, String type) {
        if (nomFichier != null) {
            int point = nomFichier.lastIndexOf('.');
            if (point >= 0) {
                String extension = nomFichier.substring(point + 1).toLowerCase(Locale.ROOT);
                String annonce = EXTENSIONS.get(extension);
                if (!type.equals(annonce)) {
                    throw nonConforme("un fichier ." + court(extension), type);
                }
            }
        }
        if (typeDeclare != null) {
            String declare = typeDeclare.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!declare.isEmpty() && !declare.equals("application/octet-stream")
                    && !type.equals(TYPES_DECLARES.get(declare))) {
                throw nonConforme(court(declare), type);
            }
        }
    }

    private static DonneesInvalidesException nonConforme(String annonce, String type) {
        return refus(new ErreurChamp("fichier", CodeMotif.CONTENU_NON_CONFORME,
                CodeMotif.CONTENU_NON_CONFORME.message(Map.of("annonce", annonce, "type", type))));
    }

    /** Page ranges within the file's pages and not overlapping. */
    private static void verifierPages(List<PlagePages> plages, int pages) {
        List<PlagePages> triees = plages.stream().sorted(Comparator.comparingInt(PlagePages::de)).toList();
        for (int i = 0; i < triees.size(); i++) {
            PlagePages p = triees.get(i);
            if (p.a() > pages) {
                throw refus(new ErreurChamp("pages", CodeMotif.PAGES_INVALIDES, CodeMotif.PAGES_INVALIDES.message(
                        Map.of("raison", "la plage " + p.de() + "–" + p.a() + " dépasse les " + pages
                                + " page(s) du fichier"))));
            }
            if (i > 0 && p.de() <= triees.get(i - 1).a()) {
                throw refus(new ErreurChamp("pages", CodeMotif.PAGES_INVALIDES, CodeMotif.PAGES_INVALIDES.message(
                        Map.of("raison", "les plages se chevauchent"))));
            }
        }
    }

    private static DonneesInvalidesException refus(ErreurChamp erreur) {
        return new DonneesInvalidesException(List.of(erreur));
    }

    private static long taille(Path fichier) {
        try {
            return Files.size(fichier);
        } catch (IOException e) {
            throw new UncheckedIOException("taille de la pièce illisible", e);
        }
    }

    static String sha256(Path fichier) {
        try (InputStream flux = new DigestInputStream(Files.newInputStream(fichier),
                MessageDigest.getInstance("SHA-256"))) {
            flux.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) flux).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de la pièce impossible", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est exigé de toute JVM", e);
        }
    }

    /** A value echoed in a message, cut short. */
    static String court(String valeur) {
        return valeur.length() > 60 ? valeur.substring(0, 60) + "…" : valeur;
    }
}
