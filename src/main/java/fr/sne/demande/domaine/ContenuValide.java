package fr.sne.demande.domaine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.domaine.ContenuDemande.Adresse;
import fr.sne.demande.domaine.ContenuDemande.Contact;
import fr.sne.demande.domaine.ContenuDemande.Handicap;
import fr.sne.demande.domaine.ContenuDemande.LogementActuel;
import fr.sne.demande.domaine.ContenuDemande.LogementRecherche;
import fr.sne.demande.domaine.ContenuDemande.Personne;
import fr.sne.demande.domaine.ContenuDemande.PersonnesANaitre;
import fr.sne.demande.domaine.nir.Nir;
import fr.sne.referentiel.Territoire;

/**
 * The content of a demande once its content rules have passed (parse, don't validate): the mandatory rubrics
 * are there, non-null, the persons' identities typed, the communes sought typed and all in {@link #territoire}.
 * Only the content validation builds one; the code after it (registration, the door, the lifecycle use cases)
 * takes this type, never the raw {@link ContenuDemande} a guichet sent.
 *
 * <p>{@link #document()} is the same content in the Cerfa shape, normalised (trimmed texts, NIR without
 * spaces, countries as COG codes), as the registry stores it (with {@link #VERSION_DOCUMENT}).
 */
public record ContenuValide(
        LocalDate dateDepot,
        Adulte demandeur,
        List<Adulte> coDemandeurs,
        List<PersonneACharge> personnesACharge,
        @Nullable PersonnesANaitre personnesANaitre,
        Adresse adresse,
        @Nullable Contact contact,
        LogementActuel logementActuel,
        List<String> motifs,
        LogementRecherche logementRecherche,
        List<CodeCommune> communesSouhaitees,
        Territoire territoire,
        @Nullable Handicap handicap,
        @Nullable String precisions) {

    /**
     * Version of the stored document's shape (jsonb {@code demande.contenu}, field {@code version}); a stored
     * document without it is of version 1.
     */
    public static final int VERSION_DOCUMENT = 1;

    public ContenuValide {
        Objects.requireNonNull(dateDepot, "dateDepot");
        Objects.requireNonNull(demandeur, "demandeur");
        Objects.requireNonNull(adresse, "adresse");
        Objects.requireNonNull(logementActuel, "logementActuel");
        Objects.requireNonNull(logementRecherche, "logementRecherche");
        Objects.requireNonNull(territoire, "territoire");
        coDemandeurs = List.copyOf(coDemandeurs);
        personnesACharge = List.copyOf(personnesACharge);
        motifs = List.copyOf(motifs);
        communesSouhaitees = List.copyOf(communesSouhaitees);
        if (motifs.isEmpty() || communesSouhaitees.isEmpty()) {
            throw new IllegalArgumentException("au moins un motif et une commune souhaitée");
        }
    }

    /**
     * An adult of the demande (demandeur or co-demandeur), whose identity is known for sure.
     *
     * @param rubrique the whole rubric, normalised, as stored
     */
    public record Adulte(String nomNaissance, String prenoms, LocalDate dateNaissance, @Nullable Nir nir,
            Personne rubrique) {

        public Adulte {
            Objects.requireNonNull(nomNaissance, "nomNaissance");
            Objects.requireNonNull(prenoms, "prenoms");
            Objects.requireNonNull(dateNaissance, "dateNaissance");
            Objects.requireNonNull(rubrique, "rubrique");
        }

        /** The identity the duplicate search compares. */
        public Identite identite() {
            return Identite.de(nomNaissance, prenoms, dateNaissance, nir == null ? null : nir.valeur());
        }
    }

    /** A dependant of the household, whose identity is known for sure. */
    public record PersonneACharge(String nom, String prenoms, LocalDate dateNaissance,
            ContenuDemande.PersonneACharge rubrique) {

        public PersonneACharge {
            Objects.requireNonNull(nom, "nom");
            Objects.requireNonNull(prenoms, "prenoms");
            Objects.requireNonNull(dateNaissance, "dateNaissance");
            Objects.requireNonNull(rubrique, "rubrique");
        }
    }

    /** The adults whose identities must not already have an active demande on the territory. */
    public List<Adulte> adultes() {
        List<Adulte> adultes = new ArrayList<>();
        adultes.add(demandeur);
        adultes.addAll(coDemandeurs);
        return List.copyOf(adultes);
    }

    /** The content in the Cerfa shape, as stored and sent back. */
    public ContenuDemande document() {
        return new ContenuDemande(dateDepot, demandeur.rubrique(),
                coDemandeurs.stream().map(Adulte::rubrique).toList(),
                personnesACharge.stream().map(PersonneACharge::rubrique).toList(), personnesANaitre, adresse,
                contact, logementActuel, motifs, logementRecherche, handicap, precisions);
    }
}
