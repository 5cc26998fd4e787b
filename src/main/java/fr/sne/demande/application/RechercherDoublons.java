package fr.sne.demande.application;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.demande.domaine.Identite;
import fr.sne.demande.infrastructure.DemandeRepository;
import fr.sne.demande.infrastructure.DemandeRepository.PersonneEnregistree;
import fr.sne.guichet.Guichet;

/**
 * The desk's "recherche de doublon" before creating a demande: the adults of active demandes of the
 * guichet's territory who look like the person at the desk.
 */
@Service
public class RechercherDoublons {

    private final DemandeRepository demandes;

    RechercherDoublons(DemandeRepository demandes) {
        this.demandes = demandes;
    }

    /**
     * @param prenom optional: without it, everyone with the same birth name and birth date is a candidate
     */
    public List<PersonneEnregistree> executer(String nom, @Nullable String prenom, LocalDate dateNaissance,
            @Nullable String nir, Guichet guichet) {
        Identite cherchee = Identite.de(nom, prenom == null ? "" : prenom, dateNaissance, nir);
        return demandes.adultesActifsSimilaires(guichet.territoire(), List.of(cherchee)).stream()
                .filter(candidat -> cherchee.prenomsCle().isEmpty()
                        ? cherchee.memeNomEtDateDeNaissance(candidat.identite())
                                || cherchee.memeNir(candidat.identite())
                        : cherchee.designeLaMemePersonneQue(candidat.identite()))
                .toList();
    }
}
