package fr.sne.demande.domaine;

import static fr.sne.demande.domaine.CycleDeVieDemandeTest.contenu;
import static fr.sne.demande.domaine.CycleDeVieDemandeTest.valide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Issue;
import fr.sne.commun.Refus;
import fr.sne.commun.acteur.Acteur;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The actions a demande lists as allowed are exactly those its transitions accept, and a refused one is refused
 * by its transition with the same code: over generated demandes (active or radiated for each motive, at any
 * point of their validity, with or without co-demandeurs), actors (bailleur's and other guichets, gestionnaire,
 * national administrator, nightly pass), warnings and days.
 */
class ActionsPermisesPropertiesTest {

    private static final LocalDate DEPOT = LocalDate.of(2025, 3, 10);
    private static final Instant MAINTENANT = Instant.parse("2026-01-15T10:00:00Z");
    private static final List<Acteur> ACTEURS = List.of(
            Acteur.clientApi("demo-g5901", "G5901", "BAILLEUR", "059"),
            Acteur.agent("agent-g5902", "G5902", "COMMUNE", "059"),
            Acteur.gestionnaireTerritorial("gestionnaire-059", "059"),
            Acteur.administrateurNational("admin-national"),
            Acteur.traitement("traitement-quotidien"));

    /** A demande's state, the actor, the day and the warnings recorded. */
    record Situation(Demande demande, Acteur acteur, LocalDate aujourdhui, List<Avertissement> avertissements) {
    }

    @Property(tries = 400)
    void une_action_est_permise_si_et_seulement_si_sa_transition_l_accepte(
            @ForAll("situations") Situation s) {
        List<ActionPermise> actions = s.demande().actionsPermises(s.acteur(), s.aujourdhui(), s.avertissements());

        for (ActionPermise action : actions) {
            Issue<?> issue = transition(s, action.action(), action.motif());
            assertThat(issue.estAcceptee()).as("%s %s : permise ⇔ acceptée", action.action(), action.motif())
                    .isEqualTo(action.permise());
            if (!action.permise()) {
                Refus refus = issue.refusee().orElseThrow();
                assertThat(refus.code()).as("%s %s", action.action(), action.motif())
                        .isEqualTo(action.refus().code());
                assertThat(refus.message()).isEqualTo(action.refus().message());
            }
        }
    }

    @Test
    void chaque_action_est_dite_et_la_radiation_avec_chaque_motif() {
        Demande demande = demande(StatutDemande.ACTIVE, null, null, null, DEPOT.plusYears(1), 1);
        List<ActionPermise> actions = demande.actionsPermises(ACTEURS.get(1), DEPOT.plusMonths(11), List.of());

        assertThat(actions).extracting(ActionPermise::action).containsAll(EnumSet.allOf(ActionDemande.class));
        assertThat(actions).filteredOn(a -> a.action() == ActionDemande.RADIER).extracting(ActionPermise::motif)
                .containsExactly(MotifRadiation.values());
        // a commune's guichet: b at once, c after a warning, a and d a bailleur's, e the night's, f a merge
        assertThat(actions).filteredOn(a -> a.action() == ActionDemande.RADIER && !a.permise())
                .extracting(a -> a.refus().code()).containsExactly(CodeMotif.RADIATION_RESERVEE_AU_BAILLEUR,
                        CodeMotif.AVERTISSEMENT_REQUIS, CodeMotif.RADIATION_RESERVEE_AU_BAILLEUR,
                        CodeMotif.RADIATION_RESERVEE_AU_TRAITEMENT, CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE);
    }

    /** Runs the transition of this action with valid input, as a use case would after checking it. */
    private static Issue<?> transition(Situation s, ActionDemande action, @Nullable MotifRadiation motif) {
        Demande d = s.demande();
        ContenuValide meme = valide(d.contenu());
        return switch (action) {
            case MODIFIER -> d.modifier(s.acteur(), MAINTENANT, meme);
            case RENOUVELER -> d.renouveler(s.acteur(), MAINTENANT, s.aujourdhui(), meme);
            case AVERTIR -> d.avertir(s.acteur(), MAINTENANT, s.aujourdhui(), motif,
                    motif == MotifRadiation.IRRECEVABILITE ? SousMotifIrrecevabilite.PLAFOND_RESSOURCES : null,
                    s.aujourdhui(), CanalAvertissement.LRAR, false);
            case RADIER -> d.radier(s.acteur(), MAINTENANT, s.aujourdhui(), motif,
                    motif == MotifRadiation.IRRECEVABILITE ? SousMotifIrrecevabilite.PLAFOND_RESSOURCES : null,
                    motif == MotifRadiation.ATTRIBUTION ? CycleDeVieDemandeTest.ATTRIBUTION
                            : DonneesRadiation.AUCUNE, s.avertissements());
            case REACTIVER -> d.reactiver(s.acteur(), MAINTENANT, s.aujourdhui());
            case SEPARER -> d.separer(s.acteur(), MAINTENANT, 1, valide(contenu("Durand")), valide(contenu("Martin")));
            case FUSIONNER -> d.fusionnerDans(procheActive(), s.acteur(), MAINTENANT, s.aujourdhui(), true);
        };
    }

    /** Another active demande of the same person (same identity), the one a merge keeps. */
    private static Demande procheActive() {
        return new Demande(new NumeroUnique("0591125000009G5902"), "059", StatutDemande.ACTIVE,
                LocalDate.of(2025, 11, 2), null, LocalDate.of(2026, 11, 2), "G5902", MAINTENANT, MAINTENANT,
                contenu("Martin"), null, null, null, null, 1);
    }

    private static Demande demande(StatutDemande statut, @Nullable MotifRadiation motif,
            @Nullable LocalDate dateRadiation, @Nullable String radieePar, LocalDate finValidite, int coDemandeurs) {
        ContenuDemande contenu = coDemandeurs == 0 ? contenu("Martin")
                : coDemandeurs == 1 ? contenu("Martin", "Durand") : contenu("Martin", "Durand", "Petit");
        return new Demande(new NumeroUnique("0590325000001G5901"), "059", statut, DEPOT, null, finValidite, "G5901",
                MAINTENANT, MAINTENANT, contenu, motif, null, dateRadiation, radieePar, 3);
    }

    @Provide
    Arbitrary<Situation> situations() {
        Arbitrary<@Nullable MotifRadiation> motif = Arbitraries.of(MotifRadiation.class).injectNull(0.4);
        Arbitrary<Integer> finValidite = Arbitraries.integers().between(200, 900); // days after the deposit
        Arbitrary<Integer> jour = Arbitraries.integers().between(0, 1000); // today, days after the deposit
        Arbitrary<Integer> radiation = Arbitraries.integers().between(-400, 20); // days from today
        Arbitrary<@Nullable String> radieePar = Arbitraries.of("G5901", "G5902").injectNull(0.3);
        Arbitrary<Integer> coDemandeurs = Arbitraries.integers().between(0, 2);
        Arbitrary<Acteur> acteur = Arbitraries.of(ACTEURS);
        Arbitrary<Avertissement> avertissement = Combinators.combine(
                Arbitraries.of(MotifRadiation.ABSENCE_REPONSE, MotifRadiation.IRRECEVABILITE),
                Arbitraries.of("G5901", "G5902"), Arbitraries.integers().between(-80, 0))
                .as((m, guichet, envoi) -> new Avertissement(m, m == MotifRadiation.IRRECEVABILITE
                        ? "PLAFOND_RESSOURCES" : null, LocalDate.EPOCH.plusDays(envoi), "LRAR", guichet, false));
        Arbitrary<List<Avertissement>> avertissements = avertissement.list().ofMaxSize(3);
        return Combinators.combine(motif, finValidite, jour, radiation, radieePar, coDemandeurs, acteur,
                avertissements).as((m, fin, j, r, par, co, a, avs) -> {
                    LocalDate aujourdhui = DEPOT.plusDays(j);
                    Demande d = m == null
                            ? demande(StatutDemande.ACTIVE, null, null, null, DEPOT.plusDays(fin), co)
                            : demande(StatutDemande.RADIEE, m, aujourdhui.plusDays(Math.min(r, 0)), par,
                                    DEPOT.plusDays(fin), co);
                    // the warnings' dates are relative to today (generated as days before it)
                    List<Avertissement> dates = avs.stream().map(av -> new Avertissement(av.motif(),
                            av.sousMotif(), aujourdhui.plusDays(av.dateEnvoi().toEpochDay()), av.canal(),
                            av.guichet(), false)).toList();
                    return new Situation(d, a, aujourdhui, dates);
                });
    }

    /** The generator reaches both answers of every action, so that the property says something of each. */
    @Test
    void les_situations_generees_couvrent_chaque_reponse() {
        Set<String> vues = new java.util.HashSet<>();
        situations().sampleStream().limit(3000).forEach(s -> s.demande()
                .actionsPermises(s.acteur(), s.aujourdhui(), s.avertissements())
                .forEach(a -> vues.add(a.action() + "/" + a.motif() + "/" + a.permise())));
        for (ActionDemande action : ActionDemande.values()) {
            if (action == ActionDemande.RADIER) {
                for (MotifRadiation m : List.of(MotifRadiation.ATTRIBUTION, MotifRadiation.RENONCIATION,
                        MotifRadiation.ABSENCE_REPONSE, MotifRadiation.IRRECEVABILITE)) {
                    assertThat(vues).contains(action + "/" + m + "/true", action + "/" + m + "/false");
                }
            } else if (action != ActionDemande.AVERTIR) {
                assertThat(vues).contains(action + "/null/true", action + "/null/false");
            }
        }
        assertThat(vues).contains("AVERTIR/ABSENCE_REPONSE/true", "AVERTIR/IRRECEVABILITE/false");
    }
}
