package fr.sne.drm.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.JournalConsultations;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.drm.AccesDrm;
import fr.sne.drm.application.RessourcesDrm.Lecture;
import fr.sne.drm.application.RessourcesDrm.Mois;
import fr.sne.drm.domaine.StatutDrm;

/**
 * Reads the DRM's resources of demandes for a professional (issue 19 §3, ADR 0031): the API's
 * {@code GET /v1.0/drm/ressources} and the demande's tab "Ressources". The actor must hold the profile DRM (a
 * software: the habilitation {@code drm}) and his guichet be switched on ({@link AccesDrm}), else nothing is read.
 * A numéro out of the actor's visibility is answered exactly as one the registry does not hold
 * ({@value #INCONNUE}); for the others, the last three months per nature and their total, or the status with a
 * reason that leaks nothing ({@link StatutDrm#raison()}). Every numéro answered with the DRM's status is journaled (screen {@code DRM}), in the
 * transaction of the read.
 */
@Service
public class LireRessourcesDrm {

    /** At most this many numéros a call. */
    public static final int NUMEROS_MAX = 50;

    /** The months shown: the last three. */
    public static final int PROFONDEUR = RessourcesDrm.PROFONDEUR_MAXIMALE;

    /** The status of a numéro unknown to the registry or out of the caller's visibility. */
    public static final String INCONNUE = "DEMANDE_INCONNUE";

    private static final String MOTIF_INCONNUE = "Demande introuvable (ou hors de votre périmètre).";

    private final AccesDrm acces;
    private final RessourcesDrm ressources;
    private final VisibiliteDemandes visibilite;
    private final JournalConsultations journal;

    LireRessourcesDrm(AccesDrm acces, RessourcesDrm ressources, VisibiliteDemandes visibilite,
            JournalConsultations journal) {
        this.acces = acces;
        this.ressources = ressources;
        this.visibilite = visibilite;
        this.journal = journal;
    }

    /**
     * What is shown for a numéro.
     *
     * @param statut a {@link StatutDrm}'s name, or {@value #INCONNUE}
     * @param motif  why nothing is shown, in plain French; null when the months are
     * @param mois   most recent first, at most {@value #PROFONDEUR}; empty unless {@code AFFICHABLE}
     */
    public record Resultat(String numeroUnique, String statut, @Nullable String motif, @Nullable Instant misAJourLe,
            List<Mois> mois) {

        public Resultat {
            mois = List.copyOf(mois);
        }

        public boolean affichable() {
            return StatutDrm.AFFICHABLE.name().equals(statut);
        }
    }

    /**
     * @param numeros well formed (the edge checks their form and count), at most {@value #NUMEROS_MAX}; a numéro
     *                given twice is answered once
     * @return one result per distinct numéro, in the order given
     * @throws AccesRefuseException {@code DRM_PROFIL_REQUIS}, {@code DRM_GUICHET_NON_OUVERT}
     */
    @Transactional
    public List<Resultat> executer(Collection<String> numeros, Acteur acteur) {
        if (numeros.size() > NUMEROS_MAX) {
            throw new IllegalArgumentException("au plus " + NUMEROS_MAX + " numéros");
        }
        if (acces.decider(acteur) instanceof Refus refus) {
            throw new AccesRefuseException(refus.code(), refus.message());
        }
        Set<String> demandes = new LinkedHashSet<>(numeros);
        List<String> visibles = demandes.stream().filter(n -> visibilite.peutVoirLeNumero(acteur, n)).toList();
        // journaled before being read, in the same transaction: the numéros the registry holds
        Set<String> tenues = journal.ressourcesDrmAffichees(acteur, visibles);
        Map<String, Lecture> lectures = tenues.isEmpty() ? Map.of() : ressources.lire(tenues, PROFONDEUR);
        List<Resultat> resultats = new ArrayList<>(demandes.size());
        for (String numero : demandes) {
            if (!tenues.contains(numero)) {
                resultats.add(new Resultat(numero, INCONNUE, MOTIF_INCONNUE, null, List.of()));
                continue;
            }
            Lecture lecture = lectures.get(numero);
            StatutDrm statut = lecture == null ? StatutDrm.EN_ATTENTE : lecture.statut();
            if (statut == StatutDrm.AFFICHABLE) {
                resultats.add(new Resultat(numero, statut.name(), null, lecture.misAJourLe(),
                        lecture.mois().stream().limit(PROFONDEUR).toList()));
            } else {
                // nothing but the status: a discordance shows no month, whatever was fetched
                resultats.add(new Resultat(numero, statut.name(), statut.raison(),
                        lecture == null ? null : lecture.misAJourLe(), List.of()));
            }
        }
        return resultats;
    }

    /**
     * The tab's read for a demande the page already showed to this actor: empty when the actor may not read the DRM
     * (then nothing at all is shown, nor journaled).
     */
    @Transactional
    public Optional<Resultat> pourLaPage(String numeroUnique, Acteur acteur) {
        if (!(acces.decider(acteur) instanceof Decision.Accord)) {
            return Optional.empty();
        }
        return executer(List.of(numeroUnique), acteur).stream().findFirst();
    }
}
