package fr.sne.drm.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.drm.application.port.GuichetsDrm;
import fr.sne.drm.application.port.GuichetsDrm.Changement;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Guichets;

/**
 * Switches a guichet on or off for the DRM (ADR 0031): the gestionnaire territorial for the guichets of his
 * territory, the national administration for any; each change journaled ({@code drm_guichet_journal}), a change to
 * the state it already has writes nothing. The switch holds from the guichet's next read.
 */
@Service
public class ReglerGuichetDrm {

    static final int JOURNAL_AFFICHE = 50;

    private final GuichetsDrm guichetsDrm;
    private final Guichets guichets;
    private final Clock horloge;

    ReglerGuichetDrm(GuichetsDrm guichetsDrm, Guichets guichets, Clock horloge) {
        this.guichetsDrm = guichetsDrm;
        this.guichets = guichets;
        this.horloge = horloge;
    }

    /** A guichet switched on, as the page lists it. */
    public record Ouverture(String guichet, String nom, String territoire, Instant depuis, String par) {
    }

    /** The guichets switched on that this administrator governs, by code. */
    @Transactional(readOnly = true)
    public List<Ouverture> lister(Acteur acteur) {
        verifierAdministrateur(acteur);
        return guichetsDrm.ouverts().stream().flatMap(o -> guichets.parCode(o.guichet())
                .filter(g -> acteur.couvre(g.territoire()))
                .map(g -> new Ouverture(g.code(), g.nom(), g.territoire(), o.depuis(), o.par())).stream())
                .toList();
    }

    /** The last changes of the guichets this administrator governs (of those switched on at least once). */
    @Transactional(readOnly = true)
    public List<Changement> journal(Acteur acteur) {
        verifierAdministrateur(acteur);
        List<Changement> tous = guichetsDrm.journal(List.of(), JOURNAL_AFFICHE * 4);
        return tous.stream().filter(c -> acteur.national() || guichets.parCode(c.guichet())
                .map(g -> acteur.couvre(g.territoire())).orElse(false)).limit(JOURNAL_AFFICHE).toList();
    }

    /**
     * @param code   the guichet's code as typed (case ignored)
     * @param ouvert switch on (true) or off
     * @return false when the guichet already was in that state
     * @throws DonneesInvalidesException field {@code guichet}: empty, or not a guichet of the administrator's scope
     *                                   ({@code DRM_GUICHET_HORS_PERIMETRE}, the same for an unknown one)
     */
    @Transactional
    public boolean executer(Acteur acteur, String code, boolean ouvert) {
        verifierAdministrateur(acteur);
        String saisi = code.strip().toUpperCase(Locale.ROOT);
        if (saisi.isEmpty()) {
            throw new DonneesInvalidesException(List.of(ErreurChamp.de("guichet", CodeMotif.OBLIGATOIRE)));
        }
        Optional<Guichet> guichet = saisi.matches("G[0-9A-Z]{4}") ? guichets.parCode(saisi) : Optional.empty();
        if (guichet.isEmpty() || !acteur.couvre(guichet.get().territoire())) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("guichet", CodeMotif.DRM_GUICHET_HORS_PERIMETRE,
                    CodeMotif.DRM_GUICHET_HORS_PERIMETRE.message(Map.of("guichet", saisi.length() > 10
                            ? saisi.substring(0, 10) + "…" : saisi)))));
        }
        return guichetsDrm.regler(guichet.get().code(), ouvert, acteur, horloge.instant());
    }

    private static void verifierAdministrateur(Acteur acteur) {
        if (acteur.type() != TypeActeur.GESTIONNAIRE_TERRITORIAL
                && acteur.type() != TypeActeur.ADMINISTRATEUR_NATIONAL) {
            throw new AccesRefuseException(CodeMotif.ACCES_REFUSE, "L'ouverture des guichets à la DRM est réservée au "
                    + "gestionnaire territorial et à l'administration nationale.");
        }
    }
}
