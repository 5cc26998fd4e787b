package fr.sne.gestion.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.gestion.domaine.StockCatalogue;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.EvenementsDemande;
import fr.sne.gestion.domaine.CatalogueEvenements;
import fr.sne.gestion.domaine.DerivationEvenements;
import fr.sne.gestion.domaine.EvenementGestion;
import fr.sne.gestion.domaine.EvenementSaisi;

/**
 * A guichet enters an event of the gestion partagée on a demande of its territory (R441-2-15 CCH): the catalogue
 * checks it (a known code entered by hand, by a guichet of its types, on a day not in the future, with the data it
 * needs), then the demande module writes it as one EVT movement on the demande's current version, which it does not
 * move. Nothing is written when it is refused.
 */
@Service
public class EnregistrerEvenement {

    private final StockCatalogue catalogue;
    private final DemandeVisible demandes;
    private final EvenementsDemande evenements;
    private final Clock horloge;

    EnregistrerEvenement(StockCatalogue catalogue, DemandeVisible demandes, EvenementsDemande evenements,
            Clock horloge) {
        this.catalogue = catalogue;
        this.demandes = demandes;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /**
     * @return the event as the demande's list shows it
     * @throws AccesRefuseException          an actor acting for no guichet ({@code GUICHET_REQUIS}), a guichet of a
     *                                       type that does not enter this code ({@code EVENEMENT_NON_AUTORISE_GUICHET})
     * @throws RessourceIntrouvableException unknown or invisible demande, or erased ({@code DONNEES_EFFACEES})
     * @throws DonneesInvalidesException     the fields the catalogue refuses (an unknown code, a day in the future,
     *                                       the data of the code)
     */
    @Transactional
    public EvenementGestion executer(String numeroUnique, EvenementCommande saisie, Acteur acteur) {
        if (!acteur.agitPourUnGuichet() || acteur.typeGuichet() == null) {
            throw new AccesRefuseException(CodeMotif.GUICHET_REQUIS, "Seul un guichet enregistre un événement de "
                    + "la gestion partagée sur une demande.");
        }
        DemandeLue demande = demandes.lire(numeroUnique, acteur);
        if (demande.donneesEffacees()) {
            throw new RessourceIntrouvableException(CodeMotif.DONNEES_EFFACEES, CodeMotif.DONNEES_EFFACEES.message());
        }
        CatalogueEvenements types = catalogue.catalogue();
        LocalDate aujourdhui = LocalDate.now(horloge);
        EvenementSaisi saisi = switch (types.saisir(saisie.code(), acteur.typeGuichet(), saisie.date(),
                saisie.commentaire(), saisie.donnees(), aujourdhui)) {
            case CatalogueEvenements.Saisie.Acceptee a -> a.evenement();
            case CatalogueEvenements.Saisie.Invalide i -> throw new DonneesInvalidesException(i.erreurs());
            case CatalogueEvenements.Saisie.Interdite r ->
                throw new AccesRefuseException(r.refus().code(), r.refus().message());
        };
        String code = saisi.type().code();
        evenements.journaliser(new EvenementsDemande.EvenementAJournaliser(demande.numeroUnique(), acteur.guichet(),
                code, saisi.date(), saisi.commentaire(), saisi.donnees()), acteur);
        // the movement just written: this transaction's last EVT of this code by this guichet
        List<EvenementsDemande.MouvementDemande> ecrits = evenements
                .evenements(List.of(demande.numeroUnique()), List.of(code)).getOrDefault(demande.numeroUnique(),
                        List.of());
        EvenementsDemande.MouvementDemande ecrit = ecrits.stream()
                .filter(m -> acteur.guichet().equals(m.guichet()))
                .max(Comparator.comparingLong(EvenementsDemande.MouvementDemande::id)).orElseThrow();
        return DerivationEvenements.evenements(ecrit, types).getFirst();
    }
}
