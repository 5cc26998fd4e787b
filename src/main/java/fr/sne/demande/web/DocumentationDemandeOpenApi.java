package fr.sne.demande.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import fr.sne.commun.CodeMotif;
import fr.sne.demande.application.validation.LongueursTexte;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.SaisiePays;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Completes the published description of a demande with what a vendor needs to fill it: for every coded field
 * the admitted codes and their labels, taken from the SNE code lists the validation uses, and for the other
 * fields the rule they follow.
 */
@Component
class DocumentationDemandeOpenApi implements OpenApiCustomizer {

    /** schema → field → SNE code list. */
    private static final Map<String, Map<String, String>> CODES = Map.of(
            "Personne", Map.of("civilite", "ListeCivilite", "sexe", "ListeSexe", "nationalite", "ListeNationalite",
                    "situationFamiliale", "ListeSituationFamiliale", "lienDemandeur", "ListeLienDemandeur"),
            "SituationProfessionnelle", Map.of("typeContrat", "ListeTypeContratTravail"),
            "Ressource", Map.of("type", "ListeRessourceRecue"),
            "PersonneACharge", Map.of("sexe", "ListeSexe", "lienParente", "ListeLienParente"),
            "LogementActuel", Map.of("modele", "ListeModeleLogement"),
            "LogementRecherche", Map.of("typesLogement", "ListeTypeLogement",
                    "categorie", "ListeCategorieLogementRecherche"),
            "ContenuDemande", Map.of("motifs", "ListeMotifDemande"));

    /** The schemas of a demande's content, whose texts all have a maximum length. */
    private static final List<String> SCHEMAS_DEMANDE = List.of("ContenuDemande", "Personne",
            "SituationProfessionnelle", "RevenuFiscal", "Ressource", "PersonneACharge", "PersonnesANaitre", "Adresse",
            "Contact", "LogementActuel", "LogementRecherche", "Handicap");

    /** The rule of every country field (ADR 0019). */
    static final String REGLE_PAYS = "nom du pays ou territoire dans le code officiel géographique (COG) de "
            + "l'INSEE, casse et accents indifférents (« Belgique », « belgique », « BELGIQUE »), toujours restitué "
            + "sous le libellé du COG. Refusés : les codes ISO (« BE », « BEL » : PAYS_CODE_ISO_REFUSE), la France "
            + "et ses départements et collectivités d'outre-mer (PAYS_FRANCE_REFUSE : laisser le champ vide). "
            + "Obsolète : le code COG (99xxx) est encore admis jusqu'au " + SaisiePays.FIN_CODES_COG_TEXTE
            + " inclus, puis refusé ; la réponse donne toujours le nom.";

    /** schema → field → rule. */
    private static final Map<String, Map<String, String>> REGLES = Map.of(
            "ContenuDemande", Map.of(
                    "dateDepot", "Date de dépôt (ancienneté) ; par défaut aujourd'hui, ni future ni de plus d'un mois.",
                    "coDemandeurs", "Conjoint, partenaire, concubin ou colocataire ; lienDemandeur obligatoire.",
                    "precisions", "Précisions complémentaires (rubrique H1), 4 000 caractères au plus."),
            "Personne", Map.of(
                    "nomNaissance", "Nom de naissance, tel que sur la pièce d'identité.",
                    "paysNaissance", "Pays de naissance, pour une personne née à l'étranger : " + REGLE_PAYS,
                    "communeNaissance", "Code INSEE de la commune de naissance en France (pays de naissance vide).",
                    "nir", "NIR sur 15 caractères, clé comprise (2A/2B pour la Corse) ; espaces admis."),
            "Adresse", Map.of(
                    "commune", "Code INSEE de la commune (adresse en France).",
                    "codePostal", "Code postal de la commune (adresse en France).",
                    "ville", "Ville (adresse à l'étranger).",
                    "pays", "Pays, pour une adresse à l'étranger : " + REGLE_PAYS + " Vide pour une adresse en "
                            + "France, outre-mer compris : la commune la situe."),
            "LogementRecherche", Map.of(
                    "communesSouhaitees", "Codes INSEE des communes souhaitées, par ordre de préférence, toutes du "
                            + "même département (ou de l'Île-de-France), qui devient le territoire de la demande.",
                    "demandeElargie", "Obligatoire : le demandeur accepte-t-il les communes voisines ?",
                    "nombrePersonnes", "Personnes à loger : au moins le demandeur, les co-demandeurs et les "
                            + "personnes à charge."));

    private final Nomenclatures nomenclatures;

    DocumentationDemandeOpenApi(Nomenclatures nomenclatures) {
        this.nomenclatures = nomenclatures;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        CODES.forEach((nomSchema, champs) -> champs.forEach((champ, liste) ->
                propriete(schemas, nomSchema, champ).ifPresent(p -> documenterCode(p, liste))));
        REGLES.forEach((nomSchema, champs) -> champs.forEach((champ, regle) ->
                propriete(schemas, nomSchema, champ).ifPresent(p -> p.setDescription(regle))));
        SCHEMAS_DEMANDE.forEach(nomSchema -> longueursMax(nomSchema, schemas.get(nomSchema)));
        catalogueCodesMotif(schemas);
    }

    /**
     * Publishes the catalogue of reason codes ({@link CodeMotif}) as a schema, each code with its meaning, and
     * refers to it from the problem schema ({@code code}, and {@code code} of each entry of {@code erreurs}), so
     * that a vendor can handle every code the registry may answer.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void catalogueCodesMotif(Map<String, Schema> schemas) {
        Map<String, String> significations = new java.util.LinkedHashMap<>();
        for (CodeMotif code : CodeMotif.values()) {
            significations.put(code.name(), code.signification());
        }
        Schema catalogue = new io.swagger.v3.oas.models.media.StringSchema();
        catalogue.setEnum(List.copyOf(significations.keySet()));
        catalogue.setDescription("Catalogue des codes motifs du registre : code d'un problème (RFC 9457) et de "
                + "chaque erreur sous « erreurs ». Signification de chaque code (les {paramètres} sont remplis "
                + "dans le message) : " + significations.entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(" ; ")));
        catalogue.addExtension("x-enum-descriptions", List.copyOf(significations.values()));
        schemas.put("CodeMotif", catalogue);
        Schema probleme = schemas.get("ProblemDetail");
        if (probleme != null) {
            Schema erreur = new io.swagger.v3.oas.models.media.ObjectSchema()
                    .addProperty("champ", new io.swagger.v3.oas.models.media.StringSchema()
                            .description("Chemin JSON du champ (demandeur.nir, motifs[2]…) ; vide pour le document."))
                    .addProperty("code", new Schema<>().$ref("#/components/schemas/CodeMotif"))
                    .addProperty("message", new io.swagger.v3.oas.models.media.StringSchema()
                            .description("Explication en français pour la personne au guichet."));
            probleme.addProperty("code", new Schema<>().$ref("#/components/schemas/CodeMotif"));
            probleme.addProperty("erreurs", new io.swagger.v3.oas.models.media.ArraySchema().items(erreur)
                    .description("Les erreurs champ par champ, toutes à la fois."));
        }
    }

    /** Every text of a demande has a maximum length, the one the validation applies ({@code TAILLE} beyond). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void longueursMax(String nomSchema, @org.jspecify.annotations.Nullable Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        String prefixe = Character.toLowerCase(nomSchema.charAt(0)) + nomSchema.substring(1) + ".";
        ((Map<String, Schema>) schema.getProperties()).forEach((champ, propriete) -> {
            Schema texte = propriete.getItems() != null ? propriete.getItems() : propriete;
            boolean chaine = "string".equals(texte.getType())
                    || (texte.getTypes() != null && texte.getTypes().contains("string"));
            if (chaine && texte.getFormat() == null) { // dates are strings of a format
                texte.setMaxLength(LongueursTexte.longueurMax(prefixe + champ));
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void documenterCode(Schema propriete, String liste) {
        Map<String, String> codes = nomenclatures.liste(liste);
        Schema cible = propriete.getItems() != null ? propriete.getItems() : propriete;
        cible.setEnum(List.copyOf(codes.keySet()));
        propriete.setDescription("Code de la nomenclature SNE " + liste + " : " + codes.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(" ; ")) + ".");
    }

    @SuppressWarnings("rawtypes")
    private static java.util.Optional<Schema> propriete(Map<String, Schema> schemas, String nomSchema, String champ) {
        Schema schema = schemas.get(nomSchema);
        if (schema == null || schema.getProperties() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable((Schema) schema.getProperties().get(champ));
    }
}
