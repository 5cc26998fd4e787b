package fr.sne.portail.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.portail.application.Rattachements;
import fr.sne.portail.domaine.IdentiteDemandeur;

/**
 * The applicant signed in to the portal, for the portal's controllers: his account, his {@link Acteur} (with the
 * numéros attached to his account, read at each call: an attachment made in another tab counts at once) and the
 * identity the provider vouched for.
 */
@Component
public class DemandeurConnecte {

    private final Rattachements rattachements;

    DemandeurConnecte(Rattachements rattachements) {
        this.rattachements = rattachements;
    }

    /** @return whether an applicant is signed in to the portal in this request */
    public boolean estConnecte() {
        return courant().isPresent();
    }

    /** @return his account's identifier */
    public UUID compte() {
        return exiger().compte();
    }

    /** @return the actor he is: acting for the portal's guichet, reading only the demandes attached to his account */
    public Acteur acteur() {
        UUID compte = compte();
        return Acteur.demandeur(compte.toString(), rattachements.numeros(compte));
    }

    /** @return the identity the provider vouched for at his sign-in */
    public IdentiteDemandeur identite() {
        return exiger().identite();
    }

    /**
     * @return the numéro, when it is attached to his account
     * @throws DemandeIntrouvable otherwise (the same answer as an unknown numéro)
     */
    public String numeroRattache(String numero) {
        if (!rattachements.numeros(compte()).contains(numero)) {
            throw new DemandeIntrouvable();
        }
        return numero;
    }

    private DemandeurAuthentifie exiger() {
        return courant().orElseThrow(() -> new AccesRefuseException(
                fr.sne.commun.CodeMotif.ACCES_REFUSE, "aucun demandeur connecté au portail"));
    }

    private static Optional<DemandeurAuthentifie> courant() {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        return authentification != null && authentification.getPrincipal() instanceof DemandeurAuthentifie d
                ? Optional.of(d) : Optional.empty();
    }
}
