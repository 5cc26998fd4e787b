package fr.sne.demande.web;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;

/** A registered demande as the API returns it; a radiated one with its motive (R441-2-8 letter) and date. */
record DemandeVue(
        String numeroUnique,
        String statut,
        String territoire,
        LocalDate dateDepot,
        @Nullable LocalDate dateDernierRenouvellement,
        LocalDate dateFinValidite,
        String guichetEnregistreur,
        Instant enregistreeLe,
        Instant modifieeLe,
        ContenuDemande demande,
        @Nullable String motifRadiation,
        @Nullable String sousMotifRadiation,
        @Nullable LocalDate dateRadiation) {

    static DemandeVue de(Demande d) {
        return new DemandeVue(d.numeroUnique().valeur(), d.statut().name(), d.territoire(), d.dateDepot(),
                d.dateDernierRenouvellement(), d.dateFinValidite(), d.guichetEnregistreur(), d.enregistreeLe(),
                d.modifieeLe(), d.contenu(), d.motifRadiation() == null ? null : d.motifRadiation().code(),
                d.sousMotifRadiation(), d.dateRadiation());
    }
}
