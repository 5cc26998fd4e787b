package fr.sne.echanges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.HorlogeReglable;
import fr.sne.demande.DemandeExemple;
import fr.sne.drm.FixturesDrm;
import fr.sne.echanges.application.ProduireExports;

/**
 * The bulk exports' entity DRM (issue 19 §3, ADR 0031): the months of the monthly refresh given out from the 26th, as
 * deep as asked, only for AFFICHABLE; asked only by a client holding the habilitation drm of a guichet switched on.
 * The DRM's rows are the read side's fixtures ({@link FixturesDrm}).
 */
class ExportDrmIT extends ApiIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    private HorlogeReglable horloge;
    @Autowired
    private ProduireExports produire;

    private final List<String> numeros = new ArrayList<>();

    @AfterEach
    void nettoyer() {
        horloge.reinitialiser();
        FixturesDrm fixtures = new FixturesDrm(jdbc);
        numeros.forEach(fixtures::effacer);
    }

    private String enregistrer() {
        Reponse r = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        String numero = r.json().get("numeroUnique").asString();
        numeros.add(numero);
        return numero;
    }

    private static Map<String, Object> corps(List<String> entites, Integer profondeur) {
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("entites", entites);
        corps.put("etat", List.of("ACTIVE"));
        corps.put("localisation", Map.of("departements", List.of(), "communes", List.of("59350")));
        if (profondeur != null) {
            corps.put("profondeurDrm", profondeur);
        }
        return corps;
    }

    /** Asks, produces and reads the export of G5901 on this day, by numéro. */
    private Map<String, Element> exporter(LocalDate jour, Integer profondeur) throws Exception {
        horloge.regler(jour.atTime(LocalTime.of(10, 0)).atZone(PARIS).toInstant());
        Reponse r = api.post("G5901", "/v1.0/exports", corps(List.of("CERFA", "DRM"), profondeur), null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(202);
        String numero = r.json().get("numero").asString();
        while (produire.unePasse().isPresent()) {
            // every job waiting
        }
        Reponse etat = api.get("G5901", "/v1.0/exports/" + numero);
        assertThat(etat.json().get("statut").asString()).as(etat.texte()).isEqualTo("PRET");
        Reponse fichier = api.get("G5901", "/v1.0/exports/" + numero + "/fichier");
        assertThat(fichier.statut()).isEqualTo(200);
        return ExportsApiIT.demandes(ExportsApiIT.fichiers(fichier.corps()));
    }

    private static List<String> mois(Element demande) {
        Element drm = (Element) demande.getElementsByTagNameNS(ExportsApiIT.NS, "ressourcesDrm").item(0);
        NodeList mois = drm.getElementsByTagNameNS(ExportsApiIT.NS, "mois");
        List<String> valeurs = new ArrayList<>();
        for (int i = 0; i < mois.getLength(); i++) {
            valeurs.add(((Element) mois.item(i)).getAttribute("mois") + "="
                    + ((Element) mois.item(i)).getAttribute("total"));
        }
        return valeurs;
    }

    @Test
    void le_releve_du_22_est_donne_en_masse_a_partir_du_26_a_la_profondeur_demandee() throws Exception {
        FixturesDrm fixtures = new FixturesDrm(jdbc);
        String affichable = enregistrer();
        String discordant = enregistrer();
        LocalDate aujourdhui = LocalDate.now(PARIS);
        // the refresh of this month's 22nd fetched up to last month
        YearMonth dernier = YearMonth.from(aujourdhui).minusMonths(1);
        Instant le = aujourdhui.withDayOfMonth(22).atStartOfDay(PARIS).toInstant();
        String nature = fixtures.natures(1).getFirst().code();
        fixtures.situation(affichable, "AFFICHABLE", dernier, le);
        for (int i = 0; i < 4; i++) {
            fixtures.ressource(affichable, dernier.minusMonths(i), nature, (1000 + i) + ".50", le);
        }
        fixtures.situation(discordant, "DISCORDANCE", dernier, le);
        fixtures.ressource(discordant, dernier, nature, "8888.00", le);

        Map<String, Element> le25 = exporter(aujourdhui.withDayOfMonth(25), null);
        assertThat(mois(le25.get(affichable))).as("before the 26th: the month before's refresh")
                .containsExactly(dernier.minusMonths(1) + "=1001.50", dernier.minusMonths(2) + "=1002.50",
                        dernier.minusMonths(3) + "=1003.50");
        Map<String, Element> le26 = exporter(aujourdhui.withDayOfMonth(26), 2);
        assertThat(mois(le26.get(affichable))).as("from the 26th, as deep as asked")
                .containsExactly(dernier + "=1000.50", dernier.minusMonths(1) + "=1001.50");
        Element drm = (Element) le26.get(affichable).getElementsByTagNameNS(ExportsApiIT.NS, "ressourcesDrm").item(0);
        assertThat(drm.getAttribute("statut")).isEqualTo("AFFICHABLE");
        Element ligne = (Element) drm.getElementsByTagNameNS(ExportsApiIT.NS, "ligne").item(0);
        assertThat(ligne.getAttribute("nature")).isEqualTo(nature);
        assertThat(ligne.getAttribute("libelle")).isEqualTo(fixtures.natures(1).getFirst().libelle());

        Element rien = (Element) le26.get(discordant).getElementsByTagNameNS(ExportsApiIT.NS, "ressourcesDrm").item(0);
        assertThat(rien.getAttribute("statut")).isEqualTo("DISCORDANCE");
        assertThat(mois(le26.get(discordant))).isEmpty();
    }

    @Test
    void un_guichet_ferme_a_la_drm_avant_la_production_n_a_pas_la_drm_l_export_echoue_en_le_disant() {
        Reponse r = api.post("G5901", "/v1.0/exports", corps(List.of("CERFA", "DRM"), 1), null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(202);
        String numero = r.json().get("numero").asString();
        try {
            jdbc.sql("delete from drm_guichet where guichet_code = 'G5901'").update();
            while (produire.unePasse().isPresent()) {
                // every job waiting
            }
        } finally {
            jdbc.sql("""
                    insert into drm_guichet (guichet_code, active_depuis, active_par) values ('G5901', now(), 'demo')
                    on conflict do nothing""").update();
        }
        Reponse etat = api.get("G5901", "/v1.0/exports/" + numero);
        assertThat(etat.json().get("statut").asString()).as(etat.texte()).isEqualTo("ECHEC");
        assertThat(etat.texte()).contains("plus ouvert à la DRM");
        assertThat(api.get("G5901", "/v1.0/exports/" + numero + "/fichier").statut()).isNotEqualTo(200);
    }

    @Test
    void sans_l_habilitation_drm_l_entite_est_refusee_et_rien_n_est_enregistre() {
        long avant = jdbc.sql("select count(*) from export").query(Long.class).single();
        Reponse r = api.post("G5902", "/v1.0/exports", corps(List.of("CERFA", "DRM"), 3), null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(403);
        assertThat(r.json().get("code").asString()).isEqualTo("DRM_PROFIL_REQUIS");
        assertThat(jdbc.sql("select count(*) from export").query(Long.class).single()).isEqualTo(avant);
        // without the DRM, the same client's export is accepted
        assertThat(api.post("G5902", "/v1.0/exports", corps(List.of("CERFA"), null), null).statut()).isEqualTo(202);
    }
}
