package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile bodies derived from the sample demande (wrong types, nulls, huge texts, deep nesting, characters of
 * every Unicode category, duplicate keys, unknown fields, truncations), generated with jqwik and sent over HTTP:
 * never a 5xx, every refusal a problem document, and exactly one demande written per 201.
 */
class FuzzEnregistrementIT extends ApiIT {

    private static final int ESSAIS = 400;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NOEUDS = JsonNodeFactory.instance;

    @Test
    void aucune_requete_hostile_ne_provoque_de_5xx_ni_d_ecriture_sans_201() {
        ObjectNode exemple = (ObjectNode) JSON.readTree(Path.of("docs/exemples/demande-nord.json").toFile());
        List<String> chemins = new ArrayList<>();
        cheminsDe(exemple, "", chemins);
        int avant = demandes();
        int crees = 0;
        Map<Integer, Integer> parStatut = new java.util.TreeMap<>();
        List<String> corps = corpsHostiles(exemple, chemins).sampleStream().limit(ESSAIS).toList();
        for (String texte : corps) {
            Reponse r = api.requete("POST", "G5901", "/v1.0/demandes", Map.of("Content-Type", "application/json",
                    "Idempotency-Key", UUID.randomUUID().toString()), texte);
            parStatut.merge(r.statut(), 1, Integer::sum);
            String contexte = r.statut() + " " + r.texte() + " ← " + abrege(texte);
            assertThat(r.statut()).as(contexte).isLessThan(500);
            if (r.statut() == 201) {
                crees++;
            } else {
                assertThat(r.statut()).as(contexte).isBetween(400, 499);
                assertThat(r.entete("Content-Type")).as(contexte).startsWith("application/problem+json");
                JsonNode probleme = r.json();
                assertThat(probleme.has("type") && probleme.get("status").asInt() == r.statut()).as(contexte)
                        .isTrue();
                assertThat(probleme.has("code") || probleme.has("erreurs")).as(contexte).isTrue();
            }
        }
        org.slf4j.LoggerFactory.getLogger(FuzzEnregistrementIT.class).info("{} corps hostiles, réponses par statut : {}",
                corps.size(), parStatut);
        assertThat(demandes() - avant).isEqualTo(crees);
        assertThat(crees).as("some bodies stay valid").isPositive();
    }

    @Test
    void aucune_recherche_de_doublons_hostile_ne_provoque_de_5xx() {
        Arbitrary<String> texte = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20),
                Arbitraries.of("", " ", "--", "'", "1980-02-30", "0000-01-01", "+1980-01-01", "x".repeat(3000)));
        List<List<String>> parametres = texte.list().ofSize(4).sampleStream().limit(150).toList();
        for (List<String> p : parametres) {
            String requete = "/v1.0/doublons?nom=" + encoder(p.get(0)) + "&prenom=" + encoder(p.get(1))
                    + "&dateNaissance=" + encoder(p.get(2).length() % 3 == 0 ? "1980-02-03" : p.get(2))
                    + "&nir=" + encoder(p.get(3));
            Reponse r = api.get("G5901", requete);
            String contexte = r.statut() + " " + r.texte() + " ← " + abrege(requete);
            assertThat(r.statut()).as(contexte).isLessThan(500);
            if (r.statut() != 200) {
                assertThat(r.entete("Content-Type")).as(contexte).startsWith("application/problem+json");
            }
        }
    }

    private static String encoder(String texte) {
        return java.net.URLEncoder.encode(texte, java.nio.charset.StandardCharsets.UTF_8);
    }

    private int demandes() {
        return jdbc.sql("select count(*) from demande").query(Integer.class).single();
    }

    private static String abrege(String texte) {
        return texte.length() > 600 ? texte.substring(0, 600) + "…(" + texte.length() + ")" : texte;
    }

    /** A mutation of the sample, with a fresh identity so that valid bodies are not all duplicates. */
    private static Arbitrary<String> corpsHostiles(ObjectNode exemple, List<String> chemins) {
        Arbitrary<String> chemin = Arbitraries.of(chemins);
        Arbitrary<Integer> mutation = Arbitraries.integers().between(0, 9);
        return Combinators.combine(chemin, mutation, valeursHostiles(), Arbitraries.longs()).as(
                (c, m, valeur, graine) -> muter(exemple, c, m, valeur, new Random(graine)));
    }

    private static String muter(ObjectNode exemple, String chemin, int mutation, JsonNode valeur, Random hasard) {
        ObjectNode d = exemple.deepCopy();
        ((ObjectNode) d.get("demandeur")).put("nomNaissance", "Fuzz" + UUID.randomUUID().toString()
                .replaceAll("[^a-f]", ""));
        ((ObjectNode) d.get("demandeur")).put("dateNaissance", "19%02d-0%d-1%d".formatted(40 + hasard.nextInt(60),
                1 + hasard.nextInt(9), hasard.nextInt(10)));
        switch (mutation) {
            case 0, 1, 2, 3 -> remplacer(d, chemin, valeur);
            case 4 -> supprimer(d, chemin);
            case 5 -> ajouter(d, chemin, "champ" + hasard.nextInt(3), valeur);
            case 6 -> {
                String texte = JSON.writeValueAsString(d);
                return texte.substring(0, hasard.nextInt(texte.length()));
            }
            case 7 -> {
                String texte = JSON.writeValueAsString(d);
                String nom = chemin.substring(chemin.lastIndexOf('/') + 1);
                return nom.matches("[a-zA-Z]+") ? texte.replaceFirst("\\{", "{\"" + nom + "\":"
                        + JSON.writeValueAsString(valeur) + ",") : texte;
            }
            case 8 -> remplacer(d, chemin, NOEUDS.stringNode(texteHostile(hasard)));
            default -> {
                String imbrique = "[".repeat(1 + hasard.nextInt(3000)) + "]".repeat(hasard.nextInt(3000));
                String texte = JSON.writeValueAsString(d);
                return texte.replaceFirst("\"motifs\":\\[", "\"motifs\":[" + imbrique + ",");
            }
        }
        return JSON.writeValueAsString(d);
    }

    /** Characters from every Unicode category, unpaired surrogates and noncharacters included. */
    private static String texteHostile(Random hasard) {
        StringBuilder texte = new StringBuilder();
        int longueur = hasard.nextInt(4) == 0 ? hasard.nextInt(5000) : hasard.nextInt(30);
        for (int i = 0; i < longueur; i++) {
            int c = switch (hasard.nextInt(6)) {
                case 0 -> hasard.nextInt(0x20);
                case 1 -> 0xD800 + hasard.nextInt(0x800);
                case 2 -> List.of(0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE, 0x200B, 0x202E, 0xFEFF).get(hasard.nextInt(7));
                case 3 -> hasard.nextInt(0x110000);
                default -> 0x20 + hasard.nextInt(0x300);
            };
            texte.appendCodePoint(c);
        }
        return texte.toString();
    }

    private static Arbitrary<JsonNode> valeursHostiles() {
        return Arbitraries.oneOf(
                Arbitraries.just(NOEUDS.nullNode()),
                Arbitraries.of(true, false).map(NOEUDS::booleanNode),
                Arbitraries.of(-1L, 0L, 1L, 3L, Long.MAX_VALUE, Long.MIN_VALUE).map(NOEUDS::numberNode),
                Arbitraries.of(1.5, -0.0, 1e308, 59350.0).map(NOEUDS::numberNode),
                Arbitraries.just(NOEUDS.numberNode(new java.math.BigInteger("9".repeat(400)))),
                Arbitraries.of("", "  ", "T2", "59350", "1988-04-12", "2026-02-30", "\u0000", "null", "true",
                        "x".repeat(300_000), "é".repeat(5000)).map(NOEUDS::stringNode),
                Arbitraries.strings().ofMaxLength(40).map(NOEUDS::stringNode),
                Arbitraries.just(NOEUDS.arrayNode()),
                Arbitraries.just(NOEUDS.arrayNode().addNull()),
                Arbitraries.just(NOEUDS.arrayNode().add("  ").add("T2")),
                Arbitraries.just(NOEUDS.objectNode()),
                Arbitraries.just(NOEUDS.objectNode().put("x", 1)));
    }

    private static void cheminsDe(JsonNode noeud, String chemin, List<String> chemins) {
        if (!chemin.isEmpty()) {
            chemins.add(chemin);
        }
        if (noeud instanceof ObjectNode objet) {
            objet.propertyNames().forEach(nom -> cheminsDe(objet.get(nom), chemin + "/" + nom, chemins));
        } else if (noeud instanceof ArrayNode tableau) {
            for (int i = 0; i < tableau.size(); i++) {
                cheminsDe(tableau.get(i), chemin + "/" + i, chemins);
            }
        }
    }

    private static void remplacer(ObjectNode racine, String chemin, JsonNode valeur) {
        int coupure = chemin.lastIndexOf('/');
        JsonNode parent = racine.at(chemin.substring(0, coupure));
        String cle = chemin.substring(coupure + 1);
        if (parent instanceof ArrayNode tableau) {
            tableau.set(Integer.parseInt(cle), valeur);
        } else if (parent instanceof ObjectNode objet) {
            objet.set(cle, valeur);
        }
    }

    private static void supprimer(ObjectNode racine, String chemin) {
        int coupure = chemin.lastIndexOf('/');
        JsonNode parent = racine.at(chemin.substring(0, coupure));
        String cle = chemin.substring(coupure + 1);
        if (parent instanceof ArrayNode tableau) {
            tableau.remove(Integer.parseInt(cle));
        } else if (parent instanceof ObjectNode objet) {
            objet.remove(cle);
        }
    }

    private static void ajouter(ObjectNode racine, String chemin, String nom, JsonNode valeur) {
        JsonNode cible = racine.at(chemin);
        if (cible instanceof ObjectNode objet) {
            objet.set(nom, valeur);
        } else {
            racine.set(nom, valeur);
        }
    }
}
