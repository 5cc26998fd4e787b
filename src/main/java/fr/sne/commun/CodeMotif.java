package fr.sne.commun;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one catalogue of reason codes the registry answers with: the {@code code} of a problem document, and the
 * {@code code} of each entry under {@code erreurs}. Each code is stable (vendors branch on it) and comes with a
 * French message template, whose {@code {name}} placeholders are filled by {@link #message(Map)}; the templates
 * are also the codes' meanings published in the OpenAPI description (schema {@code CodeMotif}).
 *
 * <p>A code is added here before it is used anywhere; {@code CatalogueCodesMotifTest} fails on a code literal
 * that is not in this catalogue and on an entry that nothing uses (the codes of the edge and security classes of
 * {@code fr.sne.guichet}, still written there as literals, count as used).
 */
public enum CodeMotif {

    // Field by field (problem "donnees-invalides", 422, or "requete-illisible", 400)
    OBLIGATOIRE("Ce champ est obligatoire."),
    TAILLE("Au plus {max} éléments ou caractères."),
    FORMAT_INVALIDE("Valeur de format invalide pour ce champ."),
    CARACTERE_INTERDIT("Ce texte contient un caractère non admis (caractère de contrôle, d'un autre script que "
            + "les écritures admises…)."),
    CHAMP_INCONNU("Ce champ n'existe pas dans cette version de l'API ; la requête a été refusée."),
    CHAMP_EN_DOUBLE("Un même champ figure deux fois dans un objet."),
    CODE_INCONNU("Code « {code} » absent de la nomenclature {liste}."),
    DATE_FUTURE("La date ne peut pas être dans le futur."),
    DATE_INVRAISEMBLABLE("Date invraisemblable."),
    DEPOT_TROP_ANCIEN("Une demande doit être enregistrée dans le mois de son dépôt (article L441-2-1 du CCH) ; "
            + "au-delà, le gestionnaire territorial procède à l'enregistrement."),
    NON_APPLICABLE("Ce champ ne s'applique pas à cette situation."),
    PAYS_INCONNU("« {pays} » n'est pas un pays ou territoire du code officiel géographique (COG) de l'INSEE."),
    COMMUNE_INCONNUE("Code commune INSEE inconnu : {code}."),
    COMMUNE_CODE_REMPLACE("Le code {code} n'est plus en vigueur : indiquez {remplacant} ({nom})."),
    CODE_POSTAL_INCOHERENT("Le code postal {codePostal} n'est pas celui de la commune {commune}."),
    ANNEE_INVALIDE("Année de revenu attendue : {annee}."),
    MONTANT_INVALIDE("Montant positif en euros, au centime près."),
    HORS_BORNES("Valeur hors des bornes admises."),
    EMAIL_INVALIDE("Adresse électronique invalide."),
    NOMBRE_PERSONNES_INCOHERENT("Le logement doit accueillir au moins le demandeur, les co-demandeurs et les "
            + "personnes à charge ({personnes})."),
    TERRITOIRES_MULTIPLES("Une demande porte sur un seul département (ou sur l'Île-de-France) : déposez une "
            + "demande par département."),
    HORS_TERRITOIRE_GUICHET("Les communes souhaitées relèvent du territoire {territoire} : le guichet {guichet} "
            + "n'enregistre que pour son territoire ({territoireGuichet})."),
    NIR_FORMAT("Le NIR compte 15 caractères : 13 chiffres (2A ou 2B pour la Corse) et une clé de 2 chiffres."),
    NIR_SEXE("Le premier caractère du NIR (sexe) doit être 1, 2, 3, 4, 7 ou 8."),
    NIR_MOIS("Le mois de naissance inscrit dans le NIR n'existe pas."),
    NIR_CLE("La clé du NIR ne correspond pas à ses 13 premiers caractères."),
    NIR_SEXE_INCOHERENT("Le NIR ne correspond pas au sexe déclaré."),
    NIR_NAISSANCE_INCOHERENTE("Le NIR ne correspond pas à la date de naissance déclarée."),
    NIR_LIEU_INCOHERENT("Le NIR ne correspond pas au lieu de naissance déclaré."),

    // Conflicts with the state of the registry (problem "conflit", 409)
    DOUBLON("{prenoms} {nom} a déjà une demande active sur ce territoire : {numero}. Modifiez ou renouvelez cette "
            + "demande plutôt que d'en créer une nouvelle. (Sous erreurs : valeur déjà indiquée dans la liste.)"),
    IDEMPOTENCE_CLE_REUTILISEE("La clé d'idempotence « {cle} » a déjà servi pour une autre demande : utilisez "
            + "une clé nouvelle par demande."),
    TRAITEMENT_EN_COURS("Un traitement quotidien est déjà en cours : réessayez quand il sera terminé."),
    MODIFICATION_CONCURRENTE("La demande {numero} a été modifiée depuis sa version {version} : relisez-la et "
            + "refaites la modification sur sa version actuelle."),

    // Authentication and authorisation (401, 403)
    NON_AUTHENTIFIE("Authentification requise."),
    JETON_ABSENT("Jeton d'accès absent : en-tête Authorization: Bearer attendu."),
    JETON_INVALIDE("Jeton d'accès invalide, expiré ou d'un émetteur non reconnu."),
    ACCES_REFUSE("Accès refusé."),
    GUICHET_INCONNU("L'appelant n'est pas un guichet enregistreur connu du registre."),
    GUICHET_INACTIF("Ce guichet enregistreur n'est plus actif."),
    TERRITOIRE_INCOHERENT("Le jeton indique un territoire qui n'est pas celui du guichet."),
    CLIENT_REVOQUE("Ce client de l'API a été révoqué."),
    CLIENT_SANS_GUICHET("Ce client de l'API n'est rattaché à aucun guichet enregistreur."),
    ACTEUR_SANS_GUICHET("Seul un guichet enregistreur enregistre une demande (article L441-2-1 du CCH) : cet "
            + "acteur n'agit pour aucun guichet."),
    DROITS_EXPLOITATION_REQUIS("Cette opération est réservée à l'exploitation du registre."),

    // Requests refused by the protocol or the server (problem "requete-illisible", "requete-refusee"…)
    REQUETE_ILLISIBLE("La requête est mal formée."),
    REQUETE_REFUSEE("La requête a été refusée."),
    INTROUVABLE("Aucune ressource à cette adresse (ou hors de votre territoire)."),
    METHODE_NON_AUTORISEE("Cette méthode n'est pas admise à cette adresse."),
    FORMAT_NON_ACCEPTABLE("Le format de réponse demandé (en-tête Accept) n'est pas disponible : application/json."),
    TYPE_MEDIA_NON_SUPPORTE("Le type du corps (en-tête Content-Type) n'est pas admis : application/json."),
    DELAI_DEPASSE("La requête n'a pas été reçue à temps."),
    CORPS_TROP_VOLUMINEUX("Le corps de la requête dépasse la taille admise."),
    URI_TROP_LONGUE("L'adresse de la requête est trop longue."),
    EN_TETES_TROP_VOLUMINEUX("Les en-têtes de la requête sont trop volumineux."),
    TROP_DE_REQUETES("Trop de requêtes : réessayez après le délai indiqué par l'en-tête Retry-After."),
    SERVICE_INDISPONIBLE("Le registre est momentanément indisponible."),
    ERREUR_INTERNE("Erreur interne du registre ; rien n'a été enregistré. Communiquez l'identifiant de corrélation "
            + "au support.");

    private static final Pattern PARAMETRE = Pattern.compile("\\{(\\w+)}");

    private final String modele;

    CodeMotif(String modele) {
        this.modele = modele;
    }

    /** The French message template, with {@code {name}} placeholders. */
    public String modele() {
        return modele;
    }

    /** The message of a template without placeholders. */
    public String message() {
        return message(Map.of());
    }

    /**
     * The template with each {@code {name}} replaced by its value.
     *
     * @throws IllegalArgumentException if a placeholder has no value (a message is never half-written)
     */
    public String message(Map<String, ?> valeurs) {
        Matcher m = PARAMETRE.matcher(modele);
        StringBuilder resultat = new StringBuilder();
        while (m.find()) {
            Object valeur = valeurs.get(m.group(1));
            if (valeur == null) {
                throw new IllegalArgumentException("Valeur manquante pour {" + m.group(1) + "} du motif " + name());
            }
            m.appendReplacement(resultat, Matcher.quoteReplacement(valeur.toString()));
        }
        return m.appendTail(resultat).toString();
    }
}
