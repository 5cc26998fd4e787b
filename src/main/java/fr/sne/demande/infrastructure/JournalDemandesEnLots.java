package fr.sne.demande.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.stockage.SuppressionsFichiers;
import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;
import fr.sne.demande.application.port.PorteDesLots;
import fr.sne.demande.domaine.DemandeRadiee;
import fr.sne.demande.domaine.DonneesRadiation;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.TypeMouvement;

/**
 * The door for batches (the nightly pass's port {@link PorteDesLots}): the set-based methods of the one door
 * ({@link JournalDemandes}) through which every change of a demande goes. A batch (the nightly pass) only chooses
 * <em>which</em> demandes, as a {@link Selection}; the methods here write the rows of {@code demande}, {@code demande_personne} and {@code mouvement}, each change with
 * its movement in one statement, and publish the typed events: one {@link DemandeRadiee} per demande radiated, so
 * that a radiation written by the night looks exactly like one written by a guichet. An erasure hands the erased
 * demandes, in the same transaction, to every module's {@link EffacementDemandes}, and records the files they name
 * for deletion after the commit ({@link SuppressionsFichiers}).
 * <p>
 * Every method runs in the caller's transaction (required).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class JournalDemandesEnLots implements PorteDesLots {

    private final JdbcClient jdbc;
    private final JournalDemandes journal;
    private final ApplicationEventPublisher evenements;
    private final ObjectProvider<EffacementDemandes> effacements;
    private final SuppressionsFichiers fichiers;

    JournalDemandesEnLots(JdbcClient jdbc, JournalDemandes journal, ApplicationEventPublisher evenements,
            ObjectProvider<EffacementDemandes> effacements, SuppressionsFichiers fichiers) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.evenements = evenements;
        this.effacements = effacements;
        this.fichiers = fichiers;
    }

    /**
     * The demandes of the selection were sent a letter on {@code jour} (a renewal notice): their date of last
     * letter is stamped, in one statement with the selection, which may be a data-modifying statement writing the
     * letters (its {@code returning} yields {@code id}; no {@code version} needed: no field a reader compares
     * changes). No movement: a letter is not a change of the demande.
     *
     * @return the number of demandes stamped
     */
    @Override
    public int courriersEnvoyes(Selection selection, LocalDate jour) {
        Map<String, Object> parametres = new HashMap<>(selection.parametres());
        parametres.put("jourCourrier", jour);
        return jdbc.sql("with courriers as (" + selection.requete() + """
                )
                update demande d set date_dernier_courrier = :jourCourrier
                  from courriers a
                 where d.id = a.id""")
                .params(parametres).update();
    }

    /**
     * Radiates the active demandes of the selection for {@code motif} on {@code jour} (R441-2-8 CCH), each with its
     * RAD movement, in one statement, then publishes one {@link DemandeRadiee} per demande. The selection yields
     * {@code id}, {@code version}, {@code guichet} (the guichet that radiates, may be null: the movement then names
     * the registering guichet) and {@code details} (jsonb: the fields of the {@code Radiation} record of
     * {@link fr.sne.demande.DocumentMouvement} this radiation knows beyond the motive and the date, such as
     * {@code dateFinValidite} or {@code dateAvertissement}; the others are null). Each movement carries the
     * demande's new version.
     * The status and the version are checked in the update's own {@code where}, so that a change committed while
     * it waited for the row (a renewal) makes it no longer match.
     *
     * @return the demandes radiated
     */
    @Override
    public List<DemandeRadiee> radier(Acteur acteur, MotifRadiation motif, Selection selection, LocalDate jour,
            Instant horodatage) {
        Map<String, Object> parametres = new HashMap<>(selection.parametres());
        parametres.put("motifLot", motif.code());
        parametres.put("jourLot", jour);
        parametres.put("hLot", Timestamp.from(horodatage));
        List<DemandeRadiee> radiees = journal.journaliserSelection(acteur, TypeMouvement.RAD, """
                update demande d
                   set statut = 'RADIEE', motif_radiation = :motifLot, date_radiation = :jourLot,
                       radiee_par = s.guichet, version = d.version + 1, modifiee_le = :hLot
                  from (""" + selection.requete() + """
                       ) s
                 where d.id = s.id and d.version = s.version and d.statut = 'ACTIVE'
                returning d.numero_unique, d.territoire, coalesce(s.guichet, d.guichet_enregistreur) as guichet,
                          cast(:hLot as timestamptz) as horodatage, d.version as version_demande,
                          jsonb_build_object('statut', 'RADIEE', 'motifRadiation', cast(:motifLot as text),
                                             'sousMotifRadiation', null, 'dateRadiation', cast(:jourLot as date),
                                             'donneesRadiation', '{}'::jsonb, 'dateFinValidite', null,
                                             'dateAvertissement', null) || s.details as details,
                          s.guichet as radiee_par, s.version as version_attendue""", parametres,
                (r, n) -> new DemandeRadiee(new NumeroUnique(r.getString("numero_unique")), r.getString("territoire"),
                        r.getString("radiee_par"), acteur, horodatage, r.getInt("version_attendue"), motif, null, jour,
                        DonneesRadiation.AUCUNE));
        radiees.forEach(evenements::publishEvent);
        return radiees;
    }

    /**
     * Erases every nominative datum of the radiated demandes of the selection (décret 2017-917 art. 4): their
     * persons (names, birth dates, NIR), idempotency keys, the e-mail addresses of their notices, the payloads of
     * their movements (they carry the content) and their content, replaced by an anonymous record, with a SUP
     * movement each. Then, in the same transaction, every module's {@link EffacementDemandes} erases its own rows
     * of these demandes, and the files they name are recorded for deletion after the commit. The selection yields
     * {@code id} (no {@code version}: a radiated demande only changes by a reactivation, which the status check
     * sees). Two statements: the first locks the demandes and erases around them, the second erases their content
     * and writes the movements.
     *
     * @return the demandes erased
     */
    @Override
    public DemandesEffacees effacer(Acteur acteur, Selection selection, LocalDate jour, Instant horodatage) {
        Map<String, Object> parametres = new HashMap<>(selection.parametres());
        parametres.put("hLot", Timestamp.from(horodatage));
        jdbc.sql("""
                with cibles as (
                    select d.id, d.numero_unique from demande d
                      join (""" + selection.requete() + """
                           ) s on s.id = d.id
                     where d.statut = 'RADIEE' and d.purgee_le is null
                       for update of d
                ), personnes as (
                    delete from demande_personne p using cibles c where p.demande_id = c.id
                ), cles as (
                    delete from idempotence i using cibles c where i.numero_unique = c.numero_unique
                ), avis as (
                    update avis_renouvellement a set adresse_courriel = null
                      from cibles c where a.demande_id = c.id and a.adresse_courriel is not null
                )
                update mouvement m
                   set contenu = jsonb_build_object('version', m.contenu -> 'version', 'type', m.type,
                                                    'numeroUnique', m.numero_unique, 'territoire', m.territoire,
                                                    'guichet', m.guichet, 'acteur', m.contenu -> 'acteur',
                                                    'horodatage', m.contenu -> 'horodatage', 'donneesEffacees', true)
                  from cibles c
                 where m.numero_unique = c.numero_unique""")
                .params(parametres).update();
        List<DemandesEffacees.Effacee> effacees = journal.journaliserSelection(acteur, TypeMouvement.SUP, """
                update demande d
                   set contenu = jsonb_build_object('donneesEffacees', true), donnees_radiation = null,
                       purgee_le = :hLot, version = d.version + 1, modifiee_le = :hLot
                  from (""" + selection.requete() + """
                       ) s
                 where d.id = s.id and d.statut = 'RADIEE' and d.purgee_le is null
                returning d.id, d.numero_unique, d.territoire, coalesce(d.radiee_par, d.guichet_enregistreur) as guichet,
                          cast(:hLot as timestamptz) as horodatage, d.version as version_demande,
                          jsonb_build_object('motifRadiation', d.motif_radiation, 'dateRadiation', d.date_radiation,
                                             'donneesEffacees', true) as details""", parametres,
                (r, n) -> new DemandesEffacees.Effacee(r.getLong("id"), r.getString("numero_unique"),
                        r.getString("territoire")));
        DemandesEffacees lot = new DemandesEffacees(jour, effacees);
        if (!effacees.isEmpty()) {
            effacements.orderedStream().forEach(module -> fichiers.demander(module.effacer(lot)));
        }
        return lot;
    }
}
