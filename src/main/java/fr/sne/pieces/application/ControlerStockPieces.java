package fr.sne.pieces.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.stockage.ObjetStocke;
import fr.sne.commun.stockage.Stockage;
import fr.sne.pieces.application.port.ControlesStock;
import fr.sne.pieces.application.port.ControlesStock.Rapport;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The nightly check of the pieces' store (issue 17 §4): the objects under {@value #PREFIXE} and the pieces that keep
 * one (not deleted) are walked side by side, both in key order — the store's listing page by page, the database's
 * keys by a cursor — so that memory stays flat whatever their number; an object no piece keeps (an erasure or a
 * deletion whose removal after commit failed) and a piece whose object is missing (a store that lost it) are counted
 * and a few keys kept as examples. Objects written less than {@link #EN_COURS} ago are left out: a lodging writes its
 * object before its row commits. The report is recorded ({@code controle_stock_pieces}, 90 days) and logged, a
 * warning when something is wrong; nothing is deleted: what to do with a lost or stray object is a person's call.
 * Its own schedule ({@code sne.pieces.controle-stock-cron}) under its own ShedLock lock.
 */
@Service
public class ControlerStockPieces {

    /** Where the pieces' objects are. */
    public static final String PREFIXE = "pieces/";
    /** How recent an object may be and still be a lodging under way. */
    static final Duration EN_COURS = Duration.ofHours(1);
    private static final Duration CONSERVATION = Duration.ofDays(90);
    private static final Logger LOG = LoggerFactory.getLogger(ControlerStockPieces.class);

    private final Stockage stockage;
    private final ControlesStock controles;
    private final Clock horloge;

    ControlerStockPieces(Stockage stockage, ControlesStock controles, Clock horloge) {
        this.stockage = stockage;
        this.controles = controles;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${sne.pieces.controle-stock-cron:0 40 3 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    @SchedulerLock(name = "controle-stock-pieces")
    public void planifiee() {
        executer();
    }

    /** Runs the check now and records its report. */
    public Rapport executer() {
        Instant maintenant = horloge.instant();
        Instant limite = maintenant.minus(EN_COURS);
        Comparaison comparaison = new Comparaison(limite);
        try (Stream<ObjetStocke> objets = stockage.lister(PREFIXE)) {
            comparaison.objets = objets.iterator();
            comparaison.avancerObjet();
            controles.clesConservees(comparaison::piece);
            comparaison.finir();
        }
        Rapport rapport = new Rapport(maintenant, comparaison.nombreObjets, comparaison.nombrePieces,
                comparaison.objetsSansPiece, comparaison.piecesSansObjet, comparaison.exemplesObjets,
                comparaison.exemplesPieces);
        controles.enregistrer(rapport, maintenant.minus(CONSERVATION));
        if (rapport.objetsSansPiece() > 0 || rapport.piecesSansObjet() > 0) {
            LOG.warn("Stock des pièces : {} objet(s) sans pièce (par exemple {}), {} pièce(s) sans objet (par "
                    + "exemple {}), sur {} objets et {} pièces", rapport.objetsSansPiece(), rapport.exemplesObjets(),
                    rapport.piecesSansObjet(), rapport.exemplesPieces(), rapport.objets(), rapport.pieces());
        } else {
            LOG.info("Stock des pièces : {} objets, {} pièces, tous appariés", rapport.objets(), rapport.pieces());
        }
        return rapport;
    }

    /** The walk of both sorted sequences: the store's objects pulled as the database's keys come. */
    private static final class Comparaison {

        private final Instant limite;
        private Iterator<ObjetStocke> objets = java.util.Collections.emptyIterator();
        private @Nullable ObjetStocke objet;
        long nombreObjets;
        long nombrePieces;
        long objetsSansPiece;
        long piecesSansObjet;
        final List<String> exemplesObjets = new ArrayList<>();
        final List<String> exemplesPieces = new ArrayList<>();

        Comparaison(Instant limite) {
            this.limite = limite;
        }

        void avancerObjet() {
            objet = objets.hasNext() ? objets.next() : null;
            if (objet != null) {
                nombreObjets++;
            }
        }

        /** The next key a piece keeps: the objects before it have no piece; it has an object or not. */
        void piece(String cle) {
            nombrePieces++;
            while (objet != null && objet.cle().compareTo(cle) < 0) {
                objetSansPiece(objet);
                avancerObjet();
            }
            if (objet != null && objet.cle().equals(cle)) {
                avancerObjet();
            } else {
                piecesSansObjet++;
                if (exemplesPieces.size() < Rapport.EXEMPLES) {
                    exemplesPieces.add(cle);
                }
            }
        }

        void finir() {
            while (objet != null) {
                objetSansPiece(objet);
                avancerObjet();
            }
        }

        private void objetSansPiece(ObjetStocke stray) {
            if (stray.modifieLe().isAfter(limite)) {
                // a lodging under way: its row is not committed yet
                return;
            }
            objetsSansPiece++;
            if (exemplesObjets.size() < Rapport.EXEMPLES) {
                exemplesObjets.add(stray.cle());
            }
        }
    }
}
