package fr.sne.demande;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer and the one reader of the movement document ({@link DocumentMouvement}), through one Jackson
 * mapper of its own (the application's mapper leaves nulls out; this one writes every field).
 * <p>
 * Reading chooses the record from the document's {@code type} and, for the types that have several shapes, the
 * one field that tells them apart:
 * <ul>
 * <li>{@code SUP}: {@link DocumentMouvement.Suppression};</li>
 * <li>any other type with {@code donneesEffacees}: {@link DocumentMouvement.Efface} (rewritten by the erasure);</li>
 * <li>with {@code avertissement}: {@link DocumentMouvement.AvertissementEnvoye}; with {@code fusion}:
 * {@link DocumentMouvement.Conservation}; with {@code reactivation}: {@link DocumentMouvement.Reactivation};</li>
 * <li>otherwise CRE and CRS: {@link DocumentMouvement.Creation}; MOD: {@link DocumentMouvement.Modification};
 * REN: {@link DocumentMouvement.Renouvellement}; RAD: {@link DocumentMouvement.Radiation}; EVT:
 * {@link DocumentMouvement.Evenement}; PJD, PJS, PJR, PJQ: {@link DocumentMouvement.Piece}.</li>
 * </ul>
 * {@link #lireStrict} refuses an unknown field, a missing one, a version other than
 * {@link DocumentMouvement#VERSION}, or a shape that does not suit its type (a warning that is not a MOD): it holds every writer (Java or SQL) to the contract. {@link #lire}, used to show
 * documents already stored, takes a missing field as null and ignores an unknown one, so that a document written
 * before a field was added stays readable.
 */
public final class FormatMouvement {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectReader STRICT = JSON.reader()
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final ObjectReader TOLERANT = JSON.reader()
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private FormatMouvement() {
    }

    /** The document as JSON text, every field written (null ones too). */
    public static String ecrire(DocumentMouvement document) {
        return JSON.writeValueAsString(document);
    }

    /** The document as a JSON tree (for a representation that shows it). */
    public static JsonNode arbre(DocumentMouvement document) {
        return JSON.valueToTree(document);
    }

    /** The content of a demande as stored (JSON text), as the tree a document carries. */
    public static JsonNode contenu(String contenuJson) {
        return JSON.readTree(contenuJson);
    }

    /**
     * Reads a stored document, tolerating a missing field (null) or an unknown one.
     *
     * @throws DocumentIllisible if its type or shape is not one of {@link DocumentMouvement}'s
     */
    public static DocumentMouvement lire(String document) {
        return lire(JSON.readTree(document), TOLERANT);
    }

    /**
     * Reads a document against the contract: an unknown field, a missing one, a wrong type of value or another
     * version is refused.
     *
     * @throws DocumentIllisible if the document is not exactly one of {@link DocumentMouvement}'s shapes
     */
    public static DocumentMouvement lireStrict(String document) {
        JsonNode arbre = JSON.readTree(document);
        DocumentMouvement lu = lire(arbre, STRICT);
        if (lu.version() != DocumentMouvement.VERSION) {
            throw new DocumentIllisible("version " + lu.version() + " inconnue", null);
        }
        boolean typeAttendu = switch (lu) {
            case DocumentMouvement.Creation c -> c.type().equals("CRE") || c.type().equals("CRS");
            case DocumentMouvement.Modification m -> m.type().equals("MOD");
            case DocumentMouvement.AvertissementEnvoye a -> a.type().equals("MOD");
            case DocumentMouvement.Conservation c -> c.type().equals("MOD");
            case DocumentMouvement.Renouvellement r -> r.type().equals("REN");
            case DocumentMouvement.Radiation r -> r.type().equals("RAD");
            case DocumentMouvement.Reactivation r -> r.type().equals("REN") || r.type().equals("MOD");
            case DocumentMouvement.Suppression s -> s.type().equals("SUP") && s.donneesEffacees();
            case DocumentMouvement.Efface e -> e.donneesEffacees();
            case DocumentMouvement.Evenement e -> e.type().equals("EVT");
            case DocumentMouvement.Piece p -> DocumentMouvement.Piece.TYPES.contains(p.type())
                    && p.action().equals(DocumentMouvement.Piece.action(p.type()));
        };
        if (!typeAttendu) {
            throw new DocumentIllisible(lu.getClass().getSimpleName() + " de type " + lu.type(), null);
        }
        if (lu instanceof DocumentMouvement.Radiation r) {
            exigerDonneesDuMotif(r.motifRadiation(), arbre.get("donneesRadiation"));
        }
        return lu;
    }

    /**
     * A radiation's {@code donneesRadiation} has exactly the fields of its motive ({@code reservataire} of an
     * attribution only when given), none null.
     */
    private static void exigerDonneesDuMotif(String motif, JsonNode donnees) {
        java.util.Set<String> ecrits = new java.util.TreeSet<>(donnees.propertyNames());
        java.util.Set<String> attendus = DocumentMouvement.DonneesRadiation.champsAttendus(motif);
        java.util.Set<String> admis = new java.util.HashSet<>(attendus);
        if (motif.equals("a")) {
            admis.add("reservataire");
        }
        boolean nul = ecrits.stream().anyMatch(c -> donnees.get(c).isNull());
        if (!ecrits.containsAll(attendus) || !admis.containsAll(ecrits) || nul) {
            throw new DocumentIllisible("donneesRadiation " + ecrits + " pour une radiation " + motif
                    + " (attendus : " + new java.util.TreeSet<>(attendus) + ")", null);
        }
    }

    private static DocumentMouvement lire(JsonNode arbre, ObjectReader lecteur) {
        Class<? extends DocumentMouvement> forme = forme(arbre);
        try {
            return lecteur.forType(forme).readValue(arbre);
        } catch (JacksonException e) {
            throw new DocumentIllisible(forme.getSimpleName() + " : " + e.getOriginalMessage(), e);
        }
    }

    /** The record of a document, from its type and the field that tells the shapes of a type apart. */
    static Class<? extends DocumentMouvement> forme(JsonNode arbre) {
        JsonNode type = arbre.get("type");
        if (type == null || !type.isString()) {
            throw new DocumentIllisible("document sans type", null);
        }
        String t = type.asString();
        if (t.equals("SUP")) {
            return DocumentMouvement.Suppression.class;
        }
        if (arbre.has("donneesEffacees")) {
            return DocumentMouvement.Efface.class;
        }
        if (arbre.has("avertissement")) {
            return DocumentMouvement.AvertissementEnvoye.class;
        }
        if (arbre.has("fusion")) {
            return DocumentMouvement.Conservation.class;
        }
        if (arbre.has("reactivation")) {
            return DocumentMouvement.Reactivation.class;
        }
        return switch (t) {
            case "CRE", "CRS" -> DocumentMouvement.Creation.class;
            case "MOD" -> DocumentMouvement.Modification.class;
            case "REN" -> DocumentMouvement.Renouvellement.class;
            case "RAD" -> DocumentMouvement.Radiation.class;
            case "EVT" -> DocumentMouvement.Evenement.class;
            case "PJD", "PJS", "PJR", "PJQ" -> DocumentMouvement.Piece.class;
            default -> throw new DocumentIllisible("type de mouvement inconnu : " + t, null);
        };
    }

    /** A document that is not one of the contract's shapes. */
    public static final class DocumentIllisible extends RuntimeException {

        DocumentIllisible(String message, @org.jspecify.annotations.Nullable Throwable cause) {
            super("Document de mouvement illisible : " + message, cause);
        }
    }
}
