package fr.sne.demande.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;

/**
 * V96 (ADR 0019): rows stored before the 2025 country rules, with COG codes and France, are converted to COG names,
 * France emptied, in the demandes and the drafts; the demande's version does not move and its movements stay as
 * written.
 */
class PaysEnNomsDuCogIT extends ApiIT {

    @Autowired
    DataSource source;

    @Autowired
    V96__PaysEnNomsDuCog migration;

    private String enregistrer() {
        Reponse r = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private String champ(String numero, String chemin) {
        return jdbc.sql("select contenu #>> ?::text[] from demande where numero_unique = ?").params(chemin, numero)
                .query(String.class).list().getFirst();
    }

    private void migrer() throws Exception {
        try (Connection connexion = source.getConnection()) {
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connexion;
                }
            });
        }
    }

    @Test
    void les_codes_deviennent_des_noms_et_la_france_est_videe_sans_toucher_version_ni_mouvements() throws Exception {
        String enFrance = enregistrer();
        String aLEtranger = enregistrer();
        // as stored before V96: COG codes, France as 99100
        jdbc.sql("""
                update demande set contenu = jsonb_set(jsonb_set(contenu, '{demandeur,paysNaissance}', '"99100"'),
                       '{adresse,pays}', '"99100"') where numero_unique = ?""").param(enFrance).update();
        jdbc.sql("""
                update demande set contenu = jsonb_set(jsonb_set(contenu, '{demandeur,paysNaissance}', '"99350"'),
                       '{adresse}', '{"voie": "12 rue Neuve", "ville": "Bruxelles", "pays": "99131"}')
                       || '{"coDemandeurs": [{"nomNaissance": "Martin", "paysNaissance": "99352"},
                                             {"nomNaissance": "Durand", "paysNaissance": "Tunisie"},
                                             {"nomNaissance": "Petit"}]}'
                 where numero_unique = ?""").param(aLEtranger).update();
        String avant = jdbc.sql("select string_agg(version || modifiee_le::text, ',' order by numero_unique) "
                + "from demande where numero_unique in (?, ?)").params(enFrance, aLEtranger).query(String.class)
                .single();
        String mouvementsAvant = jdbc.sql("select string_agg(contenu::text, ',' order by id) from mouvement "
                + "where numero_unique in (?, ?)").params(enFrance, aLEtranger).query(String.class).single();
        UUID brouillon = UUID.randomUUID();
        jdbc.sql("""
                insert into brouillon_demande (id, agent, guichet, contenu, etape, cree_le, modifie_le)
                values (?, 'agent-v96', 'G5901', '{"demandeur": {"paysNaissance": "France"},
                        "coDemandeurs": [{"paysNaissance": "99131"}, {"paysNaissance": "BE"}],
                        "adresse": {"pays": "maroc"}}'::jsonb, 'IDENTITE', now(), now())""")
                .param(brouillon).update();

        migrer();

        assertThat(champ(enFrance, "{demandeur,paysNaissance}")).isNull();
        assertThat(champ(enFrance, "{adresse,pays}")).isNull();
        assertThat(champ(enFrance, "{adresse,commune}")).isEqualTo("59350");
        assertThat(jdbc.sql("select jsonb_exists(contenu -> 'demandeur', 'paysNaissance') from demande "
                + "where numero_unique = ?").param(enFrance).query(Boolean.class).single()).as("the key is removed, not set to null")
                .isFalse();
        assertThat(champ(aLEtranger, "{demandeur,paysNaissance}")).isEqualTo("Maroc");
        assertThat(champ(aLEtranger, "{adresse,pays}")).isEqualTo("Belgique");
        assertThat(champ(aLEtranger, "{adresse,ville}")).isEqualTo("Bruxelles");
        assertThat(champ(aLEtranger, "{coDemandeurs,0,paysNaissance}")).isEqualTo("Algérie");
        assertThat(champ(aLEtranger, "{coDemandeurs,0,nomNaissance}")).isEqualTo("Martin");
        assertThat(champ(aLEtranger, "{coDemandeurs,1,paysNaissance}")).isEqualTo("Tunisie");
        assertThat(champ(aLEtranger, "{coDemandeurs,2,nomNaissance}")).isEqualTo("Petit");
        assertThat(champ(aLEtranger, "{coDemandeurs,2,paysNaissance}")).isNull();
        assertThat(jdbc.sql("select string_agg(version || modifiee_le::text, ',' order by numero_unique) "
                + "from demande where numero_unique in (?, ?)").params(enFrance, aLEtranger).query(String.class)
                .single()).isEqualTo(avant);
        assertThat(jdbc.sql("select string_agg(contenu::text, ',' order by id) from mouvement "
                + "where numero_unique in (?, ?)").params(enFrance, aLEtranger).query(String.class).single())
                .isEqualTo(mouvementsAvant);

        assertThat(jdbc.sql("select contenu::text from brouillon_demande where id = ?").param(brouillon)
                .query(String.class).single())
                .doesNotContain("France")
                .contains("\"paysNaissance\": \"Belgique\"", "\"paysNaissance\": \"BE\"", "\"pays\": \"Maroc\"");

        // run again: nothing left to convert
        String apres = jdbc.sql("select contenu::text from demande where numero_unique = ?").param(aLEtranger)
                .query(String.class).single();
        migrer();
        assertThat(jdbc.sql("select contenu::text from demande where numero_unique = ?").param(aLEtranger)
                .query(String.class).single()).isEqualTo(apres);
    }
}
