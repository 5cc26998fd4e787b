package fr.sne.demande;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.FluxMouvements.Instantane;

/**
 * The demande module's door for another format of the API (the XML of the exchanges, issue 16 §3, ADR 0021): the
 * same use cases, rules, headers and refusals as {@code GET}, {@code POST} and {@code PUT /v1.0/demandes} in JSON,
 * the content given and taken as the JSON document of {@code POST /v1.0/demandes}. A refusal is the JSON door's
 * exception (field errors named by their JSON path: the caller translates them into its format's paths).
 */
public interface DemandesParDocument {

    /** The demande, if the actor may see it (else the JSON door's 404). */
    Instantane consulter(String numeroUnique, Acteur acteur);

    /**
     * Registers a demande ({@code POST /v1.0/demandes}).
     *
     * @param contenu        the content, a JSON document
     * @param cleIdempotence the {@code Idempotency-Key} header as received
     */
    Ecriture enregistrer(String contenu, String cleIdempotence, Acteur acteur);

    /**
     * Modifies an active demande ({@code PUT /v1.0/demandes/{numeroUnique}}).
     *
     * @param ifMatch the {@code If-Match} header as received (required)
     */
    Instantane modifier(String numeroUnique, String contenu, @Nullable String ifMatch, Acteur acteur);

    /** A demande written (or, for a replayed registration, the one written the first time). */
    record Ecriture(String numeroUnique, boolean rejouee, Instantane demande) {
    }
}
