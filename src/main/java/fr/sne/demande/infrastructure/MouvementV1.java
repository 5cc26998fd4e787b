package fr.sne.demande.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Avertissement;
import fr.sne.demande.domaine.AvertissementEnvoye;
import fr.sne.demande.domaine.CoDemandeurSepare;
import fr.sne.demande.domaine.DemandeEnregistree;
import fr.sne.demande.domaine.DemandeModifiee;
import fr.sne.demande.domaine.DemandeRadiee;
import fr.sne.demande.domaine.DemandeReactivee;
import fr.sne.demande.domaine.DemandeRenouvelee;
import fr.sne.demande.domaine.DemandesFusionnees;
import fr.sne.demande.domaine.EvenementDemande;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.StatutDemande;
import fr.sne.demande.domaine.TypeMouvement;
import tools.jackson.databind.json.JsonMapper;

/**
 * Version 1 of the movement document (column {@code mouvement.contenu}), mapped field by field from the event,
 * never from a Java record's shape, so that renaming a Java field cannot change what feed readers receive.
 * Every document has {@code version}, {@code type}, {@code numeroUnique}, {@code territoire}, {@code guichet}
 * (null when the actor acts for no guichet), {@code acteur} ({@code {type, identifiant}}: who acted, e.g.
 * {@code CLIENT_API} and the client id, {@code TRAITEMENT} and the pass's name) and {@code horodatage}
 * (ISO 8601, UTC); then, by event:
 * <ul>
 * <li>CRE (registration) and CRS (creation after a separation): {@code statut}, {@code dateDepot},
 * {@code dateFinValidite}, {@code demande} (the content as registered); a CRS adds
 * {@code numeroUniqueOrigine};</li>
 * <li>MOD (modification): {@code rubriquesModifiees}, {@code demande};</li>
 * <li>MOD (warning before radiation c or d): {@code rubriquesModifiees} (empty),
 * {@code avertissement} ({@code motif}, {@code sousMotif}, {@code dateEnvoi}, {@code canal},
 * {@code radiationDemandee});</li>
 * <li>REN (renewal): {@code dateRenouvellement}, {@code dateFinValidite},
 * {@code rubriquesModifiees}, {@code demande};</li>
 * <li>RAD (radiation): {@code statut}, {@code motifRadiation} (letter of R441-2-8),
 * {@code sousMotifRadiation}, {@code dateRadiation}, {@code donneesRadiation} (for a merge, motive f:
 * {@code numeroUniqueConserve} and {@code critere}, why the two demandes were one person's);</li>
 * <li>MOD (the kept demande of a merge): {@code rubriquesModifiees} (empty), {@code dateDepot} (after the merge),
 * {@code fusion} ({@code numeroUniqueFusionne}, {@code dateDepotAvant}, {@code dateDepotReprise}: whether the
 * merged demande's earlier date de dépôt was taken, {@code critere});</li>
 * <li>REN (reactivation after motive e) or MOD (after motive c): {@code statut},
 * {@code reactivation} ({@code motifLeve}), {@code dateRenouvellement} (REN only), {@code dateFinValidite}.</li>
 * </ul>
 * A change that a reader could not ignore gets a version 2 written by a new mapping; additions of fields stay
 * in version 1.
 */
final class MouvementV1 {

    static final int VERSION = 1;

    private MouvementV1() {
    }

    /**
     * The document of a creation (CRE, CRS), without its {@code numeroUnique}: the statement that numbers the
     * demande adds it.
     *
     * @param contenuJson the demande's content, already serialised for its own column (reused, not redone)
     */
    /** The {@code acteur} object of a document. */
    static Map<String, Object> acteur(Acteur acteur) {
        Map<String, Object> objet = new LinkedHashMap<>();
        objet.put("type", acteur.type().name());
        objet.put("identifiant", acteur.identifiant());
        return objet;
    }

    static String creation(DemandeEnregistree e, TypeMouvement type, @Nullable NumeroUnique origine,
            String contenuJson, JsonMapper json) {
        Map<String, Object> document = enveloppe(e, type);
        document.put("statut", StatutDemande.ACTIVE.name());
        document.put("dateDepot", e.dateDepot().toString());
        document.put("dateFinValidite", e.dateFinValidite().toString());
        if (origine != null) {
            document.put("numeroUniqueOrigine", origine.valeur());
        }
        return avecDemande(document, contenuJson, json);
    }

    /** The number of the demande an event changes (not a creation's, which the door assigns). */
    static NumeroUnique numero(EvenementDemande evenement) {
        return switch (evenement) {
            case DemandeModifiee e -> e.numeroUnique();
            case DemandeRenouvelee e -> e.numeroUnique();
            case AvertissementEnvoye e -> e.numeroUnique();
            case DemandeRadiee e -> e.numeroUnique();
            case DemandeReactivee e -> e.numeroUnique();
            case CoDemandeurSepare e -> e.original().numeroUnique();
            case DemandesFusionnees e -> e.radiation().numeroUnique();
            case DemandeEnregistree e -> throw new IllegalArgumentException("une création n'a pas encore de numéro");
        };
    }

    /**
     * The document of a change of an existing demande.
     *
     * @param contenuJson the demande's content after the change, already serialised (ignored by the events
     *                    that do not change it)
     */
    static String document(EvenementDemande evenement, String contenuJson, JsonMapper json) {
        Map<String, Object> document = enveloppe(evenement, evenement.type());
        document.put("numeroUnique", numero(evenement).valeur());
        return switch (evenement) {
            case DemandeModifiee e -> {
                document.put("rubriquesModifiees", e.rubriques());
                yield avecDemande(document, contenuJson, json);
            }
            case DemandeRenouvelee e -> {
                document.put("dateRenouvellement", e.dateRenouvellement().toString());
                document.put("dateFinValidite", e.dateFinValidite().toString());
                document.put("rubriquesModifiees", e.rubriques());
                yield avecDemande(document, contenuJson, json);
            }
            case AvertissementEnvoye e -> {
                Avertissement a = e.avertissement();
                document.put("rubriquesModifiees", java.util.List.of());
                Map<String, Object> avertissement = new LinkedHashMap<>();
                avertissement.put("motif", a.motif().code());
                avertissement.put("sousMotif", a.sousMotif());
                avertissement.put("dateEnvoi", a.dateEnvoi().toString());
                avertissement.put("canal", a.canal());
                avertissement.put("radiationDemandee", a.radiationDemandee());
                document.put("avertissement", avertissement);
                yield json.writeValueAsString(document);
            }
            case DemandeRadiee e -> {
                document.put("statut", StatutDemande.RADIEE.name());
                document.put("motifRadiation", e.motif().code());
                document.put("sousMotifRadiation", e.sousMotif());
                document.put("dateRadiation", e.dateRadiation().toString());
                document.put("donneesRadiation", e.donnees());
                yield json.writeValueAsString(document);
            }
            case DemandeReactivee e -> {
                document.put("statut", StatutDemande.ACTIVE.name());
                document.put("reactivation", Map.of("motifLeve", e.motifLeve().code()));
                if (e.dateRenouvellement() != null) {
                    document.put("dateRenouvellement", e.dateRenouvellement().toString());
                }
                document.put("dateFinValidite", e.dateFinValidite().toString());
                yield json.writeValueAsString(document);
            }
            case DemandeEnregistree e -> throw new IllegalArgumentException("une création passe par creation()");
            case CoDemandeurSepare e -> throw new IllegalArgumentException("une séparation s'écrit en MOD et CRS");
            case DemandesFusionnees e -> throw new IllegalArgumentException("une fusion s'écrit en RAD et MOD");
        };
    }

    /** The document of the kept demande of a merge (MOD): its date de dépôt after it, and the merged demande. */
    static String conservation(DemandesFusionnees e, JsonMapper json) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        document.put("type", TypeMouvement.MOD.name());
        document.put("numeroUnique", e.numeroConserve().valeur());
        document.put("territoire", e.territoireConserve());
        document.put("guichet", e.guichet());
        document.put("acteur", acteur(e.acteur()));
        document.put("horodatage", e.horodatage().toString());
        document.put("rubriquesModifiees", java.util.List.of());
        document.put("dateDepot", e.dateDepot().toString());
        Map<String, Object> fusion = new LinkedHashMap<>();
        fusion.put("numeroUniqueFusionne", e.radiation().numeroUnique().valeur());
        fusion.put("dateDepotAvant", e.dateDepotAvant().toString());
        fusion.put("dateDepotReprise", e.dateDepotReprise());
        fusion.put("critere", e.rapprochement().critere().name());
        document.put("fusion", fusion);
        return json.writeValueAsString(document);
    }

    private static Map<String, Object> enveloppe(EvenementDemande evenement, TypeMouvement type) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        document.put("type", type.name());
        document.put("territoire", evenement.territoire());
        document.put("guichet", evenement.guichet());
        document.put("acteur", acteur(evenement.acteur()));
        document.put("horodatage", evenement.horodatage().toString());
        return document;
    }

    private static String avecDemande(Map<String, Object> document, String contenuJson, JsonMapper json) {
        String enveloppe = json.writeValueAsString(document);
        return enveloppe.substring(0, enveloppe.length() - 1) + ",\"demande\":" + contenuJson + "}";
    }
}
