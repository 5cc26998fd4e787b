package fr.sne.portail.infrastructure;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.sne.demande.ConnexionsDemandeurs;

/**
 * {@link ConnexionsDemandeurs} for the demande module's reactivation rule: the last day (Europe/Paris) an account
 * the demande is attached to signed in within a period, from the portal's tables {@code rattachement_demandeur} and
 * {@code connexion_demandeur} (ADR 0027, 0029).
 */
@Component
class ConnexionsPendantRenouvellementJdbc implements ConnexionsDemandeurs {

    private final JdbcClient jdbc;

    ConnexionsPendantRenouvellementJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> derniereConnexion(String numeroUnique, LocalDate du, LocalDate au) {
        java.util.List<LocalDate> lue = jdbc.sql("""
                select max((c.le at time zone 'Europe/Paris')::date)
                from rattachement_demandeur r
                join connexion_demandeur c on c.compte = r.compte
                where r.numero_unique = :numero
                  and c.le >= (cast(:du as date)::timestamp at time zone 'Europe/Paris')
                  and c.le < ((cast(:au as date) + 1)::timestamp at time zone 'Europe/Paris')""")
                .param("numero", numeroUnique).param("du", du).param("au", au)
                .query(LocalDate.class).list();
        return lue.isEmpty() ? Optional.empty() : Optional.ofNullable(lue.getFirst());
    }
}
