package fr.sne.referentiel;

/**
 * What a country field's value designates under the real system's 2025 rules (ADR 0019): a COG name, accepted; a
 * 5-digit COG code, still accepted for a stated period; an ISO code, France or one of its DROM-COM, or nothing
 * known, refused. Accepted values are always stored and given back as the country's COG name.
 */
public sealed interface SaisiePays {

    /** Last day on which a COG code is accepted on a country field (ADR 0019); removed in the next version after. */
    java.time.LocalDate FIN_CODES_COG = java.time.LocalDate.of(2027, 6, 30);

    /** {@link #FIN_CODES_COG} as the API description states it. */
    String FIN_CODES_COG_TEXTE = "30 juin 2027";

    /** A name of the COG, in any case and with or without accents (official and former names too). */
    record Nom(Pays pays) implements SaisiePays {
    }

    /** A COG code (99xxx): deprecated, accepted until the end of the period stated in ADR 0019. */
    record CodeCog(Pays pays) implements SaisiePays {
    }

    /** An ISO 3166 code ("BE", "BEL"): never accepted on a country field. */
    record CodeIso(String code) implements SaisiePays {
    }

    /** France or one of its DROM-COM: not a country; the field stays empty and the commune says where. */
    record France(String saisie) implements SaisiePays {
    }

    /** Neither a name nor a code of the COG. */
    record Inconnu(String saisie) implements SaisiePays {
    }
}
