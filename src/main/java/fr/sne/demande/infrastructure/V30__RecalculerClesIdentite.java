package fr.sne.demande.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import fr.sne.demande.domaine.Identite;

/**
 * Recomputes the stored identity keys ({@code demande_personne.nom_cle}, {@code prenoms_cle}) of the names that
 * hold a non-ASCII character, since the folding now transliterates other scripts (a Cyrillic, Greek or Chinese
 * name used to fold to an empty key) and spells out the few Latin letters it used to turn into spaces (Ð, Þ,
 * Ħ, Ŋ…). Keys of other Latin names are unchanged (see {@code IdentitePropertiesTest}), so only those rows are
 * read. A Java migration because the folding lives in Java (ICU); Spring Boot hands the bean to Flyway.
 */
@Component
class V30__RecalculerClesIdentite extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement lecture = context.getConnection().prepareStatement("""
                select demande_id, role, rang, nom_naissance, prenoms, date_naissance from demande_personne
                where nom_naissance ~ '[^\\x01-\\x7F]' or prenoms ~ '[^\\x01-\\x7F]'""");
                PreparedStatement ecriture = context.getConnection().prepareStatement(
                        "update demande_personne set nom_cle = ?, prenoms_cle = ? "
                                + "where demande_id = ? and role = ? and rang = ?")) {
            try (ResultSet lignes = lecture.executeQuery()) {
                while (lignes.next()) {
                    Identite identite = Identite.de(lignes.getString("nom_naissance"), lignes.getString("prenoms"),
                            lignes.getObject("date_naissance", java.time.LocalDate.class), null);
                    ecriture.setString(1, identite.nomCle());
                    ecriture.setString(2, String.join(" ", identite.prenomsCle()));
                    ecriture.setLong(3, lignes.getLong("demande_id"));
                    ecriture.setString(4, lignes.getString("role"));
                    ecriture.setInt(5, lignes.getInt("rang"));
                    ecriture.addBatch();
                }
            }
            ecriture.executeBatch();
        }
    }
}
