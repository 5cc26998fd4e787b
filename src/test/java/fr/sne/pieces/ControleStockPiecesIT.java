package fr.sne.pieces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Partie;
import fr.sne.ClientApi.Reponse;
import fr.sne.commun.HorlogeReglable;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.DemandeExemple;
import fr.sne.pieces.application.ControlerStockPieces;
import fr.sne.pieces.application.port.ControlesStock.Rapport;

/**
 * The nightly check of the pieces' store: a stray object and a piece whose object went missing are each counted once
 * and named, an object written less than an hour ago is a lodging under way and is not, and every report is kept.
 * Other tests share the store and the database: the figures are compared with a report made just before.
 */
class ControleStockPiecesIT extends ApiIT {

    @Autowired
    ControlerStockPieces controle;
    @Autowired
    Stockage stockage;
    @Autowired
    HorlogeReglable horloge;

    @AfterEach
    void retourAuPresent() {
        horloge.reinitialiser();
    }

    @Test
    void un_objet_sans_piece_et_une_piece_sans_objet_sont_signales_sans_rien_supprimer() {
        Reponse creee = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(creee.statut()).as(creee.texte()).isEqualTo(201);
        String numero = creee.json().get("numeroUnique").asString();
        List<String> cles = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Reponse r = api.multipart("G5901", "/v1.0/demandes/" + numero + "/pieces", List.of(
                    Partie.fichier("fichier", "p" + i + ".pdf", "application/pdf", FichiersEssai.pdf(i + 1)),
                    Partie.champ("categorie", "RESSOURCES")));
            assertThat(r.statut()).as(r.texte()).isEqualTo(201);
            cles.add(jdbc.sql("select cle_stockage from piece where id = cast(? as uuid)")
                    .param(r.json().get("id").asString()).query(String.class).single());
        }
        // before: as now, and as two hours later (when every object written so far is no longer under way)
        Rapport avant = controle.executer();
        assertThat(avant.pieces()).isGreaterThanOrEqualTo(2);
        horloge.avancer(Duration.ofHours(2));
        Rapport avantPlusTard = controle.executer();
        horloge.reinitialiser();

        // a stray object, sorted first so that it is among the examples; a piece's object lost by the store
        String egare = "pieces/00000000-0000-4000-8000-" + UUID.randomUUID().toString().substring(24);
        stockage.ecrire(egare, new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertThat(stockage.supprimer(cles.getFirst())).isTrue();

        // the stray object was written now, an hour before the clock: a lodging under way, not counted yet
        Rapport enCours = controle.executer();
        assertThat(enCours.piecesSansObjet()).isEqualTo(avant.piecesSansObjet() + 1);
        assertThat(enCours.exemplesPieces()).contains(cles.getFirst()).doesNotContain(cles.getLast());
        assertThat(enCours.objetsSansPiece()).isEqualTo(avant.objetsSansPiece());
        assertThat(enCours.objets()).isEqualTo(avant.objets());

        horloge.avancer(Duration.ofHours(2));
        Rapport apres = controle.executer();
        assertThat(apres.objetsSansPiece()).isEqualTo(avantPlusTard.objetsSansPiece() + 1);
        assertThat(apres.exemplesObjets()).startsWith(egare);
        assertThat(apres.piecesSansObjet()).isEqualTo(avantPlusTard.piecesSansObjet() + 1);
        // reported, not mended: the stray object is still there, the piece still listed
        assertThat(stockage.existe(egare)).isTrue();
        assertThat(jdbc.sql("select count(*) from piece where numero_unique = ? and supprimee_le is null")
                .param(numero).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select objets_sans_piece, pieces_sans_objet from controle_stock_pieces "
                + "order by id desc limit 1").query((rs, n) -> rs.getLong(1) + " " + rs.getLong(2)).single())
                .isEqualTo(apres.objetsSansPiece() + " " + apres.piecesSansObjet());
        stockage.supprimer(egare);
    }
}
