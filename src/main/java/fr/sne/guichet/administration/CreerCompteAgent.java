package fr.sne.guichet.administration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.administration.Administration.SaisieAgent;
import fr.sne.guichet.administration.Administration.SecretRevele;
import fr.sne.guichet.administration.ReglesSaisie.AgentValide;

/**
 * Creates the account of an agent of a guichet: his login, name and professional e-mail address (how ProConnect
 * names him in production), and for the embedded identity provider an initial password made here, returned once
 * and stored only as its bcrypt hash.
 */
@Service
public class CreerCompteAgent {

    private final RegistreAdministration registre;
    private final AccesGuichet acces;
    private final PasswordEncoder encodeur;
    private final GenerateurSecrets generateur = new GenerateurSecrets();

    CreerCompteAgent(RegistreAdministration registre, AccesGuichet acces, PasswordEncoder encodeur) {
        this.registre = registre;
        this.acces = acces;
        this.encodeur = encodeur;
    }

    /**
     * @return the initial password, to be shown once
     * @throws fr.sne.commun.RessourceIntrouvableException when the guichet does not exist or is out of his territory
     * @throws fr.sne.commun.ConflitException {@code GUICHET_INACTIF} when the guichet is deactivated
     * @throws DonneesInvalidesException field by field, including a login or an address already taken
     */
    @Transactional
    public SecretRevele executer(Acteur acteur, String codeGuichet, SaisieAgent saisie) {
        String guichet = GuichetActif.exiger(acces.verrouiller(acteur, codeGuichet));
        AgentValide agent = ReglesSaisie.agent(saisie);
        List<ErreurChamp> erreurs = new ArrayList<>();
        if (registre.identifiantPris(agent.identifiant())) {
            erreurs.add(identifiantPris(agent.identifiant()));
        }
        if (registre.courrielPris(agent.courriel())) {
            erreurs.add(new ErreurChamp("courriel", CodeMotif.COURRIEL_EXISTANT,
                    CodeMotif.COURRIEL_EXISTANT.message(Map.of("courriel", agent.courriel()))));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        String motDePasse = generateur.motDePasse();
        if (!registre.creerAgent(guichet, agent, encodeur.encode(motDePasse))) {
            // taken between the check and the insert by a concurrent creation
            throw new DonneesInvalidesException(List.of(identifiantPris(agent.identifiant())));
        }
        registre.journaliser(guichet, ActionAdministration.AGENT_CREE, agent.identifiant(), acteur);
        return new SecretRevele(SecretRevele.Nature.MOT_DE_PASSE, agent.identifiant(), motDePasse);
    }

    private static ErreurChamp identifiantPris(String identifiant) {
        return new ErreurChamp("identifiant", CodeMotif.IDENTIFIANT_EXISTANT,
                CodeMotif.IDENTIFIANT_EXISTANT.message(Map.of("identifiant", identifiant)));
    }
}
