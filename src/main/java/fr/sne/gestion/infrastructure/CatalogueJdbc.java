package fr.sne.gestion.infrastructure;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.gestion.domaine.StockCatalogue;
import fr.sne.gestion.domaine.CatalogueEvenements;
import fr.sne.gestion.domaine.DonneeEvenement;
import fr.sne.gestion.domaine.OrigineEvenement;
import fr.sne.gestion.domaine.TypeEvenement;

/**
 * The catalogue as the migrations wrote it, read once: it changes only with a migration, that is with a new
 * version of the application.
 */
@Repository
class CatalogueJdbc implements StockCatalogue {

    private final JdbcClient jdbc;
    private volatile @Nullable CatalogueEvenements lu;

    CatalogueJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CatalogueEvenements catalogue() {
        CatalogueEvenements catalogue = lu;
        if (catalogue == null) {
            catalogue = new CatalogueEvenements(jdbc.sql("""
                    select code, libelle, description, visible_demandeur, origine, types_guichet, donnees_requises,
                           donnees_facultatives
                      from evenement_catalogue order by ordre""")
                    .query((rs, n) -> new TypeEvenement(rs.getString("code"), rs.getString("libelle"),
                            rs.getString("description"), rs.getBoolean("visible_demandeur"),
                            OrigineEvenement.valueOf(rs.getString("origine")), Set.copyOf(textes(
                                    rs.getArray("types_guichet"))), donnees(rs.getArray("donnees_requises")),
                            donnees(rs.getArray("donnees_facultatives"))))
                    .list());
            lu = catalogue;
        }
        return catalogue;
    }

    private static List<String> textes(Array tableau) throws SQLException {
        return List.of((String[]) tableau.getArray());
    }

    private static List<DonneeEvenement> donnees(Array tableau) throws SQLException {
        return Arrays.stream((String[]) tableau.getArray())
                .map(nom -> DonneeEvenement.deNom(nom).orElseThrow(() -> new IllegalStateException(
                        "donnée inconnue au catalogue des événements : " + nom)))
                .toList();
    }
}
