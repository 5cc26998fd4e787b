package fr.sne.echanges.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;
import fr.sne.demande.RemisesDemandes;
import fr.sne.echanges.application.port.RemisesFlux;

/**
 * Table {@code remise_demande} (V97, V101): one row per demande, reader, day and channel, written in one statement
 * per page or list, by this class only (the feed and the exports through {@link RemisesFlux}, the demande
 * module's API reads through {@link RemisesDemandes}); the erasure one year after radiation deletes an erased
 * demande's rows, in its transaction; {@link PurgeRemises} forgets them after the access journal's retention.
 */
@Repository
class RemisesJdbc implements RemisesFlux, RemisesDemandes, EffacementDemandes {

    private final JdbcClient jdbc;
    private final Clock horloge;

    RemisesJdbc(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Override
    public void noter(String lecteur, LocalDate jour, Canal canal, Collection<String> numerosUniques) {
        if (numerosUniques.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into remise_demande (numero_unique, jour, lecteur, canal)
                select distinct n, cast(:jour as date), :lecteur, :canal
                  from unnest(string_to_array(cast(:numeros as text), ',')) as n
                on conflict do nothing""")
                .param("jour", jour).param("lecteur", lecteur).param("canal", canal.name())
                .param("numeros", String.join(",", numerosUniques)).update();
    }

    @Override
    public void noter(Acteur acteur, Canal canal, Collection<String> numerosUniques) {
        noter(RemisesDemandes.lecteur(acteur), LocalDate.now(horloge), canal, numerosUniques);
    }

    @Override
    public List<Remise> deLaDemande(String numeroUnique, int limite) {
        return jdbc.sql("""
                select jour, lecteur, canal from remise_demande where numero_unique = :numero
                order by jour desc, lecteur, canal limit :limite""")
                .param("numero", numeroUnique).param("limite", limite)
                .query((rs, i) -> new Remise(rs.getObject("jour", LocalDate.class), rs.getString("lecteur"),
                        Canal.valueOf(rs.getString("canal"))))
                .list();
    }

    /** Deletes at most {@code lot} hand-outs of the days before {@code avant}; returns how many. */
    int oublierAvant(LocalDate avant, int lot) {
        return jdbc.sql("""
                delete from remise_demande where ctid in (
                    select ctid from remise_demande where jour < :avant limit :lot)""")
                .param("avant", avant).param("lot", lot).update();
    }

    @Override
    public Set<String> effacer(DemandesEffacees effacees) {
        List<String> numeros = effacees.numeros();
        if (!numeros.isEmpty()) {
            jdbc.sql("delete from remise_demande where numero_unique = any(string_to_array(cast(:numeros as text), ','))")
                    .param("numeros", String.join(",", numeros)).update();
        }
        return Set.of();
    }
}
