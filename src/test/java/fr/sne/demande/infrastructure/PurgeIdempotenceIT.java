package fr.sne.demande.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;

@TestIntegration
class PurgeIdempotenceIT {

    @Autowired
    PurgeIdempotence purge;

    @Autowired
    JdbcClient jdbc;

    private String cle(String age) {
        String cle = UUID.randomUUID().toString();
        jdbc.sql("insert into idempotence (guichet, cle, empreinte, cree_le) values ('G5901', ?, repeat('0', 64), "
                + "now() - cast(? as interval))").params(cle, age).update();
        return cle;
    }

    private boolean existe(String cle) {
        return jdbc.sql("select count(*) from idempotence where cle = ?").param(cle).query(Integer.class).single() == 1;
    }

    @Test
    void les_cles_de_plus_de_trente_jours_sont_oubliees_les_autres_gardees() {
        String ancienne = cle("31 days");
        String tresAncienne = cle("400 days");
        String recente = cle("29 days");
        String dujour = cle("1 minute");

        int supprimees = purge.purger();

        assertThat(supprimees).isGreaterThanOrEqualTo(2);
        assertThat(existe(ancienne)).isFalse();
        assertThat(existe(tresAncienne)).isFalse();
        assertThat(existe(recente)).isTrue();
        assertThat(existe(dujour)).isTrue();
    }

    @Test
    void la_purge_planifiee_prend_un_verrou_en_base_pour_ne_tourner_que_sur_une_instance() {
        purge.planifiee();

        assertThat(jdbc.sql("select count(*) from shedlock where name = 'purge-idempotence'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
