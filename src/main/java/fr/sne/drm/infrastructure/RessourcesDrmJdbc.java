package fr.sne.drm.infrastructure;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.drm.application.RessourcesDrm;
import fr.sne.drm.domaine.CalendrierDrm;
import fr.sne.drm.domaine.StatutDrm;

/** {@link RessourcesDrm} on {@code drm_situation}, {@code drm_ressource} and {@code drm_nature}: one query. */
@Repository
class RessourcesDrmJdbc implements RessourcesDrm {

    private final JdbcClient jdbc;

    RessourcesDrmJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Lecture> lire(Collection<String> numeros, int profondeurMois, @Nullable YearMonth auPlusTard) {
        if (profondeurMois < 1 || profondeurMois > PROFONDEUR_MAXIMALE) {
            throw new IllegalArgumentException("profondeur de 1 à " + PROFONDEUR_MAXIMALE + " mois : " + profondeurMois);
        }
        LinkedHashSet<String> demandes = new LinkedHashSet<>(numeros);
        Map<String, Lu> lus = new LinkedHashMap<>();
        if (!demandes.isEmpty()) {
            jdbc.sql("""
                    select s.numero_unique, s.statut, s.mis_a_jour_le, r.mois, r.nature,
                           coalesce(n.libelle, r.nature) as libelle, r.montant
                      from drm_situation s
                      left join drm_ressource r
                             on r.numero_unique = s.numero_unique and s.statut = 'AFFICHABLE'
                            and r.mois <= least(s.mois_reference, cast(:au_plus_tard as date))
                            and r.mois > least(s.mois_reference, cast(:au_plus_tard as date))
                                         - make_interval(months => :profondeur)
                      left join drm_nature n on n.code = r.nature
                     where s.numero_unique = any(cast(:numeros as char(18)[]))
                     order by s.numero_unique, r.mois desc, r.nature""")
                    .param("numeros", demandes.toArray(String[]::new))
                    .param("profondeur", profondeurMois)
                    .param("au_plus_tard", auPlusTard == null ? null : Date.valueOf(auPlusTard.atDay(1)))
                    .query(rs -> {
                        String numero = rs.getString("numero_unique");
                        Lu lu = lus.computeIfAbsent(numero, n -> new Lu());
                        lu.statut = sur(rs.getString("statut"));
                        Timestamp le = rs.getTimestamp("mis_a_jour_le");
                        lu.le = le == null ? null : le.toInstant();
                        Date mois = rs.getDate("mois");
                        if (mois != null) {
                            lu.lignes.computeIfAbsent(YearMonth.from(mois.toLocalDate()), m -> new ArrayList<>())
                                    .add(new Ligne(rs.getString("nature"), rs.getString("libelle"),
                                            rs.getBigDecimal("montant")));
                        }
                    });
        }
        Map<String, Lecture> lectures = new LinkedHashMap<>();
        for (String numero : demandes) {
            Lu lu = lus.get(numero);
            if (lu == null) {
                lectures.put(numero, new Lecture(numero, StatutDrm.EN_ATTENTE, null, List.of()));
                continue;
            }
            List<Mois> mois = lu.lignes.entrySet().stream()
                    .map(e -> new Mois(e.getKey(), e.getValue(), e.getValue().stream().map(Ligne::montant)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)))
                    .toList();
            lectures.put(numero, new Lecture(numero, lu.statut, lu.le, mois));
        }
        return lectures;
    }

    @Override
    public YearMonth moisDisponibleEnMasse(LocalDate jour) {
        return CalendrierDrm.moisDisponibleEnMasse(jour);
    }

    /** A status this code no longer knows reads as not fetched (a row is never shown as more than it is). */
    private static StatutDrm sur(String statut) {
        try {
            return StatutDrm.valueOf(statut);
        } catch (IllegalArgumentException e) {
            return StatutDrm.EN_ATTENTE;
        }
    }

    private static final class Lu {
        StatutDrm statut = StatutDrm.EN_ATTENTE;
        @Nullable Instant le;
        final Map<YearMonth, List<Ligne>> lignes = new LinkedHashMap<>();
    }
}
