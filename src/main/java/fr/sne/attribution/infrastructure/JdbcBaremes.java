package fr.sne.attribution.infrastructure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.attribution.domaine.Bareme;
import fr.sne.attribution.domaine.Baremes;
import fr.sne.attribution.domaine.Financement;
import fr.sne.attribution.domaine.ZonePlafond;

/**
 * The income ceilings of {@code plafond_ressources}, one row per financing, zone and year. The table is reference
 * data written by migrations only (a new year's arrêté comes with a release), a few dozen rows: it is read once and
 * kept, so that a decision or a candidate search costs no query for it.
 */
@Repository
class JdbcBaremes implements Baremes {

    private final JdbcClient jdbc;
    private volatile @Nullable List<Bareme> baremes;

    JdbcBaremes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Bareme> enVigueur(Financement bareme, ZonePlafond zone, LocalDate jour) {
        return tous().stream()
                .filter(b -> b.financement() == bareme.bareme() && b.zone() == zone && b.annee() <= jour.getYear())
                .max(Comparator.comparingInt(Bareme::annee));
    }

    private List<Bareme> tous() {
        List<Bareme> lus = baremes;
        if (lus == null) {
            lus = jdbc.sql("select * from plafond_ressources")
                    .query((rs, i) -> new Bareme(Financement.valueOf(rs.getString("financement")),
                            ZonePlafond.valueOf(rs.getString("zone")), rs.getInt("annee"), rs.getInt("categorie_1"),
                            rs.getInt("categorie_2"), rs.getInt("categorie_3"), rs.getInt("categorie_4"),
                            rs.getInt("categorie_5"), rs.getInt("categorie_6"),
                            rs.getInt("par_personne_supplementaire")))
                    .list();
            baremes = List.copyOf(lus);
        }
        return lus;
    }
}
