package fr.sne.guichet.administration;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.administration.Administration.SecretRevele;

/**
 * Gives an API client a new secret, returned once. The previous secret stays accepted for an overlap
 * ({@code sne.guichet.administration.chevauchement-secret}, one day by default) so that every instance of the
 * guichet's software can switch over without an outage; a leaked secret calls for a revocation instead.
 */
@Service
public class RenouvelerSecretClientApi {

    private final RegistreAdministration registre;
    private final AccesGuichet acces;
    private final PasswordEncoder encodeur;
    private final Duration chevauchement;
    private final GenerateurSecrets generateur = new GenerateurSecrets();

    RenouvelerSecretClientApi(RegistreAdministration registre, AccesGuichet acces, PasswordEncoder encodeur,
            @Value("${sne.guichet.administration.chevauchement-secret:1d}") Duration chevauchement) {
        this.registre = registre;
        this.acces = acces;
        this.encodeur = encodeur;
        this.chevauchement = chevauchement;
    }

    /** How long the previous secret stays accepted after a rotation. */
    public Duration chevauchement() {
        return chevauchement;
    }

    /**
     * @return the new secret, to be shown once
     * @throws RessourceIntrouvableException when the guichet is out of his territory or has no such client
     * @throws ConflitException {@code CLIENT_REVOQUE} when the client is revoked
     */
    @Transactional
    public SecretRevele executer(Acteur acteur, String codeGuichet, String clientId) {
        String guichet = acces.lire(acteur, codeGuichet).guichet().code();
        boolean actif = registre.clientActifVerrouille(guichet, clientId)
                .orElseThrow(() -> new RessourceIntrouvableException("Client introuvable : " + clientId));
        if (!actif) {
            throw new ConflitException(CodeMotif.CLIENT_REVOQUE, "Le client " + clientId
                    + " est révoqué : créez-en un autre.", Map.of("clientId", clientId));
        }
        String secret = generateur.secretClient();
        registre.renouvelerSecret(clientId, encodeur.encode(secret), chevauchement);
        registre.journaliser(guichet, ActionAdministration.SECRET_RENOUVELE, clientId, acteur);
        return new SecretRevele(SecretRevele.Nature.SECRET_CLIENT, clientId, secret);
    }
}
