package fr.sne.pieces.application;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.document.PolicesDocument;
import fr.sne.commun.document.ProprietesDocument;
import fr.sne.demande.DossiersDemandeurs;
import fr.sne.demande.DossiersDemandeurs.DossierDemandeur;
import fr.sne.demande.MouvementsPieces;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Guichets;
import fr.sne.pieces.application.port.CourrielsDemandeurs;
import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.PlagePages;

/**
 * Sends the applicant the digital copy of his dossier (the real system's "copie numérique", movement COP): an
 * e-mail to his address with a PDF attached, the summary of the demande and the list of its pieces (category,
 * pages, day lodged, state). The pieces' bytes are not attached: identity and tax documents do not travel by
 * e-mail, and a dossier may weigh tens of megabytes. Refused when the applicant gave no e-mail address
 * ({@code COURRIEL_DEMANDEUR_ABSENT}). The e-mail is sent outside any transaction (no lock on the demande, no
 * transaction holding back the movement feed's horizon while a mail server answers), then the movement is written in
 * a short transaction of its own: a refused e-mail writes nothing.
 */
@Service
public class EnvoyerCopieNumerique {

    static final String MODELE = "copie-numerique";
    static final String TITRE = "Copie numérique du dossier de demande de logement social";
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DossiersDemandeurs dossiers;
    private final LirePieces pieces;
    private final MouvementsPieces journal;
    private final CourrielsDemandeurs courriels;
    private final GenerateurPdf pdf;
    private final Guichets guichets;
    private final StockPlan plan;
    private final Clock horloge;
    private final TransactionTemplate transaction;

    EnvoyerCopieNumerique(DossiersDemandeurs dossiers, LirePieces pieces, MouvementsPieces journal,
            CourrielsDemandeurs courriels, GenerateurPdf pdf, Guichets guichets, StockPlan plan, Clock horloge,
            TransactionTemplate transaction) {
        this.transaction = transaction;
        this.guichets = guichets;
        this.plan = plan;
        this.dossiers = dossiers;
        this.pieces = pieces;
        this.journal = journal;
        this.courriels = courriels;
        this.pdf = pdf;
        this.horloge = horloge;
    }

    /** What was sent: how many pieces the list named, and when. */
    public record Envoi(int pieces, Instant envoyeeLe) {
    }

    /** What the copy prints. */
    public record CopieNumerique(DossierDemandeur dossier, String expediteur, List<LignePiece> pieces) {
    }

    /** A piece as the copy lists it. */
    public record LignePiece(String libelle, String pages, String deposeeLe, String etat) {
    }

    /** Formatted values the template reads. */
    public record Vue(String etabliLe, String dateDepot, String finValidite) {
    }

    /**
     * @throws ConflitException {@code COURRIEL_DEMANDEUR_ABSENT}
     * @throws fr.sne.commun.RessourceIntrouvableException unknown, out of scope or erased demande
     */
    public Envoi executer(String numeroUnique, Acteur acteur) {
        DossierDemandeur dossier = dossiers.lire(numeroUnique, acteur);
        if (dossier.courriel() == null) {
            throw new ConflitException(CodeMotif.COURRIEL_DEMANDEUR_ABSENT,
                    CodeMotif.COURRIEL_DEMANDEUR_ABSENT.message(Map.of()), Map.of());
        }
        Instant maintenant = Instant.now(horloge);
        List<Piece> liste = pieces.liste(numeroUnique, acteur);
        byte[] document = document(dossier, acteur, liste, maintenant);
        courriels.envoyer(dossier.courriel(), "Copie numérique de votre dossier de demande de logement social n° "
                + numeroUnique, texte(dossier, liste.size()), "copie-numerique-" + numeroUnique + ".pdf", document);
        transaction.executeWithoutResult(t -> journal.journaliserCopieNumerique(numeroUnique, acteur.guichet(),
                liste.stream().map(Piece::id).toList(), acteur));
        return new Envoi(liste.size(), maintenant);
    }

    byte[] document(DossierDemandeur dossier, Acteur acteur, List<Piece> liste, Instant maintenant) {
        PolicesDocument polices = pdf.polices();
        DossierDemandeur imprimable = new DossierDemandeur(dossier.numeroUnique(), dossier.territoire(),
                polices.imprimable(dossier.territoireLibelle()), dossier.active(), dossier.dateDepot(),
                dossier.dateFinValidite(), polices.imprimable(dossier.nomComplet()),
                dossier.adresse().stream().map(polices::imprimable).toList(), null,
                polices.imprimable(dossier.guichetEnregistreur()),
                dossier.communesSouhaitees().stream().map(polices::imprimable).toList(),
                dossier.typesLogement().stream().map(polices::imprimable).toList(), dossier.nombrePersonnes());
        java.util.function.Function<String, String> libelles = libellesCategories();
        List<LignePiece> lignes = liste.stream().map(p -> new LignePiece(polices.imprimable(libelle(p, libelles)),
                pages(p.pages()), JJ_MM_AAAA.format(p.deposeeLe().atZone(HorlogeConfiguration.FUSEAU)),
                etat(p))).toList();
        String expediteur = acteur.guichet() == null ? "Système national d'enregistrement"
                : polices.imprimable(guichets.parCode(acteur.guichet()).map(Guichet::nom).orElse(acteur.guichet()));
        Vue vue = new Vue(JJ_MM_AAAA.format(maintenant.atZone(HorlogeConfiguration.FUSEAU)),
                JJ_MM_AAAA.format(dossier.dateDepot()), JJ_MM_AAAA.format(dossier.dateFinValidite()));
        ProprietesDocument proprietes = new ProprietesDocument(TITRE + " — " + dossier.numeroUnique(), "SNE",
                "Récapitulatif de la demande et liste de ses pièces justificatives", maintenant,
                dossier.numeroUnique() + maintenant);
        return pdf.pdf(MODELE, Map.of("c", new CopieNumerique(imprimable, expediteur, lignes), "v", vue),
                proprietes);
    }

    /** The labels of the current filing plan's categories (the code for one the plan no longer has). */
    private java.util.function.Function<String, String> libellesCategories() {
        var courant = plan.courant();
        return code -> courant.categorie(code).map(fr.sne.pieces.domaine.Categorie::libelle).orElse(code);
    }

    private static String libelle(Piece p, java.util.function.Function<String, String> categories) {
        String libelles = p.pages().stream().map(PlagePages::libelle).filter(l -> l != null && !l.isBlank())
                .collect(Collectors.joining(" ; "));
        String categorie = categories.apply(p.categorie());
        return libelles.isEmpty() ? categorie : categorie + " — " + libelles;
    }

    static String pages(List<PlagePages> plages) {
        return plages.stream().map(p -> p.de() == p.a() ? String.valueOf(p.de()) : p.de() + "–" + p.a())
                .collect(Collectors.joining(", "));
    }

    static String etat(Piece p) {
        if (p.obsolete()) {
            return "Obsolète";
        }
        if (p.qualification() == null) {
            return "Déposée";
        }
        return switch (p.qualification()) {
            case VALIDE -> "Valide";
            case INEXPLOITABLE -> "Inexploitable";
            case HORS_LISTE -> "Hors liste réglementaire";
            case OBSOLETE -> "Obsolète";
        };
    }

    private static String texte(DossierDemandeur dossier, int nombrePieces) {
        return "Bonjour,\n\nVous trouverez ci-joint la copie numérique de votre dossier de demande de logement social "
                + "n° " + dossier.numeroUnique() + " : le récapitulatif de votre demande et la liste de ses "
                + nombrePieces + " pièce(s) justificative(s).\n\nPour des raisons de sécurité, les pièces elles-mêmes "
                + "ne sont pas jointes à ce courriel : vous pouvez les consulter auprès de n'importe quel guichet "
                + "enregistreur.\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.\n";
    }
}
