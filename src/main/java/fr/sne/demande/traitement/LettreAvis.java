package fr.sne.demande.traitement;

import java.time.LocalDate;
import java.util.List;

/**
 * One renewal notice (avis de renouvellement, R441-2-7 CCH) as printed or e-mailed: to whom, for which demande,
 * the end of validity and the day after which a demande not renewed is radiated.
 *
 * @param destinataire civilité, first names and name, as printed
 * @param adresse      postal address lines
 * @param guichet      name of the registering guichet, and its address lines
 */
public record LettreAvis(String numeroUnique, String destinataire, List<String> adresse, LocalDate dateFinValidite,
        LocalDate dateRadiation, String guichet, List<String> adresseGuichet) {

    public LettreAvis {
        adresse = List.copyOf(adresse);
        adresseGuichet = List.copyOf(adresseGuichet);
    }
}
