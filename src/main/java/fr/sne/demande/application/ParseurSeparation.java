package fr.sne.demande.application;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.demande.domaine.ContenuDemande;

/**
 * Reads a separation's request ({@link SeparationSaisie}: the API's body, or the separation page's form) once into a
 * {@link CommandeSeparation}, else {@link DonneesInvalidesException}.
 */
public final class ParseurSeparation {

    private ParseurSeparation() {
    }

    /**
     * Who leaves, by rank (from 1) or by identity, and optionally the content of his new demande (he must be its
     * demandeur). Without it, his demande takes the original's address, current housing, motives and housing
     * sought for one person, without contact details nor dependants.
     */
    public record SeparationSaisie(@Nullable Integer rangCoDemandeur, @Nullable String nomNaissance,
            @Nullable String prenoms, @Nullable LocalDate dateNaissance, @Nullable ContenuDemande demande) {
    }

    /**
     * @throws DonneesInvalidesException field {@code rangCoDemandeur} ({@code OBLIGATOIRE}): neither a rank nor a
     *                                   birth name with a birth date
     */
    public static CommandeSeparation lire(SeparationSaisie saisie) {
        CommandeSeparation.Partant partant;
        if (saisie.rangCoDemandeur() != null) {
            partant = new CommandeSeparation.ParRang(saisie.rangCoDemandeur());
        } else if (saisie.nomNaissance() == null || saisie.dateNaissance() == null) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("rangCoDemandeur", CodeMotif.OBLIGATOIRE,
                    "Désignez le co-demandeur qui part : par son rang (à partir de 1), ou par son nom de naissance "
                            + "et sa date de naissance.")));
        } else {
            partant = new CommandeSeparation.ParIdentite(saisie.nomNaissance(), saisie.prenoms(),
                    saisie.dateNaissance());
        }
        return new CommandeSeparation(partant, saisie.demande());
    }
}
