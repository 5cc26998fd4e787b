package fr.sne.portail.web;

import java.io.Serial;

/**
 * A demande the signed-in applicant may not see: unknown, or not attached to his account. Both answer the same page
 * (404), so that the portal says nothing of a numéro that is not his.
 */
public final class DemandeIntrouvable extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public DemandeIntrouvable() {
        super("demande introuvable ou non rattachée", null, false, false);
    }
}
