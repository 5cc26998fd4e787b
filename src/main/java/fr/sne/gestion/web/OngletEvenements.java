package fr.sne.gestion.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.ExtensionPageDemande;
import fr.sne.gestion.Priorite;
import fr.sne.gestion.PrioritesDemande;
import fr.sne.gestion.application.ConsulterCatalogue;
import fr.sne.gestion.application.ListerEvenements;

/**
 * The tab "Événements" of a demande's page (all its events, or what the applicant sees) and, under the page's
 * header, the priorities recognised to it.
 */
@Component
class OngletEvenements implements ExtensionPageDemande {

    static final String CODE = "evenements";

    private final ListerEvenements lister;
    private final ConsulterCatalogue catalogue;
    private final PrioritesDemande priorites;

    OngletEvenements(ListerEvenements lister, ConsulterCatalogue catalogue, PrioritesDemande priorites) {
        this.lister = lister;
        this.catalogue = catalogue;
        this.priorites = priorites;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String libelle() {
        return "Événements";
    }

    @Override
    public String gabarit() {
        return "gestion/evenements";
    }

    @Override
    public Map<String, Object> onglet(String numeroUnique, Acteur acteur, Map<String, String> parametres) {
        boolean demandeur = EvenementsController.VUE_DEMANDEUR.equals(parametres.get("vue"));
        ListerEvenements.Evenements liste = lister.executer(numeroUnique,
                demandeur ? ListerEvenements.Vue.DEMANDEUR : ListerEvenements.Vue.PROFESSIONNEL, acteur);
        Map<String, Object> modele = new HashMap<>();
        modele.put("numero", liste.numeroUnique());
        modele.put("territoire", liste.territoire());
        modele.put("vueDemandeur", demandeur);
        modele.put("visibiliteActivee", liste.visibiliteActivee());
        modele.put("lignes", liste.evenements().stream().map(e -> LigneEvenement.de(e, liste)).toList());
        modele.put("peutSaisir", acteur.typeGuichet() != null
                && !catalogue.executer().saisissablesPar(acteur.typeGuichet()).isEmpty());
        return modele;
    }

    @Override
    public Map<String, Object> encart(String numeroUnique, Acteur acteur) {
        List<Priorite> reconnues = priorites.priorites(numeroUnique);
        return reconnues.isEmpty() ? Map.of() : Map.of("priorites", reconnues.stream()
                .map(p -> p.libelle() + (p.nature() == Priorite.Nature.DALO ? " — décision du " : " — reconnue le ")
                        + p.date().format(LigneEvenement.FR))
                .toList());
    }
}
