package fr.sne.demande.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.TexteSaisi;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuDemande.Adresse;
import fr.sne.demande.domaine.ContenuDemande.Contact;
import fr.sne.demande.domaine.ContenuDemande.LogementActuel;
import fr.sne.demande.domaine.ContenuDemande.LogementRecherche;
import fr.sne.demande.domaine.ContenuDemande.Personne;
import fr.sne.demande.domaine.ContenuDemande.PersonneACharge;
import fr.sne.demande.domaine.ContenuDemande.Ressource;
import fr.sne.demande.domaine.nir.Nir;
import fr.sne.demande.domaine.nir.ResultatNir;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.Pays;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.ReferentielPays;
import fr.sne.referentiel.Territoire;

/**
 * Checks a demande rubric by rubric and gathers every problem at once, each with the JSON path of its field,
 * so that a desk can fix the whole form in one go. It also returns the demande normalised as the registry
 * keeps it (trimmed text, NIR without spaces, country as its COG code) and the territory it belongs to.
 */
@Component
public class ValidateurDemande {

    static final int MAX_COMMUNES_SOUHAITEES = 100;
    static final int MAX_CO_DEMANDEURS = 10;
    static final int MAX_PERSONNES_A_CHARGE = 30;
    static final int MAX_LONGUEUR_NOM = TexteSaisi.MAX_NOM;

    /**
     * Maximum length of each text field, by field name (the last part of its path); a field not listed takes
     * {@link TexteSaisi#MAX_NOM}. Published in the OpenAPI description.
     */
    static final Map<String, Integer> LONGUEURS_MAX = Map.ofEntries(
            Map.entry("precisions", 4000),
            Map.entry("handicap.precisions", 2000),
            Map.entry("voie", 200),
            Map.entry("complement", 200),
            Map.entry("chez", 200),
            Map.entry("employeur", 200),
            Map.entry("email", 320),
            Map.entry("civilite", TexteSaisi.MAX_CODE),
            Map.entry("sexe", TexteSaisi.MAX_CODE),
            Map.entry("nationalite", TexteSaisi.MAX_CODE),
            Map.entry("communeNaissance", TexteSaisi.MAX_CODE),
            Map.entry("nir", TexteSaisi.MAX_CODE),
            Map.entry("situationFamiliale", TexteSaisi.MAX_CODE),
            Map.entry("lienDemandeur", TexteSaisi.MAX_CODE),
            Map.entry("lienParente", TexteSaisi.MAX_CODE),
            Map.entry("typeContrat", TexteSaisi.MAX_CODE),
            Map.entry("siretEmployeur", TexteSaisi.MAX_CODE),
            Map.entry("type", TexteSaisi.MAX_CODE),
            Map.entry("codePostal", TexteSaisi.MAX_CODE),
            Map.entry("commune", TexteSaisi.MAX_CODE),
            Map.entry("telephone", TexteSaisi.MAX_CODE),
            Map.entry("modele", TexteSaisi.MAX_CODE),
            Map.entry("sirenBailleur", TexteSaisi.MAX_CODE),
            Map.entry("motifs", TexteSaisi.MAX_CODE),
            Map.entry("typesLogement", TexteSaisi.MAX_CODE),
            Map.entry("categorie", TexteSaisi.MAX_CODE),
            Map.entry("communesSouhaitees", TexteSaisi.MAX_CODE));

    /**
     * The maximum length of the text at this JSON path ("handicap.precisions", "motifs[2]"…). Public for the
     * published API description.
     */
    public static int longueurMax(String chemin) {
        String sansIndices = chemin.replaceAll("\\[\\d+]", "");
        Integer exact = LONGUEURS_MAX.get(sansIndices);
        if (exact != null) {
            return exact;
        }
        return LONGUEURS_MAX.getOrDefault(sansIndices.substring(sansIndices.lastIndexOf('.') + 1),
                TexteSaisi.MAX_NOM);
    }
    static final int AGE_MAX = 125;
    /** A paper demande must be registered within one month of its deposit (L441-2-1 CCH). */
    static final int MOIS_MAX_DEPUIS_DEPOT = 1;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern TELEPHONE = Pattern.compile("^\\+?[0-9]{9,15}$");
    private static final Pattern CODE_POSTAL = Pattern.compile("^[0-9]{5}$");
    private static final Pattern SIRET = Pattern.compile("^[0-9]{14}$");
    private static final Pattern SIREN = Pattern.compile("^[0-9]{9}$");
    private static final Pattern NOM = Pattern.compile("^[\\p{L}][\\p{L}\\p{M} '’.-]*$");
    private static final String FRANCE = "99100";

    private final ReferentielGeographique geographie;
    private final ReferentielPays pays;
    private final Nomenclatures nomenclatures;

    ValidateurDemande(ReferentielGeographique geographie, ReferentielPays pays, Nomenclatures nomenclatures) {
        this.geographie = geographie;
        this.pays = pays;
        this.nomenclatures = nomenclatures;
    }

    record Resultat(List<ErreurChamp> erreurs, ContenuDemande demande, @Nullable Territoire territoire) {

        boolean estValide() {
            return erreurs.isEmpty();
        }
    }

    Resultat valider(ContenuDemande saisie, LocalDate aujourdhui) {
        Controle c = new Controle(aujourdhui);
        LocalDate dateDepot = c.dateDepot(saisie.dateDepot());
        Personne demandeur = c.personne("demandeur", saisie.demandeur(), false);
        List<Personne> coDemandeurs = new ArrayList<>();
        c.taille("coDemandeurs", saisie.coDemandeurs().size(), MAX_CO_DEMANDEURS);
        for (int i = 0; i < saisie.coDemandeurs().size(); i++) {
            coDemandeurs.add(c.personne("coDemandeurs[" + i + "]", saisie.coDemandeurs().get(i), true));
        }
        List<PersonneACharge> personnesACharge = new ArrayList<>();
        c.taille("personnesACharge", saisie.personnesACharge().size(), MAX_PERSONNES_A_CHARGE);
        for (int i = 0; i < saisie.personnesACharge().size(); i++) {
            personnesACharge.add(c.personneACharge("personnesACharge[" + i + "]", saisie.personnesACharge().get(i)));
        }
        c.personnesANaitre(saisie.personnesANaitre());
        Adresse adresse = c.adresse("adresse", saisie.adresse());
        Contact contact = c.contact("contact", saisie.contact());
        LogementActuel logementActuel = c.logementActuel("logementActuel", saisie.logementActuel());
        List<String> motifs = c.motifs("motifs", saisie.motifs());
        int personnesDuMenage = 1 + saisie.coDemandeurs().size() + saisie.personnesACharge().size();
        Territoire territoire = c.logementRecherche("logementRecherche", saisie.logementRecherche(),
                personnesDuMenage);
        c.handicap("handicap", saisie.handicap(), saisie.logementRecherche());
        c.textes(saisie);

        ContenuDemande normalisee = new ContenuDemande(dateDepot, demandeur, coDemandeurs, personnesACharge,
                saisie.personnesANaitre(), adresse, contact, logementActuel, motifs,
                logementRecherche(saisie.logementRecherche()), saisie.handicap(), texte(saisie.precisions()));
        return new Resultat(List.copyOf(c.erreurs), normalisee, territoire);
    }

    /** One pass of checks; collects errors rather than stopping at the first one. */
    private final class Controle {

        final List<ErreurChamp> erreurs = new ArrayList<>();
        final LocalDate aujourdhui;

        Controle(LocalDate aujourdhui) {
            this.aujourdhui = aujourdhui;
        }

        void erreur(String champ, CodeMotif code, String message) {
            erreurs.add(new ErreurChamp(champ, code, message));
        }

        boolean obligatoire(String champ, @Nullable Object valeur) {
            if (valeur == null || (valeur instanceof String s && s.isBlank())) {
                erreur(champ, CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire.");
                return false;
            }
            return true;
        }

        void taille(String champ, int taille, int max) {
            if (taille > max) {
                erreur(champ, CodeMotif.TAILLE, "Au plus " + max + " éléments.");
            }
        }

        /** Every text of the demande, whatever its field: allowed characters and maximum length. */
        void textes(ContenuDemande saisie) {
            TexteSaisi.parcourir(saisie, (champ, valeur) -> TexteSaisi.verifier(champ, valeur, longueurMax(champ),
                    erreurs));
        }

        void code(String champ, @Nullable String valeur, String liste, boolean requis) {
            if (valeur == null || valeur.isBlank()) {
                if (requis) {
                    obligatoire(champ, valeur);
                }
                return;
            }
            if (!nomenclatures.contient(liste, valeur)) {
                erreur(champ, CodeMotif.CODE_INCONNU, "Code « " + valeur + " » absent de la nomenclature " + liste
                        + " (valeurs admises : " + String.join(", ", nomenclatures.liste(liste).keySet()) + ").");
            }
        }

        LocalDate dateDepot(@Nullable LocalDate dateDepot) {
            if (dateDepot == null) {
                return aujourdhui;
            }
            if (dateDepot.isAfter(aujourdhui)) {
                erreur("dateDepot", CodeMotif.DATE_FUTURE, "La date de dépôt ne peut pas être dans le futur.");
            } else if (dateDepot.isBefore(aujourdhui.minusMonths(MOIS_MAX_DEPUIS_DEPOT))) {
                erreur("dateDepot", CodeMotif.DEPOT_TROP_ANCIEN, "Une demande doit être enregistrée dans le mois de son "
                        + "dépôt ; au-delà, le gestionnaire territorial procède à l'enregistrement.");
            }
            return dateDepot;
        }

        void nom(String champ, @Nullable String valeur, boolean requis) {
            if (requis && !obligatoire(champ, valeur)) {
                return;
            }
            if (valeur == null || valeur.isBlank()) {
                return;
            }
            String v = valeur.strip();
            if (v.length() <= MAX_LONGUEUR_NOM && !TexteSaisi.caractereInterdit(v) && !NOM.matcher(v).matches()) {
                erreur(champ, CodeMotif.FORMAT_INVALIDE, "Seuls des lettres, espaces, tirets et apostrophes sont admis.");
            }
        }

        void dateNaissance(String champ, @Nullable LocalDate date) {
            if (!obligatoire(champ, date)) {
                return;
            }
            if (date.isAfter(aujourdhui)) {
                erreur(champ, CodeMotif.DATE_FUTURE, "La date de naissance ne peut pas être dans le futur.");
            } else if (date.isBefore(aujourdhui.minusYears(AGE_MAX))) {
                erreur(champ, CodeMotif.DATE_INVRAISEMBLABLE, "Date de naissance invraisemblable.");
            }
        }

        @Nullable Personne personne(String champ, @Nullable Personne p, boolean coDemandeur) {
            if (!obligatoire(champ, p)) {
                return null;
            }
            code(champ + ".civilite", p.civilite(), "ListeCivilite", true);
            nom(champ + ".nomNaissance", p.nomNaissance(), true);
            nom(champ + ".nomUsage", p.nomUsage(), false);
            nom(champ + ".prenoms", p.prenoms(), true);
            dateNaissance(champ + ".dateNaissance", p.dateNaissance());
            code(champ + ".sexe", p.sexe(), "ListeSexe", true);
            code(champ + ".nationalite", p.nationalite(), "ListeNationalite", true);
            code(champ + ".situationFamiliale", p.situationFamiliale(), "ListeSituationFamiliale", false);
            if (coDemandeur) {
                code(champ + ".lienDemandeur", p.lienDemandeur(), "ListeLienDemandeur", true);
            } else if (p.lienDemandeur() != null) {
                erreur(champ + ".lienDemandeur", CodeMotif.NON_APPLICABLE, "Le lien au demandeur ne concerne que les "
                        + "co-demandeurs.");
            }
            String paysNaissance = paysNaissance(champ, p);
            String nir = nir(champ + ".nir", p);
            if (p.situationProfessionnelle() != null) {
                var sp = p.situationProfessionnelle();
                code(champ + ".situationProfessionnelle.typeContrat", sp.typeContrat(), "ListeTypeContratTravail",
                        false);
                if (sp.siretEmployeur() != null && !SIRET.matcher(sp.siretEmployeur()).matches()) {
                    erreur(champ + ".situationProfessionnelle.siretEmployeur", CodeMotif.FORMAT_INVALIDE,
                            "Le SIRET compte 14 chiffres.");
                }
            }
            if (p.revenuFiscal() != null) {
                var rf = p.revenuFiscal();
                anneeRevenu(champ + ".revenuFiscal.anneeN1", rf.anneeN1(), aujourdhui.getYear() - 1);
                anneeRevenu(champ + ".revenuFiscal.anneeN2", rf.anneeN2(), aujourdhui.getYear() - 2);
                montant(champ + ".revenuFiscal.montantN1", rf.montantN1());
                montant(champ + ".revenuFiscal.montantN2", rf.montantN2());
            }
            ressources(champ + ".ressourcesMensuelles", p.ressourcesMensuelles());
            return new Personne(texte(p.civilite()), texte(p.nomNaissance()), texte(p.nomUsage()),
                    texte(p.prenoms()), p.dateNaissance(), texte(p.sexe()), texte(p.nationalite()), paysNaissance,
                    texte(p.communeNaissance()), nir, texte(p.situationFamiliale()), texte(p.lienDemandeur()),
                    p.situationProfessionnelle(), p.revenuFiscal(), p.ressourcesMensuelles());
        }

        /** Country of birth: a COG code or a name, accents and case ignored; kept as its COG code. */
        @Nullable String paysNaissance(String champ, Personne p) {
            String valeur = texte(p.paysNaissance());
            String codePays = null;
            if (valeur != null) {
                Optional<Pays> trouve = pays.resoudre(valeur);
                if (trouve.isEmpty()) {
                    erreur(champ + ".paysNaissance", CodeMotif.PAYS_INCONNU, "« " + valeur + " » n'est pas un pays ou "
                            + "territoire du code officiel géographique (COG) de l'INSEE.");
                } else {
                    codePays = trouve.get().code();
                }
            }
            if (p.communeNaissance() != null && !p.communeNaissance().isBlank()) {
                if (codePays != null && !FRANCE.equals(codePays)) {
                    erreur(champ + ".communeNaissance", CodeMotif.NON_APPLICABLE,
                            "Une commune de naissance française ne va pas avec un pays de naissance étranger.");
                } else if (geographie.commune(p.communeNaissance().strip()).isEmpty()) {
                    erreur(champ + ".communeNaissance", CodeMotif.COMMUNE_INCONNUE, "Code commune INSEE inconnu : "
                            + p.communeNaissance() + ".");
                }
            }
            return codePays;
        }

        @Nullable String nir(String champ, Personne p) {
            if (p.nir() == null || p.nir().isBlank()) {
                return null;
            }
            return switch (Nir.analyser(p.nir())) {
                case ResultatNir.Invalide invalide -> {
                    erreur(champ, CodeMotif.valueOf(invalide.code()), invalide.message());
                    yield null;
                }
                case ResultatNir.Valide(Nir nir) -> {
                    if (p.dateNaissance() != null && p.sexe() != null && p.sexe().length() == 1) {
                        for (String incoherence : Nir.incoherences(nir, p.sexe().charAt(0), p.dateNaissance())) {
                            erreur(champ, CodeMotif.valueOf(incoherence), "Le NIR ne correspond pas au sexe ou à la date de "
                                    + "naissance déclarés.");
                        }
                    }
                    yield nir.valeur();
                }
            };
        }

        void anneeRevenu(String champ, @Nullable Integer annee, int attendue) {
            if (annee != null && (annee < attendue - 1 || annee > attendue)) {
                erreur(champ, CodeMotif.ANNEE_INVALIDE, "Année de revenu attendue : " + attendue + ".");
            }
        }

        void montant(String champ, @Nullable BigDecimal montant) {
            if (montant != null && (montant.signum() < 0 || montant.scale() > 2
                    || montant.compareTo(new BigDecimal("100000000")) >= 0)) {
                erreur(champ, CodeMotif.MONTANT_INVALIDE, "Montant positif en euros, au centime près.");
            }
        }

        void ressources(String champ, List<Ressource> ressources) {
            for (int i = 0; i < ressources.size(); i++) {
                Ressource r = ressources.get(i);
                if (r == null) {
                    obligatoire(champ + "[" + i + "]", null);
                    continue;
                }
                code(champ + "[" + i + "].type", r.type(), "ListeRessourceRecue", true);
                if (obligatoire(champ + "[" + i + "].montant", r.montant())) {
                    montant(champ + "[" + i + "].montant", r.montant());
                }
            }
        }

        @Nullable PersonneACharge personneACharge(String champ, @Nullable PersonneACharge p) {
            if (!obligatoire(champ, p)) {
                return null;
            }
            nom(champ + ".nom", p.nom(), true);
            nom(champ + ".prenoms", p.prenoms(), true);
            dateNaissance(champ + ".dateNaissance", p.dateNaissance());
            code(champ + ".sexe", p.sexe(), "ListeSexe", false);
            code(champ + ".lienParente", p.lienParente(), "ListeLienParente", false);
            ressources(champ + ".ressourcesMensuelles", p.ressourcesMensuelles());
            return new PersonneACharge(texte(p.nom()), texte(p.prenoms()), p.dateNaissance(), texte(p.sexe()),
                    texte(p.lienParente()), p.ressourcesMensuelles());
        }

        void personnesANaitre(ContenuDemande.@Nullable PersonnesANaitre p) {
            if (p == null) {
                return;
            }
            if (p.nombre() == null || p.nombre() < 1 || p.nombre() > 9) {
                erreur("personnesANaitre.nombre", CodeMotif.HORS_BORNES, "Nombre d'enfants à naître entre 1 et 9.");
            }
            if (p.dateNaissancePrevue() != null && (p.dateNaissancePrevue().isBefore(aujourdhui.minusMonths(1))
                    || p.dateNaissancePrevue().isAfter(aujourdhui.plusMonths(10)))) {
                erreur("personnesANaitre.dateNaissancePrevue", CodeMotif.DATE_INVRAISEMBLABLE,
                        "La naissance prévue doit se situer dans les dix prochains mois.");
            }
        }

        @Nullable Adresse adresse(String champ, @Nullable Adresse a) {
            if (!obligatoire(champ, a)) {
                return null;
            }
            obligatoire(champ + ".voie", a.voie());
            String codePays = FRANCE;
            if (a.pays() != null && !a.pays().isBlank()) {
                Optional<Pays> trouve = pays.resoudre(a.pays());
                if (trouve.isEmpty()) {
                    erreur(champ + ".pays", CodeMotif.PAYS_INCONNU, "« " + a.pays() + " » n'est pas un pays du COG.");
                    codePays = null;
                } else {
                    codePays = trouve.get().code();
                }
            }
            if (FRANCE.equals(codePays)) {
                if (obligatoire(champ + ".commune", a.commune())) {
                    Optional<Commune> commune = geographie.commune(a.commune().strip());
                    if (commune.isEmpty()) {
                        erreur(champ + ".commune", CodeMotif.COMMUNE_INCONNUE, "Code commune INSEE inconnu : "
                                + a.commune() + ".");
                    } else if (a.codePostal() != null && !commune.get().codesPostaux().isEmpty()
                            && !commune.get().codesPostaux().contains(a.codePostal().strip())) {
                        erreur(champ + ".codePostal", CodeMotif.CODE_POSTAL_INCOHERENT, "Le code postal " + a.codePostal()
                                + " n'est pas celui de " + commune.get().nom() + " ("
                                + String.join(", ", commune.get().codesPostaux()) + ").");
                    }
                }
                if (obligatoire(champ + ".codePostal", a.codePostal())
                        && !CODE_POSTAL.matcher(a.codePostal().strip()).matches()) {
                    erreur(champ + ".codePostal", CodeMotif.FORMAT_INVALIDE, "Le code postal compte 5 chiffres.");
                }
            } else if (codePays != null) {
                obligatoire(champ + ".ville", a.ville());
                if (a.commune() != null) {
                    erreur(champ + ".commune", CodeMotif.NON_APPLICABLE, "Une adresse à l'étranger n'a pas de code commune "
                            + "INSEE ; indiquez la ville.");
                }
            }
            return new Adresse(texte(a.voie()), texte(a.complement()), texte(a.chez()), texte(a.codePostal()),
                    texte(a.commune()), texte(a.ville()), codePays);
        }

        @Nullable Contact contact(String champ, @Nullable Contact c) {
            if (c == null) {
                return null;
            }
            String email = texte(c.email());
            if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
                erreur(champ + ".email", CodeMotif.EMAIL_INVALIDE, "Adresse électronique invalide.");
            }
            String telephone = c.telephone() == null ? null : c.telephone().replaceAll("[ .-]", "");
            if (telephone != null && !telephone.isEmpty() && !TELEPHONE.matcher(telephone).matches()) {
                erreur(champ + ".telephone", CodeMotif.FORMAT_INVALIDE, "Numéro de téléphone invalide.");
            }
            if (Boolean.TRUE.equals(c.consentementEmail()) && email == null) {
                erreur(champ + ".email", CodeMotif.OBLIGATOIRE, "Une adresse électronique est nécessaire pour recevoir "
                        + "les informations par courriel.");
            }
            if (Boolean.TRUE.equals(c.consentementSms()) && (telephone == null || telephone.isEmpty())) {
                erreur(champ + ".telephone", CodeMotif.OBLIGATOIRE, "Un numéro est nécessaire pour recevoir les SMS.");
            }
            return new Contact(telephone == null || telephone.isEmpty() ? null : telephone, email,
                    Boolean.TRUE.equals(c.consentementEmail()), Boolean.TRUE.equals(c.consentementSms()));
        }

        @Nullable LogementActuel logementActuel(String champ, @Nullable LogementActuel l) {
            if (!obligatoire(champ, l)) {
                return null;
            }
            code(champ + ".modele", l.modele(), "ListeModeleLogement", true);
            if (obligatoire(champ + ".nombreOccupants", l.nombreOccupants())
                    && (l.nombreOccupants() < 1 || l.nombreOccupants() > 50)) {
                erreur(champ + ".nombreOccupants", CodeMotif.HORS_BORNES, "Entre 1 et 50 occupants.");
            }
            montant(champ + ".loyerMensuel", l.loyerMensuel());
            montant(champ + ".allocationLogementMensuelle", l.allocationLogementMensuelle());
            if (l.surface() != null && (l.surface() < 1 || l.surface() > 2000)) {
                erreur(champ + ".surface", CodeMotif.HORS_BORNES, "Surface en m² entre 1 et 2000.");
            }
            if (l.sirenBailleur() != null && !SIREN.matcher(l.sirenBailleur()).matches()) {
                erreur(champ + ".sirenBailleur", CodeMotif.FORMAT_INVALIDE, "Le SIREN compte 9 chiffres.");
            }
            return l;
        }

        List<String> motifs(String champ, List<String> motifs) {
            if (motifs.isEmpty()) {
                erreur(champ, CodeMotif.OBLIGATOIRE, "Indiquez au moins un motif de la demande.");
            }
            Set<String> vus = new HashSet<>();
            for (int i = 0; i < motifs.size(); i++) {
                code(champ + "[" + i + "]", motifs.get(i), "ListeMotifDemande", true);
                if (motifs.get(i) != null && !vus.add(motifs.get(i))) {
                    erreur(champ + "[" + i + "]", CodeMotif.DOUBLON, "Motif déjà indiqué.");
                }
            }
            return motifs;
        }

        @Nullable Territoire logementRecherche(String champ, @Nullable LogementRecherche l, int personnesDuMenage) {
            if (!obligatoire(champ, l)) {
                return null;
            }
            if (l.typesLogement().isEmpty()) {
                erreur(champ + ".typesLogement", CodeMotif.OBLIGATOIRE, "Indiquez au moins un type de logement.");
            }
            Set<String> types = new HashSet<>();
            for (int i = 0; i < l.typesLogement().size(); i++) {
                code(champ + ".typesLogement[" + i + "]", l.typesLogement().get(i), "ListeTypeLogement", true);
                if (l.typesLogement().get(i) != null && !types.add(l.typesLogement().get(i))) {
                    erreur(champ + ".typesLogement[" + i + "]", CodeMotif.DOUBLON, "Type déjà indiqué.");
                }
            }
            code(champ + ".categorie", l.categorie(), "ListeCategorieLogementRecherche", false);
            obligatoire(champ + ".demandeElargie", l.demandeElargie());
            if (obligatoire(champ + ".nombrePersonnes", l.nombrePersonnes())) {
                if (l.nombrePersonnes() < personnesDuMenage || l.nombrePersonnes() > 50) {
                    erreur(champ + ".nombrePersonnes", CodeMotif.NOMBRE_PERSONNES_INCOHERENT, "Le logement doit accueillir "
                            + "au moins le demandeur, les co-demandeurs et les personnes à charge ("
                            + personnesDuMenage + ").");
                }
            }
            return communesSouhaitees(champ + ".communesSouhaitees", l.communesSouhaitees());
        }

        /**
         * Communes in order of preference, all in one territory (a département, or the Île-de-France region),
         * which becomes the territory of the demande.
         */
        @Nullable Territoire communesSouhaitees(String champ, List<String> codes) {
            if (codes.isEmpty()) {
                erreur(champ, CodeMotif.OBLIGATOIRE, "Indiquez au moins une commune souhaitée.");
                return null;
            }
            taille(champ, codes.size(), MAX_COMMUNES_SOUHAITEES);
            Set<String> vues = new HashSet<>();
            Set<Territoire> territoires = new LinkedHashSet<>();
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i) == null ? null : codes.get(i).strip();
                String champI = champ + "[" + i + "]";
                if (!obligatoire(champI, code)) {
                    continue;
                }
                Optional<Commune> commune = geographie.commune(code);
                if (commune.isEmpty()) {
                    erreur(champI, CodeMotif.COMMUNE_INCONNUE, "Code commune INSEE inconnu : " + code + ".");
                } else if (!commune.get().code().equals(code)) {
                    erreur(champI, CodeMotif.COMMUNE_CODE_REMPLACE, "Le code " + code + " n'est plus en vigueur : "
                            + "indiquez " + commune.get().code() + " (" + commune.get().nom() + ").");
                } else if (!vues.add(code)) {
                    erreur(champI, CodeMotif.DOUBLON, "Commune déjà indiquée.");
                } else {
                    territoires.add(geographie.territoireDeCommune(commune.get()));
                }
            }
            if (territoires.size() > 1) {
                erreur(champ, CodeMotif.TERRITOIRES_MULTIPLES, "Une demande porte sur un seul département (ou sur "
                        + "l'Île-de-France) ; ici : " + territoires.stream().map(Territoire::libelle).toList()
                        + ". Déposez une demande par département.");
                return null;
            }
            return territoires.isEmpty() ? null : territoires.iterator().next();
        }

        void handicap(String champ, ContenuDemande.@Nullable Handicap h, @Nullable LogementRecherche l) {
            if (h == null) {
                return;
            }
            if (h.nombrePersonnes() == null) {
                return;
            }
            int max = l != null && l.nombrePersonnes() != null ? l.nombrePersonnes() : 50;
            if (h.nombrePersonnes() < 0 || h.nombrePersonnes() > max) {
                erreur(champ + ".nombrePersonnes", CodeMotif.HORS_BORNES, "Entre 0 et le nombre de personnes à loger.");
            }
        }
    }

    /** Codes as the registry keeps them: without the spaces a form may have left around them. */
    private static @Nullable LogementRecherche logementRecherche(@Nullable LogementRecherche l) {
        if (l == null) {
            return null;
        }
        // a blank entry (refused above) stays an empty text: the record's lists hold no null
        return new LogementRecherche(l.typesLogement().stream().map(ValidateurDemande::code).toList(),
                texte(l.categorie()), l.communesSouhaitees().stream().map(ValidateurDemande::code).toList(),
                l.demandeElargie(), l.nombrePersonnes());
    }

    private static String code(@Nullable String valeur) {
        String v = texte(valeur);
        return v == null ? "" : v;
    }

    private static @Nullable String texte(@Nullable String valeur) {
        if (valeur == null) {
            return null;
        }
        String v = valeur.strip().replaceAll("\\s+", " ");
        return v.isEmpty() ? null : v;
    }
}
