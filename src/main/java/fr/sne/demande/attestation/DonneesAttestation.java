package fr.sne.demande.attestation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
public record DonneesAttestation(String numeroUnique, LocalDate dateDepot, @Nullable LocalDate dateDernierRenouvellement,
    LocalDate dateFinValidite, LocalDate dateSaisineDalo, String commissionDaloAdresse, Personne demandeur,
    List<Personne> coDemandeurs, Organisme guichet, String territoireLibelle, List<String> communesSouhaitees,
    boolean demandeElargie, List<String> typesLogement, int nombrePersonnes, List<Organisme> bailleurs, Instant genereLe) {
  public record Personne(String civilite, String nom, String prenoms, List<String> adresse) {}
  public record Organisme(String nom, List<String> adresse, @Nullable String telephone) {}
}
