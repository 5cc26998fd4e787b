package fr.sne.guichet.administration;

import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.Habilitation;
import fr.sne.guichet.administration.Administration.SaisieClientApi;
import fr.sne.guichet.administration.Administration.SecretRevele;

/**
 * Creates an API client of a guichet (OAuth2 client credentials) holding the habilitation {@code demandes}, as
 * every guichet client did before habilitations (ADR 0017; the client's page grants the others): its secret is
 * made here, returned once and stored only as its bcrypt hash.
 */
@Service
public class CreerClientApi {

    private final RegistreAdministration registre;
    private final AccesGuichet acces;
    private final PasswordEncoder encodeur;
    private final GenerateurSecrets generateur = new GenerateurSecrets();

    CreerClientApi(RegistreAdministration registre, AccesGuichet acces, PasswordEncoder encodeur) {
        this.registre = registre;
        this.acces = acces;
        this.encodeur = encodeur;
    }

    /**
     * @return the secret, to be shown once
     * @throws fr.sne.commun.RessourceIntrouvableException when the guichet does not exist or is out of his territory
     * @throws fr.sne.commun.ConflitException {@code GUICHET_INACTIF} when the guichet is deactivated
     * @throws DonneesInvalidesException when the client id is malformed or taken
     */
    @Transactional
    public SecretRevele executer(Acteur acteur, String codeGuichet, SaisieClientApi saisie) {
        String guichet = GuichetActif.exiger(acces.verrouiller(acteur, codeGuichet));
        String clientId = ReglesSaisie.clientApi(saisie);
        String secret = generateur.secretClient();
        if (registre.clientIdPris(clientId) || !registre.creerClient(guichet, clientId, encodeur.encode(secret))) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("clientId", CodeMotif.IDENTIFIANT_EXISTANT,
                    CodeMotif.IDENTIFIANT_EXISTANT.message(Map.of("identifiant", clientId)))));
        }
        registre.journaliser(guichet, ActionAdministration.CLIENT_CREE, clientId, acteur);
        registre.accorder(clientId, Habilitation.DEMANDES, acteur);
        return new SecretRevele(SecretRevele.Nature.SECRET_CLIENT, clientId, secret);
    }
}
