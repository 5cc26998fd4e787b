package fr.sne.portail.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.portail.application.port.ComptesDemandeurs;
import fr.sne.portail.domaine.IdentiteDemandeur;

/** {@link ComptesDemandeurs} on {@code compte_demandeur} and {@code connexion_demandeur}. */
@Repository
class ComptesDemandeursJdbc implements ComptesDemandeurs {

    private final JdbcClient jdbc;

    ComptesDemandeursJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UUID connexion(String sujet, IdentiteDemandeur identite, Instant le) {
        UUID compte = jdbc.sql("""
                insert into compte_demandeur (id, sujet, prenoms, nom, date_naissance, courriel, cree_le,
                                              derniere_connexion)
                values (:id, :sujet, :prenoms, :nom, :naissance, :courriel, :le, :le)
                on conflict (sujet) do update set
                    prenoms = excluded.prenoms, nom = excluded.nom, date_naissance = excluded.date_naissance,
                    courriel = excluded.courriel, derniere_connexion = excluded.derniere_connexion
                returning id
                """)
                .param("id", UUID.randomUUID())
                .param("sujet", sujet)
                .param("prenoms", identite.prenoms())
                .param("nom", identite.nom())
                .param("naissance", identite.dateNaissance())
                .param("courriel", identite.courriel())
                .param("le", Timestamp.from(le))
                .query(UUID.class)
                .single();
        jdbc.sql("insert into connexion_demandeur (compte, le) values (:compte, :le)")
                .param("compte", compte)
                .param("le", Timestamp.from(le))
                .update();
        return compte;
    }
}
