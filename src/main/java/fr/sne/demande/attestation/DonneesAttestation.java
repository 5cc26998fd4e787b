package fr.sne.demande.attestation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Everything printed on the attestation d'enregistrement (content required by article R441-2-4 CCH).
 * Already formatted labels: the generator does no lookup. The DALO date and commission address are null when the
 * territory has not configured them yet (the document then says so instead of printing a made-up value). The
 * personal code (ADR 0027) attaches the demande to the applicant's account on the portal; null for a demande that has
 * none.
 */
public record DonneesAttestation(
        String numeroUnique,
        LocalDate dateDepot,
        @Nullable LocalDate dateDernierRenouvellement,
        LocalDate dateFinValidite,
        @Nullable LocalDate dateSaisineDalo,
        @Nullable String commissionDaloAdresse,
        Personne demandeur,
        List<Personne> coDemandeurs,
        Organisme guichet,
        String territoireLibelle,
        List<String> communesSouhaitees,
        boolean demandeElargie,
        List<String> typesLogement,
        int nombrePersonnes,
        List<Organisme> bailleurs,
        Instant genereLe,
        @Nullable String codePersonnel) {

    public DonneesAttestation {
        Objects.requireNonNull(numeroUnique, "numeroUnique");
        Objects.requireNonNull(dateDepot, "dateDepot");
        Objects.requireNonNull(dateFinValidite, "dateFinValidite");
        Objects.requireNonNull(demandeur, "demandeur");
        Objects.requireNonNull(guichet, "guichet");
        Objects.requireNonNull(territoireLibelle, "territoireLibelle");
        Objects.requireNonNull(genereLe, "genereLe");
        coDemandeurs = List.copyOf(coDemandeurs);
        communesSouhaitees = List.copyOf(communesSouhaitees);
        typesLogement = List.copyOf(typesLogement);
        bailleurs = List.copyOf(bailleurs);
    }

    /** A natural person: civility label ("Madame", "Monsieur"), nom, prénoms, address lines. */
    public record Personne(String civilite, String nom, String prenoms, List<String> adresse) {
        public Personne {
            Objects.requireNonNull(civilite, "civilite");
            Objects.requireNonNull(nom, "nom");
            Objects.requireNonNull(prenoms, "prenoms");
            adresse = List.copyOf(adresse);
        }
    }

    /** A registering service or a bailleur: name, address lines, optional phone number. */
    public record Organisme(String nom, List<String> adresse, @Nullable String telephone) {
        public Organisme {
            Objects.requireNonNull(nom, "nom");
            adresse = List.copyOf(adresse);
        }
    }
}
