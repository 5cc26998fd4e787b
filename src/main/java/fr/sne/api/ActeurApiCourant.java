package fr.sne.api;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.acteur.PorteurActeur;
import fr.sne.commun.acteur.Profil;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Habilitation;

/**
 * The actor of the current request: the signed-in agent of a web session (a {@link PorteurActeur} principal),
 * or, on the API, the actor built from the bearer token: an API client of an active guichet is
 * {@link Acteur#clientApi}; an administration client acts as what it serves: a gestionnaire territorial of its
 * territory, or the national administrator when it has none. Any other token (the operators' client, scope
 * {@code exploitation}; an unknown or inactive guichet) is not an actor on demandes: refused with the reason the
 * filter chain recorded.
 */
@Component
class ActeurApiCourant implements ActeurCourant {

    @Override
    public Acteur acteur() {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification == null || !authentification.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Aucun jeton d'accès pour cette requête.");
        }
        if (authentification.getPrincipal() instanceof PorteurActeur porteur) {
            return porteur.acteur();
        }
        if (authentification instanceof AuthentificationGuichet jeton && jeton.guichet() != null) {
            Guichet guichet = jeton.guichet();
            String clientId = jeton.getToken().getClaimAsString("client_id");
            Acteur client = Acteur.clientApi(clientId != null ? clientId : jeton.getName(), guichet.code(),
                    guichet.type(), guichet.territoire());
            // the software of a guichet granted "instruction" stands for its instructing agents (ADR 0026), granted
            // "drm" for its agents holding the profile DRM (ADR 0031)
            Set<Profil> profils = EnumSet.noneOf(Profil.class);
            if (jeton.habilitations().contains(Habilitation.INSTRUCTION)) {
                profils.add(Profil.INSTRUCTION);
            }
            if (jeton.habilitations().contains(Habilitation.DRM)) {
                profils.add(Profil.DRM);
            }
            return profils.isEmpty() ? client
                    : new Acteur(client.type(), client.identifiant(), client.guichet(), client.typeGuichet(),
                            client.territoires(), client.national(), profils);
        }
        AuthentificationGuichet.Administration administration =
                authentification instanceof AuthentificationGuichet jeton ? jeton.administration() : null;
        if (administration != null) {
            // a gestionnaire territorial's software, or the national administrator's, named by its client id
            String territoire = administration.territoire();
            return territoire == null ? Acteur.administrateurNational(authentification.getName())
                    : Acteur.gestionnaireTerritorial(authentification.getName(), territoire);
        }
        Refus refus = authentification instanceof AuthentificationGuichet jeton ? jeton.refus() : null;
        throw refus != null ? new AccesRefuseException(refus.code(), refus.message())
                : new AccesRefuseException("GUICHET_INCONNU", "L'appelant n'est pas un guichet enregistreur.");
    }
}
