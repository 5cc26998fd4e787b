package fr.sne.demande.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.domaine.EcranConsultation;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Guichets;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.Pays;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.ReferentielPays;
import fr.sne.referentiel.Territoire;

/**
 * What the demande's pages print instead of codes: the SNE lists' libellés, communes, territories, guichets,
 * dates in French, the journal's screens and kinds of actors. Used by the templates as {@code @libellesPro}.
 */
@Component("libellesPro")
public class LibellesPro {

    private static final ZoneId PARIS = HorlogeConfiguration.FUSEAU;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    static final Map<MotifRadiation, String> MOTIFS = Map.of(
            MotifRadiation.ATTRIBUTION, "a — attribution d'un logement suivie de la signature d'un bail",
            MotifRadiation.RENONCIATION, "b — renonciation écrite du demandeur",
            MotifRadiation.ABSENCE_REPONSE, "c — absence de réponse à un courrier, un mois après l'avertissement",
            MotifRadiation.IRRECEVABILITE, "d — irrecevabilité prononcée par une commission d'attribution, un mois "
                    + "après l'avertissement",
            MotifRadiation.NON_RENOUVELLEMENT, "e — non-renouvellement (prononcée par le traitement de nuit)",
            MotifRadiation.FUSION, "f — fusion de deux demandes d'une même personne (gestionnaire territorial)");

    private static final Map<EcranConsultation, String> ECRANS = Map.ofEntries(
            Map.entry(EcranConsultation.RECHERCHE, "Résultats de recherche"),
            Map.entry(EcranConsultation.IDENTITE, "Identité"),
            Map.entry(EcranConsultation.MENAGE, "Ménage"),
            Map.entry(EcranConsultation.RESSOURCES, "Ressources"),
            Map.entry(EcranConsultation.LOGEMENT, "Logement recherché"),
            Map.entry(EcranConsultation.HISTORIQUE, "Historique"),
            Map.entry(EcranConsultation.CONSULTATIONS, "Consultations"),
            Map.entry(EcranConsultation.ATTESTATION, "Téléchargement de l'attestation"),
            Map.entry(EcranConsultation.RENOUVELLEMENT, "Renouvellement"),
            Map.entry(EcranConsultation.RADIATION, "Radiation"),
            Map.entry(EcranConsultation.REACTIVATION, "Réactivation"),
            Map.entry(EcranConsultation.MODIFICATION, "Modification"),
            Map.entry(EcranConsultation.AVERTISSEMENT, "Avertissement avant radiation"),
            Map.entry(EcranConsultation.SEPARATION, "Séparation d'un co-demandeur"),
            Map.entry(EcranConsultation.FUSION, "Fusion de demandes"),
            Map.entry(EcranConsultation.CANDIDATS, "Candidats d'un logement"),
            Map.entry(EcranConsultation.PIECES, "Pièces justificatives"),
            Map.entry(EcranConsultation.PIECE, "Affichage d'une pièce justificative"),
            Map.entry(EcranConsultation.DRM, "Ressources de la DRM"));

    private static final Map<TypeActeur, String> ACTEURS = Map.of(
            TypeActeur.AGENT, "Agent de guichet",
            TypeActeur.GESTIONNAIRE_TERRITORIAL, "Gestionnaire territorial",
            TypeActeur.ADMINISTRATEUR_NATIONAL, "Administration nationale",
            TypeActeur.CLIENT_API, "Logiciel du guichet",
            TypeActeur.DEMANDEUR, "Demandeur",
            TypeActeur.TRAITEMENT, "Traitement automatique");

    private final Nomenclatures nomenclatures;
    private final ReferentielGeographique geographie;
    private final Guichets guichets;
    private final ReferentielPays pays;

    LibellesPro(Nomenclatures nomenclatures, ReferentielGeographique geographie, Guichets guichets,
            ReferentielPays pays) {
        this.nomenclatures = nomenclatures;
        this.geographie = geographie;
        this.guichets = guichets;
        this.pays = pays;
    }

    /** A stored country as its COG name (a name, or a code of a document older than ADR 0019), or "—". */
    public String pays(@Nullable String stocke) {
        if (stocke == null || stocke.isBlank()) {
            return "—";
        }
        return pays.libelle(stocke);
    }

    /** The libellé of a code of an SNE list ("ListeCivilite", "2" → "Madame"), or the code, or "—". */
    /**
     * The label of a movement type: the SNE's list (ListeTypeFichier) for its own types, the registry's words for
     * those it adds (the events of the gestion partagée, the pieces' movements), which that list lacks.
     */
    public String typeMouvement(@Nullable Object type) {
        if (type == null) {
            return "—";
        }
        String libelle = TYPES_DU_REGISTRE.get(type.toString().strip());
        return libelle != null ? libelle : code("ListeTypeFichier", type.toString().strip());
    }

    private static final Map<String, String> TYPES_DU_REGISTRE = Map.of("EVT", "Événement",
            "PJD", "Pièce déposée", "PJS", "Pièce supprimée", "PJR", "Pièce reclassée", "PJQ", "Pièce qualifiée");

    public String code(String liste, @Nullable Object code) {
        if (code == null || code.toString().isBlank()) {
            return "—";
        }
        return nomenclatures.libelle(liste, code.toString()).orElse(code.toString());
    }

    public String commune(@Nullable String code) {
        if (code == null) {
            return "—";
        }
        return geographie.commune(code).map(c -> c.nom() + " (" + c.code() + ")").orElse(code);
    }

    public String nomCommune(@Nullable String code) {
        return code == null ? "" : geographie.commune(code).map(Commune::nom).orElse(code);
    }

    public String territoire(@Nullable String code) {
        if (code == null) {
            return "—";
        }
        return geographie.territoire(code).map(t -> t.libelle() + " (" + t.code() + ")").orElse(code);
    }

    public String libelleTerritoire(String code) {
        return geographie.territoire(code).map(Territoire::libelle).orElse(code);
    }

    public String guichet(@Nullable String code) {
        if (code == null) {
            return "—";
        }
        return guichets.parCode(code).map(Guichet::nom).map(nom -> nom + " (" + code + ")").orElse(code);
    }

    public String date(@Nullable LocalDate date) {
        return dateFr(date);
    }

    static String dateFr(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String horodatage(@Nullable Instant instant) {
        return instant == null ? "—" : HORODATAGE.format(instant.atZone(PARIS));
    }

    /** ISO form for a {@code <time datetime>}. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.atZone(PARIS).toOffsetDateTime().toString();
    }

    public String ecran(EcranConsultation ecran) {
        return ECRANS.get(ecran);
    }

    public String acteur(TypeActeur type) {
        return ACTEURS.get(type);
    }

    /** The channel of a hand-out to a guichet's software. */
    public String canal(fr.sne.demande.RemisesDemandes.Canal canal) {
        return switch (canal) {
            case FLUX -> "Flux des mouvements";
            case API -> "API (lecture de la demande)";
            case EXPORT -> "Export en masse";
        };
    }

    /** The reader of a hand-out: a guichet by its name, another reader as recorded (its kind and identifier). */
    public String lecteur(String lecteur) {
        return lecteur.matches("G[0-9A-Z]{4}") ? guichet(lecteur) : lecteur;
    }

    public String motif(@Nullable MotifRadiation motif) {
        return motif == null ? "—" : MOTIFS.get(motif);
    }

    public String montant(@Nullable Object montant) {
        if (montant == null) {
            return "—";
        }
        return String.format(java.util.Locale.FRANCE, "%,.2f €", new java.math.BigDecimal(montant.toString()));
    }
}
