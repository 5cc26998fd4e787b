package fr.sne.gestion.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.acteur.Acteur;
import fr.sne.gestion.EvenementsDuDemandeur;

/** {@link EvenementsDuDemandeur}: {@link ListerEvenements}' applicant view, reduced to name, date and guichet. */
@Service
class ConsulterEvenementsDuDemandeur implements EvenementsDuDemandeur {

    private final ListerEvenements lister;

    ConsulterEvenementsDuDemandeur(ListerEvenements lister) {
        this.lister = lister;
    }

    @Override
    @Transactional(readOnly = true)
    public Vue evenements(String numeroUnique, Acteur acteur) {
        ListerEvenements.Evenements lus = lister.executer(numeroUnique, ListerEvenements.Vue.DEMANDEUR, acteur);
        return new Vue(lus.numeroUnique(), lus.territoire(), lus.visibiliteActivee(), lus.evenements().stream()
                .map(e -> new Evenement(e.mouvement(), e.code(), e.libelle(), e.date(), lus.nomGuichet(e.guichet())))
                .toList());
    }
}
