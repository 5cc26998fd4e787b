package fr.sne.demande.domaine;

import java.time.LocalDate;

/** A person of an active demande who may be the same as someone being registered. */
public record PersonneEnregistree(NumeroUnique numeroUnique, LocalDate dateDepot, String role, String nomNaissance,
        String prenoms, LocalDate dateNaissance, Identite identite) {
}
