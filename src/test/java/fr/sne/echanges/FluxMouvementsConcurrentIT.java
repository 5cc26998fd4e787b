package fr.sne.echanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.application.port.PorteDesLots;
import fr.sne.demande.application.port.PorteDesLots.Selection;
import fr.sne.demande.domaine.MotifRadiation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed's guarantee (issue 16 §1, ADR 0020) under concurrent writers: five guichet writers registering and
 * modifying through the API, one transaction holding its transaction id for seconds before writing again and
 * committing, one set-based radiation through the nightly pass's door for batches while a guichet modifies one of
 * the demandes it radiates; and a reader of the same territory polling without pause. Every committed movement is
 * seen exactly once, and a copy kept by the version rule equals the registry at the end.
 */
class FluxMouvementsConcurrentIT extends ApiIT {

    private static final String ECRIVAIN = "G5901";
    private static final String LECTEUR = "G5902";
    private static final Acteur NUIT = Acteur.traitement("essai-flux-nuit");

    @Autowired
    private PorteDesLots lots;

    @Autowired
    private TransactionTemplate transaction;

    private final JsonMapper json = JsonMapper.builder().build();

    private String enregistrer() {
        Reponse r = api.post(ECRIVAIN, "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    /** A guichet's modification (its rent changes); 200, or refused when the demande moved or was radiated. */
    private int modifier(String numero, double loyer) {
        Reponse lue = api.get(ECRIVAIN, "/v1.0/demandes/" + numero);
        assertThat(lue.statut()).as(lue.texte()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> contenu = json.convertValue(lue.json().get("demande"), LinkedHashMap.class);
        Map<String, Object> logement = new LinkedHashMap<>();
        logement.put("modele", "LP");
        logement.put("nombreOccupants", 1);
        logement.put("loyerMensuel", loyer);
        contenu.put("logementActuel", logement);
        Reponse r = api.envoyer("PUT", ECRIVAIN, "/v1.0/demandes/" + numero, contenu,
                Map.of("If-Match", lue.entete("ETag")));
        return r.statut();
    }

    private List<Long> ids(List<String> numeros) {
        return jdbc.sql("select id from demande where numero_unique in (:n)").param("n", numeros)
                .query(Long.class).list();
    }

    /** A radiation through the door for batches, as the nightly pass writes one (motive e, set-based). */
    private void radierParLots(List<String> numeros) {
        lots.radier(NUIT, MotifRadiation.NON_RENOUVELLEMENT, new Selection("""
                select d.id, d.version, cast(null as varchar) as guichet,
                       jsonb_build_object('dateFinValidite', d.date_fin_validite) as details
                  from demande d
                 where d.statut = 'ACTIVE' and d.id in (:ids)""", Map.of("ids", ids(numeros))),
                LocalDate.now(), Instant.now());
    }

    /** One call of the feed, taking a 429 as a reason to call again at once. */
    private JsonNode page(String curseur) {
        while (true) {
            Reponse r = api.get(LECTEUR, "/v1.0/mouvements?limite=500"
                    + (curseur == null ? "" : "&curseur=" + curseur));
            if (r.statut() == 429) {
                continue;
            }
            assertThat(r.statut()).as(r.texte()).isEqualTo(200);
            return r.json();
        }
    }

    @Test
    void chaque_mouvement_valide_est_lu_une_fois_et_la_copie_egale_le_registre() throws Exception {
        java.util.concurrent.atomic.AtomicInteger modifiee = new java.util.concurrent.atomic.AtomicInteger();
        List<String> aRadierLaNuit = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            aRadierLaNuit.add(enregistrer());
        }
        List<String> longue = List.of(enregistrer(), enregistrer());
        Set<String> nos = ConcurrentHashMap.newKeySet();
        nos.addAll(aRadierLaNuit);
        nos.addAll(longue);

        // the reader: from the start of the feed, without pause, until the writers are done and a page is up to date
        AtomicBoolean ecrivainsFinis = new AtomicBoolean();
        List<String> vus = Collections.synchronizedList(new ArrayList<>());
        Map<String, JsonNode> copie = new HashMap<>();
        int[] appels = {0};
        CountDownLatch depart = new CountDownLatch(1);
        try (ExecutorService executeur = Executors.newFixedThreadPool(9)) {
            Future<?> lecteur = executeur.submit(() -> {
                String curseur = null;
                boolean dernierAJour = false;
                while (!(ecrivainsFinis.get() && dernierAJour)) {
                    boolean finis = ecrivainsFinis.get();
                    JsonNode page = page(curseur);
                    appels[0]++;
                    for (JsonNode m : page.get("mouvements")) {
                        String numero = m.get("numeroUnique").asString();
                        vus.add(numero + " v" + m.get("versionDemande") + " " + m.get("document"));
                        JsonNode demande = m.get("demande");
                        JsonNode tenue = copie.get(numero);
                        if (demande != null && (tenue == null
                                || demande.get("version").asInt() > tenue.get("version").asInt())) {
                            copie.put(numero, demande);
                        }
                    }
                    curseur = page.get("curseurSuivant").asString();
                    // up to date on a page begun after the writers were done: nothing can come any more
                    dernierAJour = finis && page.get("aJour").asBoolean();
                }
                return null;
            });
            List<Future<?>> ecrivains = new ArrayList<>();
            // five guichet writers: registrations and modifications through the API
            for (int e = 0; e < 5; e++) {
                ecrivains.add(executeur.submit(() -> {
                    depart.await();
                    for (int i = 0; i < 4; i++) {
                        String numero = enregistrer();
                        nos.add(numero);
                        assertThat(modifier(numero, 500 + i)).isEqualTo(200);
                        assertThat(modifier(numero, 600 + i)).isEqualTo(200);
                    }
                    return null;
                }));
            }
            // a long transaction: its id is taken at its first write, it writes again seconds later, then commits
            ecrivains.add(executeur.submit(() -> {
                depart.await();
                transaction.executeWithoutResult(t -> {
                    radierParLots(List.of(longue.get(0)));
                    try {
                        Thread.sleep(3_000);
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(ex);
                    }
                    radierParLots(List.of(longue.get(1)));
                });
                return null;
            }));
            // the nightly pass's door radiates twelve demandes in one transaction, held a moment after its write...
            CountDownLatch nuitEcrite = new CountDownLatch(1);
            ecrivains.add(executeur.submit(() -> {
                depart.await();
                Thread.sleep(300);
                transaction.executeWithoutResult(t -> {
                    radierParLots(aRadierLaNuit);
                    nuitEcrite.countDown();
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(ex);
                    }
                });
                return null;
            }));
            // ...while a guichet modifies one of them: before the pass (then radiated after) or blocked behind it
            // (then refused: radiated, or moved on since it was read)
            ecrivains.add(executeur.submit(() -> {
                depart.await();
                Thread.sleep(250);
                int statut = modifier(aRadierLaNuit.get(5), 777);
                assertThat(statut).isIn(200, 409, 412);
                modifiee.set(statut);
                return null;
            }));
            depart.countDown();
            for (Future<?> ecrivain : ecrivains) {
                ecrivain.get();
            }
            ecrivainsFinis.set(true);
            lecteur.get();
        }

        // every movement of our demandes, exactly once
        List<String> attendus = new ArrayList<>();
        jdbc.sql("""
                select numero_unique, version_demande, cast(contenu as text) as document from mouvement
                 where numero_unique in (:n) order by id""").param("n", List.copyOf(nos))
                .query((rs, i) -> rs.getString("numero_unique") + " v" + rs.getInt("version_demande") + " "
                        + json.readTree(rs.getString("document")))
                .list().forEach(attendus::add);
        List<String> vusDesNotres = vus.stream().filter(v -> nos.contains(v.substring(0, 18))).toList();
        assertThat(vusDesNotres).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(attendus);
        assertThat(attendus).hasSizeGreaterThanOrEqualTo(14 + 14 + 5 * 4 * 3);
        // the feed never regresses a copy: the version rule gives the registry's state of every demande
        for (String numero : nos) {
            Map<String, Object> registre = jdbc.sql("""
                    select version, statut, cast(contenu - 'version' as text) as contenu from demande
                     where numero_unique = ?""").param(numero).query().singleRow();
            JsonNode tenue = copie.get(numero);
            assertThat(tenue).as(numero).isNotNull();
            assertThat(tenue.get("version").asInt()).as(numero).isEqualTo(registre.get("version"));
            assertThat(tenue.get("statut").asString()).as(numero).isEqualTo(registre.get("statut"));
            assertThat(tenue.get("contenu")).as(numero).isEqualTo(json.readTree((String) registre.get("contenu")));
        }
        // the pass radiated them all, but the one a guichet modified at the same time if the guichet's change
        // committed between the pass's read and its write (the pass's door skips a demande whose version moved; the
        // next night takes it): then it is active, with the guichet's change; either way the copy is the registry
        List<String> autres = new ArrayList<>(aRadierLaNuit);
        String disputee = autres.remove(5);
        assertThat(autres.stream().map(n -> copie.get(n).get("statut").asString())).containsOnly("RADIEE");
        if (copie.get(disputee).get("statut").asString().equals("ACTIVE")) {
            assertThat(modifiee.get()).isEqualTo(200);
            assertThat(copie.get(disputee).get("contenu").toString()).contains("777");
        } else {
            assertThat(copie.get(disputee).get("statut").asString()).isEqualTo("RADIEE");
        }
        assertThat(appels[0]).as("the reader polled through the writes").isGreaterThan(3);
    }
}
