package fr.sne.echanges.infrastructure.xml;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The shape of a demande's content in XML (demande-1.0.xsd), field by field: each field of the API's JSON content
 * ({@code ContenuDemande}, as {@code POST /v1.0/demandes} takes it and the registry keeps it) and the element that
 * carries it. The writer, the reader and the translation of an error's JSON path into an element path all walk this
 * one description, so that both formats carry the same data.
 */
final class FormeDemandeXml {

    /** The namespace of demande-1.0.xsd. */
    static final String NS = "urn:sne:demande:1.0";

    /** How a value is written: text content, or the {@code code} attribute of an empty element. */
    enum Genre {
        TEXTE, CODE, DATE, ENTIER, DECIMAL, BOOLEEN
    }

    sealed interface Noeud {
        /** The JSON field (null: an XML-only wrapper, or a list's item). */
        @Nullable String json();

        String xml();
    }

    /** A scalar field. */
    record Valeur(@Nullable String json, String xml, Genre genre) implements Noeud {
    }

    /**
     * An object field (a block, always written, empty when absent); {@code json} null: a wrapper of XML only, whose
     * children belong to the enclosing JSON object.
     */
    record Bloc(@Nullable String json, String xml, List<Noeud> enfants) implements Noeud {
    }

    /** An array field: a wrapper element (always written) and one element per item. */
    record Liste(String json, String xml, Noeud item) implements Noeud {
    }

    private static Valeur texte(String json, String xml) {
        return new Valeur(json, xml, Genre.TEXTE);
    }

    private static Valeur code(@Nullable String json, String xml) {
        return new Valeur(json, xml, Genre.CODE);
    }

    private static Valeur valeur(String json, String xml, Genre genre) {
        return new Valeur(json, xml, genre);
    }

    private static final List<Noeud> RESSOURCE = List.of(
            code("type", "ressource"),
            valeur("montant", "montant", Genre.DECIMAL));

    private static final List<Noeud> PERSONNE = List.of(
            code("civilite", "civilite"),
            texte("nomUsage", "nom"),
            texte("nomNaissance", "nomPatronymique"),
            texte("prenoms", "prenom"),
            valeur("dateNaissance", "dateNaissance", Genre.DATE),
            code("sexe", "sexe"),
            code("nationalite", "nationalite"),
            texte("paysNaissance", "paysNaissance"),
            code("communeNaissance", "communeNaissance"),
            texte("nir", "nir"),
            code("situationFamiliale", "situationFamiliale"),
            code("lienDemandeur", "lienDemandeur"),
            new Bloc("situationProfessionnelle", "situationProfessionnelle", List.of(
                    texte("profession", "profession"),
                    code("typeContrat", "typeContratTravail"),
                    texte("employeur", "nomEmployeurPrincipal"),
                    texte("siretEmployeur", "siretEmployeur"))),
            new Bloc("revenuFiscal", "revenuFiscal", List.of(
                    valeur("anneeN1", "anneeMoins1", Genre.ENTIER),
                    valeur("montantN1", "montantMoins1", Genre.DECIMAL),
                    valeur("anneeN2", "anneeMoins2", Genre.ENTIER),
                    valeur("montantN2", "montantMoins2", Genre.DECIMAL))),
            new Liste("ressourcesMensuelles", "listeRessourceRecue", new Bloc(null, "detailRessource", RESSOURCE)));

    /** The content's fields, in the order of the {@code Demande} type after {@code numUnique} and {@code etat}. */
    static final List<Noeud> CONTENU = List.of(
            valeur("dateDepot", "dateCreationDemande", Genre.DATE),
            new Bloc(null, "personnePhysique", List.of(
                    new Bloc("demandeur", "demandeur", PERSONNE),
                    new Liste("coDemandeurs", "listeCotitulaire", new Bloc(null, "cotitulaire", PERSONNE)),
                    new Liste("personnesACharge", "listePersonneACharge", new Bloc(null, "personneACharge", List.of(
                            texte("nom", "nom"),
                            texte("prenoms", "prenom"),
                            valeur("dateNaissance", "dateNaissance", Genre.DATE),
                            code("sexe", "sexe"),
                            code("lienParente", "lienParente"),
                            new Liste("ressourcesMensuelles", "listeRessourceRecue",
                                    new Bloc(null, "detailRessource", RESSOURCE))))),
                    new Bloc("personnesANaitre", "personneANaitre", List.of(
                            valeur("nombre", "nombre", Genre.ENTIER),
                            valeur("dateNaissancePrevue", "dateNaissancePrevue", Genre.DATE))),
                    new Bloc("adresse", "adressePostale", List.of(
                            texte("voie", "voie"),
                            texte("complement", "complement"),
                            texte("chez", "chez"),
                            texte("codePostal", "codePostal"),
                            code("commune", "commune"),
                            texte("ville", "ville"),
                            texte("pays", "pays"))),
                    new Bloc("contact", "coordonnees", List.of(
                            texte("telephone", "telPortable"),
                            texte("email", "mel"),
                            valeur("consentementEmail", "consentementMel", Genre.BOOLEEN),
                            valeur("consentementSms", "consentementSms", Genre.BOOLEEN))),
                    new Bloc("logementActuel", "logementActuel", List.of(
                            code("modele", "modeleLogement"),
                            valeur("nombreOccupants", "nombreHabitant", Genre.ENTIER),
                            valeur("loyerMensuel", "montantMensuelLoyer", Genre.DECIMAL),
                            valeur("allocationLogementMensuelle", "allocationLogementMensuelle", Genre.DECIMAL),
                            valeur("surface", "surface", Genre.ENTIER),
                            texte("sirenBailleur", "sirenBailleur"))))),
            new Liste("motifs", "listeMotifDemande", code(null, "motifDemande")),
            new Bloc("logementRecherche", "logementRecherche", List.of(
                    valeur("demandeElargie", "demandeElargie", Genre.BOOLEEN),
                    new Liste("typesLogement", "listeTypeLogement", code(null, "typeLogement")),
                    code("categorie", "categorieLogement"),
                    new Liste("communesSouhaitees", "listeLocalisationSouhaite", code(null, "commune")),
                    valeur("nombrePersonnes", "nombrePersonnes", Genre.ENTIER))),
            new Bloc("handicap", "handicap", List.of(
                    valeur("nombrePersonnes", "nombrePersonnes", Genre.ENTIER),
                    valeur("logementAdapteNecessaire", "logementAdapteNecessaire", Genre.BOOLEEN),
                    texte("precisions", "precisions"))),
            texte("precisions", "precisions"));

    private FormeDemandeXml() {
    }
}
