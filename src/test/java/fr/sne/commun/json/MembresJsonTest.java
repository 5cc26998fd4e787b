package fr.sne.commun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A top-level member nulled or taken out of JSON text: the same as doing it on the tree, whatever the text holds. */
class MembresJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> NOMS = List.of("demande", "version", "a", "demandes", "x\"y", "");

    @Property(tries = 400)
    void mettre_a_null_ou_retirer_un_membre_equivaut_a_le_faire_sur_l_arbre(@ForAll("objets") Map<String, Object> objet,
            @ForAll("noms") String nom, @ForAll boolean espace) {
        JsonNode arbre = JSON.valueToTree(objet);
        String texte = espace ? arbre.toPrettyString() : arbre.toString();

        ObjectNode nul = (ObjectNode) arbre.deepCopy();
        if (nul.has(nom)) {
            nul.putNull(nom);
        }
        assertThat(JSON.readTree(MembresJson.avecMembreNul(texte, nom))).as(texte).isEqualTo(nul);

        ObjectNode sans = (ObjectNode) arbre.deepCopy();
        sans.remove(nom);
        String retire = MembresJson.sansMembre(texte, nom);
        assertThat(JSON.readTree(retire)).as(texte).isEqualTo(sans);
        if (!arbre.has(nom)) {
            assertThat(retire).isSameAs(texte);
        }
    }

    @Example
    void un_membre_de_meme_nom_plus_profond_ou_dans_une_chaine_n_est_pas_touche() {
        String texte = "{\"b\":{\"demande\":1},\"c\":\"\\\"demande\\\":2\",\"d\":[{\"demande\":3}]}";
        assertThat(MembresJson.avecMembreNul(texte, "demande")).isSameAs(texte);
        assertThat(MembresJson.sansMembre("{\"version\": 3}", "version")).isEqualTo("{}");
        assertThat(MembresJson.sansMembre("{\"a\": 1, \"version\": 3}", "version")).isEqualTo("{\"a\": 1}");
    }

    @Example
    void un_texte_coupe_est_refuse() {
        assertThatThrownBy(() -> MembresJson.avecMembreNul("{\"demande\":{\"a\":\"b", "demande"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembresJson.sansMembre("{\"a\":\"b", "demande"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembresJson.sansMembre("{\"demande\":{\"a\":[1", "demande"))
                .isInstanceOf(IllegalArgumentException.class);
        // a name JSON would escape is not looked for (the text holds its escaped form)
        assertThatThrownBy(() -> MembresJson.sansMembre("{\"x\\\"y\":1}", "x\"y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> noms() {
        return Arbitraries.of(NOMS).filter(n -> !n.contains("\""));
    }

    @Provide
    Arbitrary<Map<String, Object>> objets() {
        return objet(3);
    }

    private Arbitrary<Map<String, Object>> objet(int profondeur) {
        Arbitrary<String> cles = Arbitraries.oneOf(Arbitraries.of(NOMS),
                Arbitraries.strings().withChars("ab\"\\{}[]:, é").ofMaxLength(6));
        return Arbitraries.maps(cles, valeur(profondeur)).ofMaxSize(5).map(LinkedHashMap::new);
    }

    private Arbitrary<Object> valeur(int profondeur) {
        Arbitrary<Object> feuilles = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab\"\\{}[]:,\n é\u0001").ofMaxLength(8).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null), Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d));
        if (profondeur == 0) {
            return feuilles;
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, feuilles),
                net.jqwik.api.Tuple.of(1, objet(profondeur - 1).map(m -> (Object) m)),
                net.jqwik.api.Tuple.of(1, valeur(profondeur - 1).list().ofMaxSize(3)
                        .map(l -> (Object) new ArrayList<>(l))));
    }
}
