package fr.sne.demande.traitement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.stockage.SuppressionsFichiers;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.application.port.PorteDesLots;
import fr.sne.demande.application.port.PorteDesLots.Selection;

/**
 * The nightly pass of the lifecycle, for one day: what the registry does by itself. Each step is one or two
 * set-based statements over every demande due on or before the day and not handled yet, so that one run after
 * missed nights catches them all up, and a second run for the same day finds nothing left to do:
 * <ol>
 * <li>{@link #avisDeRenouvellement renewal notices} one month before the end of validity (R441-2-7 CCH);</li>
 * <li>{@link #radierNonRenouvelees radiation for non-renewal} (R441-2-8 e) one month after the end of validity;</li>
 * <li>{@link #radierSansReponse radiation for no answer} (R441-2-8 c) that a guichet asked for, two months after
 * its warning (L441-2-1: at least one month; two is the SNE practice);</li>
 * <li>{@link #effacer erasure} of every nominative datum one year after radiation (décret 2017-917 art. 4).</li>
 * </ol>
 * Each step only chooses <em>which</em> demandes; the door for batches ({@link PorteDesLots}) writes their
 * rows and movements and publishes their events, so that a radiation of the night is one like a guichet's.
 * The four steps run in one transaction, then (per letter, in {@link DocumentsAvis}) the day's PDF batches are
 * written, those older than their retention deleted, and the e-mails sent. The actor is {@code Acteur.traitement("traitement-quotidien")}.
 */
@Component
public class TraitementQuotidien {

    /** Who acts: the nightly pass, on every territory. */
    public static final Acteur ACTEUR = Acteur.traitement("traitement-quotidien");

    private static final Logger LOG = LoggerFactory.getLogger(TraitementQuotidien.class);

    private final JdbcClient jdbc;
    private final PorteDesLots lots;
    private final TransactionTemplate transaction;
    private final DocumentsAvis documents;
    private final SuppressionsFichiers fichiers;
    private final Clock horloge;

    TraitementQuotidien(JdbcClient jdbc, PorteDesLots lots, TransactionTemplate transaction,
            DocumentsAvis documents, SuppressionsFichiers fichiers, Clock horloge) {
        this.jdbc = jdbc;
        this.lots = lots;
        this.transaction = transaction;
        this.documents = documents;
        this.fichiers = fichiers;
        this.horloge = horloge;
    }

    /**
     * Runs the pass for {@code jour}: the four SQL steps in one transaction, recorded in
     * {@code traitement_quotidien}, then the letters and e-mails still due on or before that day.
     */
    public BilanTraitement executer(LocalDate jour) {
        BilanTraitement sql = transaction.execute(statut -> etapesSql(jour));
        // the files of the demandes erased, now that the erasure has committed (and any left by an earlier run)
        fichiers.executer();
        int lettres = documents.ecrireLots(jour);
        documents.supprimerLotsAnciens(jour);
        int courriels = documents.envoyerCourriels(jour);
        BilanTraitement bilan = new BilanTraitement(jour, sql.avis(), sql.radiationsE(), sql.radiationsC(),
                sql.purges(), lettres, courriels);
        LOG.info("Traitement quotidien du {} : {}", jour, bilan);
        return bilan;
    }

    /** The SQL part of the pass for one day, in the caller's transaction (the bench times it alone). */
    public BilanTraitement etapesSql(LocalDate jour) {
        Instant horodatage = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("insert into traitement_quotidien (jour, commence_le) values (:jour, :h) on conflict (jour) do nothing")
                .param("jour", jour).param("h", Timestamp.from(horodatage)).update();
        LocalDate precedent = dernierJourTermine(jour);
        int avis = avisDeRenouvellement(jour, precedent, horodatage);
        int radiationsE = radierNonRenouvelees(jour, horodatage);
        int radiationsC = radierSansReponse(jour, horodatage);
        int purges = effacer(jour, horodatage);
        jdbc.sql("""
                update traitement_quotidien
                   set termine_le = coalesce(termine_le, :h), avis = avis + :avis, radiations_e = radiations_e + :e,
                       radiations_c = radiations_c + :c, purges = purges + :purges
                 where jour = :jour""")
                .param("h", Timestamp.from(horodatage)).param("avis", avis).param("e", radiationsE)
                .param("c", radiationsC).param("purges", purges).param("jour", jour).update();
        return new BilanTraitement(jour, avis, radiationsE, radiationsC, purges, 0, 0);
    }

    /** The last day before {@code jour} whose SQL part committed, if any. */
    @Nullable LocalDate dernierJourTermine(LocalDate jour) {
        return jdbc.sql("select max(jour) from traitement_quotidien where jour < :jour and termine_le is not null")
                .param("jour", jour).query(LocalDate.class).optional().orElse(null);
    }

    /**
     * Renewal notices (R441-2-7): one per active demande whose validity ends within a month of {@code jour} and
     * that has none for that end date yet (the primary key makes a second one impossible). Channel: by e-mail when
     * an address is known; by post too when the applicant never used the online channel
     * ({@code renouvellement_en_ligne} false), has no e-mail address, or, having used it, refused e-mail
     * ({@code contact.consentementEmail} false: read as "asked for post"). Post notices go in the batch of
     * letters of their guichet and day. Stamps {@code date_dernier_courrier}.
     *
     * @param precedent the last day already handled: the demandes due then have their notice, so only ends of
     *                  validity after its horizon are looked at (null: every end of validity)
     * @return the number of notices decided
     */
    public int avisDeRenouvellement(LocalDate jour, @Nullable LocalDate precedent, Instant horodatage) {
        return lots.courriersEnvoyes(new Selection("""
                insert into avis_renouvellement (demande_id, date_fin_validite, jour_traitement, guichet,
                                                 par_courrier, par_courriel, adresse_courriel, lot_courrier, cree_le)
                select d.id, d.date_fin_validite, :jour, d.guichet_enregistreur, c.par_courrier,
                       c.courriel is not null, c.courriel,
                       case when c.par_courrier
                            then 'avis-renouvellement/' || to_char(cast(:jour as date), 'YYYY-MM-DD') || '/'
                                 || d.guichet_enregistreur || '.pdf' end,
                       :h
                  from demande d
                  cross join lateral (select nullif(btrim(d.contenu -> 'contact' ->> 'email'), '') as courriel) e
                  cross join lateral (select e.courriel,
                                             not d.renouvellement_en_ligne or e.courriel is null
                                             or (d.contenu -> 'contact' ->> 'consentementEmail') = 'false'
                                             as par_courrier) c
                 where d.statut = 'ACTIVE'
                   and d.date_fin_validite <= cast(:jour as date) + 35
                   and d.date_fin_validite - interval '1 month' <= :jour
                   and (cast(:precedent as date) is null
                        or d.date_fin_validite > cast(:precedent as date) + 25)
                   and (cast(:precedent as date) is null
                        or d.date_fin_validite - interval '1 month' > :precedent)
                on conflict (demande_id, date_fin_validite) do nothing
                returning demande_id as id""", parametres("jour", jour, "precedent", precedent, "h",
                Timestamp.from(horodatage))), jour);
    }

    /**
     * Radiation for non-renewal (R441-2-8 e) of the active demandes whose validity ended one month or more before
     * {@code jour} and that were notified (a demande never told of its deadline is not radiated for missing it),
     * with their RAD movements, in one statement. The check of the status and the end of validity is atomic with
     * the update, which moves the version on: a renewal racing it either lands first (the demande is no longer
     * due) or fails on its optimistic lock.
     *
     * @return the number of demandes radiated
     */
    public int radierNonRenouvelees(LocalDate jour, Instant horodatage) {
        return lots.radier(ACTEUR, MotifRadiation.NON_RENOUVELLEMENT, new Selection("""
                select d.id, d.version, cast(null as varchar) as guichet,
                       jsonb_build_object('dateFinValidite', d.date_fin_validite) as details
                  from demande d
                 where d.statut = 'ACTIVE'
                   and d.date_fin_validite <= cast(:jour as date) - 27
                   and d.date_fin_validite + interval '1 month' <= :jour
                   and exists (select 1 from avis_renouvellement a
                                where a.demande_id = d.id and a.date_fin_validite = d.date_fin_validite)""",
                Map.of("jour", jour)), jour, horodatage).size();
    }

    /**
     * Radiation for no answer (R441-2-8 c) that a guichet asked for ({@code avertissement.radiation_demandee}),
     * two months after the warning (SNE practice; L441-2-1 requires at least one), unless the demande was renewed
     * since the warning. The guichet that warned is the one that radiates ({@code radiee_par}).
     *
     * @return the number of demandes radiated
     */
    public int radierSansReponse(LocalDate jour, Instant horodatage) {
        return lots.radier(ACTEUR, MotifRadiation.ABSENCE_REPONSE, new Selection("""
                select d.id, d.version, a.guichet, jsonb_build_object('dateAvertissement', a.date_envoi) as details
                  from (select distinct on (demande_id) demande_id, guichet, date_envoi
                          from avertissement
                         where radiation_demandee and motif = 'c'
                           and date_envoi <= cast(:jour as date) - 56
                           and date_envoi + interval '2 months' <= :jour
                         order by demande_id, date_envoi desc) a
                  join demande d on d.id = a.demande_id
                 where d.statut = 'ACTIVE'
                   and (d.date_dernier_renouvellement is null or d.date_dernier_renouvellement <= a.date_envoi)""",
                Map.of("jour", jour)), jour, horodatage).size();
    }

    /**
     * Erasure one year after radiation (décret 2017-917 art. 4): of a radiated demande not yet erased whose
     * radiation is a full year old, every nominative datum goes — its persons (names, birth dates, NIR), its
     * idempotency keys, the e-mail addresses of its notices, the payloads of its movements (they carry the
     * content) and its content, replaced by an anonymous record — and a SUP movement is written. What stays is what
     * a gestionnaire territorial may still be asked: numéro, dates of deposit and registration, status, date and
     * motive of radiation, last letter, last renewal and whether online, the communes souhaitées.
     * The pass chooses the demandes due; the door erases them ({@link PorteDesLots#effacer}) and hands
     * them, in the same transaction, to every module's {@link fr.sne.demande.EffacementDemandes}.
     *
     * @return the number of demandes erased
     */
    public int effacer(LocalDate jour, Instant horodatage) {
        return lots.effacer(ACTEUR, new Selection("""
                select d.id from demande d
                 where d.statut = 'RADIEE' and d.purgee_le is null
                   and d.date_radiation <= cast(cast(:jour as date) - interval '1 year' as date)""",
                Map.of("jour", jour)), jour, horodatage).demandes().size();
    }

    private static Map<String, Object> parametres(Object... nomsEtValeurs) {
        Map<String, Object> parametres = new java.util.HashMap<>();
        for (int i = 0; i < nomsEtValeurs.length; i += 2) {
            parametres.put((String) nomsEtValeurs[i], nomsEtValeurs[i + 1]);
        }
        return parametres;
    }
}
