package fr.sne.demande.infrastructure;

import java.util.Objects;

import org.springframework.stereotype.Component;

import fr.sne.referentiel.ReferentielPays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The country fields of a movement document as the feed gives it out (ADR 0019): a CRE, MOD or REN document
 * written before V96 holds, in its {@code demande}, COG codes (and 99100 for France), which V96 did not rewrite
 * (movements are history). The same fields as {@code ContenuDemande.avecPaysRelus} — {@code paysNaissance} of the
 * demandeur and of each co-demandeur, {@code adresse.pays} — go through {@link ReferentielPays#relu}: a code
 * becomes its name, France goes (the field is left out, as in a stored content). Cheap for the feed, whose
 * documents are raw JSON passed through: only a document holding a quoted {@code "99ddd"} (the shape of every COG
 * country code) is parsed, and written again only when a field changed; every other one is given as stored.
 */
@Component
class PaysDesDocuments {

    private final ReferentielPays pays;
    private final JsonMapper json;

    PaysDesDocuments(ReferentielPays pays, JsonMapper json) {
        this.pays = pays;
        this.json = json;
    }

    /** The document with its countries by name; the same string when it holds none to read again. */
    String relire(String document) {
        if (!codeCog(document)) {
            return document;
        }
        JsonNode racine = json.readTree(document);
        if (!(racine.get("demande") instanceof ObjectNode demande)) {
            return document;
        }
        boolean change = relire(demande.get("demandeur"), "paysNaissance");
        JsonNode coDemandeurs = demande.get("coDemandeurs");
        if (coDemandeurs != null && coDemandeurs.isArray()) {
            for (JsonNode coDemandeur : coDemandeurs) {
                change |= relire(coDemandeur, "paysNaissance");
            }
        }
        change |= relire(demande.get("adresse"), "pays");
        return change ? json.writeValueAsString(racine) : document;
    }

    /**
     * Whether the text holds a quoted {@code "99ddd"}: a search for {@code "99} (String.indexOf, vectorised by the
     * JVM), then the three digits and the quote; a regular expression cost the feed an eighth of its CPU.
     */
    static boolean codeCog(String texte) {
        for (int i = texte.indexOf("\"99"); i >= 0 && i + 6 < texte.length(); i = texte.indexOf("\"99", i + 1)) {
            if (chiffre(texte.charAt(i + 3)) && chiffre(texte.charAt(i + 4)) && chiffre(texte.charAt(i + 5))
                    && texte.charAt(i + 6) == '"') {
                return true;
            }
        }
        return false;
    }

    private static boolean chiffre(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean relire(JsonNode parent, String champ) {
        if (!(parent instanceof ObjectNode objet) || objet.get(champ) == null || !objet.get(champ).isString()) {
            return false;
        }
        String stocke = objet.get(champ).asString();
        String relu = pays.relu(stocke);
        if (Objects.equals(stocke, relu)) {
            return false;
        }
        if (relu == null) {
            objet.remove(champ);
        } else {
            objet.put(champ, relu);
        }
        return true;
    }
}
