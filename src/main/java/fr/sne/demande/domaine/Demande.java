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
import fr.sne.commun.Issue;
import fr.sne.commun.Refus;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;

/**
 * A registered demande: its numéro unique, its territory, its dates and its content.
 * <p>
 * The demande decides its own transitions: each one is a method that checks what it may, and returns its
 * {@link Issue}: accepted with a typed {@link EvenementDemande} saying what changed, or refused with a
 * {@link Refus} (a catalogue code), never thrown. The same rules say which actions an actor may take now
 * ({@link #actionsPermises}). Nothing is written here: the module's one door
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

    // --- the rules: one source for the transitions and for the actions an actor may take now ---------------

    /**
     * Which lifecycle actions this actor may take now, each allowed or with the refusal its transition would give:
     * modification, renewal, warning (motives c and d), radiation (each motive of R441-2-8 CCH), reactivation,
     * separation, merge. Computed by the very rules the transitions apply ({@link #refus}), so that an action
     * listed as allowed is accepted by its transition given valid input, and a refused one is refused with the
     * same code. What only the input can decide (the content sent, the co-demandeur named, the kept demande of a
     * merge) is left to the transition.
     *
     * @param avertissements the warnings recorded for this demande (a radiation c or d needs one)
     */
    public List<ActionPermise> actionsPermises(Acteur acteur, LocalDate aujourdhui,
            List<Avertissement> avertissements) {
        List<ActionPermise> actions = new ArrayList<>();
        for (ActionDemande action : ActionDemande.values()) {
            for (MotifRadiation motif : motifsDe(action)) {
                actions.add(new ActionPermise(action, motif, refus(action, motif, acteur, aujourdhui,
                        avertissements)));
            }
        }
        return actions;
    }

    /** The motives an action is listed with: the warned ones, every radiation motive, or none ({@code null}). */
    private static List<@Nullable MotifRadiation> motifsDe(ActionDemande action) {
        return switch (action) {
            case AVERTIR -> List.of(MotifRadiation.ABSENCE_REPONSE, MotifRadiation.IRRECEVABILITE);
            case RADIER -> List.of(MotifRadiation.values());
            default -> java.util.Collections.singletonList(null);
        };
    }

    /**
     * The refusal this actor would be given for this action now, or null when the demande allows it: the rules of
     * each transition, in the order the transition applies them.
     *
     * @param motif          the motive of a warning (c or d) or a radiation; ignored for the other actions
     * @param avertissements the warnings recorded for this demande (read for a radiation c or d only)
     */
    public @Nullable Refus refus(ActionDemande action, @Nullable MotifRadiation motif, Acteur acteur,
            LocalDate aujourdhui, List<Avertissement> avertissements) {
        if (action == ActionDemande.FUSIONNER) {
            if (acteur.type() != TypeActeur.GESTIONNAIRE_TERRITORIAL
                    && acteur.type() != TypeActeur.ADMINISTRATEUR_NATIONAL) {
                return Refus.de(CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE);
            }
            return PolitiqueFusion.refusFusionnee(this);
        }
        if (!acteur.agitPourUnGuichet()) {
            return Refus.de(CodeMotif.GUICHET_REQUIS);
        }
        if (acteur.type() == TypeActeur.DEMANDEUR && refusDemandeur(action, motif) instanceof Refus refus) {
            return refus;
        }
        if (refusNonRattachee(acteur) instanceof Refus refus) {
            return refus;
        }
        return switch (action) {
            case MODIFIER -> refusModification(acteur);
            case RENOUVELER -> premier(refusNonActive("renouvelée"), () -> refusHorsFenetre(aujourdhui));
            case AVERTIR -> premier(refusNonActive("avertie"), () -> {
                MotifRadiation averti = Objects.requireNonNull(motif, "motif");
                if (averti != MotifRadiation.ABSENCE_REPONSE && averti != MotifRadiation.IRRECEVABILITE) {
                    throw new IllegalArgumentException("un avertissement précède une radiation c ou d, pas " + motif);
                }
                return averti == MotifRadiation.IRRECEVABILITE ? refusSaufBailleur(acteur, averti) : null;
            });
            case RADIER -> premier(refusNonActive("radiée"), () -> refusRadiation(acteur,
                    Objects.requireNonNull(motif, "motif"), aujourdhui, avertissements));
            case REACTIVER -> refusReactivation(acteur, aujourdhui);
            case SEPARER -> refusSeparation(acteur);
            case FUSIONNER -> throw new IllegalStateException("traité plus haut");
        };
    }

    /**
     * What the applicant does himself, on the portal, for his portal's guichet (ADR 0028): he changes his demande
     * (contact details and situation), renews it in the window and renounces it (motive b of R441-2-8 CCH); the
     * other acts (warnings, the other motives, reactivation, separation) stay the guichets'. He acts on the demandes
     * attached to his account only ({@code DEMANDE_NON_RATTACHEE}; the visibility's rule already hides the others).
     */
    private static @Nullable Refus refusDemandeur(ActionDemande action, @Nullable MotifRadiation motif) {
        boolean permise = switch (action) {
            case MODIFIER, RENOUVELER -> true;
            case RADIER -> motif == MotifRadiation.RENONCIATION;
            case AVERTIR, REACTIVER, SEPARER, FUSIONNER -> false;
        };
        if (permise) {
            return null;
        }
        String libelle = action == ActionDemande.RADIER && motif != null ? "radiation pour " + libelle(motif)
                : action.name().toLowerCase(java.util.Locale.ROOT);
        return Refus.de(CodeMotif.ACTE_RESERVE_AUX_GUICHETS, Map.of("action", libelle))
                .avecDetails(Map.of("action", action.name()));
    }

    /** The applicant acts on the demandes attached to his account only. */
    private @Nullable Refus refusNonRattachee(Acteur acteur) {
        if (acteur.type() != TypeActeur.DEMANDEUR || acteur.demandesRattachees().contains(numeroUnique.valeur())) {
            return null;
        }
        return Refus.de(CodeMotif.DEMANDE_NON_RATTACHEE, Map.of("numero", numeroUnique));
    }

    /**
     * The applicant does not change the civil status of the demande's adults (birth name, first names, birth date,
     * NIR): a guichet corrects it on an identity document. Each adult already on the demande keeps his, at his
     * rank; an adult may be added (a new co-demandeur), none removed (a separation is a guichet's act).
     */
    private @Nullable Refus refusEtatCivil(Acteur acteur, ContenuDemande nouveau) {
        if (acteur.type() != TypeActeur.DEMANDEUR) {
            return null;
        }
        List<List<@Nullable Object>> avant = etatsCivils(contenu);
        List<List<@Nullable Object>> apres = etatsCivils(nouveau);
        if (apres.size() >= avant.size() && apres.subList(0, avant.size()).equals(avant)) {
            return null;
        }
        return Refus.de(CodeMotif.ETAT_CIVIL_RESERVE_AUX_GUICHETS, Map.of("numero", numeroUnique));
    }

    private static List<List<@Nullable Object>> etatsCivils(ContenuDemande c) {
        List<List<@Nullable Object>> etats = new ArrayList<>();
        List<ContenuDemande.@Nullable Personne> adultes = new ArrayList<>();
        adultes.add(c.demandeur());
        adultes.addAll(c.coDemandeurs());
        for (ContenuDemande.Personne p : adultes) {
            etats.add(p == null ? java.util.Collections.singletonList(null) : java.util.Arrays.asList(
                    p.nomNaissance(), p.prenoms(), p.dateNaissance(), p.nir()));
        }
        return etats;
    }

    /** A modification: by a guichet, of an active demande (no date rule). */
    private @Nullable Refus refusModification(Acteur acteur) {
        return acteur.agitPourUnGuichet() ? refusNonActive("modifiée") : Refus.de(CodeMotif.GUICHET_REQUIS);
    }

    /** A separation: by a guichet, of an active demande that has a co-demandeur (no date rule). */
    private @Nullable Refus refusSeparation(Acteur acteur) {
        if (!acteur.agitPourUnGuichet()) {
            return Refus.de(CodeMotif.GUICHET_REQUIS);
        }
        return premier(refusNonActive("séparée"), () -> contenu.coDemandeurs().isEmpty()
                ? refusCoDemandeurIntrouvable() : null);
    }

    /** The first refusal of a chain of rules: the first one, or the next ones if it allows. */
    private static @Nullable Refus premier(@Nullable Refus premiere, java.util.function.Supplier<@Nullable Refus> suite) {
        return premiere != null ? premiere : suite.get();
    }

    /** Any change but a reactivation is refused while the demande is radiated ({@code action}: "modifiée"...). */
    private @Nullable Refus refusNonActive(String action) {
        if (estActive()) {
            return null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("statut", statut.name());
        if (dateRadiation != null) {
            details.put("dateRadiation", dateRadiation);
        }
        return Refus.de(CodeMotif.DEMANDE_NON_ACTIVE, Map.of("numero", numeroUnique, "action", action))
                .avecDetails(details);
    }

    private @Nullable Refus refusHorsFenetre(LocalDate aujourdhui) {
        if (!aujourdhui.isBefore(renouvelablePartirDu())) {
            return null;
        }
        return Refus.de(CodeMotif.RENOUVELLEMENT_HORS_FENETRE, Map.of("numero", numeroUnique,
                "renouvelablePartirDu", renouvelablePartirDu(), "dateFinValidite", dateFinValidite))
                .avecDetails(Map.of("renouvelablePartirDu", renouvelablePartirDu(), "dateFinValidite",
                        dateFinValidite));
    }

    private static @Nullable Refus refusRadiation(Acteur acteur, MotifRadiation motif, LocalDate aujourdhui,
            List<Avertissement> avertissements) {
        return switch (motif) {
            case NON_RENOUVELLEMENT -> Refus.de(CodeMotif.RADIATION_RESERVEE_AU_TRAITEMENT);
            case ATTRIBUTION -> refusSaufBailleur(acteur, motif);
            case ABSENCE_REPONSE -> refusSansAvertissement(acteur, motif, aujourdhui, avertissements);
            case IRRECEVABILITE -> premier(refusSaufBailleur(acteur, motif),
                    () -> refusSansAvertissement(acteur, motif, aujourdhui, avertissements));
            case FUSION -> Refus.de(CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE);
            case RENONCIATION -> null; // immediate
        };
    }

    private @Nullable Refus refusReactivation(Acteur acteur, LocalDate aujourdhui) {
        if (estActive()) {
            return Refus.de(CodeMotif.DEMANDE_ACTIVE, Map.of("numero", numeroUnique));
        }
        MotifRadiation motif = Objects.requireNonNull(motifRadiation);
        LocalDate radiation = Objects.requireNonNull(dateRadiation);
        return switch (motif) {
            case NON_RENOUVELLEMENT -> refusApres(aujourdhui, dateFinValidite.plus(REACTIVATION_APRES_FIN_VALIDITE));
            case ABSENCE_REPONSE -> {
                if (!acteur.guichetRequis().equals(radieePar)) {
                    yield Refus.de(CodeMotif.REACTIVATION_RESERVEE_AU_GUICHET_RADIANT, Map.of("numero",
                            numeroUnique, "radieePar", String.valueOf(radieePar)))
                            .avecDetails(radieePar == null ? Map.of() : Map.of("radieePar", radieePar));
                }
                yield refusApres(aujourdhui, radiation.plus(REACTIVATION_APRES_ABSENCE_REPONSE));
            }
            default -> Refus.de(CodeMotif.REACTIVATION_IMPOSSIBLE, Map.of("motif", motif.code(), "libelle",
                    libelle(motif))).avecDetails(Map.of("motifRadiation", motif.code()));
        };
    }

    private Refus refusCoDemandeurIntrouvable() {
        return Refus.de(CodeMotif.CO_DEMANDEUR_INTROUVABLE, Map.of("numero", numeroUnique, "nombre",
                contenu.coDemandeurs().size()));
    }

    private static @Nullable Refus refusSaufBailleur(Acteur acteur, MotifRadiation motif) {
        if (TYPE_GUICHET_BAILLEUR.equals(acteur.typeGuichet())) {
            return null;
        }
        return Refus.de(CodeMotif.RADIATION_RESERVEE_AU_BAILLEUR, Map.of("motif", motif.code(), "libelle",
                libelle(motif))).avecDetails(Map.of("motif", motif.code()));
    }

    private static @Nullable Refus refusSansAvertissement(Acteur acteur, MotifRadiation motif, LocalDate aujourdhui,
            List<Avertissement> avertissements) {
        LocalDate possibleLe = null;
        for (Avertissement a : avertissements) {
            if (a.motif() == motif && a.guichet().equals(acteur.guichetRequis())) {
                if (!aujourdhui.isBefore(a.radiationPossibleLe())) {
                    return null;
                }
                possibleLe = possibleLe == null || a.radiationPossibleLe().isBefore(possibleLe)
                        ? a.radiationPossibleLe() : possibleLe;
            }
        }
        if (possibleLe == null) {
            return Refus.de(CodeMotif.AVERTISSEMENT_REQUIS, Map.of("motif", motif.code(), "libelle",
                    libelle(motif))).avecDetails(Map.of("motif", motif.code()));
        }
        return Refus.de(CodeMotif.DELAI_AVERTISSEMENT_NON_ECOULE, Map.of("radiationPossibleLe", possibleLe))
                .avecDetails(Map.of("radiationPossibleLe", possibleLe));
    }

    private @Nullable Refus refusApres(LocalDate aujourdhui, LocalDate limite) {
        if (!aujourdhui.isAfter(limite)) {
            return null;
        }
        return Refus.de(CodeMotif.REACTIVATION_HORS_DELAI, Map.of("numero", numeroUnique, "reactivableJusquAu",
                limite)).avecDetails(Map.of("reactivableJusquAu", limite));
    }

    // --- the transitions ------------------------------------------------------------------------------------

    /**
     * A guichet, or the applicant on the portal (not the civil status of the adults:
     * {@code ETAT_CIVIL_RESERVE_AUX_GUICHETS}), changes the content of the active demande (its numéro and date de
     * dépôt stay). The content is
     * already validated, with the demande's date de dépôt.
     *
     * @return the event, whose rubrics are empty when nothing changes (nothing to write)
     */
    public Issue<DemandeModifiee> modifier(Acteur acteur, Instant maintenant, ContenuValide nouveau) {
        Refus refus = refusModification(acteur);
        if (refus == null && acteur.type() == TypeActeur.DEMANDEUR) {
            refus = premier(refusDemandeur(ActionDemande.MODIFIER, null), () -> premier(refusNonRattachee(acteur),
                    () -> refusEtatCivil(acteur, nouveau.document())));
        }
        if (refus != null) {
            return Issue.refusee(refus);
        }
        exigerDateDepot(nouveau);
        return Issue.acceptee(new DemandeModifiee(numeroUnique, territoire, acteur.guichetRequis(), acteur,
                maintenant, version, nouveau, rubriquesChangees(this.contenu, nouveau.document())));
    }

    /**
     * A guichet or the applicant (his civil status unchanged) renews the active demande with its updated content
     * (R441-2-7 CCH): accepted from three months
     * before the end of validity while the demande is active (the nightly pass radiates it one month after that
     * end); valid one year from the renewal.
     */
    public Issue<DemandeRenouvelee> renouveler(Acteur acteur, Instant maintenant, LocalDate aujourdhui,
            ContenuValide nouveau) {
        Refus refus = premier(refus(ActionDemande.RENOUVELER, null, acteur, aujourdhui, List.of()),
                () -> refusEtatCivil(acteur, nouveau.document()));
        if (refus != null) {
            return Issue.refusee(refus);
        }
        exigerDateDepot(nouveau);
        return Issue.acceptee(new DemandeRenouvelee(numeroUnique, territoire, acteur.guichetRequis(), acteur,
                maintenant, version, aujourdhui, aujourdhui.plus(VALIDITE), nouveau,
                rubriquesChangees(this.contenu, nouveau.document())));
    }

    /**
     * A guichet records the warning it sent before a radiation for no answer (c) or irrecevabilité (d).
     */
    public Issue<AvertissementEnvoye> avertir(Acteur acteur, Instant maintenant, LocalDate aujourdhui,
            MotifRadiation motif, @Nullable SousMotifIrrecevabilite sousMotif, LocalDate dateEnvoi,
            CanalAvertissement canal, boolean radiationDemandee) {
        Refus refus = refus(ActionDemande.AVERTIR, motif, acteur, aujourdhui, List.of());
        if (refus != null) {
            return Issue.refusee(refus);
        }
        if (dateEnvoi.isAfter(aujourdhui)) {
            throw new IllegalArgumentException("date d'envoi future : " + dateEnvoi);
        }
        return Issue.acceptee(new AvertissementEnvoye(numeroUnique, territoire, acteur.guichetRequis(), acteur,
                maintenant, version, new Avertissement(motif,
                        motif == MotifRadiation.IRRECEVABILITE && sousMotif != null ? sousMotif.name() : null,
                        dateEnvoi, canal.name(), acteur.guichetRequis(),
                        motif == MotifRadiation.ABSENCE_REPONSE && radiationDemandee)));
    }

    /**
     * A guichet radiates the active demande (R441-2-8 CCH). Motive e is the nightly pass's only; f (a merge) the
     * gestionnaire territorial's or the national administrator's ({@link #fusionnerDans}); a and d a bailleur's
     * only; c and d need a warning of the same motive sent by this guichet at least one month before (L441-2-1
     * CCH); b is immediate.
     *
     * @param sousMotif      motive d: why the demande is irrecevable (ignored for the other motives)
     * @param donnees        what the motive carries ({@link DonneesRadiation#convientA})
     * @param avertissements the warnings recorded for this demande
     */
    public Issue<DemandeRadiee> radier(Acteur acteur, Instant maintenant, LocalDate aujourdhui,
            MotifRadiation motif, @Nullable SousMotifIrrecevabilite sousMotif, DonneesRadiation donnees,
            List<Avertissement> avertissements) {
        Refus refus = refus(ActionDemande.RADIER, motif, acteur, aujourdhui, avertissements);
        if (refus != null) {
            return Issue.refusee(refus);
        }
        return Issue.acceptee(new DemandeRadiee(numeroUnique, territoire, acteur.guichetRequis(), acteur,
                maintenant, version, motif, motif == MotifRadiation.IRRECEVABILITE ? sousMotif : null, aujourdhui,
                donnees));
    }

    /**
     * This demande and {@code conservee} are one person's (a near-duplicate the actor confirmed): this one is
     * radiated for motive f of R441-2-8 CCH naming the kept numéro, and the kept one, which stays active, takes
     * the earlier of the two dates de dépôt, so that the person keeps the ancienneté of his first deposit. The
     * kept demande's numéro, validity and content stay as they are. Only a gestionnaire territorial or the
     * national administrator merges ({@code FUSION_RESERVEE_AU_GESTIONNAIRE}); {@link PolitiqueFusion} decides
     * the rest. Which demandes he may see is the use case's question.
     *
     * @param confirmee the actor confirmed that the two demandes are one person's
     */
    public Issue<DemandesFusionnees> fusionnerDans(Demande conservee, Acteur acteur, Instant maintenant,
            LocalDate aujourdhui, boolean confirmee) {
        Refus refus = refus(ActionDemande.FUSIONNER, null, acteur, aujourdhui, List.of());
        if (refus == null && PolitiqueFusion.evaluer(this, conservee, confirmee) instanceof Refus politique) {
            refus = politique;
        }
        if (refus != null) {
            return Issue.refusee(refus);
        }
        PolitiqueFusion.Rapprochement rapprochement = PolitiqueFusion.rapprocher(contenu, conservee.contenu())
                .orElseThrow();
        DemandeRadiee radiation = new DemandeRadiee(numeroUnique, territoire, acteur.guichet(), acteur, maintenant,
                version, MotifRadiation.FUSION, null, aujourdhui,
                new DonneesRadiation.Fusion(conservee.numeroUnique(), rapprochement.critere()));
        LocalDate dateDepotRetenue = dateDepot.isBefore(conservee.dateDepot()) ? dateDepot : conservee.dateDepot();
        return Issue.acceptee(new DemandesFusionnees(radiation, conservee.numeroUnique(), conservee.territoire(),
                conservee.version(), conservee.dateDepot(), dateDepotRetenue, rapprochement));
    }

    /**
     * A guichet reactivates the radiated demande, keeping its numéro and ancienneté: after a radiation for
     * non-renewal (e) until six months after its end of validity (t+18), which renews it for one year; after a
     * radiation for no answer (c) during five months after the radiation, by the guichet that radiated it.
     * Other motives are final.
     */
    public Issue<DemandeReactivee> reactiver(Acteur acteur, Instant maintenant, LocalDate aujourdhui) {
        Refus refus = refus(ActionDemande.REACTIVER, null, acteur, aujourdhui, List.of());
        if (refus != null) {
            return Issue.refusee(refus);
        }
        MotifRadiation motif = Objects.requireNonNull(motifRadiation);
        boolean renouvelle = motif == MotifRadiation.NON_RENOUVELLEMENT;
        return Issue.acceptee(new DemandeReactivee(numeroUnique, territoire, acteur.guichetRequis(), acteur,
                maintenant, version, motif, renouvelle ? aujourdhui : null,
                renouvelle ? aujourdhui.plus(VALIDITE) : dateFinValidite));
    }

    /**
     * A co-demandeur leaves the household: a new demande of his own, keeping the original date de dépôt, and the
     * original without him.
     *
     * @param rang          his rank among the co-demandeurs, from 1
     * @param sonContenu    the content of his new demande (checked; he is its demandeur)
     * @param sansLui       the original's content without him (checked)
     */
    public Issue<CoDemandeurSepare> separer(Acteur acteur, Instant maintenant, int rang, ContenuValide sonContenu,
            ContenuValide sansLui) {
        Refus refus = refusSeparation(acteur);
        if (refus == null && (rang < 1 || rang > contenu.coDemandeurs().size())) {
            refus = refusCoDemandeurIntrouvable();
        }
        if (refus != null) {
            return Issue.refusee(refus);
        }
        exigerDateDepot(sansLui);
        exigerDateDepot(sonContenu);
        DemandeModifiee modification = new DemandeModifiee(numeroUnique, territoire, acteur.guichetRequis(), acteur,
                maintenant, version, sansLui, rubriquesChangees(contenu, sansLui.document()));
        DemandeEnregistree nouvelle = new DemandeEnregistree(territoire, acteur.guichetRequis(), acteur, maintenant,
                dateDepot, dateFinValidite, sonContenu);
        return Issue.acceptee(new CoDemandeurSepare(rang, modification, nouvelle));
    }

    /** The content validation gave the content this demande's date de dépôt, which never changes. */
    private void exigerDateDepot(ContenuValide nouveau) {
        if (!nouveau.dateDepot().equals(dateDepot)) {
            throw new IllegalArgumentException("date de dépôt " + nouveau.dateDepot() + " au lieu de " + dateDepot);
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
