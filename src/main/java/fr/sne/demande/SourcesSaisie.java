package fr.sne.demande;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.sne.commun.acteur.Acteur;

/**
 * A document a registration draft is typed from, held by another module (the scanned paper Cerfa of the national
 * entry centre's queue, ADR 0025): the registration wizard shows it beside its steps and, once the draft is
 * registered, hands the demande's numéro back so that the document is filed on it. The demande module declares this
 * door and calls every implementation it finds; it knows nothing of what they hold.
 */
public interface SourcesSaisie {

    /**
     * Links a new draft to the source named in the wizard's form.
     *
     * @param source the form's value, e.g. {@code cerfa:<uuid>}
     * @return true when the source is this implementation's and is now linked
     * @throws fr.sne.commun.RessourceIntrouvableException when it is this implementation's but not available to
     *         this actor
     */
    boolean lier(UUID brouillon, String source, Acteur acteur);

    /** What to show beside the steps of this draft, if it was linked to a source of this implementation. */
    Optional<Volet> volet(UUID brouillon, Acteur acteur);

    /**
     * The draft has become the demande of this numéro: the source is filed on it (idempotent: nothing happens when
     * it is already filed, or when the draft is not linked to this implementation's sources).
     */
    void enregistree(UUID brouillon, String numeroUnique, Acteur acteur);

    /**
     * A side panel: a title, the document's pages as images (each with its text alternative), and a link to the
     * whole document.
     */
    record Volet(String titre, String description, List<Image> pages, String lienDocument, String libelleLien) {

        public Volet {
            pages = List.copyOf(pages);
        }
    }

    /** One page image of a {@link Volet}. */
    record Image(String adresse, String texteAlternatif) {
    }
}
