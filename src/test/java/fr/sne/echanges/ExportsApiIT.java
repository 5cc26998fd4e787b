package fr.sne.echanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.HorlogeReglable;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.stockage.Stockage;
import fr.sne.commun.stockage.SuppressionsFichiers;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.application.port.PorteDesLots;
import fr.sne.demande.application.port.PorteDesLots.Selection;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.echanges.application.ExpirerExports;
import fr.sne.echanges.application.ProduireExports;
import fr.sne.echanges.application.port.Exports;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The bulk exports through the API (issue 16 §2): ask, poll, download (whole and by ranges) and read the archive;
 * every bad input with its code and nothing written; another guichet's export unknown; the jobs claimed once each,
 * taken over when their instance died; expiry after 7 days and at once on an erasure.
 */
public class ExportsApiIT extends ApiIT {

    static final String NS = "urn:sne:export:1.0";
    static final List<String> TOUTES = List.of("CERFA", "EVT", "DALO", "PRIO", "CONT", "ATTRIB", "PJ");

    @Autowired
    private HorlogeReglable horloge;
    @Autowired
    private ProduireExports produire;
    @Autowired
    private ExpirerExports expirer;
    @Autowired
    private Exports exports;
    @Autowired
    private Stockage stockage;
    @Autowired
    private SuppressionsFichiers suppressions;
    @Autowired
    private PorteDesLots lots;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private MeterRegistry metriques;

    private final List<String> logementsRpls = new ArrayList<>();

    @AfterEach
    void nettoyer() {
        horloge.reinitialiser();
        for (String rpls : logementsRpls) {
            jdbc.sql("delete from bail where logement_id in (select id from logement where identifiant_rpls = ?)")
                    .param(rpls).update();
            jdbc.sql("delete from candidature where logement_id in (select id from logement where identifiant_rpls = ?)")
                    .param(rpls).update();
            jdbc.sql("delete from designation where logement_id in (select id from logement where identifiant_rpls = ?)")
                    .param(rpls).update();
            jdbc.sql("delete from logement where identifiant_rpls = ?").param(rpls).update();
        }
        jdbc.sql("delete from commission where guichet = 'G5901' and date_commission = '2001-01-01'").update();
    }

    /** A State guichet of the Nord with its API client, which alone records DALO decisions (as EvenementsApiIT). */
    private void guichetEtatNord() {
        jdbc.sql("""
                insert into guichet (code, nom, type, territoire, actif)
                values ('G5909', 'DDETS du Nord (essai)', 'ETAT', '059', true) on conflict (code) do nothing""")
                .update();
        jdbc.sql("""
                insert into client_api (client_id, secret_hash, guichet_code, actif) values (?, ?, 'G5909', true)
                on conflict (client_id) do nothing""")
                .params("demo-g5909", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
                        .encode("demo-g5909-secret")).update();
        jdbc.sql("""
                insert into client_api_habilitation (client_id, habilitation, accordee_par)
                values ('demo-g5909', 'demandes', 'essai') on conflict do nothing""").update();
    }

    private String enregistrer(String guichet, DemandeExemple demande) {
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private void evenement(String guichet, String numero, String code, Map<String, Object> donnees) {
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("code", code);
        corps.put("date", LocalDate.now(horloge).toString());
        corps.put("donnees", donnees);
        Reponse r = api.post(guichet, "/v1.0/demandes/" + numero + "/evenements", corps, null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
    }

    private void radier(String numero) {
        long id = jdbc.sql("select id from demande where numero_unique = ?").param(numero).query(Long.class).single();
        transaction.executeWithoutResult(t -> lots.radier(Acteur.traitement("essai-export"),
                MotifRadiation.NON_RENOUVELLEMENT, new Selection("""
                        select d.id, d.version, cast(null as varchar) as guichet,
                               jsonb_build_object('dateFinValidite', d.date_fin_validite) as details
                          from demande d where d.id = :id""", Map.of("id", id)), LocalDate.now(horloge),
                horloge.instant()));
    }

    private void effacer(String numero) {
        long id = jdbc.sql("select id from demande where numero_unique = ?").param(numero).query(Long.class).single();
        transaction.executeWithoutResult(t -> lots.effacer(Acteur.traitement("essai-export"), new Selection(
                "select id from demande where id = :id", Map.of("id", id)), LocalDate.now(horloge),
                horloge.instant()));
    }

    private static Map<String, Object> corps(List<String> entites, List<String> etat, List<String> departements,
            List<String> communes) {
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("entites", entites);
        corps.put("etat", etat);
        corps.put("localisation", Map.of("departements", departements, "communes", communes));
        return corps;
    }

    private String demander(String guichet, Map<String, Object> corps) {
        Reponse r = api.post(guichet, "/v1.0/exports", corps, null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(202);
        String numero = r.json().get("numero").asString();
        assertThat(r.entete("Location")).isEqualTo("/v1.0/exports/" + numero);
        assertThat(r.json().get("statut").asString()).isEqualTo("EN_ATTENTE");
        return numero;
    }

    /** Runs every job waiting, as the instances' thread does. */
    private void executer() {
        while (produire.unePasse().isPresent()) {
            // the next
        }
    }

    private JsonNode etat(String guichet, String numero) {
        Reponse r = api.get(guichet, "/v1.0/exports/" + numero);
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        return r.json();
    }

    /** The XML files of an archive, by name, in order. */
    public static Map<String, byte[]> fichiers(byte[] archive) throws IOException {
        Map<String, byte[]> fichiers = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entree;
            while ((entree = tar.getNextEntry()) != null) {
                fichiers.put(entree.getName(), tar.readAllBytes());
            }
        }
        return fichiers;
    }

    /** Each demande of the export's files, by numéro; each file valid against export-1.0.xsd. */
    public static Map<String, Element> demandes(Map<String, byte[]> fichiers) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        javax.xml.validation.Validator validateur = fr.sne.echanges.infrastructure.xml.SchemasXml
                .schema("export-1.0.xsd").newValidator();
        Map<String, Element> demandes = new LinkedHashMap<>();
        for (byte[] xml : fichiers.values()) {
            validateur.validate(new javax.xml.transform.stream.StreamSource(new ByteArrayInputStream(xml)));
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            NodeList liste = doc.getDocumentElement().getElementsByTagNameNS(NS, "demandeExportee");
            for (int i = 0; i < liste.getLength(); i++) {
                Element e = (Element) liste.item(i);
                demandes.put(e.getAttribute("numeroUnique"), e);
            }
        }
        return demandes;
    }

    private static List<String> attributs(Element parent, String element, String attribut) {
        NodeList liste = parent.getElementsByTagNameNS(NS, element);
        List<String> valeurs = new ArrayList<>();
        for (int i = 0; i < liste.getLength(); i++) {
            valeurs.add(((Element) liste.item(i)).getAttribute(attribut));
        }
        return valeurs;
    }

    /** A dwelling of the demo bailleur of the Nord, designated for this demande, attributed, leased. */
    private void attribuer(String numero) {
        String rpls = "EXP" + UUID.randomUUID().toString().substring(0, 12);
        logementsRpls.add(rpls);
        long logement = jdbc.sql("""
                insert into logement (bailleur_siren, guichet, territoire, identifiant_rpls, adresse, code_commune,
                                      typologie, surface, loyer, financement, qpv, adapte_handicap, declare_le)
                values ('990590010', 'G5901', '059', ?, '1 rue de l''Essai', '59350', 'T3', 60, 400, 'PLUS', false,
                        false, now()) returning id""").param(rpls).query(Long.class).single();
        jdbc.sql("insert into designation (logement_id, numero_unique, guichet, designe_le) values (?, ?, 'G59AL', now())")
                .params(logement, numero).update();
        long commission = jdbc.sql("""
                insert into commission (bailleur_siren, guichet, date_commission, creee_le)
                values ('990590010', 'G5901', '2001-01-01', now()) returning id""").query(Long.class).single();
        long candidature = jdbc.sql("""
                insert into candidature (commission_id, logement_id, numero_unique, ordre, decision, rang, decidee_le,
                                         decidee_par, reponse, repondue_le)
                values (?, ?, ?, 1, 'ATTRIBUTION_RANG', 1, now(), 'G5901', 'ACCEPTEE', now()) returning id""")
                .params(commission, logement, numero).query(Long.class).single();
        jdbc.sql("""
                insert into bail (logement_id, candidature_id, numero_unique, date_signature, accord_collectif,
                                  prioritaire_dalo, contingent, guichet, signe_le)
                values (?, ?, ?, '2001-01-02', 'AUCUN', false, 'AUCUN', 'G5901', now())""")
                .params(logement, candidature, numero).update();
    }

    @Test
    void demander_suivre_puis_telecharger_en_entier_et_par_plages() throws Exception {
        String prioritaire = enregistrer("G5901", DemandeExemple.nord());
        String radiee = enregistrer("G5901", DemandeExemple.nord());
        String ailleurs = enregistrer("G6201", DemandeExemple.pasDeCalais());
        evenement("G5901", prioritaire, "PRIORITE_RECONNUE", Map.of("public", "HANDICAP"));
        guichetEtatNord();
        evenement("G5909", prioritaire, "DECISION_DALO", Map.of("dateDecision",
                LocalDate.now(horloge).minusDays(3).toString()));
        attribuer(prioritaire);
        Reponse piece = api.multipart("G5901", "/v1.0/demandes/" + prioritaire + "/pieces", List.of(
                fr.sne.ClientApi.Partie.fichier("fichier", "bulletins.pdf", "application/pdf",
                        fr.sne.pieces.FichiersEssai.pdf(3)),
                fr.sne.ClientApi.Partie.champ("categorie", "RESSOURCES"),
                fr.sne.ClientApi.Partie.fichier("pages", null, "application/json",
                        "[{\"de\":1,\"a\":2,\"libelle\":\"bulletins de salaire\"},{\"de\":3,\"a\":3}]"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(piece.statut()).as(piece.texte()).isEqualTo(201);
        radier(radiee);
        double lignesAvant = metriques.counter(ProduireExports.COMPTEUR_LIGNES).count();

        String numero = demander("G5901", corps(TOUTES, List.of("ACTIVE", "RADIEE"), List.of("59"), List.of()));
        JsonNode attente = etat("G5901", numero);
        assertThat(attente.get("statut").asString()).isEqualTo("EN_ATTENTE");
        assertThat(attente.get("demande").get("territoires").toString()).isEqualTo("[\"059\"]");
        Reponse tot = api.get("G5901", "/v1.0/exports/" + numero + "/fichier");
        assertThat(tot.statut()).isEqualTo(409);
        assertThat(tot.json().get("code").asString()).isEqualTo("EXPORT_NON_PRET");

        executer();
        JsonNode pret = etat("G5901", numero);
        assertThat(pret.get("statut").asString()).as(pret.toString()).isEqualTo("PRET");
        assertThat(pret.get("progression").asInt()).isEqualTo(100);
        long lignes = pret.get("lignes").asLong();
        long attendues = jdbc.sql("""
                select count(*) from demande where territoire = '059' and purgee_le is null""")
                .query(Long.class).single();
        assertThat(lignes).isEqualTo(attendues);
        assertThat(metriques.counter(ProduireExports.COMPTEUR_LIGNES).count() - lignesAvant).isEqualTo(lignes);
        assertThat(pret.get("fichier").asString()).isEqualTo("/v1.0/exports/" + numero + "/fichier");

        Reponse fichier = api.get("G5901", "/v1.0/exports/" + numero + "/fichier");
        assertThat(fichier.statut()).isEqualTo(200);
        byte[] archive = fichier.corps();
        assertThat(archive.length).isEqualTo(pret.get("taille").asLong());
        assertThat(fichier.entete("Content-Length")).isEqualTo(Integer.toString(archive.length));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive));
        assertThat(pret.get("sha256").asString()).isEqualTo(sha);
        assertThat(fichier.entete("ETag")).isEqualTo("\"" + sha + "\"");
        assertThat(fichier.entete("Accept-Ranges")).isEqualTo("bytes");

        Map<String, byte[]> xml = fichiers(archive);
        assertThat(xml.keySet()).first().isEqualTo("demandes-000001.xml");
        assertThat(pret.get("fichiers").asInt()).isEqualTo(xml.size()).isEqualTo((int) ((lignes + 999) / 1000));
        Map<String, Element> demandes = demandes(xml);
        assertThat(demandes).hasSize((int) lignes).containsKeys(prioritaire, radiee).doesNotContainKey(ailleurs);
        Element p = demandes.get(prioritaire);
        assertThat(p.getAttribute("statut")).isEqualTo("ACTIVE");
        // CERFA: the demande of demande-1.0.xsd, with its number
        assertThat(p.getElementsByTagNameNS("urn:sne:demande:1.0", "numUnique").item(0).getTextContent())
                .isEqualTo(prioritaire);
        assertThat(demandes.get(radiee).getAttribute("statut")).isEqualTo("RADIEE");
        assertThat(attributs(p, "evenement", "code")).contains("CREATION", "VALIDATION", "PRIORITE_RECONNUE",
                "DECISION_DALO");
        // each event names its movement, the one the feed gives with the same identifiant
        assertThat(attributs(p, "evenement", "mouvement").stream().map(Long::valueOf).collect(
                java.util.stream.Collectors.toSet())).isEqualTo(new java.util.HashSet<>(jdbc.sql(
                        "select id from mouvement where numero_unique = ? and type in ('CRE', 'EVT')")
                        .param(prioritaire).query(Long.class).list()));
        assertThat(attributs(p, "decisionDalo", "dateDecision"))
                .containsExactly(LocalDate.now(horloge).minusDays(3).toString());
        assertThat(attributs(p, "priorite", "code")).containsExactly("HANDICAP");
        assertThat(attributs(p, "designation", "guichet")).containsExactly("G59AL");
        assertThat(attributs(p, "decision", "decision")).containsExactly("ATTRIBUTION_RANG");
        assertThat(attributs(p, "bail", "dateSignature")).containsExactly("2001-01-02");
        // PJ: the pieces' metadata, never their bytes
        assertThat(attributs(p, "piece", "identifiant")).containsExactly(piece.json().get("id").asString());
        assertThat(attributs(p, "piece", "categorie")).containsExactly("RESSOURCES");
        assertThat(attributs(p, "piece", "sha256")).containsExactly(jdbc.sql(
                "select sha256 from piece where numero_unique = ?").param(prioritaire).query(String.class).single());
        assertThat(attributs(p, "pages", "libelle")).containsExactly("bulletins de salaire", "");
        assertThat(attributs(p, "pages", "derniere")).containsExactly("2", "3");
        // every block asked is there, even empty
        for (String bloc : List.of("evenements", "dalo", "priorites", "designations", "attributions", "pieces")) {
            assertThat(demandes.get(radiee).getElementsByTagNameNS(NS, bloc).getLength()).as(bloc).isOne();
        }
        // what the export handed out is recorded for the guichet and the day
        assertThat(jdbc.sql("select count(*) from remise_demande where canal = 'EXPORT' and numero_unique = ? and lecteur = 'G5901'"
                + " and jour = ?").params(prioritaire, LocalDate.now(horloge)).query(Long.class).single()).isOne();

        // ranges: a slice, a suffix, from an offset; beyond the end 416; another file's ETag: the whole file
        Reponse tranche = api.requete("GET", "G5901", "/v1.0/exports/" + numero + "/fichier",
                Map.of("Range", "bytes=10-19"), null);
        assertThat(tranche.statut()).isEqualTo(206);
        assertThat(tranche.entete("Content-Range")).isEqualTo("bytes 10-19/" + archive.length);
        assertThat(tranche.corps()).isEqualTo(Arrays.copyOfRange(archive, 10, 20));
        Reponse fin = api.requete("GET", "G5901", "/v1.0/exports/" + numero + "/fichier",
                Map.of("Range", "bytes=-7"), null);
        assertThat(fin.statut()).isEqualTo(206);
        assertThat(fin.corps()).isEqualTo(Arrays.copyOfRange(archive, archive.length - 7, archive.length));
        Reponse suite = api.requete("GET", "G5901", "/v1.0/exports/" + numero + "/fichier",
                Map.of("Range", "bytes=100-", "If-Range", "\"" + sha + "\""), null);
        assertThat(suite.statut()).isEqualTo(206);
        assertThat(suite.entete("Content-Length")).isEqualTo(Integer.toString(archive.length - 100));
        assertThat(suite.corps()).isEqualTo(Arrays.copyOfRange(archive, 100, archive.length));
        Reponse au_dela = api.requete("GET", "G5901", "/v1.0/exports/" + numero + "/fichier",
                Map.of("Range", "bytes=" + archive.length + "-"), null);
        assertThat(au_dela.statut()).isEqualTo(416);
        assertThat(au_dela.json().get("code").asString()).isEqualTo("PLAGE_NON_SATISFIABLE");
        assertThat(au_dela.entete("Content-Range")).isEqualTo("bytes */" + archive.length);
        Reponse autreFichier = api.requete("GET", "G5901", "/v1.0/exports/" + numero + "/fichier",
                Map.of("Range", "bytes=10-19", "If-Range", "\"autre\""), null);
        assertThat(autreFichier.statut()).isEqualTo(200);
        assertThat(autreFichier.corps()).isEqualTo(archive);

        // another guichet, of the same territory or not: no such export
        for (String autre : List.of("G5902", "G6201")) {
            Reponse r = api.get(autre, "/v1.0/exports/" + numero);
            assertThat(r.statut()).isEqualTo(404);
            assertThat(r.json().get("code").asString()).isEqualTo("INTROUVABLE");
            assertThat(api.get(autre, "/v1.0/exports/" + numero + "/fichier").statut()).isEqualTo(404);
        }
        assertThat(api.get("G5901", "/v1.0/exports/" + UUID.randomUUID()).statut()).isEqualTo(404);

        // active demandes of a commune only: the radiated one is not there; only the entities asked
        String actives = demander("G5901", corps(List.of("PRIO"), List.of("ACTIVE"), List.of(), List.of("59512")));
        executer();
        Map<String, Element> seules = demandes(fichiers(api.get("G5901", "/v1.0/exports/" + actives + "/fichier")
                .corps()));
        assertThat(seules).containsKey(prioritaire).doesNotContainKeys(radiee, ailleurs);
        assertThat(seules.get(prioritaire).getElementsByTagNameNS(NS, "evenements").getLength()).isZero();
        assertThat(attributs(seules.get(prioritaire), "priorite", "code")).containsExactly("HANDICAP");
    }

    /**
     * One snapshot for the whole export: the job is held after its first file (the hand-out record it writes then
     * waits on a lock the test holds), a demande of its last file is changed and given a priority, and another
     * registered, all committed, meanwhile; the export still gives that demande as it was when the job began —
     * its priorities and events too, read by later statements — and as many demandes as there were then.
     */
    @Test
    void un_export_est_lu_dans_un_seul_instantane() throws Exception {
        String modele = enregistrer("G6201", DemandeExemple.pasDeCalais());
        List<String> colonnes = jdbc.sql("""
                select column_name from information_schema.columns
                 where table_name = 'demande' and table_schema = current_schema()
                   and column_name not in ('id', 'numero_unique') and is_generated = 'NEVER'
                   and coalesce(identity_generation, '') = ''
                 order by ordinal_position""").query(String.class).list();
        String liste = String.join(", ", colonnes);
        CountDownLatch libere = new CountDownLatch(1);
        try {
            jdbc.sql("insert into demande (numero_unique, " + liste + ") select '0621298' || lpad(i::text, 6, '0')"
                    + " || 'G6201', " + liste + " from demande, generate_series(1, 1100) as i where numero_unique = ?")
                    .param(modele).update();
            String derniere = jdbc.sql("select numero_unique from demande where territoire = '062' order by id desc"
                    + " limit 1").query(String.class).single();
            long avant = jdbc.sql("select count(*) from demande where territoire = '062' and statut = 'ACTIVE'"
                    + " and purgee_le is null").query(Long.class).single();
            int version = jdbc.sql("select version from demande where numero_unique = ?").param(derniere)
                    .query(Integer.class).single();
            String export = demander("G6201", corps(List.of("CERFA", "EVT", "PRIO"), List.of("ACTIVE"), List.of("62"),
                    List.of()));

            CountDownLatch verrou = new CountDownLatch(1);
            ExecutorService fils = Executors.newFixedThreadPool(2);
            Future<?> tenir = fils.submit(() -> transaction.executeWithoutResult(t -> {
                jdbc.sql("lock table remise_demande in exclusive mode").update();
                verrou.countDown();
                try {
                    libere.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            verrou.await();
            Future<?> job = fils.submit(this::executer);
            long limite = System.nanoTime() + 60_000_000_000L;
            while (jdbc.sql("""
                    select count(*) from pg_locks where not granted and relation = 'remise_demande'::regclass""")
                    .query(Long.class).single() == 0) {
                assertThat(System.nanoTime()).as("the job waits after its first file").isLessThan(limite);
                Thread.sleep(50);
            }
            assertThat(etat("G6201", export).get("statut").asString()).isEqualTo("EN_COURS");
            // meanwhile, committed: the last demande changed (its version moved), one more demande registered
            jdbc.sql("update demande set version = version + 1, modifiee_le = now() where numero_unique = ?")
                    .param(derniere).update();
            jdbc.sql("insert into demande (numero_unique, " + liste + ") select '0621298999999G6201', " + liste
                    + " from demande where numero_unique = ?").param(modele).update();
            // and a priority recognised to it: read by the job after this commit, in a statement of its own
            evenement("G6201", derniere, "PRIORITE_RECONNUE", Map.of("public", "HANDICAP"));
            libere.countDown();
            tenir.get(60, java.util.concurrent.TimeUnit.SECONDS);
            job.get(120, java.util.concurrent.TimeUnit.SECONDS);
            fils.shutdown();

            JsonNode pret = etat("G6201", export);
            assertThat(pret.get("statut").asString()).isEqualTo("PRET");
            assertThat(pret.get("lignes").asLong()).isEqualTo(avant);
            assertThat(pret.get("fichiers").asInt()).isGreaterThan(1);
            Element lue = demandes(fichiers(api.get("G6201", "/v1.0/exports/" + export + "/fichier").corps()))
                    .get(derniere);
            assertThat(lue).isNotNull();
            assertThat(lue.getAttribute("version")).isEqualTo(Integer.toString(version));
            assertThat(attributs(lue, "evenement", "code")).doesNotContain("PRIORITE_RECONNUE");
            assertThat(lue.getElementsByTagNameNS(NS, "priorites").getLength()).isOne();
            assertThat(attributs(lue, "priorite", "code")).isEmpty();
            assertThat(jdbc.sql("select version from demande where numero_unique = ?").param(derniere)
                    .query(Integer.class).single()).isEqualTo(version + 1);

            // the copy the export initialised is kept by the feed from the export's cursor: what was committed
            // after its snapshot comes (the priority), what every earlier transaction wrote does not come again
            // (the registration of the model), and an event is known by its movement
            String curseur = pret.get("curseurFlux").asString();
            List<JsonNode> suivis = new ArrayList<>();
            boolean aJour = false;
            for (int appels = 0; !aJour && appels < 50; appels++) {
                Reponse page = api.get("G6201", "/v1.0/mouvements?limite=10000&curseur=" + curseur);
                assertThat(page.statut()).as(page.texte()).isEqualTo(200);
                page.json().get("mouvements").forEach(suivis::add);
                curseur = page.json().get("curseurSuivant").asString();
                aJour = page.json().get("aJour").asBoolean();
            }
            assertThat(aJour).isTrue();
            List<JsonNode> priorite = suivis.stream().filter(m -> m.get("numeroUnique").asString().equals(derniere)
                    && m.get("type").asString().equals("EVT")).toList();
            assertThat(priorite).hasSize(1);
            assertThat(priorite.getFirst().get("document").toString()).contains("PRIORITE_RECONNUE");
            long identifiant = priorite.getFirst().get("identifiant").asLong();
            assertThat(jdbc.sql("select count(*) from mouvement where id = ? and numero_unique = ? and type = 'EVT'")
                    .params(identifiant, derniere).query(Long.class).single()).isOne();
            assertThat(suivis).noneMatch(m -> m.get("numeroUnique").asString().equals(modele)
                    && m.get("type").asString().equals("CRE"));
        } finally {
            libere.countDown();
            jdbc.sql("delete from remise_demande where numero_unique like '0621298%'").update();
            jdbc.sql("delete from demande where numero_unique like '0621298%'").update();
        }
    }

    @Test
    void chaque_mauvaise_entree_a_son_code_et_rien_n_est_ecrit() {
        long avant = jdbc.sql("select count(*) from export").query(Long.class).single();
        Map<Map<String, Object>, Map<String, String>> cas = new LinkedHashMap<>();
        cas.put(Map.of(), Map.of("entites", "OBLIGATOIRE", "etat", "OBLIGATOIRE", "localisation", "OBLIGATOIRE"));
        cas.put(corps(List.of("CERFA", "COTA", "PJ", "DRM", "XYZ"), List.of("ACTIVE"), List.of("59"), List.of()),
                Map.of("entites[1]", "ENTITE_NON_DISPONIBLE", "entites[4]", "CODE_INCONNU"));
        cas.put(corps(List.of("CERFA"), List.of("ACTIVE", "SUPPRIMEE"), List.of("59"), List.of()),
                Map.of("etat[1]", "CODE_INCONNU"));
        cas.put(corps(List.of("CERFA"), List.of("ACTIVE"), List.of("99", "5"), List.of("5935", "59999")),
                Map.of("localisation.departements[0]", "CODE_INCONNU", "localisation.departements[1]", "CODE_INCONNU",
                        "localisation.communes[0]", "FORMAT_INVALIDE", "localisation.communes[1]",
                        "COMMUNE_INCONNUE"));
        Map<String, Object> profondeur = corps(List.of("CERFA"), List.of("ACTIVE"), List.of("59"), List.of());
        profondeur.put("profondeurDrm", 4);
        cas.put(profondeur, Map.of("profondeurDrm", "HORS_BORNES"));
        cas.forEach((corps, attendus) -> {
            Reponse r = api.post("G5901", "/v1.0/exports", corps, null);
            assertThat(r.statut()).as(r.texte()).isEqualTo(422);
            Map<String, String> codes = new LinkedHashMap<>();
            r.json().get("erreurs").forEach(e -> codes.put(e.get("champ").asString(), e.get("code").asString()));
            assertThat(codes).as(r.texte()).isEqualTo(attendus);
        });
        assertThat(api.post("G5901", "/v1.0/exports", corps(List.of("COTA"), List.of("ACTIVE"), List.of("59"),
                List.of()), null).texte()).contains("COTA");
        // outside the guichet's territory: a département, a commune, Paris for a guichet of the Nord
        for (Map<String, Object> hors : List.of(
                corps(List.of("CERFA"), List.of("ACTIVE"), List.of("62"), List.of()),
                corps(List.of("CERFA"), List.of("ACTIVE"), List.of("59"), List.of("62041")),
                corps(List.of("CERFA"), List.of("ACTIVE"), List.of("75"), List.of()))) {
            Reponse r = api.post("G5901", "/v1.0/exports", hors, null);
            assertThat(r.statut()).as(r.texte()).isEqualTo(403);
            assertThat(r.json().get("code").asString()).isEqualTo("LOCALISATION_HORS_PERIMETRE");
        }
        Map<String, Object> inconnu = corps(List.of("CERFA"), List.of("ACTIVE"), List.of("59"), List.of());
        inconnu.put("format", "csv");
        Reponse r = api.post("G5901", "/v1.0/exports", inconnu, null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from export").query(Long.class).single()).isEqualTo(avant);
    }

    @Test
    void une_tache_dont_l_instance_est_morte_est_reprise_une_vivante_non() {
        enregistrer("G6201", DemandeExemple.pasDeCalais());
        String morte = demander("G6201", corps(List.of("CERFA"), List.of("ACTIVE"), List.of("62"), List.of()));
        String vivante = demander("G6201", corps(List.of("CERFA"), List.of("ACTIVE"), List.of("62"), List.of()));
        String usee = demander("G6201", corps(List.of("CERFA"), List.of("ACTIVE"), List.of("62"), List.of()));
        Instant maintenant = horloge.instant();
        jdbc.sql("""
                update export set etat = 'EN_COURS', instance = 'morte', tentatives = 1, garde_jusqu_a = ?
                 where numero = ?""").params(java.sql.Timestamp.from(maintenant.minusSeconds(5)), morte).update();
        jdbc.sql("""
                update export set etat = 'EN_COURS', instance = 'vivante', tentatives = 1, garde_jusqu_a = ?
                 where numero = ?""").params(java.sql.Timestamp.from(maintenant.plusSeconds(600)), vivante).update();
        jdbc.sql("""
                update export set etat = 'EN_COURS', instance = 'morte', tentatives = 3, garde_jusqu_a = ?
                 where numero = ?""").params(java.sql.Timestamp.from(maintenant.minusSeconds(5)), usee).update();
        double reprises = metriques.counter(ProduireExports.COMPTEUR_REPRISES).count();

        executer();

        JsonNode reprise = etat("G6201", morte);
        assertThat(reprise.get("statut").asString()).isEqualTo("PRET");
        assertThat(jdbc.sql("select tentatives from export where numero = ?").param(morte).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(metriques.counter(ProduireExports.COMPTEUR_REPRISES).count() - reprises).isEqualTo(1);
        assertThat(etat("G6201", vivante).get("statut").asString()).isEqualTo("EN_COURS");
        assertThat(jdbc.sql("select instance from export where numero = ?").param(vivante).query(String.class)
                .single()).isEqualTo("vivante");
        JsonNode abandon = etat("G6201", usee);
        assertThat(abandon.get("statut").asString()).isEqualTo("ECHEC");
        assertThat(abandon.get("motif").asString()).contains("3 tentatives");
        jdbc.sql("update export set etat = 'ECHEC', instance = null where numero = ?").param(vivante).update();
    }

    @Test
    void deux_instances_ne_prennent_jamais_la_meme_tache() throws Exception {
        List<Long> miennes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String n = demander("G6201", corps(List.of("CERFA"), List.of("ACTIVE"), List.of("62"), List.of()));
            miennes.add(jdbc.sql("select id from export where numero = ?").param(n).query(Long.class).single());
        }
        Map<Long, String> prises = new ConcurrentHashMap<>();
        List<Long> doubles = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch depart = new CountDownLatch(1);
        ExecutorService fils = Executors.newFixedThreadPool(2);
        List<Future<?>> fins = new ArrayList<>();
        for (String instance : List.of("instance-a", "instance-b")) {
            fins.add(fils.submit(() -> {
                depart.await();
                while (true) {
                    var tache = exports.reclamer(instance, horloge.instant(), Duration.ofMinutes(5), 3);
                    if (tache.isEmpty()) {
                        return null;
                    }
                    if (prises.putIfAbsent(tache.get().export().id(), instance) != null) {
                        doubles.add(tache.get().export().id());
                    }
                }
            }));
        }
        depart.countDown();
        for (Future<?> f : fins) {
            f.get();
        }
        fils.shutdown();
        assertThat(doubles).isEmpty();
        assertThat(prises.keySet()).containsAll(miennes);
        jdbc.sql("update export set etat = 'ECHEC', instance = null where instance in ('instance-a', 'instance-b')")
                .update();
    }

    @Test
    void un_export_expire_aussitot_qu_une_demande_qu_il_contient_est_effacee() {
        String numero = enregistrer("G6201", DemandeExemple.pasDeCalais());
        radier(numero);
        String export = demander("G6201", corps(List.of("CERFA"), List.of("RADIEE"), List.of(), List.of("62041")));
        String sansElle = demander("G6201", corps(List.of("CERFA"), List.of("ACTIVE"), List.of(), List.of("62041")));
        executer();
        assertThat(etat("G6201", export).get("statut").asString()).isEqualTo("PRET");
        String cle = jdbc.sql("select cle_stockage from export where numero = ?").param(export).query(String.class)
                .single();
        assertThat(stockage.existe(cle)).isTrue();

        effacer(numero);
        JsonNode expire = etat("G6201", export);
        assertThat(expire.get("statut").asString()).isEqualTo("EXPIRE");
        assertThat(expire.get("motif").asString()).isEqualTo("EFFACEMENT");
        Reponse r = api.get("G6201", "/v1.0/exports/" + export + "/fichier");
        assertThat(r.statut()).isEqualTo(410);
        assertThat(r.json().get("code").asString()).isEqualTo("EXPORT_EXPIRE");
        suppressions.executer();
        assertThat(stockage.existe(cle)).isFalse();
        // the export that does not hold it stays; the erased demande is no more in the table of exports
        assertThat(etat("G6201", sansElle).get("statut").asString()).isEqualTo("PRET");
        assertThat(jdbc.sql("select count(*) from export_demande_radiee where numero_unique = ?").param(numero)
                .query(Long.class).single()).isZero();
    }

    @Test
    void un_export_expire_sept_jours_apres_sa_demande() {
        enregistrer("G6201", DemandeExemple.pasDeCalais());
        String export = demander("G6201", corps(List.of("CERFA"), List.of("ACTIVE"), List.of("62"), List.of()));
        executer();
        String cle = jdbc.sql("select cle_stockage from export where numero = ?").param(export).query(String.class)
                .single();
        horloge.avancer(Duration.ofDays(6));
        expirer.executer();
        assertThat(etat("G6201", export).get("statut").asString()).isEqualTo("PRET");
        assertThat(api.get("G6201", "/v1.0/exports/" + export + "/fichier").statut()).isEqualTo(200);
        horloge.avancer(Duration.ofDays(1));
        // past its expiry, refused even before the hourly pass
        assertThat(api.get("G6201", "/v1.0/exports/" + export + "/fichier").statut()).isEqualTo(410);
        expirer.executer();
        JsonNode expire = etat("G6201", export);
        assertThat(expire.get("statut").asString()).isEqualTo("EXPIRE");
        assertThat(expire.get("motif").asString()).isEqualTo("DELAI");
        suppressions.executer();
        assertThat(stockage.existe(cle)).isFalse();
    }
}
