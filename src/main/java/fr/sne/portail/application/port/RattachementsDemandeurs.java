package fr.sne.portail.application.port;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import fr.sne.portail.domaine.ModeRattachement;

/** The demandes attached to the applicants' accounts ({@code rattachement_demandeur}). */
public interface RattachementsDemandeurs {

    /** Attaches the demande to the account (nothing when it already is). @return true when newly attached */
    boolean rattacher(UUID compte, String numeroUnique, ModeRattachement mode, Instant le);

    /** @return the numéros unique attached to the account */
    Set<String> numeros(UUID compte);
}
