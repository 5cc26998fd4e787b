package fr.sne.demande;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

/**
 * The movement document (column {@code mouvement.contenu}), version 1, as a closed set of records: one record per
 * shape a movement can take, each carrying the same envelope ({@code version}, {@code type}, {@code numeroUnique},
 * {@code territoire}, {@code guichet}, {@code acteur}, {@code horodatage}) and then its own fields. The JSON names
 * are the record components' names: renaming a component changes the contract, and the schema test
 * ({@code DocumentMouvementSchemaIT}) fails. {@link FormatMouvement} is the one writer and the one reader; SQL that
 * builds a document (set-based passes, the national dataset generator) must yield exactly one of these shapes.
 * <p>
 * A change that a reader could not ignore gets a version 2 (new records); added fields stay in version 1. Every
 * field is written, null included, so that a document read strictly has no missing field.
 * <p>
 * The demande's version a movement was recorded on is not in the document: it is the column
 * {@code mouvement.version_demande}.
 */
public sealed interface DocumentMouvement {

    /** The version of the documents this code writes. */
    int VERSION = 1;

    int version();

    /**
     * The movement's type (SNE ListeTypeFichier: CRE, CRS, MOD, REN, RAD, SUP; EVT for an event; PJD, PJS, PJR, PJQ
     * for a piece lodged, deleted, reclassified, qualified).
     */
    String type();

    String numeroUnique();

    String territoire();

    /** The guichet that acted, or for which the actor acted; null when the actor acts for no guichet. */
    @Nullable String guichet();

    ActeurMouvement acteur();

    Instant horodatage();

    /** The rubrics of the content a movement changed (empty for the shapes that change none). */
    static List<String> rubriquesModifiees(DocumentMouvement document) {
        List<String> rubriques = switch (document) {
            case Modification m -> m.rubriquesModifiees();
            case Renouvellement r -> r.rubriquesModifiees();
            case AvertissementEnvoye a -> a.rubriquesModifiees();
            case Conservation c -> c.rubriquesModifiees();
            case Creation c -> List.of();
            case Radiation r -> List.of();
            case Reactivation r -> List.of();
            case Suppression s -> List.of();
            case Efface e -> List.of();
            case Evenement e -> List.of();
            case Piece p -> List.of();
        };
        return rubriques == null ? List.of() : rubriques;
    }

    /** The motive letter of a radiation (RAD) or of the one an erasure (SUP) followed; else null. */
    static @Nullable String motifRadiation(DocumentMouvement document) {
        return switch (document) {
            case Radiation r -> r.motifRadiation();
            case Suppression s -> s.motifRadiation();
            default -> null;
        };
    }

    /** Who acted: its kind ({@code TypeActeur}) and identifier (API client id, agent login, pass name). */
    record ActeurMouvement(String type, String identifiant) {
    }

    /**
     * CRE (registration) and CRS (creation after a separation, naming the original demande).
     *
     * @param demande the content as registered (the content has its own versioned document)
     */
    record Creation(int version, String type, String numeroUnique, String territoire, @Nullable String guichet,
            ActeurMouvement acteur, Instant horodatage, String statut, LocalDate dateDepot, LocalDate dateFinValidite,
            @Nullable String numeroUniqueOrigine, JsonNode demande) implements DocumentMouvement {
    }

    /** MOD: a change of the content, naming the rubrics changed, with the content after it. */
    record Modification(int version, String type, String numeroUnique, String territoire, @Nullable String guichet,
            ActeurMouvement acteur, Instant horodatage, List<String> rubriquesModifiees, JsonNode demande)
            implements DocumentMouvement {
    }

    /** MOD: the warning sent before a radiation c or d (no rubric changes). */
    record AvertissementEnvoye(int version, String type, String numeroUnique, String territoire,
            @Nullable String guichet, ActeurMouvement acteur, Instant horodatage, List<String> rubriquesModifiees,
            Avertissement avertissement) implements DocumentMouvement {
    }

    /** The warning of {@link AvertissementEnvoye}: motive letter (c or d), sub-motive, date, channel. */
    record Avertissement(String motif, @Nullable String sousMotif, LocalDate dateEnvoi, String canal,
            boolean radiationDemandee) {
    }

    /** MOD: the kept demande of a merge, its date de dépôt after it and the merged demande. */
    record Conservation(int version, String type, String numeroUnique, String territoire, @Nullable String guichet,
            ActeurMouvement acteur, Instant horodatage, List<String> rubriquesModifiees, LocalDate dateDepot,
            Fusion fusion) implements DocumentMouvement {
    }

    /**
     * The merge of {@link Conservation}.
     *
     * @param dateDepotReprise whether the merged demande's earlier date de dépôt was taken
     * @param critere          why the two demandes were one person's ({@code PolitiqueFusion.Critere})
     */
    record Fusion(String numeroUniqueFusionne, LocalDate dateDepotAvant, boolean dateDepotReprise, String critere) {
    }

    /** REN: a renewal, with the content after it. */
    record Renouvellement(int version, String type, String numeroUnique, String territoire,
            @Nullable String guichet, ActeurMouvement acteur, Instant horodatage, LocalDate dateRenouvellement,
            LocalDate dateFinValidite, List<String> rubriquesModifiees, JsonNode demande)
            implements DocumentMouvement {
    }

    /**
     * RAD: a radiation, by a guichet or the nightly pass.
     *
     * @param motifRadiation    the letter of R441-2-8 CCH
     * @param donneesRadiation  the data the motive needs (R441-2-9 for an attribution; for a merge, motive f,
     *                          {@code numeroUniqueConserve} and {@code critere}); an empty object otherwise
     * @param dateFinValidite   the end of validity missed (motive e by the nightly pass), else null
     * @param dateAvertissement the date of the warning left unanswered (motive c by the nightly pass), else null
     */
    record Radiation(int version, String type, String numeroUnique, String territoire, @Nullable String guichet,
            ActeurMouvement acteur, Instant horodatage, String statut, String motifRadiation,
            @Nullable String sousMotifRadiation, LocalDate dateRadiation, DonneesRadiation donneesRadiation,
            @Nullable LocalDate dateFinValidite, @Nullable LocalDate dateAvertissement)
            implements DocumentMouvement {
    }

    /**
     * The {@code donneesRadiation} of a {@link Radiation}: only the fields of its motive are written (an
     * attribution's, {@code reservataire} when given; a merge's; none for the other motives, an empty object).
     * Read leniently, a field an older writer did not know is null; {@link FormatMouvement#lireStrict} holds the
     * fields written to those of the motive ({@link #champsAttendus}).
     *
     * @param identifiantRpls      motive a: the dwelling's RPLS id
     * @param accordCollectif      motive a: {@code ACI}, {@code ACD} or {@code AUCUN}
     * @param prioritaireDalo      motive a: the household recognised prioritaire DALO
     * @param contingent           motive a: the contingent charged
     * @param qpv                  motive a: the dwelling lies in a quartier prioritaire de la ville
     * @param reservataire         motive a: the designating réservataire's id, when the dwelling is charged to one
     * @param numeroUniqueConserve motive f: the kept demande
     * @param critere              motive f: why both demandes were one person's ({@code PolitiqueFusion.Critere})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DonneesRadiation(@Nullable String identifiantRpls, @Nullable String accordCollectif,
            @Nullable Boolean prioritaireDalo, @Nullable String contingent, @Nullable Boolean qpv,
            @Nullable Long reservataire, @Nullable String numeroUniqueConserve, @Nullable String critere) {

        /** The data of the motives that carry none: an empty object. */
        public static final DonneesRadiation AUCUNE = new DonneesRadiation(null, null, null, null, null, null, null,
                null);

        /**
         * Reads the object as written, a field absent being null (every field is its motive's only, so none is
         * required here: {@link FormatMouvement#lireStrict} checks the fields against the motive).
         *
         * @throws IllegalArgumentException a field of the wrong kind of value
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static DonneesRadiation lire(JsonNode objet) {
            if (!objet.isObject()) {
                throw new IllegalArgumentException("donneesRadiation n'est pas un objet");
            }
            return new DonneesRadiation(texte(objet, "identifiantRpls"), texte(objet, "accordCollectif"),
                    booleen(objet, "prioritaireDalo"), texte(objet, "contingent"), booleen(objet, "qpv"),
                    entier(objet, "reservataire"), texte(objet, "numeroUniqueConserve"), texte(objet, "critere"));
        }

        private static @Nullable String texte(JsonNode objet, String champ) {
            JsonNode v = objet.get(champ);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isString()) {
                throw new IllegalArgumentException(champ + " : texte attendu");
            }
            return v.asString();
        }

        private static @Nullable Boolean booleen(JsonNode objet, String champ) {
            JsonNode v = objet.get(champ);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                throw new IllegalArgumentException(champ + " : booléen attendu");
            }
            return v.booleanValue();
        }

        private static @Nullable Long entier(JsonNode objet, String champ) {
            JsonNode v = objet.get(champ);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new IllegalArgumentException(champ + " : entier attendu");
            }
            return v.longValue();
        }

        /** An attribution's (motive a). */
        public static DonneesRadiation attribution(String identifiantRpls, String accordCollectif,
                boolean prioritaireDalo, String contingent, boolean qpv, @Nullable Long reservataire) {
            return new DonneesRadiation(identifiantRpls, accordCollectif, prioritaireDalo, contingent, qpv,
                    reservataire, null, null);
        }

        /** A merge's (motive f). */
        public static DonneesRadiation fusion(String numeroUniqueConserve, String critere) {
            return new DonneesRadiation(null, null, null, null, null, null, numeroUniqueConserve, critere);
        }

        /**
         * The fields a radiation of this motive writes: a's ({@code reservataire} apart, written only when given),
         * f's, none for the others.
         */
        static java.util.Set<String> champsAttendus(String motifRadiation) {
            return switch (motifRadiation) {
                case "a" -> java.util.Set.of("identifiantRpls", "accordCollectif", "prioritaireDalo", "contingent",
                        "qpv");
                case "f" -> java.util.Set.of("numeroUniqueConserve", "critere");
                default -> java.util.Set.of();
            };
        }
    }

    /**
     * REN (after a radiation e) or MOD (after a radiation c): the demande active again.
     *
     * @param dateRenouvellement the renewal the reactivation makes (REN only), else null
     */
    record Reactivation(int version, String type, String numeroUnique, String territoire, @Nullable String guichet,
            ActeurMouvement acteur, Instant horodatage, String statut, Levee reactivation,
            @Nullable LocalDate dateRenouvellement, LocalDate dateFinValidite) implements DocumentMouvement {
    }

    /** The radiation a {@link Reactivation} lifts: its motive letter. */
    record Levee(String motifLeve) {
    }

    /** SUP: the erasure of the nominative data one year after radiation (décret 2017-917). */
    record Suppression(int version, String type, String numeroUnique, String territoire, @Nullable String guichet,
            ActeurMouvement acteur, Instant horodatage, String motifRadiation, LocalDate dateRadiation,
            boolean donneesEffacees) implements DocumentMouvement {
    }

    /**
     * Any earlier movement of an erased demande: its envelope only, its payload rewritten by the erasure
     * ({@code donneesEffacees} true); {@code type} stays the movement's.
     */
    record Efface(int version, String type, String numeroUnique, String territoire, @Nullable String guichet,
            ActeurMouvement acteur, Instant horodatage, boolean donneesEffacees) implements DocumentMouvement {
    }

    /**
     * EVT: an event that changes no field of the demande (gestion partagée, issue 15 §1): its code, its date and
     * what it needs; recorded on the demande's current version, which it does not move.
     *
     * @param code        the event's code in the national catalogue
     * @param dateEvenement the day it happened (may precede its recording)
     * @param commentaire free text of the guichet, if any
     * @param donnees     the data the event's code needs (empty when none)
     */
    record Evenement(int version, String type, String numeroUnique, String territoire, @Nullable String guichet,
            ActeurMouvement acteur, Instant horodatage, String code, LocalDate dateEvenement,
            @Nullable String commentaire, Map<String, Object> donnees) implements DocumentMouvement {
    }

    /**
     * PJD, PJS, PJR, PJQ: a piece of the demande lodged, deleted, reclassified or qualified (issue 17, ADR 0023),
     * recorded on the demande's current version, which it does not move. It carries the piece's metadata as they are
     * after the action, never its bytes.
     *
     * @param action              what was done: {@code DEPOT}, {@code SUPPRESSION}, {@code RECLASSEMENT} or
     *                            {@code QUALIFICATION} (one per type: {@link #action(String)})
     * @param categoriePrecedente the category before a reclassification (PJR), else null
     * @param motif               the reason of a deletion (PJS), else null
     */
    record Piece(int version, String type, String numeroUnique, String territoire, @Nullable String guichet,
            ActeurMouvement acteur, Instant horodatage, String action, PieceDecrite piece,
            @Nullable String categoriePrecedente, @Nullable String motif) implements DocumentMouvement {

        /** The types of the movements of a piece. */
        public static final java.util.Set<String> TYPES = java.util.Set.of("PJD", "PJS", "PJR", "PJQ");

        /** The action of a piece's movement type. */
        public static String action(String type) {
            return switch (type) {
                case "PJD" -> "DEPOT";
                case "PJS" -> "SUPPRESSION";
                case "PJR" -> "RECLASSEMENT";
                case "PJQ" -> "QUALIFICATION";
                default -> throw new IllegalArgumentException("pas un mouvement de pièce : " + type);
            };
        }
    }

    /**
     * A piece's metadata in a movement.
     *
     * @param id            the piece's identifier (its key in the store derives from it, never a name)
     * @param categorie     its category in the filing plan
     * @param personne      the person of the household it concerns, if said
     * @param pages         its page ranges with their labels
     * @param typeMedia     {@code application/pdf}, {@code image/jpeg} or {@code image/png}
     * @param taille        its size in bytes
     * @param sha256        the SHA-256 of its bytes (hexadecimal)
     * @param guichetDepot  the guichet that lodged it, if any
     * @param deposeeLe     when it was lodged
     * @param qualification an agent's verdict (VALIDE, INEXPLOITABLE, HORS_LISTE, OBSOLETE), if any
     * @param obsolete      whether it is obsolete
     */
    record PieceDecrite(java.util.UUID id, String categorie, @Nullable String personne, List<PagesPiece> pages,
            String typeMedia, long taille, String sha256, @Nullable String guichetDepot, Instant deposeeLe,
            @Nullable String qualification, boolean obsolete) {

        public PieceDecrite {
            pages = List.copyOf(pages);
        }
    }

    /** A range of pages of a piece and its label. */
    record PagesPiece(int de, int a, @Nullable String libelle) {
    }
}
