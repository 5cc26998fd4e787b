package fr.sne.demande.application;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.domaine.PersonneEnregistree;
import fr.sne.demande.application.port.Demandes;

/**
 * The desk's "recherche de doublon" before creating a demande: the adults of active demandes of the
 * actor's territories who look like the person at the desk, among the demandes {@link VisibiliteDemandes} lets it
 * see (R441-2-6 CCH). A national actor names no territory: it gets no candidate here.
 */
@Service
public class RechercherDoublons {

    private final Demandes demandes;
    private final VisibiliteDemandes visibilite;

    RechercherDoublons(Demandes demandes, VisibiliteDemandes visibilite) {
        this.demandes = demandes;
        this.visibilite = visibilite;
    }

    /**
     * @param prenom optional: without it, everyone with the same birth name and birth date is a candidate
     */
    public List<PersonneEnregistree> executer(String nom, @Nullable String prenom, LocalDate dateNaissance,
            @Nullable String nir, Acteur acteur) {
        Identite cherchee = Identite.de(nom, prenom == null ? "" : prenom, dateNaissance, nir);
        return acteur.territoires().stream().sorted()
                .flatMap(territoire -> demandes.adultesActifsSimilaires(territoire, List.of(cherchee)).stream())
                .filter(candidat -> visibilite.peutVoir(acteur, candidat.numeroUnique()))
                .filter(candidat -> cherchee.prenomsCle().isEmpty()
                        ? cherchee.memeNomEtDateDeNaissance(candidat.identite())
                                || cherchee.memeNir(candidat.identite())
                        : cherchee.designeLaMemePersonneQue(candidat.identite()))
                .toList();
    }
}
