package fr.sne.gestion.domaine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.EvenementsDemande.MouvementDemande;

/**
 * A demande's events are its movements read through the catalogue (ADR 0013): an EVT movement is the event of its
 * code; a lifecycle movement gives the events it implies, derived here and never written twice —
 * <ul>
 * <li>CRE or CRS (creation): {@code CREATION} on the date de dépôt and {@code VALIDATION} on the day of
 * registration (the registry validates a demande when it registers it: there is no separate step);</li>
 * <li>REN (renewal): {@code RENOUVELLEMENT}; RAD: {@code RADIATION} (data: {@code motifRadiation});</li>
 * <li>a reactivation (REN after e, MOD after c): {@code REACTIVATION} (data: {@code motifLeve});</li>
 * <li>the warning's MOD: {@code AVERTISSEMENT} (data: {@code motif});</li>
 * <li>a movement of an erased demande keeps only its type: CRE/CRS and RAD still give their events, the others
 * (whose kind the erasure removed) none.</li>
 * </ul>
 * Other movements (a content's modification, a merge's kept demande, the erasure itself) imply no event.
 */
public final class DerivationEvenements {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private DerivationEvenements() {
    }

    /** The events of these movements, in their order. */
    public static List<EvenementGestion> evenements(List<MouvementDemande> mouvements, CatalogueEvenements catalogue) {
        List<EvenementGestion> evenements = new ArrayList<>();
        for (MouvementDemande m : mouvements) {
            evenements.addAll(evenements(m, catalogue));
        }
        return evenements;
    }

    /** The events one movement is, or implies. */
    public static List<EvenementGestion> evenements(MouvementDemande m, CatalogueEvenements catalogue) {
        List<EvenementGestion> evenements = new ArrayList<>();
        LocalDate jour = LocalDate.ofInstant(m.horodatage(), PARIS);
        switch (m.document()) {
            case DocumentMouvement.Evenement e -> {
                TypeEvenement type = catalogue.type(e.code()).orElse(null);
                // a negative CAL decision (DESCAL02) is named by its nature: refus d'attribution, non-recevabilité
                String libelle = e.donnees().get(DonneeEvenement.NATURE.nom()) instanceof String nature
                        && Arrays.stream(NatureDecisionNegative.values()).anyMatch(n -> n.name().equals(nature))
                        ? NatureDecisionNegative.valueOf(nature).libelle()
                        : type == null ? e.code() : type.libelle();
                evenements.add(new EvenementGestion(m.id(), m.type(), e.code(),
                        libelle, type != null && type.visibleDemandeur(),
                        type == null ? OrigineEvenement.SAISIE : type.origine(), e.dateEvenement(), m.horodatage(),
                        m.guichet(), m.versionDemande(), e.commentaire(), e.donnees()));
            }
            case DocumentMouvement.Creation c -> {
                ajouter(evenements, catalogue, m, CodeEvenement.CREATION, c.dateDepot(), Map.of());
                ajouter(evenements, catalogue, m, CodeEvenement.VALIDATION, jour, Map.of());
            }
            case DocumentMouvement.Renouvellement r ->
                ajouter(evenements, catalogue, m, CodeEvenement.RENOUVELLEMENT, r.dateRenouvellement(), Map.of());
            case DocumentMouvement.Radiation r ->
                ajouter(evenements, catalogue, m, CodeEvenement.RADIATION, r.dateRadiation(),
                        Map.of("motifRadiation", r.motifRadiation()));
            case DocumentMouvement.Reactivation r ->
                ajouter(evenements, catalogue, m, CodeEvenement.REACTIVATION, jour, Map.of("motifLeve", r.reactivation().motifLeve()));
            case DocumentMouvement.AvertissementEnvoye a ->
                ajouter(evenements, catalogue, m, CodeEvenement.AVERTISSEMENT, a.avertissement().dateEnvoi(),
                        Map.of("motif", a.avertissement().motif()));
            case DocumentMouvement.Efface e -> {
                if (e.type().equals("CRE") || e.type().equals("CRS")) {
                    ajouter(evenements, catalogue, m, CodeEvenement.CREATION, jour, Map.of());
                    ajouter(evenements, catalogue, m, CodeEvenement.VALIDATION, jour, Map.of());
                } else if (e.type().equals("RAD")) {
                    ajouter(evenements, catalogue, m, CodeEvenement.RADIATION, jour, Map.of());
                }
            }
            case DocumentMouvement.Modification x -> {
                // a change of the content: no event of the gestion partagée
            }
            case DocumentMouvement.Conservation x -> {
                // the kept demande of a merge: its content's date de dépôt changed, no event
            }
            case DocumentMouvement.Suppression x -> {
                // the erasure one year after radiation: no event
            }
            case DocumentMouvement.Piece x -> {
                // a piece lodged, deleted, reclassified or qualified: shown in the demande's pieces, no event
            }
        }
        return evenements;
    }

    private static void ajouter(List<EvenementGestion> evenements, CatalogueEvenements catalogue,
            MouvementDemande m, CodeEvenement evenement, LocalDate date, Map<String, Object> donnees) {
        String code = evenement.name();
        catalogue.type(code).ifPresent(type -> evenements.add(new EvenementGestion(m.id(), m.type(), code,
                type.libelle(), type.visibleDemandeur(), type.origine(), date, m.horodatage(), m.guichet(),
                m.versionDemande(), null, donnees(donnees))));
    }

    private static Map<String, Object> donnees(Map<String, @Nullable Object> donnees) {
        Map<String, Object> sansNul = new HashMap<>();
        donnees.forEach((cle, valeur) -> {
            if (valeur != null) {
                sansNul.put(cle, valeur);
            }
        });
        return sansNul;
    }
}
