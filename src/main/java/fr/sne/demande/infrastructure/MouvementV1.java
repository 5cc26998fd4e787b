package fr.sne.demande.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.DemandeEnregistree;
import fr.sne.demande.domaine.EvenementDemande;
import fr.sne.demande.domaine.StatutDemande;
import tools.jackson.databind.json.JsonMapper;

/**
 * Version 1 of the movement document (column {@code mouvement.contenu}), mapped field by field from the event,
 * never from a Java record's shape, so that renaming a Java field cannot change what feed readers receive.
 * Every document has {@code version}, {@code type}, {@code numeroUnique}, {@code territoire}, {@code guichet}
 * (null when the actor acts for no guichet), {@code acteur} ({@code {type, identifiant}}: who acted, e.g.
 * {@code CLIENT_API} and the client id, {@code TRAITEMENT} and the pass's name) and {@code horodatage}
 * (ISO 8601, UTC); a CRE adds {@code statut}, {@code dateDepot},
 * {@code dateFinValidite} and {@code demande} (the content as registered). A change that a reader could not
 * ignore gets a version 2 written by a new mapping; additions of fields stay in version 1.
 */
final class MouvementV1 {

    static final int VERSION = 1;

    private MouvementV1() {
    }

    /**
     * The document of an event, without its {@code numeroUnique} when the number is assigned by the statement
     * that writes it (a registration): that statement adds it.
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

    static String document(EvenementDemande evenement, String contenuJson, JsonMapper json) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        document.put("type", evenement.type().name());
        document.put("territoire", evenement.territoire());
        document.put("guichet", evenement.guichet());
        document.put("acteur", acteur(evenement.acteur()));
        document.put("horodatage", evenement.horodatage().toString());
        return switch (evenement) {
            case DemandeEnregistree e -> {
                document.put("statut", StatutDemande.ACTIVE.name());
                document.put("dateDepot", e.dateDepot().toString());
                document.put("dateFinValidite", e.dateFinValidite().toString());
                String enveloppe = json.writeValueAsString(document);
                yield enveloppe.substring(0, enveloppe.length() - 1) + ",\"demande\":" + contenuJson + "}";
            }
        };
    }
}
