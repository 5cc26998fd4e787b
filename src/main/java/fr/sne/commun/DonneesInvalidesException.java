package fr.sne.commun;

import java.util.List;

/** The request is well formed but some fields break the rules; nothing has been written. */
public class DonneesInvalidesException extends RuntimeException {

    private final List<ErreurChamp> erreurs;

    public DonneesInvalidesException(List<ErreurChamp> erreurs) {
        super("Données invalides : " + erreurs.size() + " erreur(s)");
        if (erreurs.isEmpty()) {
            throw new IllegalArgumentException("au moins une erreur attendue");
        }
        this.erreurs = List.copyOf(erreurs);
    }

    public List<ErreurChamp> erreurs() {
        return erreurs;
    }
}
