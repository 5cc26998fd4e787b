package fr.sne.pieces.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.Profil;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.commun.formulaire.Option;
import fr.sne.demande.ExtensionPageDemande;
import fr.sne.pieces.application.ConsulterPlan;
import fr.sne.pieces.application.LirePieces;
import fr.sne.pieces.application.QualifierPiece;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.Qualification;

/**
 * The tab "Pièces" of a demande's page: its pieces (category, date, type, size, qualification), each to view; the
 * form that lodges one (a guichet's agent); the verdicts for the holder of the instruction profile only; the buttons
 * of the fiche de transmission and of the digital copy.
 */
@Component
class OngletPieces implements ExtensionPageDemande {

    static final String CODE = "pieces";

    static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

    private final LirePieces lire;
    private final ConsulterPlan plan;

    OngletPieces(LirePieces lire, ConsulterPlan plan) {
        this.lire = lire;
        this.plan = plan;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String libelle() {
        return "Pièces";
    }

    @Override
    public String gabarit() {
        return "pieces/onglet";
    }

    /** A piece as the tab lists it. */
    record LignePiece(UUID id, String categorie, String deposeeLe, String type, String taille,
            @Nullable String qualification, String etat, boolean obsolete, boolean supprimable) {
    }

    @Override
    public Map<String, Object> onglet(String numeroUnique, Acteur acteur, Map<String, String> parametres) {
        List<Piece> pieces = lire.liste(numeroUnique, acteur);
        List<Categorie> categories = plan.courant().plan().categories();
        Map<String, String> libelles = categories.stream()
                .collect(Collectors.toMap(Categorie::code, Categorie::libelle, (a, b) -> a));
        Map<String, Object> modele = new HashMap<>();
        modele.put("numero", numeroUnique);
        modele.put("pieces", pieces.stream().map(p -> ligne(p, libelles::get, supprimable(p, acteur))).toList());
        modele.put("categories", categories.stream().map(c -> Option.de(c.code(), c.libelle())).toList());
        modele.put("peutDeposer", acteur.agitPourUnGuichet());
        modele.put("peutQualifier", acteur.detient(Profil.INSTRUCTION));
        modele.put("verdicts", verdicts());
        modele.put("erreurs", fr.sne.commun.formulaire.ErreursFormulaire.AUCUNE);
        return modele;
    }

    /** The rule of {@link fr.sne.pieces.application.SupprimerPiece}, to show the form only to who may use it. */
    static boolean supprimable(Piece p, Acteur acteur) {
        return acteur.type() == TypeActeur.GESTIONNAIRE_TERRITORIAL || acteur.type() == TypeActeur.ADMINISTRATEUR_NATIONAL
                || (acteur.guichet() != null && acteur.guichet().equals(p.guichet()))
                || (p.obsolete() && acteur.agitPourUnGuichet());
    }

    static LignePiece ligne(Piece p, Function<String, @Nullable String> libelles, boolean supprimable) {
        String categorie = libelles.apply(p.categorie());
        String etat = p.obsolete() ? "Obsolète" : p.qualification() == null ? "À qualifier" : libelle(p.qualification());
        return new LignePiece(p.id(), categorie == null ? p.categorie() : categorie, FR.format(p.deposeeLe()),
                switch (p.typeMedia()) {
                    case "application/pdf" -> "PDF";
                    case "image/jpeg" -> "JPEG";
                    case "image/png" -> "PNG";
                    default -> p.typeMedia();
                }, taille(p.taille()), p.qualification() == null ? null : p.qualification().name(), etat,
                p.obsolete(), supprimable);
    }

    static String libelle(Qualification q) {
        return switch (q) {
            case VALIDE -> "Valide";
            case INEXPLOITABLE -> "Inexploitable";
            case HORS_LISTE -> "Hors de la liste réglementaire";
            case OBSOLETE -> "Obsolète";
        };
    }

    private static String taille(long octets) {
        if (octets < 1024) {
            return octets + " o";
        }
        if (octets < 1024 * 1024) {
            return (octets / 1024) + " Ko";
        }
        return String.format(java.util.Locale.FRANCE, "%.1f Mo", octets / (1024.0 * 1024.0));
    }

    static List<Option> verdicts() {
        return QualifierPiece.PAR_UN_AGENT.stream().map(q -> Option.de(q.name(), libelle(q))).toList();
    }
}
