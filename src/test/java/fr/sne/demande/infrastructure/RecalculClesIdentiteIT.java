package fr.sne.demande.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.demande.DemandeExemple;

/** V30: identity keys stored before other scripts were transliterated are recomputed. */
class RecalculClesIdentiteIT extends ApiIT {

    @Autowired
    DataSource source;

    @Test
    void les_cles_des_noms_non_latins_sont_recalculees() throws Exception {
        String suffixe = DemandeExemple.nomAuHasard().substring(4);
        String nom = "Смирнова" + suffixe;
        DemandeExemple demande = DemandeExemple.nord();
        demande.avec("demandeur", DemandeExemple.personne(nom, "Ольга", LocalDate.of(1971, 3, 4), "F", "2"));
        assertThat(api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString()).statut())
                .isEqualTo(201);
        // as the former folding stored it: only the Latin letters were kept
        jdbc.sql("update demande_personne set nom_cle = ?, prenoms_cle = '' where nom_naissance = ?")
                .params(suffixe.toUpperCase(java.util.Locale.ROOT), nom).update();

        try (Connection connexion = source.getConnection()) {
            new V30__RecalculerClesIdentite().migrate(new Context() {
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

        assertThat(jdbc.sql("select nom_cle || '|' || prenoms_cle from demande_personne where nom_naissance = ?")
                .param(nom).query(String.class).single())
                .isEqualTo("SMIRNOVA" + suffixe.toUpperCase(java.util.Locale.ROOT) + "|OLGA");
    }
}
