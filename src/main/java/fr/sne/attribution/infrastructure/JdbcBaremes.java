package fr.sne.attribution.infrastructure;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.attribution.domaine.Bareme;
import fr.sne.attribution.domaine.Baremes;
import fr.sne.attribution.domaine.Financement;
import fr.sne.attribution.domaine.ZonePlafond;

/** The income ceilings of {@code plafond_ressources}, one row per financing, zone and year. */
@Repository
class JdbcBaremes implements Baremes {

    private final JdbcClient jdbc;

    JdbcBaremes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Bareme> enVigueur(Financement bareme, ZonePlafond zone, LocalDate jour) {
        return jdbc.sql("""
                select * from plafond_ressources
                 where financement = ? and zone = ? and annee <= ?
                 order by annee desc limit 1""")
                .params(bareme.bareme().name(), zone.name(), jour.getYear())
                .query((rs, i) -> new Bareme(bareme.bareme(), zone, rs.getInt("annee"), rs.getInt("categorie_1"),
                        rs.getInt("categorie_2"), rs.getInt("categorie_3"), rs.getInt("categorie_4"),
                        rs.getInt("categorie_5"), rs.getInt("categorie_6"), rs.getInt("par_personne_supplementaire")))
                .optional();
    }
}
