package fr.sne.demande.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.sne.commun.formulaire.FormulaireEnEtapes;

/**
 * What a step's template reads besides the kit's errors: each field's value as typed (or as the draft holds it), by
 * the field's path, and the lines of its repeated groups; and where the Cerfa shows an error ({@link #formulaire}:
 * the field and the label, for the kit's {@link FormulaireEnEtapes}).
 */
public final class VueFormulaire {

    /** The id of the step's form element. */
    static final String ID = "formulaire-etape";

    private static final Pattern INDICE = Pattern.compile("^(.*)\\[(\\d+)](.*)$");
    private static final Pattern LISTE_CASES = Pattern.compile(
            "^(motifs|logementRecherche\\.typesLogement)\\[\\d+]$");

    private static final Map<String, String> LIBELLES = Map.ofEntries(
            Map.entry("civilite", "Civilité"), Map.entry("nomNaissance", "Nom de naissance"),
            Map.entry("nomUsage", "Nom d'usage"), Map.entry("prenoms", "Prénoms"),
            Map.entry("dateNaissance", "Date de naissance"), Map.entry("sexe", "Sexe"),
            Map.entry("nationalite", "Nationalité"), Map.entry("paysNaissance", "Pays de naissance"),
            Map.entry("communeNaissance", "Commune de naissance"), Map.entry("nir", "Numéro de sécurité sociale"),
            Map.entry("situationFamiliale", "Situation familiale"), Map.entry("lienDemandeur", "Lien avec le demandeur"),
            Map.entry("typeContrat", "Situation professionnelle"), Map.entry("profession", "Profession"),
            Map.entry("employeur", "Employeur"), Map.entry("siretEmployeur", "SIRET de l'employeur"),
            Map.entry("anneeN1", "Année du revenu N-1"), Map.entry("montantN1", "Revenu fiscal de référence N-1"),
            Map.entry("anneeN2", "Année du revenu N-2"), Map.entry("montantN2", "Revenu fiscal de référence N-2"),
            Map.entry("type", "Type de ressource"), Map.entry("montant", "Montant mensuel"),
            Map.entry("nom", "Nom"), Map.entry("lienParente", "Lien de parenté"),
            Map.entry("nombre", "Nombre d'enfants à naître"), Map.entry("dateNaissancePrevue", "Naissance prévue le"),
            Map.entry("voie", "Adresse"), Map.entry("complement", "Complément d'adresse"), Map.entry("chez", "Chez"),
            Map.entry("codePostal", "Code postal"), Map.entry("commune", "Commune"), Map.entry("ville", "Ville"),
            Map.entry("pays", "Pays"), Map.entry("telephone", "Téléphone"), Map.entry("email", "Adresse électronique"),
            Map.entry("consentementEmail", "Informations par courriel"),
            Map.entry("consentementSms", "Informations par SMS"), Map.entry("modele", "Logement actuel"),
            Map.entry("nombreOccupants", "Nombre d'occupants"), Map.entry("loyerMensuel", "Loyer mensuel"),
            Map.entry("allocationLogementMensuelle", "Allocation logement mensuelle"),
            Map.entry("surface", "Surface"), Map.entry("sirenBailleur", "SIREN du bailleur"),
            Map.entry("motifs", "Motifs de la demande"), Map.entry("typesLogement", "Types de logement"),
            Map.entry("categorie", "Catégorie de logement"), Map.entry("communesSouhaitees", "Commune souhaitée"),
            Map.entry("demandeElargie", "Demande élargie"), Map.entry("nombrePersonnes", "Nombre de personnes"),
            Map.entry("logementAdapteNecessaire", "Logement adapté nécessaire"), Map.entry("precisions", "Précisions"),
            Map.entry("dateDepot", "Date de dépôt"));

    private static final Map<String, String> RUBRIQUES = Map.ofEntries(
            Map.entry("demandeur", "Demandeur"), Map.entry("coDemandeurs", "Co-demandeur"),
            Map.entry("personnesACharge", "Personne à charge"), Map.entry("personnesANaitre", "Enfants à naître"),
            Map.entry("adresse", "Adresse"), Map.entry("contact", "Contact"),
            Map.entry("logementActuel", "Logement actuel"), Map.entry("logementRecherche", "Logement recherché"),
            Map.entry("handicap", "Handicap"), Map.entry("ressourcesMensuelles", "Ressource"),
            Map.entry("revenuFiscal", "Revenu fiscal"), Map.entry("situationProfessionnelle", "Emploi"));

    /** The field a whole rubric's error is shown at: its first field. */
    private static final Map<String, String> PREMIER_CHAMP = Map.of(
            "demandeur", "demandeur.civilite", "adresse", "adresse.voie", "logementActuel", "logementActuel.modele",
            "logementRecherche", "logementRecherche.typesLogement", "coDemandeurs", "coDemandeurs[0].nomNaissance",
            "personnesACharge", "personnesACharge[0].nom", "logementRecherche.communesSouhaitees",
            "logementRecherche.communesSouhaitees[0]", "contact", "contact.telephone");

    private final Map<String, String> valeurs;

    VueFormulaire(Map<String, String> valeurs) {
        this.valeurs = Map.copyOf(valeurs);
    }

    /**
     * The Cerfa as a form of the kit in steps: an error is shown under its field on the step holding it (a checkbox
     * list's at its group, a rubric's at its first field), named "label" on this step and "step, label" on another,
     * whose link leads to that step checked ({@code ?verifier}).
     *
     * @param etape  the step shown
     * @param racine the address of the draft, under which its steps are
     */
    static FormulaireEnEtapes formulaire(EtapeCerfa etape, String racine) {
        return new FormulaireEnEtapes(ID, champ -> {
            EtapeCerfa sienne = EtapeCerfa.de(champ);
            return sienne == etape ? new FormulaireEnEtapes.Place(libelle(champ), champAffiche(champ), null)
                    : new FormulaireEnEtapes.Place(sienne.titre() + ", " + libelle(champ), champAffiche(champ),
                            racine + "/etapes/" + sienne.chemin() + "?verifier");
        });
    }

    /** The field an error of this path is shown at: a checkbox list's error at its group, a rubric's at its first field. */
    static String champAffiche(String champ) {
        if (LISTE_CASES.matcher(champ).matches()) {
            return champ.substring(0, champ.lastIndexOf('['));
        }
        if (PREMIER_CHAMP.containsKey(champ)) {
            return PREMIER_CHAMP.get(champ);
        }
        if (champ.matches("^.*\\.ressourcesMensuelles\\[\\d+]$")) {
            return champ + ".type";
        }
        if (champ.matches("^(personnesACharge|coDemandeurs)\\[\\d+]$")) {
            return champ + (champ.startsWith("personnes") ? ".nom" : ".nomNaissance");
        }
        return champ;
    }

    /** "personnesACharge[1].dateNaissance" → "Personne à charge 2 — Date de naissance". */
    static String libelle(String champ) {
        List<String> parties = new ArrayList<>();
        String[] segments = champ.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            Matcher m = INDICE.matcher(segments[i]);
            String nom = m.matches() ? m.group(1) : segments[i];
            String rang = m.matches() ? " " + (Integer.parseInt(m.group(2)) + 1) : "";
            if (i == segments.length - 1) {
                parties.add(LIBELLES.getOrDefault(nom, RUBRIQUES.getOrDefault(nom, nom)) + rang);
            } else if (RUBRIQUES.containsKey(nom)) {
                parties.add(RUBRIQUES.get(nom) + ("coDemandeurs".equals(nom) ? "" : rang));
            }
        }
        return String.join(" — ", parties);
    }

    public String valeur(String chemin) {
        return valeurs.getOrDefault(chemin, "");
    }

    /** The codes a checkbox list ("motifs") holds, as its lines "motifs[0]", "motifs[1]"... */
    public List<String> valeurs(String liste) {
        Pattern ligne = Pattern.compile(Pattern.quote(liste) + "\\[\\d+]");
        return valeurs.entrySet().stream().filter(e -> ligne.matcher(e.getKey()).matches()).map(Map.Entry::getValue)
                .toList();
    }

    /**
     * The indices a repeated group ("personnesACharge", "logementRecherche.communesSouhaitees") shows: those
     * filled, then {@code vides} empty ones, at least {@code minimum} in all.
     */
    public List<Integer> lignes(String liste, int vides, int minimum) {
        Pattern motif = Pattern.compile("^" + Pattern.quote(liste) + "\\[(\\d+)](\\..*)?$");
        int nombre = 0;
        for (String chemin : valeurs.keySet()) {
            Matcher m = motif.matcher(chemin);
            if (m.matches()) {
                nombre = Math.max(nombre, Integer.parseInt(m.group(1)) + 1);
            }
        }
        List<Integer> lignes = new ArrayList<>();
        for (int i = 0; i < Math.max(nombre + vides, minimum); i++) {
            lignes.add(i);
        }
        return lignes;
    }

    /** @return true when something of this rubric ("coDemandeurs[0]") has been typed */
    public boolean renseigne(String prefixe) {
        return valeurs.keySet().stream().anyMatch(c -> c.startsWith(prefixe));
    }
}
