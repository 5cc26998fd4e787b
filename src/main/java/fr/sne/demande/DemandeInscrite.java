package fr.sne.demande;

import java.time.Instant;

/**
 * A demande has just been registered (a new numéro unique), whatever the channel (API, professional application,
 * national entry centre, portal, separation of a co-demandeur), published by the door in the registration's
 * transaction, so that a listener ({@code @EventListener}) writes its own rows with it or rolls it back: the portal
 * creates the demande's personal code (ADR 0027).
 *
 * @param typeActeur         the kind of actor that registered it
 * @param identifiantActeur  who exactly
 * @param courriel           the applicant's e-mail address, null when he gave none
 */
public record DemandeInscrite(String numeroUnique, String territoire, String guichet, String typeActeur,
        String identifiantActeur, Instant inscriteLe, @org.jspecify.annotations.Nullable String courriel) {
}
