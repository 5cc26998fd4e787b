package fr.sne.echanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import fr.sne.echanges.infrastructure.PurgeRemises;

/**
 * The API's reads of a demande are recorded as hand-outs per guichet, day and channel (issue 16 §1), beside the
 * feed's: one row however many times, none for a write or for a demande the caller may not see.
 */
class RemisesDemandesIT extends ApiIT {

    @Autowired
    private Clock horloge;

    @Autowired
    private PurgeRemises purge;

    private String enregistrer(String guichet, DemandeExemple demande) {
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private List<String> remises(String numero) {
        return jdbc.sql("""
                select lecteur || ' ' || canal from remise_demande where numero_unique = ? and jour = ?
                order by lecteur, canal""").params(numero, LocalDate.now(horloge)).query(String.class).list();
    }

    @Test
    void les_lectures_de_l_api_sont_notees_une_fois_par_guichet_jour_et_canal() {
        String lue = enregistrer("G5901", DemandeExemple.nord());
        // registering hands out nothing (the movement says who wrote it)
        assertThat(remises(lue)).isEmpty();

        assertThat(api.get("G5901", "/v1.0/demandes/" + lue).statut()).isEqualTo(200);
        assertThat(api.get("G5901", "/v1.0/demandes/" + lue).statut()).isEqualTo(200);
        assertThat(api.get("G5902", "/v1.0/demandes/" + lue + "/historique").statut()).isEqualTo(200);
        // out of scope: a 404, and nothing noted
        assertThat(api.get("G6201", "/v1.0/demandes/" + lue).statut()).isEqualTo(404);
        assertThat(remises(lue)).containsExactly("G5901 API", "G5902 API");

        // the duplicates' search hands out the demandes it finds, in one statement; the events, their demande
        DemandeExemple exemple = DemandeExemple.nord();
        String trouvee = enregistrer("G5901", exemple);
        Reponse doublons = api.get("G5902", "/v1.0/doublons?nom=" + URLEncoder.encode(exemple.nom(),
                StandardCharsets.UTF_8) + "&dateNaissance=" + exemple.demandeur().get("dateNaissance"));
        assertThat(doublons.statut()).as(doublons.texte()).isEqualTo(200);
        assertThat(doublons.json().get("candidats")).isNotEmpty();
        assertThat(remises(trouvee)).containsExactly("G5902 API");
        assertThat(api.get("G5901", "/v1.0/demandes/" + trouvee + "/evenements").statut()).isEqualTo(200);
        assertThat(remises(trouvee)).containsExactly("G5901 API", "G5902 API");
    }

    @Test
    void la_purge_oublie_les_remises_de_plus_d_un_an_et_garde_les_autres() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        assertThat(api.get("G5901", "/v1.0/demandes/" + numero).statut()).isEqualTo(200);
        LocalDate aujourdhui = LocalDate.now(horloge);
        jdbc.sql("insert into remise_demande (numero_unique, jour, lecteur, canal) values (?, ?, 'G5902', 'FLUX')")
                .params(numero, aujourdhui.minusDays(366)).update();
        jdbc.sql("insert into remise_demande (numero_unique, jour, lecteur, canal) values (?, ?, 'G5902', 'API')")
                .params(numero, aujourdhui.minusDays(364)).update();

        assertThat(purge.purger()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select lecteur || ' ' || canal from remise_demande where numero_unique = ? order by jour")
                .param(numero).query(String.class).list()).containsExactly("G5902 API", "G5901 API");
    }
}
