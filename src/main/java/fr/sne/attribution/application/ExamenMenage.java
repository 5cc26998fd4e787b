package fr.sne.attribution.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.sne.attribution.domaine.Baremes;
import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.Menage;
import fr.sne.attribution.domaine.PlafondRessources;
import fr.sne.attribution.domaine.ZonePlafond;
import fr.sne.demande.DemandeLue;

/** A demande's household against a dwelling's income ceiling, with the ceilings in force that day. */
@Component
class ExamenMenage {

    private final Baremes baremes;

    ExamenMenage(Baremes baremes) {
        this.baremes = baremes;
    }

    static Menage menage(DemandeLue d) {
        int adultes = 0;
        int aCharge = 0;
        List<LocalDate> naissances = new ArrayList<>();
        for (DemandeLue.PersonneLue p : d.personnes()) {
            if (p.role().equals(ROLE_A_CHARGE)) {
                aCharge++;
            } else {
                adultes++;
                naissances.add(p.dateNaissance());
            }
        }
        return new Menage(adultes, naissances, aCharge, d.personnesANaitre(), d.revenuFiscalN2(), d.revenuFiscalN1());
    }

    /** The role of a dependant in {@link DemandeLue.PersonneLue#role()}. */
    private static final String ROLE_A_CHARGE = "PERSONNE_A_CHARGE";

    /** Empty when no barème is known for the financing and the commune's zone that day. */
    Optional<PlafondRessources> plafond(Logement logement, DemandeLue demande, LocalDate jour) {
        return baremes.enVigueur(logement.financement().bareme(), ZonePlafond.deCommune(logement.codeCommune()), jour)
                .map(b -> PlafondRessources.examiner(logement.financement(), b, menage(demande), jour));
    }
}
