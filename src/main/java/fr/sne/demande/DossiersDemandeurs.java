package fr.sne.demande;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * What another module prints or sends to an applicant about his demande (the pièces module's fiche de
 * transmission and digital copy): the applicant's name, postal and e-mail addresses, and a summary of the demande,
 * printable as the attestation prints them. Read for an actor that may see the demande ({@link VisibiliteDemandes}).
 */
public interface DossiersDemandeurs {

    /**
     * @throws fr.sne.commun.RessourceIntrouvableException unknown or out of the actor's scope ({@code INTROUVABLE}),
     *                                                     erased one year after its radiation
     *                                                     ({@code DONNEES_EFFACEES})
     */
    DossierDemandeur lire(String numeroUnique, Acteur acteur);

    /**
     * A demande as printed for its applicant.
     *
     * @param nomComplet         civility, first names and name of the demandeur
     * @param adresse            his postal address, one line each
     * @param courriel           his e-mail address, null when he gave none
     * @param territoireLibelle  the territory's name
     * @param guichetEnregistreur the registering guichet's name
     * @param communesSouhaitees communes' names with their INSEE code, in order of preference
     * @param typesLogement      typologies' labels
     */
    record DossierDemandeur(String numeroUnique, String territoire, String territoireLibelle, boolean active,
            LocalDate dateDepot, LocalDate dateFinValidite, String nomComplet, List<String> adresse,
            @Nullable String courriel, String guichetEnregistreur, List<String> communesSouhaitees,
            List<String> typesLogement, int nombrePersonnes) {

        public DossierDemandeur {
            adresse = List.copyOf(adresse);
            communesSouhaitees = List.copyOf(communesSouhaitees);
            typesLogement = List.copyOf(typesLogement);
        }
    }
}
