package fr.sne.guichet.administration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.Habilitation;
import fr.sne.guichet.administration.Administration.FicheClientApi;
import fr.sne.guichet.administration.Administration.LigneClientApi;
import fr.sne.guichet.administration.Administration.SaisieHabilitations;

/**
 * Grants and withdraws the habilitations of an API client of a guichet (ADR 0017): the gestionnaire territorial for
 * the guichets of his territory, the national administrator for all. The form says which habilitations the client
 * holds from now on; each one granted or withdrawn is written in SNE's record of the client
 * ({@code client_api_habilitation}) and in the guichet's journal. A withdrawal holds from the client's very next
 * call, even with a token issued before: the API reads the record on every call.
 */
@Service
public class ChangerHabilitationsClientApi {

    private final RegistreAdministration registre;
    private final AccesGuichet acces;

    ChangerHabilitationsClientApi(RegistreAdministration registre, AccesGuichet acces) {
        this.registre = registre;
        this.acces = acces;
    }

    /**
     * The client's page: its guichet, itself and what may be granted.
     *
     * @throws RessourceIntrouvableException when the guichet is out of his territory or has no such client
     */
    @Transactional(readOnly = true)
    public FicheClientApi fiche(Acteur acteur, String codeGuichet, String clientId) {
        var guichet = acces.lire(acteur, codeGuichet);
        LigneClientApi client = registre.client(guichet.guichet().code(), clientId)
                .orElseThrow(() -> introuvable(clientId));
        return new FicheClientApi(guichet.guichet(), guichet.actif(), client, Habilitation.enServiceSeulement());
    }

    /**
     * @return whether anything changed
     * @throws RessourceIntrouvableException when the guichet is out of his territory or has no such client
     * @throws ConflitException {@code CLIENT_REVOQUE} when the client is revoked
     * @throws DonneesInvalidesException {@code HABILITATION_INCONNUE} on the field {@code habilitations} when a
     *                                   code is unknown or not in service yet
     */
    @Transactional
    public boolean executer(Acteur acteur, String codeGuichet, String clientId, SaisieHabilitations saisie) {
        String guichet = acces.lire(acteur, codeGuichet).guichet().code();
        boolean actif = registre.clientActifVerrouille(guichet, clientId).orElseThrow(() -> introuvable(clientId));
        Set<Habilitation> voulues = voulues(saisie);
        if (!actif) {
            throw new ConflitException(CodeMotif.CLIENT_REVOQUE, "Le client " + clientId
                    + " est révoqué : ses habilitations ne changent plus.", Map.of("clientId", clientId));
        }
        Set<Habilitation> detenues = registre.habilitations(clientId);
        boolean change = false;
        for (Habilitation habilitation : Habilitation.values()) {
            if (voulues.contains(habilitation) && !detenues.contains(habilitation)) {
                registre.accorder(clientId, habilitation, acteur);
                registre.journaliser(guichet, ActionAdministration.HABILITATION_ACCORDEE,
                        clientId + " : " + habilitation.code(), acteur);
                change = true;
            } else if (!voulues.contains(habilitation) && detenues.contains(habilitation)
                    && habilitation.enService()) {
                registre.retirer(clientId, habilitation);
                registre.journaliser(guichet, ActionAdministration.HABILITATION_RETIREE,
                        clientId + " : " + habilitation.code(), acteur);
                change = true;
            }
        }
        return change;
    }

    /** The codes ticked, each an habilitation in service; the others refused all at once. */
    private static Set<Habilitation> voulues(SaisieHabilitations saisie) {
        Set<Habilitation> voulues = EnumSet.noneOf(Habilitation.class);
        List<String> inconnues = new ArrayList<>();
        for (String code : saisie.habilitations() == null ? List.<String>of() : saisie.habilitations()) {
            Habilitation.deCode(code).filter(Habilitation::enService)
                    .ifPresentOrElse(voulues::add, () -> inconnues.add(code));
        }
        if (!inconnues.isEmpty()) {
            String liste = String.join(", ", inconnues);
            throw new DonneesInvalidesException(List.of(new ErreurChamp("habilitations",
                    CodeMotif.HABILITATION_INCONNUE, CodeMotif.HABILITATION_INCONNUE.message(
                            Map.of("habilitation", liste.length() > 60 ? liste.substring(0, 60) + "…" : liste)))));
        }
        return voulues;
    }

    private static RessourceIntrouvableException introuvable(String clientId) {
        return new RessourceIntrouvableException("Client introuvable : " + clientId);
    }
}
