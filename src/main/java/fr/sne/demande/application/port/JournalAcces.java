package fr.sne.demande.application.port;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.domaine.AccesDemande;
import fr.sne.demande.domaine.EcranConsultation;

/** The access journal: who displayed which demande, on which screen, when; read newest first. */
public interface JournalAcces {

    /** Records that this actor displayed this demande on this screen. */
    void consigner(Acteur acteur, String numeroUnique, String territoire, EcranConsultation ecran, Instant maintenant);

    /** The accesses to one demande, newest first, at most {@code limite}. */
    List<AccesDemande> deLaDemande(String numeroUnique, int limite);

    /**
     * A page of the journal of the demandes visible under this predicate, newest first, optionally of one demande
     * and of one actor.
     */
    List<AccesDemande> page(VisibiliteDemandes.PredicatSql visibilite, @Nullable String numeroUnique,
            @Nullable String acteurId, int limite, long decalage);
}
