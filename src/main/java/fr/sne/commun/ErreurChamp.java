package fr.sne.commun;

/**
 * One rejected field of a request: where (a JSON path such as {@code demandeur.nir}), a stable code, and a
 * sentence in French for the person at the desk.
 */
public record ErreurChamp(String champ, String code, String message) {
}
