package fr.sne.guichet.administration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.Profil;
import fr.sne.guichet.administration.Administration.FicheAgent;
import fr.sne.guichet.administration.Administration.LigneAgent;
import fr.sne.guichet.administration.Administration.SaisieProfils;

/**
 * Grants and withdraws the per-agent profiles of an agent of a guichet (ADR 0026): the gestionnaire territorial for
 * the guichets of his territory, the national administrator for all. The form says which profiles the agent holds
 * from now on; each one granted or withdrawn is written in SNE's record of the account ({@code compte_agent_profil},
 * with who granted it) and in the guichet's journal (who, when, what). It holds from the agent's next request: the
 * professional application reads his account on every request.
 */
@Service
public class ChangerProfilsAgent {

    private final RegistreAdministration registre;
    private final AccesGuichet acces;

    ChangerProfilsAgent(RegistreAdministration registre, AccesGuichet acces) {
        this.registre = registre;
        this.acces = acces;
    }

    /**
     * The agent's page: his guichet, himself, what may be granted and the changes of his account.
     *
     * @throws RessourceIntrouvableException when the guichet is out of his territory or has no such agent
     */
    @Transactional(readOnly = true)
    public FicheAgent fiche(Acteur acteur, String codeGuichet, String identifiant) {
        var guichet = acces.lire(acteur, codeGuichet);
        String code = guichet.guichet().code();
        LigneAgent agent = registre.agent(code, identifiant, false).orElseThrow(() -> introuvable(identifiant));
        return new FicheAgent(guichet.guichet(), guichet.actif(), agent, Arrays.asList(Profil.values()),
                registre.journal(code, identifiant));
    }

    /**
     * @return whether anything changed
     * @throws RessourceIntrouvableException when the guichet is out of his territory or has no such agent
     * @throws DonneesInvalidesException {@code PROFIL_INCONNU} on the field {@code profils} when a code is unknown
     */
    @Transactional
    public boolean executer(Acteur acteur, String codeGuichet, String identifiant, SaisieProfils saisie) {
        String guichet = acces.lire(acteur, codeGuichet).guichet().code();
        Set<Profil> voulus = voulus(saisie);
        LigneAgent agent = registre.agent(guichet, identifiant, true).orElseThrow(() -> introuvable(identifiant));
        boolean change = false;
        for (Profil profil : Profil.values()) {
            if (voulus.contains(profil) && !agent.profils().contains(profil)) {
                registre.accorderProfil(identifiant, profil, acteur);
                registre.journaliser(guichet, ActionAdministration.PROFIL_ACCORDE,
                        identifiant + " : " + profil.code(), acteur);
                change = true;
            } else if (!voulus.contains(profil) && agent.profils().contains(profil)) {
                registre.retirerProfil(identifiant, profil);
                registre.journaliser(guichet, ActionAdministration.PROFIL_RETIRE,
                        identifiant + " : " + profil.code(), acteur);
                change = true;
            }
        }
        return change;
    }

    /** The codes ticked, each a known profile; the others refused all at once. */
    private static Set<Profil> voulus(SaisieProfils saisie) {
        Set<Profil> voulus = EnumSet.noneOf(Profil.class);
        List<String> inconnus = new ArrayList<>();
        for (String code : saisie.profils() == null ? List.<String>of() : saisie.profils()) {
            Profil.deCode(code).ifPresentOrElse(voulus::add, () -> inconnus.add(code));
        }
        if (!inconnus.isEmpty()) {
            String liste = String.join(", ", inconnus);
            throw new DonneesInvalidesException(List.of(new ErreurChamp("profils", CodeMotif.PROFIL_INCONNU,
                    CodeMotif.PROFIL_INCONNU.message(
                            Map.of("profil", liste.length() > 60 ? liste.substring(0, 60) + "…" : liste)))));
        }
        return voulus;
    }

    private static RessourceIntrouvableException introuvable(String identifiant) {
        return new RessourceIntrouvableException("Compte introuvable : " + identifiant);
    }
}
