package fr.sne.demande.traitement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;

/**
 * The test implementation of the erasure port, standing for the modules that will implement it (attributions,
 * pièces, DRM, exports, scores, portal attachments): it records what it was handed and what it saw then (a
 * transaction active, the demande's persons already gone), and names the stored files a test gave it for a
 * demande, as a module names the files of its rows.
 */
@Component
class EffacementDemandesEssai implements EffacementDemandes {

    /** What the port saw of one erased demande, when it was called. */
    record Appel(String numero, boolean enTransaction, long personnesRestantes, String statut) {
    }

    final List<Appel> appels = new CopyOnWriteArrayList<>();
    final Map<String, Set<String>> fichiers = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    EffacementDemandesEssai(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> effacer(DemandesEffacees effacees) {
        Set<String> cles = new java.util.HashSet<>();
        for (DemandesEffacees.Effacee e : effacees.demandes()) {
            long personnes = jdbc.sql("select count(*) from demande_personne where demande_id = ?").param(e.id())
                    .query(Long.class).single();
            String statut = jdbc.sql("select statut from demande where id = ?").param(e.id()).query(String.class)
                    .single();
            appels.add(new Appel(e.numeroUnique(), TransactionSynchronizationManager.isActualTransactionActive(),
                    personnes, statut));
            cles.addAll(fichiers.getOrDefault(e.numeroUnique(), Set.of()));
        }
        return cles;
    }

    List<Appel> appelsPour(String numero) {
        return appels.stream().filter(a -> a.numero().equals(numero)).toList();
    }
}
