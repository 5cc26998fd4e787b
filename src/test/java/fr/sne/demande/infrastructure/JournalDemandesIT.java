package fr.sne.demande.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.TestIntegration;
import fr.sne.commun.ConflitException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.application.validation.Resultat;
import fr.sne.demande.application.validation.ValidationContenu;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandeEnregistree;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.TypeMouvement;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one door: what it writes for an event, in one transaction, and what it refuses. */
@TestIntegration
class JournalDemandesIT {

    @Autowired
    JournalDemandes journal;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MeterRegistry metriques;

    @Autowired
    ValidationContenu validation;

    private DemandeEnregistree evenement(DemandeExemple exemple) {
        ContenuDemande contenu = json.convertValue(exemple.avec("dateDepot", LocalDate.now().toString()).json(),
                ContenuDemande.class);
        Resultat<ContenuValide> resultat = validation.valider(contenu, LocalDate.now());
        assertThat(resultat.erreurs()).isEmpty();
        ContenuValide valide = ((Resultat.Valide<ContenuValide>) resultat).valeur();
        return Demande.enregistrer("059", Acteur.clientApi("client-g5901", "G5901", "COMMUNE", "059"), Instant.now().truncatedTo(ChronoUnit.MICROS), valide);
    }

    private Demande enregistrer(DemandeExemple exemple) {
        return transaction.execute(t -> journal.appliquer(evenement(exemple), null));
    }

    private int compteur(String moisAnnee) {
        return jdbc.sql("select coalesce(max(dernier), 0) from compteur_numero_unique "
                + "where territoire = '059' and mois_annee = ?").param(moisAnnee).query(Integer.class).single();
    }

    private double enregistrees() {
        return metriques.counter("sne.demandes.enregistrees", "territoire", "059").count();
    }

    private int compter(String table, NumeroUnique numero) {
        return jdbc.sql("select count(*) from " + table + " where numero_unique = ?").param(numero.valeur())
                .query(Integer.class).single();
    }

    @Test
    void une_demande_enregistree_a_ses_lignes_sa_cle_et_un_mouvement_versionne_construit_depuis_l_evenement() {
        DemandeExemple exemple = DemandeExemple.nord();
        exemple.avec("personnesACharge", List.of(Map.of("nom", exemple.nom(), "prenoms", "Léo",
                "dateNaissance", "2017-09-03", "sexe", "M", "lienParente", "E")));
        exemple.logementRecherche().put("nombrePersonnes", 2);
        DemandeEnregistree evenement = evenement(exemple);
        String cle = UUID.randomUUID().toString();
        double avant = enregistrees();

        Demande demande = transaction.execute(t -> journal.appliquer(evenement,
                new JournalDemandes.CleIdempotence("G5901", cle, "e".repeat(64))));

        NumeroUnique numero = demande.numeroUnique();
        assertThat(numero.territoire()).isEqualTo("059");
        assertThat(numero.guichet()).isEqualTo("G5901");
        assertThat(numero.sequence()).isEqualTo(compteur(evenement.moisAnnee()));
        assertThat(demande.version()).isZero();
        assertThat(jdbc.sql("select version from demande where numero_unique = ?").param(numero.valeur())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                select p.role || ' ' || p.rang || ' ' || p.nom_cle from demande_personne p
                join demande d on d.id = p.demande_id where d.numero_unique = ? order by p.role, p.rang""")
                .param(numero.valeur()).query(String.class).list())
                .containsExactly("DEMANDEUR 1 " + exemple.nom().toUpperCase(),
                        "PERSONNE_A_CHARGE 1 " + exemple.nom().toUpperCase());
        assertThat(jdbc.sql("""
                select c.code_commune from demande_commune c join demande d on d.id = c.demande_id
                where d.numero_unique = ? order by c.rang""")
                .param(numero.valeur()).query(String.class).list()).containsExactly("59350", "59512");
        assertThat(jdbc.sql("select contenu->>'version' from demande where numero_unique = ?").param(numero.valeur())
                .query(String.class).single()).isEqualTo("1");
        assertThat(jdbc.sql("select numero_unique from idempotence where guichet = 'G5901' and cle = ?").param(cle)
                .query(String.class).single()).isEqualTo(numero.valeur());

        List<String> documents = jdbc.sql("select contenu::text from mouvement where numero_unique = ?")
                .param(numero.valeur()).query(String.class).list();
        assertThat(documents).hasSize(1);
        JsonNode document = json.readTree(documents.getFirst());
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("type").asString()).isEqualTo("CRE");
        assertThat(document.get("numeroUnique").asString()).isEqualTo(numero.valeur());
        assertThat(document.get("guichet").asString()).isEqualTo("G5901");
        assertThat(document.at("/acteur/type").asString()).isEqualTo("CLIENT_API");
        assertThat(document.at("/acteur/identifiant").asString()).isEqualTo("client-g5901");
        assertThat(jdbc.sql("select acteur_type || ' ' || acteur_id from mouvement where numero_unique = ?")
                .param(numero.valeur()).query(String.class).single()).isEqualTo("CLIENT_API client-g5901");
        assertThat(document.get("horodatage").asString()).isEqualTo(evenement.horodatage().toString());
        assertThat(document.get("dateFinValidite").asString())
                .isEqualTo(evenement.dateDepot().plusYears(1).toString());
        assertThat(document.at("/demande/demandeur/nomNaissance").asString()).isEqualTo(exemple.nom());
        // the Java record's own shape is not what is written
        assertThat(document.has("contenu")).isFalse();

        assertThat(enregistrees()).isEqualTo(avant + 1);
    }

    @Test
    void une_transaction_annulee_ne_laisse_ni_demande_ni_numero_consomme_ni_metrique() {
        DemandeEnregistree evenement = evenement(DemandeExemple.nord());
        Demande premiere = enregistrer(DemandeExemple.nord());
        double avant = enregistrees();

        NumeroUnique annule = transaction.execute(t -> {
            Demande demande = journal.appliquer(evenement, null);
            t.setRollbackOnly();
            return demande.numeroUnique();
        });

        assertThat(compter("demande", annule)).isZero();
        assertThat(compter("mouvement", annule)).isZero();
        assertThat(enregistrees()).isEqualTo(avant);
        Demande suivante = enregistrer(DemandeExemple.nord());
        // dense numbers: the rolled-back demande's number is given to the next one
        assertThat(suivante.numeroUnique().sequence()).isLessThanOrEqualTo(annule.sequence());
        assertThat(suivante.numeroUnique().sequence()).isGreaterThan(premiere.numeroUnique().sequence());
    }

    @Test
    void un_changement_fonde_sur_une_version_perimee_est_refuse_et_rien_n_est_ecrit() {
        Demande demande = enregistrer(DemandeExemple.nord());
        NumeroUnique numero = demande.numeroUnique();
        Instant plusTard = demande.modifieeLe().plusSeconds(60);

        int nouvelle = transaction.execute(t -> journal.avancerVersion(numero, demande.version(), plusTard));

        assertThat(nouvelle).isEqualTo(demande.version() + 1);
        assertThatThrownBy(() -> transaction.executeWithoutResult(t ->
                journal.avancerVersion(numero, demande.version(), plusTard.plusSeconds(60))))
                .isInstanceOfSatisfying(ConflitException.class,
                        e -> assertThat(e.code()).isEqualTo("MODIFICATION_CONCURRENTE"));
        Map<String, Object> ligne = jdbc.sql("select version, modifiee_le from demande where numero_unique = ?")
                .param(numero.valeur()).query().singleRow();
        assertThat(ligne.get("version")).isEqualTo(nouvelle);
        assertThat(((java.sql.Timestamp) ligne.get("modifiee_le")).toInstant()).isEqualTo(plusTard);
    }

    @Test
    void une_passe_ensembliste_ecrit_ses_changements_et_leurs_mouvements_en_une_instruction() {
        Demande une = enregistrer(DemandeExemple.nord());
        Demande autre = enregistrer(DemandeExemple.nord());
        List<String> numeros = List.of(une.numeroUnique().valeur(), autre.numeroUnique().valeur());

        int ecrits = transaction.execute(t -> journal.journaliserSelection(TypeMouvement.MOD, """
                update demande set version = version + 1, modifiee_le = now()
                where numero_unique in (:numeros)
                returning numero_unique, territoire, guichet_enregistreur as guichet, modifiee_le as horodatage,
                          version as version_demande,
                          jsonb_build_object('versionDemande', version, 'version', -1) as details""",
                Map.of("numeros", numeros)));

        assertThat(ecrits).isEqualTo(2);
        List<JsonNode> documents = jdbc.sql("select contenu::text from mouvement where type = 'MOD' "
                + "and numero_unique in (:numeros) order by numero_unique").param("numeros", numeros)
                .query(String.class).list().stream().map(json::readTree).toList();
        assertThat(documents).extracting(d -> d.get("numeroUnique").asString())
                .containsExactlyElementsOf(numeros.stream().sorted().toList());
        assertThat(documents).allSatisfy(d -> {
            assertThat(d.get("version").asInt()).isEqualTo(1);
            assertThat(d.get("type").asString()).isEqualTo("MOD");
            assertThat(d.get("versionDemande").asInt()).isEqualTo(1);
            assertThat(d.at("/acteur/type").asString()).isEqualTo("TRAITEMENT");
            assertThat(d.at("/acteur/identifiant").asString()).isEqualTo("traitement-mod");
        });
        assertThat(jdbc.sql("select distinct acteur_type || ' ' || acteur_id from mouvement where type = 'MOD' "
                + "and numero_unique in (:numeros)").param("numeros", numeros).query(String.class).list())
                .containsExactly("TRAITEMENT traitement-mod");
        assertThat(jdbc.sql("select distinct version_demande from mouvement where type = 'MOD' "
                + "and numero_unique in (:numeros)").param("numeros", numeros).query(Integer.class).list())
                .containsExactly(1);
        assertThat(jdbc.sql("select sum(version) from demande where numero_unique in (:numeros)")
                .param("numeros", numeros).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void un_evenement_est_un_mouvement_evt_sur_la_version_courante_sans_la_faire_avancer() {
        Demande demande = enregistrer(DemandeExemple.nord());
        NumeroUnique numero = demande.numeroUnique();
        Instant quand = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Acteur acteur = Acteur.clientApi("client-g5901", "G5901", "COMMUNE", "059");

        int version = transaction.execute(t -> journal.journaliserEvenement(numero, "G5901", acteur, quand,
                "CAL_ORDRE_DU_JOUR", LocalDate.of(2026, 3, 2), "séance du 9 mars", Map.of("cal", "CAL-1")));

        assertThat(version).isEqualTo(demande.version()).isZero();
        assertThat(jdbc.sql("select version from demande where numero_unique = ?").param(numero.valeur())
                .query(Integer.class).single()).as("an event moves no version").isEqualTo(demande.version());
        Map<String, Object> ligne = jdbc.sql("""
                select type, version_demande, contenu::text as contenu from mouvement
                 where numero_unique = ? order by id desc limit 1""").param(numero.valeur()).query().singleRow();
        assertThat(ligne).containsEntry("type", "EVT").containsEntry("version_demande", 0);
        assertThat(fr.sne.demande.FormatMouvement.lireStrict((String) ligne.get("contenu"))).isEqualTo(
                new fr.sne.demande.DocumentMouvement.Evenement(1, "EVT", numero.valeur(), "059", "G5901",
                        new fr.sne.demande.DocumentMouvement.ActeurMouvement("CLIENT_API", "client-g5901"), quand,
                        "CAL_ORDRE_DU_JOUR", LocalDate.of(2026, 3, 2), "séance du 9 mars", Map.of("cal", "CAL-1")));

        jdbc.sql("update demande set purgee_le = now() where numero_unique = ?").param(numero.valeur()).update();
        assertThatThrownBy(() -> transaction.execute(t -> journal.journaliserEvenement(numero, "G5901", acteur, quand,
                "CAL_ORDRE_DU_JOUR", LocalDate.of(2026, 3, 2), null, Map.of())))
                .isInstanceOfSatisfying(fr.sne.commun.RessourceIntrouvableException.class,
                        e -> assertThat(e.code()).isEqualTo(fr.sne.commun.CodeMotif.DONNEES_EFFACEES));
        assertThat(compter("mouvement", numero)).isEqualTo(2);
    }

    @Test
    void un_mouvement_de_piece_porte_ses_metadonnees_sur_la_version_courante_sans_la_faire_avancer() {
        Demande demande = enregistrer(DemandeExemple.nord());
        NumeroUnique numero = demande.numeroUnique();
        Instant quand = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Acteur acteur = Acteur.agent("agent-g5901", "G5901", "COMMUNE", "059");
        var piece = new fr.sne.demande.DocumentMouvement.PieceDecrite(java.util.UUID.randomUUID(), "AUTRE_INSTRUCTION",
                null, java.util.List.of(new fr.sne.demande.DocumentMouvement.PagesPiece(1, 1, null)), "image/png", 99L,
                "c".repeat(64), "G5901", quand, null, false);

        int version = transaction.execute(t -> journal.journaliserPiece(
                fr.sne.demande.domaine.TypeMouvement.PJR, numero, "G5901", acteur, quand, piece, "A_QUALIFIER", null));

        assertThat(version).isEqualTo(demande.version());
        assertThat(jdbc.sql("select version from demande where numero_unique = ?").param(numero.valeur())
                .query(Integer.class).single()).as("a piece moves no version").isEqualTo(demande.version());
        Map<String, Object> ligne = jdbc.sql("""
                select type, version_demande, contenu::text as contenu from mouvement
                 where numero_unique = ? order by id desc limit 1""").param(numero.valeur()).query().singleRow();
        assertThat(ligne).containsEntry("type", "PJR").containsEntry("version_demande", demande.version());
        assertThat(fr.sne.demande.FormatMouvement.lireStrict((String) ligne.get("contenu"))).isEqualTo(
                new fr.sne.demande.DocumentMouvement.Piece(1, "PJR", numero.valeur(), "059", "G5901",
                        new fr.sne.demande.DocumentMouvement.ActeurMouvement("AGENT", "agent-g5901"), quand,
                        "RECLASSEMENT", piece, "A_QUALIFIER", null));
        assertThatThrownBy(() -> transaction.execute(t -> journal.journaliserPiece(
                fr.sne.demande.domaine.TypeMouvement.EVT, numero, "G5901", acteur, quand, piece, null, null)))
                .isInstanceOf(IllegalArgumentException.class);

        jdbc.sql("update demande set purgee_le = now() where numero_unique = ?").param(numero.valeur()).update();
        assertThatThrownBy(() -> transaction.execute(t -> journal.journaliserPiece(
                fr.sne.demande.domaine.TypeMouvement.PJD, numero, "G5901", acteur, quand, piece, null, null)))
                .isInstanceOfSatisfying(fr.sne.commun.RessourceIntrouvableException.class,
                        e -> assertThat(e.code()).isEqualTo(fr.sne.commun.CodeMotif.DONNEES_EFFACEES));
        assertThat(compter("mouvement", numero)).isEqualTo(2);
    }
}
