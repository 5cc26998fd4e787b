package fr.sne.portail.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.portail.application.port.RattachementsDemandeurs;
import fr.sne.portail.domaine.ModeRattachement;

/** {@link RattachementsDemandeurs} on {@code rattachement_demandeur}. */
@Repository
class RattachementsDemandeursJdbc implements RattachementsDemandeurs {

    private final JdbcClient jdbc;

    RattachementsDemandeursJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean rattacher(UUID compte, String numeroUnique, ModeRattachement mode, Instant le) {
        return jdbc.sql("""
                insert into rattachement_demandeur (compte, numero_unique, depuis, mode)
                values (:compte, :numero, :le, :mode)
                on conflict (compte, numero_unique) do nothing
                """)
                .param("compte", compte)
                .param("numero", numeroUnique)
                .param("le", Timestamp.from(le))
                .param("mode", mode.name())
                .update() == 1;
    }

    @Override
    public Set<String> numeros(UUID compte) {
        return jdbc.sql("select numero_unique from rattachement_demandeur where compte = :compte")
                .param("compte", compte)
                .query(String.class)
                .list().stream()
                .map(String::strip)
                .collect(Collectors.toUnmodifiableSet());
    }
}
