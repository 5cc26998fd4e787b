package fr.sne.commun;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.sne.commun.acteur.Acteur;

/**
 * The two checks of a registry-wide pass run on demand for a day (the nightly pass, the DRM's monthly refresh): only
 * the national administration runs it ({@code TRAITEMENT_NATIONAL_REQUIS}: it covers every territory), and never for
 * a day after today ({@code DATE_FUTURE}, on the field {@code date}).
 */
public final class JourDeTraitementNational {

    private JourDeTraitementNational() {
    }

    /**
     * @param quoi what is run, as the refusal names it ("Le traitement", "Le relevé")
     * @throws AccesRefuseException      an actor other than the national administration
     * @throws DonneesInvalidesException a day after today
     */
    public static void verifier(Acteur acteur, LocalDate date, Clock horloge, String quoi) {
        if (!acteur.national()) {
            throw new AccesRefuseException(CodeMotif.TRAITEMENT_NATIONAL_REQUIS,
                    CodeMotif.TRAITEMENT_NATIONAL_REQUIS.message());
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        if (date.isAfter(aujourdhui)) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("date", CodeMotif.DATE_FUTURE,
                    quoi + " d'un jour postérieur à aujourd'hui (" + aujourdhui + ") est refusé.")));
        }
    }
}
