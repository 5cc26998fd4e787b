package fr.sne.demande.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import fr.sne.referentiel.ReferentielPays;
import fr.sne.referentiel.SaisiePays;

/**
 * Countries by the real system's 2025 rules (issue 16 §0, ADR 0019): the country fields of the stored demandes
 * ({@code demande.contenu}: {@code demandeur.paysNaissance}, {@code coDemandeurs[].paysNaissance},
 * {@code adresse.pays}) and of the web application's drafts ({@code brouillon_demande.contenu}) go from COG codes
 * to COG names; France (99100, or a draft's "France") is removed from them, the field staying empty (the commune
 * says where). A draft's value that is neither (an ISO code, an unknown name, as typed) is left for its agent to
 * correct at the next step.
 * <p>
 * The demande's version and modification date do not move and no movement is written: the demande does not change,
 * only the spelling of its stored country does. The movements' documents ({@code mouvement.contenu}) are history
 * and are left as written: their readers turn a code into its name ({@code ReferentielPays#libelle}).
 * <p>
 * A Java migration because the names and their reading live in the referential (Java); it reads each distinct
 * stored value once, resolves it with {@link ReferentielPays#lire}, then rewrites the rows set-based. Spring Boot
 * hands the bean to Flyway, which runs it in its transaction.
 */
@Component
class V96__PaysEnNomsDuCog extends BaseJavaMigration {

    /** Tables whose {@code contenu} column holds a {@code ContenuDemande}. */
    private static final List<String> TABLES = List.of("demande", "brouillon_demande");

    private final ReferentielPays pays;

    V96__PaysEnNomsDuCog(ReferentielPays pays) {
        this.pays = pays;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connexion = context.getConnection();
        try (Statement s = connexion.createStatement()) {
            s.execute("create temporary table pays_v96 (valeur text primary key, nom text)");
            s.execute("""
                    create function pg_temp.pays_v96(o jsonb, cle text) returns jsonb language sql stable as $$
                        select case when jsonb_typeof(o) = 'object' and jsonb_typeof(o -> cle) = 'string'
                                     and exists (select 1 from pays_v96 where valeur = o ->> cle)
                                    then (select case when nom is null then o - cle
                                                      else jsonb_set(o, array[cle], to_jsonb(nom)) end
                                            from pays_v96 where valeur = o ->> cle)
                                    else o end
                    $$""");
            s.execute("""
                    create function pg_temp.contenu_v96(c jsonb) returns jsonb language sql stable as $$
                        select case when jsonb_typeof(c) <> 'object' then c else c
                            || case when jsonb_typeof(c -> 'demandeur') = 'object'
                                    then jsonb_build_object('demandeur',
                                            pg_temp.pays_v96(c -> 'demandeur', 'paysNaissance'))
                                    else '{}'::jsonb end
                            || case when jsonb_typeof(c -> 'coDemandeurs') = 'array'
                                    then jsonb_build_object('coDemandeurs', (
                                        select coalesce(jsonb_agg(pg_temp.pays_v96(e, 'paysNaissance') order by i),
                                                        '[]'::jsonb)
                                          from jsonb_array_elements(c -> 'coDemandeurs') with ordinality t(e, i)))
                                    else '{}'::jsonb end
                            || case when jsonb_typeof(c -> 'adresse') = 'object'
                                    then jsonb_build_object('adresse', pg_temp.pays_v96(c -> 'adresse', 'pays'))
                                    else '{}'::jsonb end
                        end
                    $$""");
        }
        Set<String> valeurs = new LinkedHashSet<>();
        for (String table : TABLES) {
            try (Statement s = connexion.createStatement(); ResultSet lignes = s.executeQuery("""
                    select contenu #>> '{demandeur,paysNaissance}' from %1$s
                    union select e ->> 'paysNaissance' from %1$s,
                        jsonb_array_elements(case when jsonb_typeof(contenu -> 'coDemandeurs') = 'array'
                                                  then contenu -> 'coDemandeurs' else '[]'::jsonb end) e
                    union select contenu #>> '{adresse,pays}' from %1$s""".formatted(table))) {
                while (lignes.next()) {
                    if (lignes.getString(1) != null) {
                        valeurs.add(lignes.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement ajout = connexion.prepareStatement("insert into pays_v96 (valeur, nom) values (?, ?)")) {
            for (String valeur : valeurs) {
                String nom;
                switch (pays.lire(valeur)) {
                    case SaisiePays.Nom(var p) -> nom = p.nom();
                    case SaisiePays.CodeCog(var p) -> nom = p.nom();
                    case SaisiePays.France _ -> nom = null;
                    case SaisiePays.CodeIso _, SaisiePays.Inconnu _ -> {
                        continue;
                    }
                }
                if (valeur.equals(nom)) {
                    continue;
                }
                ajout.setString(1, valeur);
                ajout.setString(2, nom);
                ajout.addBatch();
            }
            ajout.executeBatch();
        }
        try (Statement s = connexion.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("update %1$s set contenu = pg_temp.contenu_v96(contenu) where contenu <> "
                        .formatted(table) + "pg_temp.contenu_v96(contenu)");
            }
            s.execute("drop function pg_temp.contenu_v96(jsonb)");
            s.execute("drop function pg_temp.pays_v96(jsonb, text)");
            s.execute("drop table pays_v96");
        }
    }
}
