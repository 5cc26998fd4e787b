package fr.sne.demande.domaine;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.acteur.Acteur;

/**
 * A registered demande: its numéro unique, its territory, its dates and its content.
 * <p>
 * The demande decides its own transitions: each one is a method that checks what it may, and returns a typed
 * {@link EvenementDemande} saying what changed. Nothing is written here: the module's one door
 * ({@code JournalDemandes.appliquer}) writes the rows and the movement of every event in one transaction.
 *
 * @param dateDepot       date of first deposit: the ancienneté, kept across renewals
 * @param dateFinValidite one year after the deposit or the last renewal (R441-2-7 CCH)
 * @param motifRadiation  the motive of R441-2-8 CCH when radiated, else null
 * @param sousMotifRadiation motive d: PLAFOND_RESSOURCES or SEJOUR_IRREGULIER
 * @param dateRadiation   when radiated, else null
 * @param radieePar       the guichet that radiated it; null when radiated by the nightly pass or not radiated
 * @param version         incremented by every change: a change based on an older version is refused (optimistic
 *                        locking), and the value can serve as an HTTP entity tag
 */
public record Demande(
        NumeroUnique numeroUnique,
        String territoire,
        StatutDemande statut,
        LocalDate dateDepot,
        @Nullable LocalDate dateDernierRenouvellement,
        LocalDate dateFinValidite,
        String guichetEnregistreur,
        Instant enregistreeLe,
        Instant modifieeLe,
        ContenuDemande contenu,
        @Nullable MotifRadiation motifRadiation,
        @Nullable String sousMotifRadiation,
        @Nullable LocalDate dateRadiation,
        @Nullable String radieePar,
        int version) {

    /** A demande's validity: one year from its deposit or its last renewal. */
    public static final Period VALIDITE = Period.ofYears(1);
    /**
     * How long before the end of validity a renewal is accepted. R441-2-7 CCH only says the applicant is told at
     * least one month before; three months lets a desk renew at the applicant's visit (ADR 0006).
     */
    public static final Period AVANCE_RENOUVELLEMENT = Period.ofMonths(3);
    /** Delay between a warning and a radiation for motive c or d (L441-2-1 CCH). */
    public static final Period DELAI_AVERTISSEMENT = Period.ofMonths(1);
    /** A demande radiated for non-renewal can be reactivated until six months after its end of validity (t+18). */
    public static final Period REACTIVATION_APRES_FIN_VALIDITE = Period.ofMonths(6);
    /** A demande radiated for no answer can be reactivated during five months after the radiation. */
    public static final Period REACTIVATION_APRES_ABSENCE_REPONSE = Period.ofMonths(5);
    /** Sub-motives of an irrecevabilité (motive d). */
    public static final List<String> SOUS_MOTIFS_IRRECEVABILITE = java.util.Arrays
            .stream(SousMotifIrrecevabilite.values()).map(Enum::name).toList();
    /** Ways of sending a warning that prove its delivery (L441-2-1 CCH). */
    public static final List<String> CANAUX_AVERTISSEMENT = java.util.Arrays.stream(CanalAvertissement.values())
            .map(Enum::name).toList();
    /** The type of guichet (a social landlord) that alone radiates for motives a and d. */
    public static final String TYPE_GUICHET_BAILLEUR = "BAILLEUR";

    /**
     * An actor acting for a guichet registers a new demande, active and valid one year from its deposit (R441-2-7 CCH). The demande
     * is not numbered yet: its numéro unique is taken by the door that writes it, in the last statement of the
     * transaction, so that the territory's counter is held as briefly as possible and numbers stay dense.
     *
     * @return the event, which carries the new demande ({@link DemandeEnregistree#numerotee})
     */
    public static DemandeEnregistree enregistrer(String territoire, Acteur acteur, Instant maintenant,
            ContenuValide contenu) {
        LocalDate dateDepot = contenu.dateDepot();
        return new DemandeEnregistree(territoire, acteur.guichetRequis(), acteur, maintenant, dateDepot,
                dateDepot.plus(VALIDITE), contenu);
    }

    /**
     * @return true once the nightly pass has erased its nominative data, one year after its radiation (décret
     *         2017-917, art. 4): its content is then the anonymous record, which names no demandeur, whereas a
     *         registered content always does
     */
    public boolean donneesEffacees() {
        return contenu.demandeur() == null;
    }

    /** @return true while the demande is active */
    public boolean estActive() {
        return statut == StatutDemande.ACTIVE;
    }

    /** The date from which a renewal is accepted: three months before the end of validity. */
    public LocalDate renouvelablePartirDu() {
        return dateFinValidite.minus(AVANCE_RENOUVELLEMENT);
    }

    /** Refuses any change but a reactivation while the demande is radiated ({@code action}: "modifiée"...). */
    public void exigerActive(String action) {
        if (!estActive()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("statut", statut.name());
            if (dateRadiation != null) {
                details.put("dateRadiation", dateRadiation.toString());
            }
            throw new RefusTransition(CodeMotif.DEMANDE_NON_ACTIVE, CodeMotif.DEMANDE_NON_ACTIVE.message(
                    Map.of("numero", numeroUnique, "action", action)), details);
        }
    }

    /**
     * A guichet changes the content of the active demande (its numéro and date de dépôt stay). The content is
     * already validated, with the demande's date de dépôt.
     *
     * @return the event, or null when no rubric changes (nothing to write)
     */
    public @Nullable DemandeModifiee modifier(Acteur acteur, Instant maintenant, ContenuValide nouveau) {
        exigerActive("modifiée");
        exigerDateDepot(nouveau);
        List<String> rubriques = rubriquesChangees(this.contenu, nouveau.document());
        if (rubriques.isEmpty()) {
            return null;
        }
        return new DemandeModifiee(numeroUnique, territoire, acteur.guichetRequis(), acteur, maintenant, version,
                nouveau, rubriques);
    }

    /**
     * A guichet renews the active demande with its updated content (R441-2-7 CCH): accepted from three months
     * before the end of validity while the demande is active (the nightly pass radiates it one month after that
     * end); valid one year from the renewal.
     */
    public DemandeRenouvelee renouveler(Acteur acteur, Instant maintenant, LocalDate aujourdhui,
            ContenuValide nouveau) {
        exigerRenouvelable(aujourdhui);
        exigerDateDepot(nouveau);
        return new DemandeRenouvelee(numeroUnique, territoire, acteur.guichetRequis(), acteur, maintenant, version,
                aujourdhui, aujourdhui.plus(VALIDITE), nouveau, rubriquesChangees(this.contenu, nouveau.document()));
    }

    /** Refuses a renewal of a radiated demande, or before its window opens (R441-2-7 CCH). */
    public void exigerRenouvelable(LocalDate aujourdhui) {
        exigerActive("renouvelée");
        if (aujourdhui.isBefore(renouvelablePartirDu())) {
            Map<String, Object> details = Map.of("renouvelablePartirDu", renouvelablePartirDu().toString(),
                    "dateFinValidite", dateFinValidite.toString());
            Map<String, Object> valeurs = new LinkedHashMap<>(details);
            valeurs.put("numero", numeroUnique);
            throw new RefusTransition(CodeMotif.RENOUVELLEMENT_HORS_FENETRE,
                    CodeMotif.RENOUVELLEMENT_HORS_FENETRE.message(valeurs), details);
        }
    }

    /**
     * A guichet records the warning it sent before a radiation for no answer (c) or irrecevabilité (d).
     */
    public AvertissementEnvoye avertir(Acteur acteur, Instant maintenant, LocalDate aujourdhui,
            MotifRadiation motif, @Nullable String sousMotif, LocalDate dateEnvoi, String canal,
            boolean radiationDemandee) {
        exigerActive("avertie");
        if (motif != MotifRadiation.ABSENCE_REPONSE && motif != MotifRadiation.IRRECEVABILITE) {
            throw new IllegalArgumentException("un avertissement précède une radiation c ou d, pas " + motif);
        }
        if (motif == MotifRadiation.IRRECEVABILITE) {
            exigerBailleur(acteur, motif);
        }
        if (dateEnvoi.isAfter(aujourdhui)) {
            throw new IllegalArgumentException("date d'envoi future : " + dateEnvoi);
        }
        return new AvertissementEnvoye(numeroUnique, territoire, acteur.guichetRequis(), acteur, maintenant, version, new Avertissement(motif, sousMotif, dateEnvoi, canal, acteur.guichetRequis(),
                        motif == MotifRadiation.ABSENCE_REPONSE && radiationDemandee));
    }

    /**
     * A guichet radiates the active demande (R441-2-8 CCH). Motive e is the nightly pass's only; f (a merge) the
     * gestionnaire territorial's or the national administrator's ({@link #fusionnerDans}); a and d a bailleur's
     * only; c and d need a warning of the same motive sent by this guichet at least one month before (L441-2-1
     * CCH); b is immediate.
     *
     * @param avertissements the warnings recorded for this demande
     */
    public DemandeRadiee radier(Acteur acteur, Instant maintenant, LocalDate aujourdhui, MotifRadiation motif,
            @Nullable String sousMotif, Map<String, Object> donnees, List<Avertissement> avertissements) {
        exigerActive("radiée");
        switch (motif) {
            case NON_RENOUVELLEMENT -> throw new RefusTransition(CodeMotif.RADIATION_RESERVEE_AU_TRAITEMENT,
                    CodeMotif.RADIATION_RESERVEE_AU_TRAITEMENT.message());
            case ATTRIBUTION -> exigerBailleur(acteur, motif);
            case ABSENCE_REPONSE -> exigerAvertissement(acteur, motif, aujourdhui, avertissements);
            case IRRECEVABILITE -> {
                exigerBailleur(acteur, motif);
                exigerAvertissement(acteur, motif, aujourdhui, avertissements);
            }
            case FUSION -> throw new RefusTransition(CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE,
                    CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE.message());
            case RENONCIATION -> {
                // immediate
            }
        }
        return new DemandeRadiee(numeroUnique, territoire, acteur.guichetRequis(), acteur, maintenant, version, motif, motif == MotifRadiation.IRRECEVABILITE ? sousMotif : null, aujourdhui, donnees);
    }

    /**
     * This demande and {@code conservee} are one person's (a near-duplicate the actor confirmed): this one is
     * radiated for motive f of R441-2-8 CCH naming the kept numéro, and the kept one, which stays active, takes
     * the earlier of the two dates de dépôt, so that the person keeps the ancienneté of his first deposit. The
     * kept demande's numéro, validity and content stay as they are. {@link PolitiqueFusion} decides; who may act
     * (a gestionnaire territorial within his territory, the national administrator) and which demandes he may
     * see is the use case's question.
     *
     * @param confirmee the actor confirmed that the two demandes are one person's
     */
    public DemandesFusionnees fusionnerDans(Demande conservee, Acteur acteur, Instant maintenant,
            LocalDate aujourdhui, boolean confirmee) {
        if (PolitiqueFusion.evaluer(this, conservee, confirmee) instanceof Decision.Refus refus) {
            throw new RefusTransition(refus.code(), refus.message(), refus.details());
        }
        PolitiqueFusion.Rapprochement rapprochement = PolitiqueFusion.rapprocher(contenu, conservee.contenu())
                .orElseThrow();
        DemandeRadiee radiation = new DemandeRadiee(numeroUnique, territoire, acteur.guichet(), acteur, maintenant,
                version, MotifRadiation.FUSION, null, aujourdhui, Map.of("numeroUniqueConserve",
                        conservee.numeroUnique().valeur(), "critere", rapprochement.critere().name()));
        LocalDate dateDepotRetenue = dateDepot.isBefore(conservee.dateDepot()) ? dateDepot : conservee.dateDepot();
        return new DemandesFusionnees(radiation, conservee.numeroUnique(), conservee.territoire(),
                conservee.version(), conservee.dateDepot(), dateDepotRetenue, rapprochement);
    }

    /**
     * A guichet reactivates the radiated demande, keeping its numéro and ancienneté: after a radiation for
     * non-renewal (e) until six months after its end of validity (t+18), which renews it for one year; after a
     * radiation for no answer (c) during five months after the radiation, by the guichet that radiated it.
     * Other motives are final.
     */
    public DemandeReactivee reactiver(Acteur acteur, Instant maintenant, LocalDate aujourdhui) {
        if (estActive()) {
            throw new RefusTransition(CodeMotif.DEMANDE_ACTIVE,
                    CodeMotif.DEMANDE_ACTIVE.message(Map.of("numero", numeroUnique)));
        }
        MotifRadiation motif = Objects.requireNonNull(motifRadiation);
        LocalDate radiation = Objects.requireNonNull(dateRadiation);
        return switch (motif) {
            case NON_RENOUVELLEMENT -> {
                LocalDate limite = dateFinValidite.plus(REACTIVATION_APRES_FIN_VALIDITE);
                exigerAvant(aujourdhui, limite);
                yield new DemandeReactivee(numeroUnique, territoire, acteur.guichetRequis(), acteur, maintenant,
                        version, motif, aujourdhui, aujourdhui.plus(VALIDITE));
            }
            case ABSENCE_REPONSE -> {
                if (!acteur.guichetRequis().equals(radieePar)) {
                    throw new RefusTransition(CodeMotif.REACTIVATION_RESERVEE_AU_GUICHET_RADIANT,
                            CodeMotif.REACTIVATION_RESERVEE_AU_GUICHET_RADIANT.message(Map.of("numero", numeroUnique,
                                    "radieePar", String.valueOf(radieePar))),
                            radieePar == null ? Map.of() : Map.of("radieePar", radieePar));
                }
                exigerAvant(aujourdhui, radiation.plus(REACTIVATION_APRES_ABSENCE_REPONSE));
                yield new DemandeReactivee(numeroUnique, territoire, acteur.guichetRequis(), acteur, maintenant,
                        version, motif, null, dateFinValidite);
            }
            default -> throw new RefusTransition(CodeMotif.REACTIVATION_IMPOSSIBLE,
                    CodeMotif.REACTIVATION_IMPOSSIBLE.message(Map.of("motif", motif.code(), "libelle", libelle(motif))),
                    Map.of("motifRadiation", motif.code()));
        };
    }

    /**
     * A co-demandeur leaves the household: a new demande of his own, keeping the original date de dépôt, and the
     * original without him.
     *
     * @param rang          his rank among the co-demandeurs, from 1
     * @param sonContenu    the content of his new demande (checked; he is its demandeur)
     * @param sansLui       the original's content without him (checked)
     */
    public CoDemandeurSepare separer(Acteur acteur, Instant maintenant, int rang, ContenuValide sonContenu,
            ContenuValide sansLui) {
        exigerActive("séparée");
        if (rang < 1 || rang > contenu.coDemandeurs().size()) {
            throw new RefusTransition(CodeMotif.CO_DEMANDEUR_INTROUVABLE, CodeMotif.CO_DEMANDEUR_INTROUVABLE.message(
                    Map.of("numero", numeroUnique, "nombre", contenu.coDemandeurs().size())));
        }
        exigerDateDepot(sansLui);
        exigerDateDepot(sonContenu);
        DemandeModifiee modification = new DemandeModifiee(numeroUnique, territoire, acteur.guichetRequis(), acteur,
                maintenant, version, sansLui, rubriquesChangees(contenu, sansLui.document()));
        DemandeEnregistree nouvelle = new DemandeEnregistree(territoire, acteur.guichetRequis(), acteur, maintenant,
                dateDepot, dateFinValidite, sonContenu);
        return new CoDemandeurSepare(rang, modification, nouvelle);
    }

    /** The content validation gave the content this demande's date de dépôt, which never changes. */
    private void exigerDateDepot(ContenuValide nouveau) {
        if (!nouveau.dateDepot().equals(dateDepot)) {
            throw new IllegalArgumentException("date de dépôt " + nouveau.dateDepot() + " au lieu de " + dateDepot);
        }
    }

    private static void exigerBailleur(Acteur acteur, MotifRadiation motif) {
        if (!TYPE_GUICHET_BAILLEUR.equals(acteur.typeGuichet())) {
            throw new RefusTransition(CodeMotif.RADIATION_RESERVEE_AU_BAILLEUR,
                    CodeMotif.RADIATION_RESERVEE_AU_BAILLEUR.message(Map.of("motif", motif.code(), "libelle",
                            libelle(motif))),
                    Map.of("motif", motif.code()));
        }
    }

    private static void exigerAvertissement(Acteur acteur, MotifRadiation motif, LocalDate aujourdhui,
            List<Avertissement> avertissements) {
        LocalDate possibleLe = null;
        for (Avertissement a : avertissements) {
            if (a.motif() == motif && a.guichet().equals(acteur.guichetRequis())) {
                if (!aujourdhui.isBefore(a.radiationPossibleLe())) {
                    return;
                }
                possibleLe = possibleLe == null || a.radiationPossibleLe().isBefore(possibleLe)
                        ? a.radiationPossibleLe() : possibleLe;
            }
        }
        if (possibleLe == null) {
            throw new RefusTransition(CodeMotif.AVERTISSEMENT_REQUIS, CodeMotif.AVERTISSEMENT_REQUIS.message(
                    Map.of("motif", motif.code(), "libelle", libelle(motif))),
                    Map.of("motif", motif.code()));
        }
        throw new RefusTransition(CodeMotif.DELAI_AVERTISSEMENT_NON_ECOULE,
                CodeMotif.DELAI_AVERTISSEMENT_NON_ECOULE.message(Map.of("radiationPossibleLe", possibleLe)), Map.of("radiationPossibleLe", possibleLe.toString()));
    }

    private void exigerAvant(LocalDate aujourdhui, LocalDate limite) {
        if (aujourdhui.isAfter(limite)) {
            throw new RefusTransition(CodeMotif.REACTIVATION_HORS_DELAI, CodeMotif.REACTIVATION_HORS_DELAI.message(
                    Map.of("numero", numeroUnique, "reactivableJusquAu", limite)),
                    Map.of("reactivableJusquAu", limite.toString()));
        }
    }

    /** The rubrics (top-level fields of the content, the date de dépôt apart) whose value differs. */
    static List<String> rubriquesChangees(ContenuDemande avant, ContenuDemande apres) {
        List<String> rubriques = new ArrayList<>();
        for (RecordComponent rubrique : ContenuDemande.class.getRecordComponents()) {
            if (rubrique.getName().equals("dateDepot")) {
                continue;
            }
            try {
                if (!Objects.equals(rubrique.getAccessor().invoke(avant), rubrique.getAccessor().invoke(apres))) {
                    rubriques.add(rubrique.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return rubriques;
    }

    private static String libelle(MotifRadiation motif) {
        return LIBELLES.get(motif);
    }

    private static final Map<MotifRadiation, String> LIBELLES = new LinkedHashMap<>(Map.of(
            MotifRadiation.ATTRIBUTION, "attribution suivie de la signature d'un bail",
            MotifRadiation.RENONCIATION, "renonciation du demandeur",
            MotifRadiation.ABSENCE_REPONSE, "absence de réponse",
            MotifRadiation.IRRECEVABILITE, "irrecevabilité",
            MotifRadiation.NON_RENOUVELLEMENT, "non-renouvellement",
            MotifRadiation.FUSION, "fusion de demandes"));
}
