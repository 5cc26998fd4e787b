package fr.sne.drm.infrastructure;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.drm.application.port.SituationsDrm;
import fr.sne.drm.domaine.MoisRecu;
import fr.sne.drm.domaine.StatutDrm;

/** {@link SituationsDrm} on {@code drm_situation} and {@code drm_ressource}. */
@Repository
class SituationsDrmJdbc implements SituationsDrm {

    private final JdbcClient jdbc;

    SituationsDrmJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> empreinte(String numeroUnique) {
        return jdbc.sql("select empreinte_identite from drm_situation where numero_unique = :numero")
                .param("numero", numeroUnique).query(String.class).optional();
    }

    @Override
    public void enregistrer(String numeroUnique, StatutDrm statut, Instant le, @Nullable YearMonth moisReference,
            @Nullable String empreinte, List<MoisRecu> mois) {
        jdbc.sql("""
                insert into drm_situation (numero_unique, statut, mis_a_jour_le, mois_reference, empreinte_identite)
                values (:numero, :statut, :le, :reference, :empreinte)
                on conflict (numero_unique) do update
                   set statut = excluded.statut, mis_a_jour_le = excluded.mis_a_jour_le,
                       mois_reference = excluded.mois_reference, empreinte_identite = excluded.empreinte_identite""")
                .param("numero", numeroUnique)
                .param("statut", statut.name())
                .param("le", Timestamp.from(le))
                .param("reference", moisReference == null ? null : Date.valueOf(moisReference.atDay(1)))
                .param("empreinte", empreinte)
                .update();
        jdbc.sql("delete from drm_ressource where numero_unique = :numero").param("numero", numeroUnique).update();
        if (statut != StatutDrm.AFFICHABLE || mois.isEmpty()) {
            return;
        }
        List<Date> jours = new ArrayList<>();
        List<String> natures = new ArrayList<>();
        List<BigDecimal> montants = new ArrayList<>();
        for (MoisRecu m : mois) {
            for (MoisRecu.Montant montant : m.montants()) {
                jours.add(Date.valueOf(m.mois().atDay(1)));
                natures.add(montant.nature());
                montants.add(montant.montant());
            }
        }
        // only the natures the registry collects; one row per month and nature (the DRM's lines of one nature summed)
        jdbc.sql("""
                insert into drm_ressource (numero_unique, mois, nature, montant, recue_le)
                select :numero, r.mois, r.nature, sum(r.montant), :le
                  from unnest(cast(:mois as date[]), cast(:natures as text[]), cast(:montants as numeric[]))
                       as r(mois, nature, montant)
                  join drm_nature n on n.code = r.nature
                 group by r.mois, r.nature""")
                .param("numero", numeroUnique)
                .param("le", Timestamp.from(le))
                .param("mois", jours.toArray(Date[]::new))
                .param("natures", natures.toArray(String[]::new))
                .param("montants", montants.toArray(BigDecimal[]::new))
                .update();
    }

    @Override
    public void indisponible(String numeroUnique, Instant le) {
        jdbc.sql("""
                insert into drm_situation (numero_unique, statut, mis_a_jour_le)
                values (:numero, 'INDISPONIBLE', :le)
                on conflict (numero_unique) do update
                   set statut = 'INDISPONIBLE', mis_a_jour_le = excluded.mis_a_jour_le
                 where drm_situation.statut <> 'AFFICHABLE'""")
                .param("numero", numeroUnique)
                .param("le", Timestamp.from(le))
                .update();
    }

    @Override
    public void remettreEnAttente(String numeroUnique, Instant le) {
        jdbc.sql("""
                insert into drm_situation (numero_unique, statut, mis_a_jour_le)
                values (:numero, 'EN_ATTENTE', :le)
                on conflict (numero_unique) do update
                   set statut = 'EN_ATTENTE', mis_a_jour_le = excluded.mis_a_jour_le, mois_reference = null,
                       empreinte_identite = null""")
                .param("numero", numeroUnique)
                .param("le", Timestamp.from(le))
                .update();
        jdbc.sql("delete from drm_ressource where numero_unique = :numero").param("numero", numeroUnique).update();
    }
}
