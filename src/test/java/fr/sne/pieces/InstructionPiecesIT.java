package fr.sne.pieces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.Profil;
import fr.sne.demande.DemandeExemple;
import fr.sne.pieces.application.MarquerPiecesObsoletes;
import fr.sne.pieces.application.PiecesATraiter;
import fr.sne.pieces.application.QualifierPiece;
import tools.jackson.databind.JsonNode;

/**
 * The instruction of the pieces (ADR 0026) on the real database and HTTP: qualification by the holder of the
 * instruction profile or habilitation (who, when, a movement PJQ), every refusal writing nothing; the nightly
 * obsolescence by the category's rule; a guichet's list of demandes to tidy up and the bulk deletion of obsolete
 * pieces (one transaction, counts, a PJS each).
 */
class InstructionPiecesIT extends ApiIT {

    private static final SecureRandom HASARD = new SecureRandom();

    @Autowired
    QualifierPiece qualifier;
    @Autowired
    MarquerPiecesObsoletes obsolescence;
    @Autowired
    PiecesATraiter aTraiter;
    @Autowired
    fr.sne.pieces.application.SupprimerPiece supprimer;
    @Autowired
    Clock horloge;

    private final Acteur instructeur = Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059",
            Set.of(Profil.INSTRUCTION));

    @Test
    void un_client_habilite_qualifie_une_piece_avec_auteur_date_et_mouvement_et_le_meme_verdict_ne_change_rien() {
        String numero = enregistrer();
        UUID piece = piece(numero, "RESSOURCES", Instant.now());

        Reponse r = qualifier("G5901", numero, piece, Map.of("qualification", "VALIDE"));
        assertThat(r.statut()).as(r.texte()).isEqualTo(200);
        assertThat(r.json().get("qualification").asString()).isEqualTo("VALIDE");
        Map<String, Object> ligne = jdbc.sql("select qualification, qualifiee_par, qualifiee_le from piece where id = ?")
                .param(piece).query().singleRow();
        assertThat(ligne).containsEntry("qualification", "VALIDE").containsEntry("qualifiee_par", "demo-g5901");
        assertThat(ligne.get("qualifiee_le")).isNotNull();
        assertThat(mouvements(numero, "PJQ")).hasSize(1);
        JsonNode document = mouvements(numero, "PJQ").getFirst();
        assertThat(document.get("action").asString()).isEqualTo("QUALIFICATION");
        assertThat(document.get("piece").get("id").asString()).isEqualTo(piece.toString());
        assertThat(document.get("piece").get("qualification").asString()).isEqualTo("VALIDE");
        assertThat(document.get("acteur").get("identifiant").asString()).isEqualTo("demo-g5901");

        assertThat(qualifier("G5901", numero, piece, Map.of("qualification", "VALIDE")).statut()).isEqualTo(200);
        assertThat(mouvements(numero, "PJQ")).hasSize(1);

        // an agent of the guichet holding the profile changes the verdict
        assertThat(qualifier.qualifier(numero, piece, "HORS_LISTE", instructeur).qualification().name())
                .isEqualTo("HORS_LISTE");
        assertThat(mouvements(numero, "PJQ")).hasSize(2);
        assertThat(jdbc.sql("select qualifiee_par from piece where id = ?").param(piece).query(String.class).single())
                .isEqualTo("agent-g5901");
    }

    @Test
    void sans_profil_ni_habilitation_hors_territoire_verdict_inconnu_ou_piece_obsolete_rien_n_est_ecrit() {
        String numero = enregistrer();
        UUID piece = piece(numero, "RESSOURCES", Instant.now());

        Reponse sansHabilitation = qualifier("G5902", numero, piece, Map.of("qualification", "VALIDE"));
        assertThat(sansHabilitation.statut()).isEqualTo(403);
        assertThat(sansHabilitation.json().get("code").asString()).isEqualTo("HABILITATION_MANQUANTE");
        assertThat(sansHabilitation.json().get("habilitation").asString()).isEqualTo("instruction");

        assertThatThrownBy(() -> qualifier.qualifier(numero, piece, "VALIDE",
                Acteur.agent("agent-g5902", "G5902", "COMMUNE", "059")))
                .isInstanceOfSatisfying(AccesRefuseException.class,
                        e -> assertThat(e.code()).isEqualTo("PROFIL_INSTRUCTION_REQUIS"));
        assertThatThrownBy(() -> qualifier.qualifier(numero, piece, "VALIDE",
                Acteur.agent("agent-g6201", "G6201", "BAILLEUR", "062", Set.of(Profil.INSTRUCTION))))
                .isInstanceOf(RessourceIntrouvableException.class);
        for (String verdict : List.of("OBSOLETE", "valide", "", "VALIDE' or '1'='1", "x".repeat(10_000))) {
            assertThatThrownBy(() -> qualifier.qualifier(numero, piece, verdict, instructeur))
                    .isInstanceOf(DonneesInvalidesException.class);
        }
        Reponse vide = qualifier("G5901", numero, piece, Map.of());
        assertThat(vide.statut()).isEqualTo(422);
        assertThat(vide.texte()).contains("QUALIFICATION_INVALIDE");
        assertThat(qualifier("G5901", numero, UUID.randomUUID(), Map.of("qualification", "VALIDE")).statut())
                .isEqualTo(404);
        assertThat(api.envoyer("POST", "G5901", "/v1.0/demandes/" + numero + "/pieces/..%2f..%2fx/qualification",
                Map.of("qualification", "VALIDE"), Map.of()).statut()).isIn(400, 404);
        // the piece of another demande named under this one
        String autre = enregistrer();
        assertThat(qualifier("G5901", autre, piece, Map.of("qualification", "VALIDE")).statut()).isEqualTo(404);

        UUID obsolete = piece(numero, "AVIS_IMPOSITION", ilYA(5));
        jdbc.sql("update piece set obsolete = true, qualification = 'OBSOLETE', qualifiee_par = 'x', qualifiee_le = now() "
                + "where id = ?").param(obsolete).update();
        assertThatThrownBy(() -> qualifier.qualifier(numero, obsolete, "VALIDE", instructeur))
                .isInstanceOfSatisfying(ConflitException.class, e -> assertThat(e.code()).isEqualTo("PIECE_OBSOLETE"));

        assertThat(mouvements(numero, "PJQ")).isEmpty();
        assertThat(jdbc.sql("select count(*) from piece where id = ? and qualification is null").param(piece)
                .query(Long.class).single()).isOne();
    }

    @Test
    void la_nuit_une_piece_trop_ancienne_selon_sa_categorie_devient_obsolete_une_fois() {
        String numero = enregistrer();
        UUID ancienAvis = piece(numero, "AVIS_IMPOSITION", ilYA(4));
        UUID avisRecent = piece(numero, "AVIS_IMPOSITION", Instant.now());
        UUID ancienneIdentite = piece(numero, "IDENTITE", ilYA(8));
        LocalDate aujourdhui = LocalDate.now(horloge.withZone(HorlogeConfiguration.FUSEAU));

        assertThat(obsolescence.executer(aujourdhui)).isGreaterThanOrEqualTo(1);
        assertThat(obsolete(ancienAvis)).isTrue();
        assertThat(obsolete(avisRecent)).isFalse();
        assertThat(obsolete(ancienneIdentite)).isFalse();
        assertThat(jdbc.sql("select qualification || ' ' || qualifiee_par from piece where id = ?").param(ancienAvis)
                .query(String.class).single()).isEqualTo("OBSOLETE obsolescence-pieces");
        List<JsonNode> pjq = mouvements(numero, "PJQ");
        assertThat(pjq).hasSize(1);
        assertThat(pjq.getFirst().get("piece").get("obsolete").asBoolean()).isTrue();
        assertThat(pjq.getFirst().get("acteur").get("type").asString()).isEqualTo("TRAITEMENT");

        obsolescence.executer(aujourdhui);
        assertThat(mouvements(numero, "PJQ")).hasSize(1);
    }

    @Test
    void un_guichet_liste_ses_demandes_a_traiter_et_supprime_en_masse_leurs_pieces_obsoletes() {
        String numero = enregistrer();
        UUID obsolete = piece(numero, "AVIS_IMPOSITION", ilYA(4));
        UUID courante = piece(numero, "AVIS_IMPOSITION", Instant.now());
        for (int i = 0; i < 4; i++) {
            piece(numero, "DALO", Instant.now());
        }
        obsolescence.executer(LocalDate.now(horloge.withZone(HorlogeConfiguration.FUSEAU)));

        JsonNode ligne = chercher("G5901", numero);
        assertThat(ligne).as("listed for a guichet of the territory").isNotNull();
        assertThat(ligne.get("piecesObsoletes").asInt()).isEqualTo(1);
        assertThat(ligne.get("categoriesPleines").toString()).isEqualTo("[\"DALO\"]");
        assertThat(chercher("G6201", numero)).as("not for another territory").isNull();
        assertThat(api.get("G5901", "/v1.0/pieces/a-traiter?taille=101").statut()).isEqualTo(422);
        assertThat(api.get("G5901", "/v1.0/pieces/a-traiter?page=-1").statut()).isEqualTo(422);

        // another territory deletes nothing; too many or malformed numéros are refused whole
        Reponse ailleurs = api.post("G6201", "/v1.0/pieces/suppressions-obsoletes", Map.of("demandes",
                List.of(numero)), null);
        assertThat(ailleurs.json().get("pieces").asInt()).isZero();
        List<String> trop = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            trop.add(numero);
        }
        assertThat(api.post("G5902", "/v1.0/pieces/suppressions-obsoletes", Map.of("demandes", trop), null).statut())
                .isEqualTo(422);
        assertThat(api.post("G5902", "/v1.0/pieces/suppressions-obsoletes", Map.of("demandes",
                List.of(numero, "'; drop table piece; --")), null).statut()).isEqualTo(422);
        assertThat(supprimee(obsolete)).isFalse();

        // a guichet of the territory that did not lodge it deletes it
        Reponse bilan = api.post("G5902", "/v1.0/pieces/suppressions-obsoletes", Map.of("demandes",
                List.of(numero)), null);
        assertThat(bilan.statut()).as(bilan.texte()).isEqualTo(200);
        assertThat(bilan.json().get("demandes").asInt()).isEqualTo(1);
        assertThat(bilan.json().get("pieces").asInt()).isEqualTo(1);
        assertThat(supprimee(obsolete)).isTrue();
        assertThat(supprimee(courante)).isFalse();
        assertThat(jdbc.sql("select motif_suppression || ' ' || supprimee_par from piece where id = ?").param(obsolete)
                .query(String.class).single()).isEqualTo(PiecesATraiter.MOTIF + " demo-g5902");
        List<JsonNode> pjs = mouvements(numero, "PJS");
        assertThat(pjs).hasSize(1);
        assertThat(pjs.getFirst().get("motif").asString()).isEqualTo(PiecesATraiter.MOTIF);

        assertThat(api.post("G5902", "/v1.0/pieces/suppressions-obsoletes", Map.of("demandes", List.of(numero)),
                null).json().get("pieces").asInt()).isZero();
        JsonNode apres = chercher("G5901", numero);
        assertThat(apres.get("piecesObsoletes").asInt()).isZero();
        assertThat(apres.get("categoriesPleines").toString()).isEqualTo("[\"DALO\"]");
    }

    @Test
    void une_piece_se_supprime_avec_son_motif_par_son_guichet_le_gestionnaire_ou_obsolete_par_tout_guichet() {
        String numero = enregistrer();
        UUID deG5901 = piece(numero, "RESSOURCES", Instant.now());
        UUID autre = piece(numero, "SITUATION_FAMILIALE", Instant.now());
        UUID obsolete = piece(numero, "AVIS_IMPOSITION", ilYA(4));
        obsolescence.executer(LocalDate.now(horloge.withZone(HorlogeConfiguration.FUSEAU)));
        Acteur g5902 = Acteur.agent("agent-g5902", "G5902", "COMMUNE", "059");

        assertThatThrownBy(() -> supprimer.supprimer(numero, deG5901, "Erreur de dépôt", g5902))
                .isInstanceOfSatisfying(AccesRefuseException.class,
                        e -> assertThat(e.code()).isEqualTo("SUPPRESSION_PIECE_NON_AUTORISEE"));
        for (String motif : java.util.Arrays.asList(null, "", "   ", "x".repeat(501))) {
            assertThatThrownBy(() -> supprimer.supprimer(numero, deG5901, motif, instructeur))
                    .isInstanceOf(DonneesInvalidesException.class);
        }
        assertThatThrownBy(() -> supprimer.supprimer(numero, deG5901, "Erreur",
                Acteur.agent("agent-g6201", "G6201", "BAILLEUR", "062")))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThat(supprimee(deG5901)).isFalse();
        assertThat(mouvements(numero, "PJS")).isEmpty();

        supprimer.supprimer(numero, deG5901, "  Pièce d'un autre ménage  ", instructeur);
        supprimer.supprimer(numero, autre, "Doublon papier", Acteur.gestionnaireTerritorial("gestionnaire-059", "059"));
        supprimer.supprimer(numero, obsolete, "Avis périmé", g5902);
        assertThat(supprimee(deG5901)).isTrue();
        assertThat(supprimee(autre)).isTrue();
        assertThat(supprimee(obsolete)).isTrue();
        assertThat(mouvements(numero, "PJS")).extracting(d -> d.get("motif").asString())
                .containsExactly("Pièce d'un autre ménage", "Doublon papier", "Avis périmé");
        assertThatThrownBy(() -> supprimer.supprimer(numero, deG5901, "Encore", instructeur))
                .isInstanceOf(RessourceIntrouvableException.class);
    }

    private JsonNode chercher(String guichet, String numero) {
        for (int page = 0; page < 50; page++) {
            Reponse r = api.get(guichet, "/v1.0/pieces/a-traiter?taille=100&page=" + page);
            assertThat(r.statut()).as(r.texte()).isEqualTo(200);
            for (JsonNode d : r.json().get("demandes")) {
                if (d.get("numeroUnique").asString().equals(numero)) {
                    return d;
                }
            }
            if (r.json().get("demandes").size() < 100) {
                return null;
            }
        }
        return null;
    }

    private Reponse qualifier(String guichet, String numero, UUID piece, Map<String, Object> corps) {
        return api.post(guichet, "/v1.0/demandes/" + numero + "/pieces/" + piece + "/qualification", corps, null);
    }

    private String enregistrer() {
        Reponse r = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    /** A piece's metadata as the lodging writes it (the bytes are not needed here). */
    private UUID piece(String numero, String categorie, Instant deposeeLe) {
        UUID id = UUID.randomUUID();
        byte[] empreinte = new byte[32];
        HASARD.nextBytes(empreinte);
        jdbc.sql("""
                insert into piece (id, numero_unique, categorie, type_media, taille, sha256, cle_stockage, guichet,
                                   acteur_type, acteur_id, deposee_le)
                values (?, ?, ?, 'application/pdf', 1000, ?, ?, 'G5901', 'CLIENT_API', 'demo-g5901', ?)""")
                .params(id, numero, categorie, HexFormat.of().formatHex(empreinte), "pieces/" + id,
                        Timestamp.from(deposeeLe))
                .update();
        return id;
    }

    private static Instant ilYA(int annees) {
        return ZonedDateTime.now(HorlogeConfiguration.FUSEAU).minusYears(annees).toInstant();
    }

    private boolean obsolete(UUID piece) {
        return jdbc.sql("select obsolete from piece where id = ?").param(piece).query(Boolean.class).single();
    }

    private boolean supprimee(UUID piece) {
        return jdbc.sql("select supprimee_le is not null from piece where id = ?").param(piece).query(Boolean.class)
                .single();
    }

    private List<JsonNode> mouvements(String numero, String type) {
        return jdbc.sql("select contenu::text from mouvement where numero_unique = ? and type = ? order by id")
                .params(numero, type).query(String.class).list().stream()
                .map(t -> tools.jackson.databind.json.JsonMapper.builder().build().readTree(t)).toList();
    }
}
