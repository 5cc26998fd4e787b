package fr.sne.demande.domaine;

/** Thrown where a draft is read to be shown or changed, and its content cannot be read. */
public final class BrouillonIllisibleException extends RuntimeException {

    private final transient BrouillonIllisible brouillon;

    public BrouillonIllisibleException(BrouillonIllisible brouillon) {
        super("Le brouillon " + brouillon.id() + " ne peut plus être relu.");
        this.brouillon = brouillon;
    }

    public BrouillonIllisible brouillon() {
        return brouillon;
    }
}
