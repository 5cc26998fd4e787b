package fr.sne.demande.infrastructure;

import java.time.Clock;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.MouvementsPieces;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.TypeMouvement;

/** {@link MouvementsPieces} through the one door ({@link JournalDemandes#journaliserPiece}). */
@Repository
class MouvementsPiecesJdbc implements MouvementsPieces {

    private final JournalDemandes journal;
    private final Clock horloge;

    MouvementsPiecesJdbc(JournalDemandes journal, Clock horloge) {
        this.journal = journal;
        this.horloge = horloge;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int journaliser(MouvementPiece m, Acteur acteur) {
        return journal.journaliserPiece(TypeMouvement.valueOf(m.type().name()), new NumeroUnique(m.numeroUnique()),
                m.guichet(), acteur, horloge.instant(), m.piece(), m.categoriePrecedente(), m.motif());
    }
}
