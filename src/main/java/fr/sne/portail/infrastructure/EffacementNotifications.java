package fr.sne.portail.infrastructure;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;

/** The notifications' part of the erasure one year after radiation: a demande's notifications go with it. */
@Component
class EffacementNotifications implements EffacementDemandes {

    private final JdbcClient jdbc;

    EffacementNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> effacer(DemandesEffacees effacees) {
        if (!effacees.demandes().isEmpty()) {
            jdbc.sql("delete from notification_demandeur where numero_unique = any(string_to_array(cast(:n as text), ','))")
                    .param("n", String.join(",", effacees.numeros())).update();
        }
        return Set.of();
    }
}
