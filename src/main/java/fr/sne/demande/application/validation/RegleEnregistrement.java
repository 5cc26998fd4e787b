package fr.sne.demande.application.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.sne.commun.ErreurChamp;
import fr.sne.demande.domaine.CodeGuichet;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.commun.Refus;
import fr.sne.demande.domaine.PolitiqueDateDepot;
import fr.sne.demande.domaine.PolitiqueTerritoireGuichet;

/**
 * What a new registration must pass before anything is written, the duplicate search aside (it needs the
 * registry, under lock): the content rules ({@link ValidationContenu}), then the rules of a registration
 * only — the deposit date ({@link PolitiqueDateDepot}, errors listed with those of the content) and, on a valid
 * content, the guichet's territory ({@link PolitiqueTerritoireGuichet}). Plain logic: no I/O, no clock.
 */
@Component
public class RegleEnregistrement {

    private final ValidationContenu validation;

    public RegleEnregistrement(ValidationContenu validation) {
        this.validation = validation;
    }

    /** @param territoireGuichet the territory the guichet registers on; null for a national guichet (any) */
    public Resultat<ContenuValide> verifier(ContenuDemande saisie, CodeGuichet guichet,
            @org.jspecify.annotations.Nullable String territoireGuichet,
            LocalDate aujourdhui) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        if (saisie.dateDepot() != null
                && PolitiqueDateDepot.evaluer(saisie.dateDepot(), aujourdhui) instanceof Refus refus) {
            erreurs.add(new ErreurChamp("dateDepot", refus.code(), refus.message()));
        }
        Resultat<ContenuValide> contenu = validation.valider(saisie, aujourdhui);
        erreurs.addAll(contenu.erreurs());
        if (contenu instanceof Resultat.Valide<ContenuValide>(ContenuValide valide) && erreurs.isEmpty()
                && PolitiqueTerritoireGuichet.evaluer(valide.territoire(), guichet, territoireGuichet)
                        instanceof Refus refus) {
            erreurs.add(new ErreurChamp("logementRecherche.communesSouhaitees", refus.code(), refus.message()));
        }
        return erreurs.isEmpty() ? contenu : new Resultat.Invalide<>(erreurs);
    }
}
