package fr.sne.demande.attestation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.sne.demande.attestation.DonneesAttestation.Organisme;
import fr.sne.demande.attestation.DonneesAttestation.Personne;

/** Test data builder: a plausible Île-de-France demande, every field overridable. */
final class DonneesAttestationBuilder {

    private String numeroUnique = "1111023517879GDPUB";
    private LocalDate dateDepot = LocalDate.of(2023, 10, 1);
    private LocalDate dateDernierRenouvellement = LocalDate.of(2024, 9, 12);
    private LocalDate dateFinValidite = LocalDate.of(2025, 9, 12);
    private LocalDate dateSaisineDalo = LocalDate.of(2026, 10, 1);
    private String commissionDaloAdresse = "Commission de médiation DALO de Paris\nDRIHL — 5 rue Leblanc\n75015 Paris";
    private Personne demandeur = new Personne("Madame", "Dépôt-Lefèvre", "Hélène Françoise",
            List.of("12 rue de l'Église", "Bâtiment C, 3e étage", "75011 Paris"));
    private List<Personne> coDemandeurs = new ArrayList<>(List.of(
            new Personne("Monsieur", "Benoît", "Jérôme", List.of("12 rue de l'Église", "75011 Paris"))));
    private Organisme guichet = new Organisme("Mairie du 11e arrondissement — service logement",
            List.of("12 place Léon Blum", "75011 Paris"), "01 53 27 11 11");
    private String territoireLibelle = "Île-de-France";
    private List<String> communesSouhaitees = new ArrayList<>(List.of("Paris 11e Arrondissement (75011)",
            "Montreuil (93100)", "Vincennes (94300)"));
    private boolean demandeElargie = true;
    private List<String> typesLogement = new ArrayList<>(List.of("T2", "T3"));
    private int nombrePersonnes = 3;
    private List<Organisme> bailleurs = new ArrayList<>(List.of(
            new Organisme("Paris Habitat", List.of("21 bis rue Claude Bernard", "75005 Paris"), "01 49 70 70 70"),
            new Organisme("Montreuil Habitat", List.of("3 rue Franklin", "93100 Montreuil"), null)));
    private Instant genereLe = Instant.parse("2024-09-12T08:30:00Z");
    private String codePersonnel = null;

    static DonneesAttestationBuilder uneAttestation() {
        return new DonneesAttestationBuilder();
    }

    DonneesAttestationBuilder numeroUnique(String v) { numeroUnique = v; return this; }
    DonneesAttestationBuilder dateDepot(LocalDate v) { dateDepot = v; return this; }
    DonneesAttestationBuilder dateDernierRenouvellement(LocalDate v) { dateDernierRenouvellement = v; return this; }
    DonneesAttestationBuilder dateFinValidite(LocalDate v) { dateFinValidite = v; return this; }
    DonneesAttestationBuilder dateSaisineDalo(LocalDate v) { dateSaisineDalo = v; return this; }
    DonneesAttestationBuilder commissionDalo(String v) { commissionDaloAdresse = v; return this; }
    DonneesAttestationBuilder demandeur(Personne v) { demandeur = v; return this; }
    DonneesAttestationBuilder coDemandeurs(List<Personne> v) { coDemandeurs = new ArrayList<>(v); return this; }
    DonneesAttestationBuilder guichet(Organisme v) { guichet = v; return this; }
    DonneesAttestationBuilder territoire(String v) { territoireLibelle = v; return this; }
    DonneesAttestationBuilder communes(List<String> v) { communesSouhaitees = new ArrayList<>(v); return this; }
    DonneesAttestationBuilder elargie(boolean v) { demandeElargie = v; return this; }
    DonneesAttestationBuilder bailleurs(List<Organisme> v) { bailleurs = new ArrayList<>(v); return this; }
    DonneesAttestationBuilder genereLe(Instant v) { genereLe = v; return this; }
    DonneesAttestationBuilder codePersonnel(String v) { codePersonnel = v; return this; }

    DonneesAttestation build() {
        return new DonneesAttestation(numeroUnique, dateDepot, dateDernierRenouvellement, dateFinValidite,
                dateSaisineDalo, commissionDaloAdresse, demandeur, coDemandeurs, guichet, territoireLibelle,
                communesSouhaitees, demandeElargie, typesLogement, nombrePersonnes, bailleurs, genereLe,
                codePersonnel);
    }
}
