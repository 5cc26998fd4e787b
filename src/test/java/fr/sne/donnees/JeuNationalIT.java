package fr.sne.donnees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.FormatMouvement;
import fr.sne.demande.application.ConsulterDemande;
import fr.sne.demande.application.EnregistrerDemande;
import fr.sne.demande.application.validation.Resultat;
import fr.sne.demande.application.validation.ValidationContenu;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.nir.Nir;
import fr.sne.demande.domaine.nir.ResultatNir;
import fr.sne.demande.infrastructure.DemandeRepository;

/**
 * The national dataset at a small size on the test database: what it writes is read back through the application
 * (ConsulterDemande) and passes the application's own content validation; its movements are the documents the
 * application writes, read strictly, carrying the demande's versions in order; a registration afterwards takes the next numéro of its territory and month. What the test
 * wrote is deleted afterwards (the counters stay raised: a number is never reused).
 */
@TestIntegration
class JeuNationalIT {

    static final int DEMANDES = 2_000;

    @Autowired
    GenerateurJeuNational generateur;
    @Autowired
    ConsulterDemande consulter;
    @Autowired
    ValidationContenu validation;
    @Autowired
    EnregistrerDemande enregistrer;
    @Autowired
    DemandeRepository depot;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.sne.pieces.application.LirePieces lirePieces;
    @Autowired
    fr.sne.portail.application.Rattachements rattachements;
    @Autowired
    fr.sne.drm.application.RessourcesDrm ressourcesDrm;
    @Autowired
    Clock horloge;

    long avant;
    final List<String> enregistrees = new ArrayList<>();
    /** The last attribution fact before the test. */
    long faitsAvant;

    /** The nightly pass's row of the day before, when this test wrote it (removed after). */
    LocalDate veilleEcrite;

    @AfterEach
    void effacer() {
        if (veilleEcrite != null) {
            jdbc.sql("delete from traitement_quotidien where jour = ?").param(veilleEcrite).update();
        }
        jdbc.sql("delete from piece where numero_unique in (select numero_unique from demande where id > ?)")
                .param(avant).update();
        for (String table : List.of("rattachement_demandeur", "connexion_demandeur")) {
            jdbc.sql("delete from " + table + " t using compte_demandeur c where c.id = t.compte"
                    + " and c.sujet like 'jeu-national-%'").update();
        }
        jdbc.sql("delete from compte_demandeur where sujet like 'jeu-national-%'").update();
        for (String table : List.of("drm_ressource", "drm_situation")) {
            jdbc.sql("delete from " + table + " where numero_unique in (select numero_unique from demande where id > ?)")
                    .param(avant).update();
        }
        jdbc.sql("delete from mouvement where numero_unique in (select numero_unique from demande where id > ?)")
                .param(avant).update();
        jdbc.sql("delete from demande where id > ?").param(avant).update();
        jdbc.sql("delete from attribution_fait where id > ?").param(faitsAvant).update();
        for (String table : List.of("bail", "candidature", "commission_logement")) {
            jdbc.sql("delete from " + table + " t using logement l where l.id = t.logement_id"
                    + " and l.bailleur_siren like '98%'").update();
        }
        jdbc.sql("delete from commission where bailleur_siren like '98%'").update();
        jdbc.sql("delete from logement where bailleur_siren like '98%'").update();
        jdbc.sql("delete from guichet g where g.code ~ '^G[JKLM]' and g.nom like '%(jeu national)'"
                + " and not exists (select 1 from client_api c where c.guichet_code = g.code)").update();
        jdbc.sql("delete from bailleur b where b.nom like '%(jeu national)'"
                + " and not exists (select 1 from guichet g where g.bailleur_siren = b.siren)").update();
    }

    @Test
    void un_petit_jeu_national_se_relit_par_l_application_et_passe_sa_validation() throws Exception {
        avant = jdbc.sql("select coalesce(max(id), 0) from demande").query(Long.class).single();
        faitsAvant = jdbc.sql("select coalesce(max(id), 0) from attribution_fait").query(Long.class).single();
        List<String> lignes = new ArrayList<>();
        List<String> indexEtCles = indexEtCles();
        LocalDate veille = LocalDate.now(horloge).minusDays(1);
        boolean veilleConnue = jdbc.sql("select count(*) from traitement_quotidien where jour = ?").param(veille)
                .query(Long.class).single() > 0;
        veilleEcrite = veilleConnue ? null : veille;

        List<GenerateurJeuNational.BilanGeneration> bilans = generateur.generer(DEMANDES, 7L, lignes::add);

        // the indexes and foreign keys dropped during the copy are back, as the migrations made them
        assertThat(indexEtCles()).isEqualTo(indexEtCles);
        // the movements' sequence came back to the last id the generator gave
        assertThat(jdbc.sql("select last_value from pg_sequences where sequencename = 'mouvement_id_seq'")
                .query(Long.class).single())
                .isEqualTo(jdbc.sql("select max(id) from mouvement").query(Long.class).single());

        assertThat(bilans).extracting(GenerateurJeuNational.BilanGeneration::partie)
                .containsExactly("guichets", "demandes", "attributions", "pieces", "portail", "drm");
        assertThat(lignes).anyMatch(l -> l.startsWith("demandes : {demande=2,000"));
        assertThat(jdbc.sql("select count(*) from demande where id > ?").param(avant).query(Long.class).single())
                .isEqualTo(DEMANDES);
        // Île-de-France about 30 %, about 27 % radiated within the year with motives a to f
        long idf = compter("territoire = '111'");
        assertThat(idf).isBetween(DEMANDES * 24L / 100, DEMANDES * 36L / 100);
        long radiees = compter("statut = 'RADIEE'");
        assertThat(radiees).isBetween(DEMANDES * 22L / 100, DEMANDES * 32L / 100);
        assertThat(jdbc.sql("select distinct motif_radiation from demande where id > ? and statut = 'RADIEE'")
                .param(avant).query(String.class).list()).contains("a", "b", "c", "e");
        LocalDate jour = LocalDate.now(horloge);
        assertThat(compter("statut = 'RADIEE' and date_radiation not between current_date - 366 and current_date"))
                .isZero();
        // the lifecycle: the state the nightly pass left the night before; those due today are the day's
        assertThat(compter("statut = 'ACTIVE' and date_fin_validite + interval '1 month' < cast('" + jour
                + "' as date)")).isZero();
        assertThat(compter("date_depot < cast('" + jour + "' as date) - interval '10 years 1 day'")).isZero();
        // and that pass is recorded as done, so the pass of the day starts from it
        assertThat(jdbc.sql("select count(*) from traitement_quotidien where jour = ? and termine_le is not null")
                .param(veille).query(Long.class).single()).isEqualTo(1L);
        // every number's sequence is within its territory and month's counter
        assertThat(jdbc.sql("""
                select count(*) from demande d
                 where d.id > ? and not exists (select 1 from compteur_numero_unique c
                     where c.territoire = d.territoire and c.mois_annee = substr(d.numero_unique, 4, 4)
                       and c.dernier >= cast(substr(d.numero_unique, 8, 6) as int))""")
                .param(avant).query(Long.class).single()).isZero();

        // a national year of leases in proportion (420,000 at 2.7 million demandes), each in an EPCI with a
        // threshold, a quarter or so in the first quartile, the flag agreeing with the resources and threshold
        int anneePassee = jour.getYear() - 1;
        long baux = jdbc.sql("select count(*) from attribution_fait where id > ? and annee = ?")
                .params(faitsAvant, anneePassee).query(Long.class).single();
        assertThat(baux).isEqualTo(Math.round(420_000.0 * DEMANDES / 2_700_000));
        assertThat(jdbc.sql("""
                select count(*) from attribution_fait where id > ? and (epci_siren is null or seuil_premier_quartile
                 is null or premier_quartile <> (ressources_annuelles_uc <= seuil_premier_quartile))""")
                .param(faitsAvant).query(Long.class).single()).isZero();
        long q1 = jdbc.sql("select count(*) from attribution_fait where id > ? and annee = ? and premier_quartile")
                .params(faitsAvant, anneePassee).query(Long.class).single();
        assertThat(q1).isBetween(baux * 15 / 100, baux * 35 / 100);
        // and the chain behind each lease: its dwelling, a session, three ranked candidates, the lease
        long faits = jdbc.sql("select count(*) from attribution_fait where id > ?").param(faitsAvant)
                .query(Long.class).single();
        long logements = jdbc.sql("select count(*) from logement where bailleur_siren like '98%'").query(Long.class)
                .single();
        assertThat(logements).isEqualTo(faits);
        assertThat(jdbc.sql("select count(*) from bail b join logement l on l.id = b.logement_id"
                + " where l.bailleur_siren like '98%'").query(Long.class).single()).isEqualTo(logements);
        assertThat(jdbc.sql("select count(*) from candidature c join logement l on l.id = c.logement_id"
                + " where l.bailleur_siren like '98%'").query(Long.class).single()).isEqualTo(3 * logements);

        // pieces on about 55 % of the generated demandes, none on the demandes already there; every demande with
        // pieces has its demandeur's identity; keys that name no one, one each; the rows read back by the pieces
        // module's own reading
        long avecPieces = jdbc.sql("select count(distinct p.numero_unique) from piece p join demande d"
                + " on d.numero_unique = p.numero_unique where d.id > ?").param(avant).query(Long.class).single();
        assertThat(avecPieces).isBetween(DEMANDES * 48L / 100, DEMANDES * 62L / 100);
        assertThat(jdbc.sql("select count(*) from piece p where p.acteur_id like 'jeu-national-%' and not exists"
                + " (select 1 from demande d where d.numero_unique = p.numero_unique and d.id > ?)").param(avant)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct numero_unique) from piece where categorie = 'IDENTITE'"
                + " and personne = 'DEMANDEUR' and acteur_id like 'jeu-national-%'").query(Long.class).single())
                .isEqualTo(avecPieces);
        assertThat(jdbc.sql("select count(*) from piece where acteur_id like 'jeu-national-%'"
                + " and cle_stockage <> 'pieces/' || id").query(Long.class).single()).isZero();
        String avecSesPieces = jdbc.sql("select p.numero_unique from piece p join demande d"
                + " on d.numero_unique = p.numero_unique where d.id > ? and d.statut = 'ACTIVE' order by d.id limit 1")
                .param(avant).query(String.class).single();
        assertThat(lirePieces.liste(avecSesPieces, Acteur.administrateurNational("jeu-national-it")))
                .isNotEmpty().allSatisfy(p -> assertThat(p.numeroUnique()).isEqualTo(avecSesPieces));

        // the portal: about 44 % of the generated demandes attached to an account of their demandeur, filed from it
        // (DEPOT) exactly when a portal registered them; one sign-in each; read back by the portal's own reading
        long rattachees = jdbc.sql("select count(*) from rattachement_demandeur r join demande d"
                + " on d.numero_unique = r.numero_unique where d.id > ?").param(avant).query(Long.class).single();
        assertThat(rattachees).isBetween(DEMANDES * 38L / 100, DEMANDES * 50L / 100);
        assertThat(jdbc.sql("select count(*) from compte_demandeur where sujet like 'jeu-national-%'")
                .query(Long.class).single()).isEqualTo(rattachees);
        assertThat(jdbc.sql("""
                select count(*) from rattachement_demandeur r join demande d on d.numero_unique = r.numero_unique
                  join guichet g on g.code = d.guichet_enregistreur
                 where d.id > ? and (r.mode = 'DEPOT') <> (g.type = 'PORTAIL')""").param(avant).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(distinct r.mode) from rattachement_demandeur r join demande d"
                + " on d.numero_unique = r.numero_unique where d.id > ?").param(avant).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from compte_demandeur c join rattachement_demandeur r on r.compte = c.id
                  join demande d on d.numero_unique = r.numero_unique
                  join demande_personne p on p.demande_id = d.id and p.role = 'DEMANDEUR'
                 where d.id > ? and (c.nom <> p.nom_naissance or c.date_naissance <> p.date_naissance
                       or c.derniere_connexion < c.cree_le
                       or (select count(*) from connexion_demandeur x where x.compte = c.id) <> 1)""")
                .param(avant).query(Long.class).single()).isZero();
        var compte = jdbc.sql("select r.compte, r.numero_unique from rattachement_demandeur r join demande d"
                + " on d.numero_unique = r.numero_unique where d.id > ? order by d.id limit 1").param(avant)
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, java.util.UUID.class), rs.getString(2)))
                .single();
        assertThat(rattachements.numeros(compte.getKey())).containsExactly(compte.getValue());

        // the DRM: a situation for every active demande of the generation, months only for a demandeur with a
        // permanent NIR whose data is shown, three months each; read back through the DRM's read port
        assertThat(jdbc.sql("""
                select count(*) from demande d left join drm_situation s on s.numero_unique = d.numero_unique
                 where d.id > ? and (d.statut = 'ACTIVE') <> (s.numero_unique is not null)""").param(avant)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from drm_situation s join demande d on d.numero_unique = s.numero_unique
                  join demande_personne p on p.demande_id = d.id and p.role = 'DEMANDEUR'
                 where d.id > ? and s.statut <> case when p.nir is null then 'SANS_NIR'
                                                     when left(p.nir, 1) in ('7', '8') then 'NIR_TEMPORAIRE'
                                                     else s.statut end""").param(avant).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("""
                select count(*) from drm_ressource r join drm_situation s on s.numero_unique = r.numero_unique
                  join demande d on d.numero_unique = r.numero_unique
                 where d.id > ? and s.statut <> 'AFFICHABLE'""").param(avant).query(Long.class).single()).isZero();
        String affichable = jdbc.sql("""
                select s.numero_unique from drm_situation s join demande d on d.numero_unique = s.numero_unique
                 where d.id > ? and s.statut = 'AFFICHABLE' order by d.id limit 1""").param(avant)
                .query(String.class).single();
        assertThat(ressourcesDrm.lire(List.of(affichable), 3).get(affichable).mois()).hasSize(3);

        // a sample read back through the application passes its own content validation
        List<String> echantillon = jdbc.sql("select numero_unique from demande where id > ? and (id % 40) = 0"
                + " order by id").param(avant).query(String.class).list();
        assertThat(echantillon).hasSizeGreaterThanOrEqualTo(45);
        Acteur admin = Acteur.administrateurNational("jeu-national-it");
        for (String numero : echantillon) {
            Demande demande = consulter.executer(numero, admin);
            Resultat<?> resultat = validation.valider(demande.contenu(), jour);
            assertThat(resultat).as(numero + " : " + resultat).isInstanceOf(Resultat.Valide.class);
            assertThat(demande.contenu().dateDepot()).isEqualTo(demande.dateDepot());
            for (ContenuDemande.Personne p : adultes(demande.contenu())) {
                assertThat(Nir.analyser(p.nir())).isInstanceOf(ResultatNir.Valide.class);
                assertThat(p.nir().substring(7, 10)).isEqualTo("000");
            }
            List<String> types = depot.mouvements(new NumeroUnique(numero)).stream()
                    .map(DemandeRepository.MouvementEcrit::type).toList();
            assertThat(types.getFirst()).isEqualTo("CRE");
            assertThat(types.contains("RAD")).isEqualTo(demande.statut().name().equals("RADIEE"));
        }
        // no two generated persons share a NIR
        assertThat(jdbc.sql("""
                select count(*) from (select nir from demande_personne p join demande d on d.id = p.demande_id
                 where d.id > ? and nir is not null group by nir having count(*) > 1) x""")
                .param(avant).query(Long.class).single()).isZero();

        // every generated person is born in France (their NIR says so) and lives there: no country field at all,
        // never France (ADR 0019)
        assertThat(jdbc.sql("""
                select count(*) from demande where id > ?
                   and (contenu::text like '%"paysNaissance"%' or contenu #> '{adresse,pays}' is not null)""")
                .param(avant).query(Long.class).single()).isZero();

        // a registration afterwards: the next number of its territory and month, a creation movement of the same shape
        String genere = jdbc.sql("select numero_unique from demande where id > ? and territoire = '059'"
                + " and statut = 'ACTIVE' order by id limit 1").param(avant).query(String.class).single();
        ContenuDemande contenu = consulter.executer(genere, admin).contenu();
        ContenuDemande.Personne d = contenu.demandeur();
        ContenuDemande nouveau = new ContenuDemande(null, new ContenuDemande.Personne(d.civilite(),
                d.nomNaissance() + "-Apres", null, d.prenoms(), d.dateNaissance(), d.sexe(), d.nationalite(),
                d.paysNaissance(), null, null, d.situationFamiliale(), null, d.situationProfessionnelle(), null,
                d.ressourcesMensuelles()), contenu.coDemandeurs().stream().map(c -> new ContenuDemande.Personne(
                        c.civilite(), c.nomNaissance() + "-Apres", null, c.prenoms(), c.dateNaissance(), c.sexe(),
                        c.nationalite(), c.paysNaissance(), null, null, c.situationFamiliale(), c.lienDemandeur(),
                        c.situationProfessionnelle(), null, c.ressourcesMensuelles())).toList(),
                contenu.personnesACharge(), null, contenu.adresse(), contenu.contact(), contenu.logementActuel(),
                contenu.motifs(), contenu.logementRecherche(), null, null);
        String mois = NumeroUnique.moisAnnee(jour);
        int compteur = jdbc.sql("select coalesce(max(dernier), 0) from compteur_numero_unique where territoire = '059'"
                + " and mois_annee = ?").param(mois).query(Integer.class).single();
        Demande enregistree = enregistrer.executer(nouveau, Acteur.clientApi("demo-g5901", "G5901", "BAILLEUR",
                "059"), "jeu-national-" + System.nanoTime()).demande();
        assertThat(enregistree.numeroUnique().sequence()).isEqualTo(compteur + 1);
        assertThat(enregistree.numeroUnique().moisAnnee()).isEqualTo(mois);
        DemandeRepository.MouvementEcrit creeParApplication = depot.mouvements(enregistree.numeroUnique()).getFirst();
        DemandeRepository.MouvementEcrit creeParGenerateur = depot.mouvements(new NumeroUnique(genere)).getFirst();
        assertThat(creeParGenerateur.document().getClass()).isEqualTo(creeParApplication.document().getClass());
        assertThat(creeParGenerateur.versionDemande()).isEqualTo(creeParApplication.versionDemande()).isZero();

        // every generated movement is one of the contract's documents, read strictly (no field missing or unknown)
        List<String> documents = jdbc.sql("""
                select m.contenu::text from mouvement m join demande d on d.numero_unique = m.numero_unique
                 where d.id > ?""").param(avant).query(String.class).list();
        assertThat(documents).hasSizeGreaterThan(DEMANDES);
        Set<String> formes = new TreeSet<>();
        for (String document : documents) {
            formes.add(FormatMouvement.lireStrict(document).getClass().getSimpleName());
        }
        assertThat(formes).contains("Creation", "Renouvellement", "AvertissementEnvoye", "Radiation");
        // each demande's movements carry its versions 0, 1, 2… in order, the last being the demande's own
        assertThat(jdbc.sql("""
                select count(*) from (
                    select d.version, array_agg(m.version_demande order by m.id) as versions, count(*) as n
                      from demande d join mouvement m on m.numero_unique = d.numero_unique
                     where d.id > ? group by d.id, d.version) x
                 where versions <> array(select generate_series(0, cast(n as int) - 1)) or version <> n - 1""")
                .param(avant).query(Long.class).single()).isZero();
    }

    private List<String> indexEtCles() {
        return jdbc.sql("""
                select indexdef from pg_indexes where tablename in ('demande', 'demande_personne', 'demande_commune',
                       'mouvement', 'avertissement', 'avis_renouvellement', 'piece')
                union all
                select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                 where conrelid::regclass::text in ('demande', 'demande_personne', 'demande_commune', 'mouvement',
                       'avertissement', 'avis_renouvellement', 'piece')
                order by 1""").query(String.class).list();
    }

    private long compter(String condition) {
        return jdbc.sql("select count(*) from demande where id > ? and " + condition).param(avant)
                .query(Long.class).single();
    }

    private static List<ContenuDemande.Personne> adultes(ContenuDemande c) {
        List<ContenuDemande.Personne> a = new ArrayList<>();
        a.add(c.demandeur());
        a.addAll(c.coDemandeurs());
        return a;
    }

}
