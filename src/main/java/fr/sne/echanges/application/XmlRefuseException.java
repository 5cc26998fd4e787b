package fr.sne.echanges.application;

import java.util.List;

import fr.sne.commun.ErreurChamp;

/**
 * An XML document refused before its data is read (400): not well formed, a DTD, XInclude, a limit, or not valid
 * against its XSD; each error names the element's path ({@code /demande/personnePhysique/demandeur/dateNaissance}).
 */
public class XmlRefuseException extends RuntimeException {

    private final List<ErreurChamp> erreurs;

    public XmlRefuseException(List<ErreurChamp> erreurs) {
        super(erreurs.isEmpty() ? "document XML refusé" : erreurs.getFirst().message());
        if (erreurs.isEmpty()) {
            throw new IllegalArgumentException("au moins une erreur attendue");
        }
        this.erreurs = List.copyOf(erreurs);
    }

    public List<ErreurChamp> erreurs() {
        return erreurs;
    }

    /** The code of the first error: the problem's {@code code}. */
    public String code() {
        return erreurs.getFirst().code();
    }
}
