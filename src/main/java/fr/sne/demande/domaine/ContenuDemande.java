package fr.sne.demande.domaine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content of a demande de logement social, rubric by rubric as the Cerfa 14069 and article R441-2-2 of
 * the CCH list them. Codes are those of the SNE code lists (ListeCivilite, ListeTypeLogement...). This is
 * both what a guichet sends and what the registry keeps; a missing list is an empty list.
 */
public record ContenuDemande(
        @Nullable LocalDate dateDepot,
        @Nullable Personne demandeur,
        List<Personne> coDemandeurs,
        List<PersonneACharge> personnesACharge,
        @Nullable PersonnesANaitre personnesANaitre,
        @Nullable Adresse adresse,
        @Nullable Contact contact,
        @Nullable LogementActuel logementActuel,
        List<String> motifs,
        @Nullable LogementRecherche logementRecherche,
        @Nullable Handicap handicap,
        @Nullable String precisions) {

    public ContenuDemande {
        coDemandeurs = coDemandeurs == null ? List.of() : List.copyOf(coDemandeurs);
        personnesACharge = personnesACharge == null ? List.of() : List.copyOf(personnesACharge);
        motifs = motifs == null ? List.of() : List.copyOf(motifs);
    }

    /**
     * The same content with each country field ({@code paysNaissance} of each adult, {@code adresse.pays}) passed
     * through {@code libelle}: a demande's movement document written before V96 holds COG codes (ADR 0019), and
     * whoever gives it out gives names and no France ({@code ReferentielPays#relu}, which may give null).
     */
    public ContenuDemande avecPaysRelus(java.util.function.UnaryOperator<String> libelle) {
        java.util.function.UnaryOperator<@Nullable String> relu = v -> v == null ? null : libelle.apply(v);
        java.util.function.UnaryOperator<@Nullable Personne> personne = p -> p == null ? null : new Personne(
                p.civilite(), p.nomNaissance(), p.nomUsage(), p.prenoms(), p.dateNaissance(), p.sexe(),
                p.nationalite(), relu.apply(p.paysNaissance()), p.communeNaissance(), p.nir(), p.situationFamiliale(),
                p.lienDemandeur(), p.situationProfessionnelle(), p.revenuFiscal(), p.ressourcesMensuelles());
        Adresse a = adresse;
        return new ContenuDemande(dateDepot, personne.apply(demandeur),
                coDemandeurs.stream().map(personne).toList(), personnesACharge, personnesANaitre,
                a == null ? null : new Adresse(a.voie(), a.complement(), a.chez(), a.codePostal(), a.commune(),
                        a.ville(), relu.apply(a.pays())),
                contact, logementActuel, motifs, logementRecherche, handicap, precisions);
    }

    /** Rubric a) identity, c) family and d) professional situation, e) resources of one adult of the demande. */
    public record Personne(
            @Nullable String civilite,
            @Nullable String nomNaissance,
            @Nullable String nomUsage,
            @Nullable String prenoms,
            @Nullable LocalDate dateNaissance,
            @Nullable String sexe,
            @Nullable String nationalite,
            @Nullable String paysNaissance,
            @Nullable String communeNaissance,
            @Nullable String nir,
            @Nullable String situationFamiliale,
            @Nullable String lienDemandeur,
            @Nullable SituationProfessionnelle situationProfessionnelle,
            @Nullable RevenuFiscal revenuFiscal,
            List<Ressource> ressourcesMensuelles) {

        public Personne {
            ressourcesMensuelles = ressourcesMensuelles == null ? List.of() : List.copyOf(ressourcesMensuelles);
        }
    }

    public record SituationProfessionnelle(@Nullable String typeContrat, @Nullable String profession,
            @Nullable String employeur, @Nullable String siretEmployeur) {
    }

    /** Revenu fiscal de référence of years N-1 and N-2 (Cerfa E1–E6). */
    public record RevenuFiscal(@Nullable Integer anneeN1, @Nullable BigDecimal montantN1,
            @Nullable Integer anneeN2, @Nullable BigDecimal montantN2) {
    }

    /** Net monthly resource by type (ListeRessourceRecue), housing allowances excluded. */
    public record Ressource(@Nullable String type, @Nullable BigDecimal montant) {
    }

    public record PersonneACharge(@Nullable String nom, @Nullable String prenoms, @Nullable LocalDate dateNaissance,
            @Nullable String sexe, @Nullable String lienParente, List<Ressource> ressourcesMensuelles) {

        public PersonneACharge {
            ressourcesMensuelles = ressourcesMensuelles == null ? List.of() : List.copyOf(ressourcesMensuelles);
        }
    }

    public record PersonnesANaitre(@Nullable Integer nombre, @Nullable LocalDate dateNaissancePrevue) {
    }

    /** Current address: a French commune by its INSEE code, or a town abroad with its country. */
    public record Adresse(@Nullable String voie, @Nullable String complement, @Nullable String chez,
            @Nullable String codePostal, @Nullable String commune, @Nullable String ville, @Nullable String pays) {
    }

    public record Contact(@Nullable String telephone, @Nullable String email, @Nullable Boolean consentementEmail,
            @Nullable Boolean consentementSms) {
    }

    /** Rubric f): current housing (Cerfa p.8). */
    public record LogementActuel(@Nullable String modele, @Nullable Integer nombreOccupants,
            @Nullable BigDecimal loyerMensuel, @Nullable BigDecimal allocationLogementMensuelle,
            @Nullable Integer surface, @Nullable String sirenBailleur) {
    }

    /** Rubric h): housing sought, communes in order of preference (Cerfa G1–G3). */
    public record LogementRecherche(List<String> typesLogement, @Nullable String categorie,
            List<String> communesSouhaitees, @Nullable Boolean demandeElargie, @Nullable Integer nombrePersonnes) {

        public LogementRecherche {
            typesLogement = typesLogement == null ? List.of() : List.copyOf(typesLogement);
            communesSouhaitees = communesSouhaitees == null ? List.of() : List.copyOf(communesSouhaitees);
        }
    }

    /** Rubric i): disability needing adapted housing (Cerfa C1 and annex). */
    public record Handicap(@Nullable Integer nombrePersonnes, @Nullable Boolean logementAdapteNecessaire,
            @Nullable String precisions) {
    }
}
