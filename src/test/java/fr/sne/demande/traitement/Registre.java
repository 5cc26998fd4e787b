package fr.sne.demande.traitement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.ClientApi;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.HorlogeReglable;
import fr.sne.demande.DemandeExemple;

/**
 * The registry seen by the nightly pass's tests, in the domain's words: a guichet registers a demande, days pass
 * (the application's clock moves), the night passes (the pass runs for the clock's day), and what the registry
 * now holds about a demande.
 */
final class Registre {

    /** An applicant with an identity no other test uses: birth name, NIR (with its key), e-mail address. */
    record Demandeur(String nom, String nir, String email) {

        /**
         * NIR order numbers (001–998, 123 excepted: another test's) handed out in turn from a random start, so that
         * two applicants of this JVM never share a NIR (the duplicate search matches on it).
         */
        private static final java.util.concurrent.atomic.AtomicInteger ORDRE = new java.util.concurrent.atomic
                .AtomicInteger(ThreadLocalRandom.current().nextInt(998));

        static Demandeur nouveau() {
            String nom = DemandeExemple.nomAuHasard();
            int ordre;
            do {
                ordre = ORDRE.getAndIncrement() % 998 + 1;
            } while (ordre == 123);
            long corps = Long.parseLong("2880459350" + "%03d".formatted(ordre));
            String nir = corps + "%02d".formatted(97 - corps % 97);
            return new Demandeur(nom, nir, nom.toLowerCase(java.util.Locale.ROOT) + "@example.org");
        }
    }

    private final ClientApi api;
    private final JdbcClient jdbc;
    private final HorlogeReglable horloge;
    private final TraitementPlanifie traitement;

    Registre(ClientApi api, JdbcClient jdbc, HorlogeReglable horloge, TraitementPlanifie traitement) {
        this.api = api;
        this.jdbc = jdbc;
        this.horloge = horloge;
        this.traitement = traitement;
    }

    /** The registry as if no night had been handled yet (tests share one database and move the clock). */
    void aucuneNuitTraitee() {
        jdbc.sql("delete from traitement_quotidien").update();
    }

    LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }

    /** The G5901 desk registers a demande of this applicant, today; returns its numéro unique. */
    String leGuichetEnregistre(Demandeur demandeur) {
        return leGuichetEnregistre(demandeDe(demandeur));
    }

    /** The content of a demande of this applicant in the Nord, as the guichet types it (and later renews it). */
    static DemandeExemple demandeDe(Demandeur demandeur) {
        DemandeExemple demande = DemandeExemple.nord();
        demande.demandeur().put("nomNaissance", demandeur.nom());
        demande.demandeur().put("nir", demandeur.nir());
        demande.avec("contact", new java.util.LinkedHashMap<>(Map.of("telephone", "06 12 34 56 78", "email",
                demandeur.email(), "consentementEmail", true, "consentementSms", false)));
        return demande;
    }

    /** The G5901 desk registers this demande, today; returns its numéro unique. */
    String leGuichetEnregistre(DemandeExemple demande) {
        Reponse reponse = api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(reponse.statut()).as(reponse.texte()).isEqualTo(201);
        return reponse.json().get("numeroUnique").asString();
    }

    /** The clock moves to that day, 9 a.m. in Paris (forward or back). */
    void nousSommesLe(LocalDate jour) {
        horloge.regler(jour.atTime(LocalTime.of(9, 0)).atZone(HorlogeConfiguration.FUSEAU).toInstant());
    }

    /** The nightly pass runs for today. */
    BilanTraitement laNuitPasse() {
        return traitement.executer(aujourdhui()).orElseThrow();
    }

    Map<String, Object> demande(String numero) {
        return jdbc.sql("select * from demande where numero_unique = ?").param(numero).query().singleRow();
    }

    String statut(String numero) {
        return (String) demande(numero).get("statut");
    }

    LocalDate dateFinValidite(String numero) {
        return jdbc.sql("select date_fin_validite from demande where numero_unique = ?").param(numero)
                .query(LocalDate.class).single();
    }

    List<Map<String, Object>> avis(String numero) {
        return jdbc.sql("""
                select a.* from avis_renouvellement a join demande d on d.id = a.demande_id
                 where d.numero_unique = ? order by a.date_fin_validite""").param(numero).query().listOfRows();
    }

    /** The demande's movement documents, in order, each read strictly against the contract. */
    List<fr.sne.demande.DocumentMouvement> documentsStricts(String numero) {
        return jdbc.sql("select contenu::text from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list().stream().map(fr.sne.demande.FormatMouvement::lireStrict).toList();
    }

    /** The demande's version each of its movements carries, in order. */
    List<Integer> versions(String numero) {
        return jdbc.sql("select version_demande from mouvement where numero_unique = ? order by id").param(numero)
                .query(Integer.class).list();
    }

    List<String> mouvements(String numero) {
        return jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list();
    }

    /**
     * Every place of the database where one of these texts still appears: each text, varchar, char, json or jsonb
     * column of each table of the schema (from {@code information_schema.columns}), as "table.column".
     */
    List<String> ouApparait(String... textes) {
        List<Map<String, Object>> colonnes = jdbc.sql("""
                select c.table_name, c.column_name from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                   and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                 order by 1, 2""").query().listOfRows();
        assertThat(colonnes).hasSizeGreaterThan(20);
        List<String> trouvees = new ArrayList<>();
        for (Map<String, Object> colonne : colonnes) {
            String table = (String) colonne.get("table_name");
            String nom = (String) colonne.get("column_name");
            for (String texte : textes) {
                Integer n = jdbc.sql("select count(*) from \"" + table + "\" where strpos(lower(cast(\"" + nom
                        + "\" as text)), lower(?)) > 0").param(texte).query(Integer.class).single();
                if (n > 0) {
                    trouvees.add(table + "." + nom);
                }
            }
        }
        return trouvees;
    }
}
