package fr.sne.echanges.infrastructure.xml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The one mapping between the API's own codes and the SNE code lists on the XML wire (ADR 0021): the radiation
 * motives of R441-2-8 CCH, kept and given by the API by their letter, are {@code ListeMotifsRadiation} codes in XML;
 * the sub-motives of irrecevabilité, by name in the API, are {@code ListeSousMotifRadiationIrrecevabilite} codes.
 * The writer and the reader both go through it, and the XSD's enumerations are generated from it.
 *
 * <p>Motive f (merge of demandes into one numéro unique) has no code in the interface's list: {@code RADFUS} is
 * SNE's own, an addition to the list.
 */
public final class CodesSne {

    /** API letter → {@code ListeMotifsRadiation} code, in the order of the article. */
    static final Map<String, String> MOTIFS_RADIATION = ordonne(
            "a", "RADATT",
            "b", "RADABA",
            "c", "RADCON",
            "d", "RADIRR",
            "e", "RADREN",
            "f", "RADFUS");

    /** The one motive code that is not in the interface's list (an addition of this registry). */
    public static final String MOTIF_FUSION = "RADFUS";

    /** API name → {@code ListeSousMotifRadiationIrrecevabilite} code. */
    static final Map<String, String> SOUS_MOTIFS_IRRECEVABILITE = ordonne(
            "SEJOUR_IRREGULIER", "IRRSEJ",
            "PLAFOND_RESSOURCES", "IRRRES");

    private CodesSne() {
    }

    /** The SNE code of a radiation motive given by its letter; the value itself when it is not one. */
    public static String motifRadiationXml(String lettre) {
        return MOTIFS_RADIATION.getOrDefault(lettre, lettre);
    }

    /** The API letter of a radiation motive's SNE code, or empty. */
    public static Optional<String> motifRadiationApi(String code) {
        return cle(MOTIFS_RADIATION, code);
    }

    /** The SNE code of a sub-motive of irrecevabilité given by its API name; the value itself when it is not one. */
    public static String sousMotifXml(String nom) {
        return SOUS_MOTIFS_IRRECEVABILITE.getOrDefault(nom, nom);
    }

    /** The API name of a sub-motive's SNE code, or empty. */
    public static Optional<String> sousMotifApi(String code) {
        return cle(SOUS_MOTIFS_IRRECEVABILITE, code);
    }

    /** The SNE codes of the radiation motives, in order (the XSD's enumeration). */
    public static Map<String, String> motifsRadiation() {
        return MOTIFS_RADIATION;
    }

    /** The SNE codes of the sub-motives of irrecevabilité, in order (the XSD's enumeration). */
    public static Map<String, String> sousMotifsIrrecevabilite() {
        return SOUS_MOTIFS_IRRECEVABILITE;
    }

    private static Optional<String> cle(Map<String, String> table, @Nullable String code) {
        return table.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst();
    }

    private static Map<String, String> ordonne(String... paires) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < paires.length; i += 2) {
            table.put(paires[i], paires[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(table);
    }
}
