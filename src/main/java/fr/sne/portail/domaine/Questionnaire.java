package fr.sne.portail.domaine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;

/**
 * The questions of the filing, and how the answers (text as typed, one per question, kept in the draft) become the
 * Cerfa's wire form the registry checks and registers ({@link #lire}), and back ({@link #reponses}), for a renewal
 * or a modification that starts from the demande's content. What the portal does not ask (the NIR, a co-demandeur,
 * the persons in care, a handicap) is kept from the content it starts from. A few fields are derived, not asked:
 * the civility from the sex, the year of the reference income (last year), the number of persons to house.
 */
public final class Questionnaire {

    private static final DateTimeFormatter DATE_FRANCAISE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");
    private static final Pattern TELEPHONE_SEPARATEURS = Pattern.compile("[\\s.\\-()]");

    /** The places for persons in care the portal offers (empty ones ignored; a guichet records more). */
    public static final int PLACES_PERSONNES = 6;

    /** The portal's own question "Will someone else sign the lease with you?" (not in the Cerfa's wire form). */
    public static final String CO_DEMANDEUR = "portail.coDemandeur";

    /** The co-demandeur the portal asks about: the first of the Cerfa's list (a guichet records the others). */
    private static final String CO = "coDemandeurs[0]";

    private static final String PERSONNES = "personnesACharge";

    /** The questions in the order of their pages. */
    public static final List<Question> QUESTIONS = questions();

    private static List<Question> questions() {
        List<Question> l = new ArrayList<>(List.of(
            q("demandeur.prenoms", EtapeDepot.VOUS, Question.Nature.TEXTE),
            q("demandeur.nomNaissance", EtapeDepot.VOUS, Question.Nature.TEXTE),
            q("demandeur.nomUsage", EtapeDepot.VOUS, Question.Nature.TEXTE),
            q("demandeur.dateNaissance", EtapeDepot.VOUS, Question.Nature.DATE),
            choix("demandeur.sexe", EtapeDepot.VOUS, "ListeSexe"),
            choix("demandeur.nationalite", EtapeDepot.VOUS, "ListeNationalite"),
            q("demandeur.paysNaissance", EtapeDepot.VOUS, Question.Nature.PAYS),
            q("adresse.voie", EtapeDepot.ADRESSE, Question.Nature.TEXTE),
            q("adresse.complement", EtapeDepot.ADRESSE, Question.Nature.TEXTE),
            q("adresse.codePostal", EtapeDepot.ADRESSE, Question.Nature.TEXTE),
            q("adresse.commune", EtapeDepot.ADRESSE, Question.Nature.COMMUNE_ADRESSE),
            q("contact.email", EtapeDepot.CONTACT, Question.Nature.COURRIEL),
            q("contact.telephone", EtapeDepot.CONTACT, Question.Nature.TELEPHONE),
            q("contact.consentementEmail", EtapeDepot.CONTACT, Question.Nature.OUI_NON),
            q("contact.consentementSms", EtapeDepot.CONTACT, Question.Nature.OUI_NON),
            choix("demandeur.situationFamiliale", EtapeDepot.FOYER, "ListeSituationFamiliale"),
            q(CO_DEMANDEUR, EtapeDepot.FOYER, Question.Nature.OUI_NON),
            q(CO + ".prenoms", EtapeDepot.CO_DEMANDEUR, Question.Nature.TEXTE),
            q(CO + ".nomNaissance", EtapeDepot.CO_DEMANDEUR, Question.Nature.TEXTE),
            q(CO + ".nomUsage", EtapeDepot.CO_DEMANDEUR, Question.Nature.TEXTE),
            q(CO + ".dateNaissance", EtapeDepot.CO_DEMANDEUR, Question.Nature.DATE),
            choix(CO + ".sexe", EtapeDepot.CO_DEMANDEUR, "ListeSexe"),
            choix(CO + ".nationalite", EtapeDepot.CO_DEMANDEUR, "ListeNationalite"),
            q(CO + ".paysNaissance", EtapeDepot.CO_DEMANDEUR, Question.Nature.PAYS),
            choix(CO + ".lienDemandeur", EtapeDepot.CO_DEMANDEUR, "ListeLienDemandeur"),
            choix(CO + ".situationProfessionnelle.typeContrat", EtapeDepot.CO_DEMANDEUR, "ListeTypeContratTravail"),
            choix(CO + ".ressourcesMensuelles[0].type", EtapeDepot.CO_DEMANDEUR, "ListeRessourceRecue"),
            q(CO + ".ressourcesMensuelles[0].montant", EtapeDepot.CO_DEMANDEUR, Question.Nature.MONTANT),
            q(CO + ".revenuFiscal.montantN1", EtapeDepot.CO_DEMANDEUR, Question.Nature.MONTANT)));
        for (int i = 0; i < PLACES_PERSONNES; i++) {
            String p = PERSONNES + "[" + i + "]";
            l.add(q(p + ".prenoms", EtapeDepot.PERSONNES, Question.Nature.TEXTE));
            l.add(q(p + ".nom", EtapeDepot.PERSONNES, Question.Nature.TEXTE));
            l.add(q(p + ".dateNaissance", EtapeDepot.PERSONNES, Question.Nature.DATE));
            l.add(choix(p + ".sexe", EtapeDepot.PERSONNES, "ListeSexe"));
            l.add(choix(p + ".lienParente", EtapeDepot.PERSONNES, "ListeLienParente"));
        }
        l.addAll(List.of(
            q("personnesANaitre.nombre", EtapeDepot.PERSONNES, Question.Nature.ENTIER),
            q("personnesANaitre.dateNaissancePrevue", EtapeDepot.PERSONNES, Question.Nature.DATE),
            q("handicap.nombrePersonnes", EtapeDepot.PERSONNES, Question.Nature.ENTIER),
            q("handicap.logementAdapteNecessaire", EtapeDepot.PERSONNES, Question.Nature.OUI_NON),
            q("handicap.precisions", EtapeDepot.PERSONNES, Question.Nature.TEXTE),
            choix("demandeur.situationProfessionnelle.typeContrat", EtapeDepot.REVENUS, "ListeTypeContratTravail"),
            choix("demandeur.ressourcesMensuelles[0].type", EtapeDepot.REVENUS, "ListeRessourceRecue"),
            q("demandeur.ressourcesMensuelles[0].montant", EtapeDepot.REVENUS, Question.Nature.MONTANT),
            q("demandeur.revenuFiscal.montantN1", EtapeDepot.REVENUS, Question.Nature.MONTANT),
            choix("logementActuel.modele", EtapeDepot.LOGEMENT, "ListeModeleLogement"),
            q("logementActuel.nombreOccupants", EtapeDepot.LOGEMENT, Question.Nature.ENTIER),
            q("logementActuel.loyerMensuel", EtapeDepot.LOGEMENT, Question.Nature.MONTANT),
            choix("motifs[0]", EtapeDepot.LOGEMENT, "ListeMotifDemande"),
            new Question("logementRecherche.typesLogement", EtapeDepot.SOUHAIT, Question.Nature.CASES,
                    "ListeTypeLogement"),
            choix("logementRecherche.categorie", EtapeDepot.SOUHAIT, "ListeCategorieLogementRecherche"),
            q("logementRecherche.communesSouhaitees[0]", EtapeDepot.SOUHAIT, Question.Nature.COMMUNE),
            q("logementRecherche.communesSouhaitees[1]", EtapeDepot.SOUHAIT, Question.Nature.COMMUNE),
            q("logementRecherche.communesSouhaitees[2]", EtapeDepot.SOUHAIT, Question.Nature.COMMUNE),
            q("logementRecherche.demandeElargie", EtapeDepot.SOUHAIT, Question.Nature.OUI_NON)));
        return List.copyOf(l);
    }

    /**
     * The questions of civil status, which a renewal or a modification shows but does not let change, for an
     * adult the demande already has (a co-demandeur added online is typed): see {@link #etatCivilEnLecture}.
     */
    public static final List<String> ETAT_CIVIL = List.of("demandeur.prenoms", "demandeur.nomNaissance",
            "demandeur.dateNaissance", CO + ".prenoms", CO + ".nomNaissance", CO + ".dateNaissance");

    /**
     * What a renewal or a modification of this content shows but does not let change: the civil status of each
     * adult it has (issue 18 §2), and, when it has a co-demandeur, the answer that there is one (removing him is a
     * separation, a guichet's act).
     */
    public static List<String> etatCivilEnLecture(Map<String, Object> contenu) {
        boolean avecCoDemandeur = valeurA(contenu, CO) instanceof Map<?, ?>;
        List<String> noms = new ArrayList<>();
        for (String nom : ETAT_CIVIL) {
            if (!nom.startsWith(CO) || avecCoDemandeur) {
                noms.add(nom);
            }
        }
        if (avecCoDemandeur) {
            noms.add(CO_DEMANDEUR);
        }
        return noms;
    }

    /** @return whether the answers say someone else signs the lease (the co-demandeur's page is then asked) */
    public static boolean avecCoDemandeur(Map<String, String> reponses) {
        return "true".equals(normalise(reponses.get(CO_DEMANDEUR)));
    }

    /** The pages these answers go through: the co-demandeur's only when someone else signs the lease. */
    public static List<EtapeDepot> parcours(Map<String, String> reponses) {
        boolean co = avecCoDemandeur(reponses);
        return java.util.Arrays.stream(EtapeDepot.values()).filter(e -> co || e != EtapeDepot.CO_DEMANDEUR).toList();
    }

    /** The page after this one on the way these answers take. */
    public static EtapeDepot suivante(EtapeDepot etape, Map<String, String> reponses) {
        return parcours(reponses).stream().filter(e -> e.ordinal() > etape.ordinal()).findFirst().orElse(etape);
    }

    /** The page before this one on the way these answers take. */
    public static EtapeDepot precedente(EtapeDepot etape, Map<String, String> reponses) {
        List<EtapeDepot> avant = parcours(reponses).stream().filter(e -> e.ordinal() < etape.ordinal()).toList();
        return avant.isEmpty() ? etape : avant.getLast();
    }

    /** The civility the registry records, from the sex answered (ListeSexe → ListeCivilite). */
    private static final Map<String, String> CIVILITE = Map.of("M", "1", "F", "2");

    private Questionnaire() {
    }

    private static Question q(String nom, EtapeDepot etape, Question.Nature nature) {
        return new Question(nom, etape, nature, null);
    }

    private static Question choix(String nom, EtapeDepot etape, String liste) {
        return new Question(nom, etape, Question.Nature.CHOIX, liste);
    }

    /** @return the questions of a page */
    public static List<Question> de(EtapeDepot etape) {
        return QUESTIONS.stream().filter(q -> q.etape() == etape).toList();
    }

    public static Optional<Question> question(String nom) {
        return QUESTIONS.stream().filter(q -> q.nom().equals(nom)).findFirst();
    }

    /**
     * The page where an error of the registry's validation is answered: that of its question; for a path above
     * or below questions (a whole rubric, a sub-field), the page of the first question it touches; else the last
     * page, which shows what no page does.
     */
    public static EtapeDepot etapeDe(String champ) {
        return questionDe(champ).map(Question::etape).orElse(EtapeDepot.VERIFICATION);
    }

    /** The question an error's path falls on, if any ({@code logementRecherche.communesSouhaitees} → the first). */
    public static Optional<Question> questionDe(String champ) {
        Optional<Question> exacte = question(champ);
        if (exacte.isPresent()) {
            return exacte;
        }
        return QUESTIONS.stream().filter(q -> q.nom().startsWith(champ + ".") || q.nom().startsWith(champ + "[")
                || champ.startsWith(q.nom() + ".") || champ.startsWith(q.nom() + "[")).findFirst();
    }

    /** The wire form of the answers, and the answers not even of their kind (a date that is none...). */
    public record Lecture(Map<String, Object> contenu, List<ErreurChamp> erreurs) {
    }

    /**
     * Reads the answers into the wire form, over the content it starts from (empty for a filing).
     *
     * @param reponses the answers by question name; several codes of {@link Question.Nature#CASES} comma-separated
     * @param base     the content it starts from (a renewal's, a modification's), in the wire form
     * @param annee    this year (the reference income asked is last year's)
     */
    public static Lecture lire(Map<String, String> reponses, Map<String, Object> base, Communes communes,
            int annee) {
        Map<String, Object> contenu = copie(base);
        List<ErreurChamp> erreurs = new ArrayList<>();
        boolean co = avecCoDemandeur(reponses);
        for (Question q : QUESTIONS) {
            if (q.duPortail() || q.place() >= 0 || (!co && q.nom().startsWith(CO + "."))) {
                // the portal's own question; the persons in care, read below; a co-demandeur not announced: the
                // content's kept as it is
                continue;
            }
            String texte = reponses.get(q.nom());
            texte = texte == null ? null : texte.strip();
            retirer(contenu, q.nom());
            if (texte == null || texte.isEmpty()) {
                continue;
            }
            Object valeur = valeur(q, texte, reponses, communes, erreurs);
            if (valeur != null) {
                placer(contenu, q.nom(), valeur);
            }
        }
        // derived, not asked
        for (String adulte : List.of("demandeur", CO)) {
            Object sexe = valeurA(contenu, adulte + ".sexe");
            if (sexe instanceof String s && CIVILITE.containsKey(s)) {
                placer(contenu, adulte + ".civilite", CIVILITE.get(s));
            }
            if (co || adulte.equals("demandeur")) {
                retirer(contenu, adulte + ".revenuFiscal.anneeN1");
                if (valeurA(contenu, adulte + ".revenuFiscal.montantN1") != null) {
                    placer(contenu, adulte + ".revenuFiscal.anneeN1", annee - 1);
                }
            }
        }
        compacter(contenu);
        if (co && !(valeurA(contenu, CO) instanceof Map<?, ?>)) {
            // announced but nothing answered: the registry says what his page lacks
            List<Object> coDemandeurs = new ArrayList<>();
            coDemandeurs.add(new LinkedHashMap<String, Object>());
            contenu.put("coDemandeurs", coDemandeurs);
        }
        personnes(reponses, base, contenu, erreurs);
        if (valeurA(contenu, "logementRecherche") instanceof Map<?, ?>) {
            placer(contenu, "logementRecherche.nombrePersonnes", personnesALoger(contenu));
        }
        return new Lecture(contenu, erreurs);
    }

    /**
     * The persons in care: one for each place answered, in the order of the places (an empty place leaves no
     * hole), each over the person the content had in that place (what the portal does not ask, his resources, is
     * kept); the content's persons beyond the places follow, kept. So the n-th person the registry checks is the
     * n-th place answered: {@link #surLesPlaces} turns its errors back to the places.
     */
    @SuppressWarnings("unchecked")
    private static void personnes(Map<String, String> reponses, Map<String, Object> base, Map<String, Object> contenu,
            List<ErreurChamp> erreurs) {
        List<?> avant = valeurA(base, PERSONNES) instanceof List<?> l ? l : List.of();
        List<Object> personnes = new ArrayList<>();
        for (int place : placesRemplies(reponses)) {
            Map<String, Object> personne = place < avant.size() && avant.get(place) instanceof Map<?, ?> m
                    ? (Map<String, Object>) copieValeur(m) : new LinkedHashMap<>();
            for (Question q : QUESTIONS) {
                if (q.place() != place) {
                    continue;
                }
                String champ = q.nom().substring(q.nom().indexOf('.') + 1);
                personne.remove(champ);
                String texte = normalise(reponses.get(q.nom()));
                Object valeur = texte.isEmpty() ? null : valeur(q, texte, reponses, NULLE_PART, erreurs);
                if (valeur != null) {
                    personne.put(champ, valeur);
                }
            }
            personnes.add(personne);
        }
        for (int i = PLACES_PERSONNES; i < avant.size(); i++) {
            personnes.add(copieValeur(avant.get(i)));
        }
        contenu.remove(PERSONNES);
        if (!personnes.isEmpty()) {
            contenu.put(PERSONNES, personnes);
        }
    }

    /** The persons in care's questions ask no commune. */
    private static final Communes NULLE_PART = new Communes() {
        @Override
        public Resolution adresse(String nom, String codePostal) {
            return new Inconnue();
        }

        @Override
        public Resolution souhaitee(String saisie) {
            return new Inconnue();
        }

        @Override
        public Optional<String> libelle(String code, boolean avecCodePostal) {
            return Optional.empty();
        }
    };

    /** The places of persons in care where something is answered, in order. */
    public static List<Integer> placesRemplies(Map<String, String> reponses) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < PLACES_PERSONNES; i++) {
            int place = i;
            if (QUESTIONS.stream().anyMatch(q -> q.place() == place && !normalise(reponses.get(q.nom())).isEmpty())) {
                places.add(i);
            }
        }
        return places;
    }

    private static final Pattern PERSONNE_DU_REGISTRE = Pattern.compile("^personnesACharge\\[(\\d+)]");

    /**
     * The registry's errors, each on the place the person was typed in: the registry numbers the persons in care
     * it was sent ({@code personnesACharge[0]} is the first place answered), the page numbers its places (the
     * first answered may be the third).
     */
    public static List<ErreurChamp> surLesPlaces(List<ErreurChamp> erreurs, Map<String, String> reponses) {
        List<Integer> places = placesRemplies(reponses);
        List<ErreurChamp> ramenees = new ArrayList<>();
        for (ErreurChamp e : erreurs) {
            Matcher m = PERSONNE_DU_REGISTRE.matcher(e.champ());
            int rang = m.find() ? Integer.parseInt(m.group(1)) : -1;
            if (rang < 0 || rang >= places.size()) {
                ramenees.add(e);
            } else {
                ramenees.add(new ErreurChamp(PERSONNES + "[" + places.get(rang) + "]" + e.champ().substring(m.end()),
                        e.code(), e.message()));
            }
        }
        return ramenees;
    }

    /** The persons of the household to house: the applicant, the co-demandeurs, the persons in care, the births. */
    private static int personnesALoger(Map<String, Object> contenu) {
        int n = 1 + taille(valeurA(contenu, "coDemandeurs")) + taille(valeurA(contenu, "personnesACharge"));
        if (valeurA(contenu, "personnesANaitre.nombre") instanceof Number naitre) {
            n += naitre.intValue();
        }
        return n;
    }

    private static int taille(@Nullable Object liste) {
        return liste instanceof List<?> l ? l.size() : 0;
    }

    private static @Nullable Object valeur(Question q, String texte, Map<String, String> reponses, Communes communes,
            List<ErreurChamp> erreurs) {
        switch (q.nature()) {
            case TEXTE, CHOIX, PAYS, COURRIEL -> {
                return texte;
            }
            case TELEPHONE -> {
                return TELEPHONE_SEPARATEURS.matcher(texte).replaceAll("");
            }
            case DATE -> {
                LocalDate date = date(texte);
                if (date == null) {
                    erreurs.add(ErreurChamp.de(q.nom(), CodeMotif.FORMAT_INVALIDE));
                }
                return date == null ? null : date.toString();
            }
            case ENTIER -> {
                try {
                    return Integer.valueOf(texte.replace(" ", ""));
                } catch (NumberFormatException e) {
                    erreurs.add(ErreurChamp.de(q.nom(), CodeMotif.FORMAT_INVALIDE));
                    return null;
                }
            }
            case MONTANT -> {
                try {
                    return new BigDecimal(texte.replace(" ", "").replace("\u00a0", "").replace("€", "")
                            .replace(',', '.'));
                } catch (NumberFormatException e) {
                    erreurs.add(ErreurChamp.de(q.nom(), CodeMotif.FORMAT_INVALIDE));
                    return null;
                }
            }
            case OUI_NON -> {
                return switch (texte) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> {
                        erreurs.add(ErreurChamp.de(q.nom(), CodeMotif.FORMAT_INVALIDE));
                        yield null;
                    }
                };
            }
            case CASES -> {
                return new ArrayList<Object>(Arrays.stream(texte.split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).distinct().toList());
            }
            case COMMUNE_ADRESSE -> {
                String codePostal = reponses.getOrDefault("adresse.codePostal", "").strip();
                return commune(q, texte, communes.adresse(texte, codePostal), erreurs);
            }
            case COMMUNE -> {
                return commune(q, texte, communes.souhaitee(texte), erreurs);
            }
        }
        throw new IllegalStateException(q.nature().name());
    }

    private static @Nullable String commune(Question q, String texte, Communes.Resolution resolution,
            List<ErreurChamp> erreurs) {
        return switch (resolution) {
            case Communes.Trouvee(String code) -> code;
            case Communes.Inconnue() -> {
                erreurs.add(new ErreurChamp(q.nom(), CodeMotif.COMMUNE_INCONNUE,
                        CodeMotif.COMMUNE_INCONNUE.message(Map.of("code", texte))));
                yield null;
            }
            case Communes.Ambigue() -> {
                erreurs.add(new ErreurChamp(q.nom(), CodeMotif.COMMUNE_AMBIGUE,
                        CodeMotif.COMMUNE_AMBIGUE.message(Map.of("nom", texte))));
                yield null;
            }
        };
    }

    /** A date typed ISO (the date field) or JJ/MM/AAAA; null when it is none. */
    static @Nullable LocalDate date(String texte) {
        try {
            return texte.contains("/") ? LocalDate.parse(texte, DATE_FRANCAISE) : LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The answers a content gives (to start a renewal or a modification from it): each question's value as the
     * person would type it, communes by their name.
     */
    public static Map<String, String> reponses(Map<String, Object> contenu, Communes communes) {
        Map<String, String> reponses = new LinkedHashMap<>();
        for (Question q : QUESTIONS) {
            Object valeur = q.nom().equals(CO_DEMANDEUR)
                    ? (valeurA(contenu, CO) instanceof Map<?, ?> ? Boolean.TRUE : null)
                    : valeurA(contenu, q.nom());
            if (valeur == null) {
                continue;
            }
            String texte = switch (q.nature()) {
                case CASES -> valeur instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                        : String.valueOf(valeur);
                case COMMUNE_ADRESSE -> communes.libelle(String.valueOf(valeur), false).orElse(String.valueOf(valeur));
                case COMMUNE -> communes.libelle(String.valueOf(valeur), true).orElse(String.valueOf(valeur));
                case MONTANT -> new BigDecimal(String.valueOf(valeur)).stripTrailingZeros().toPlainString();
                default -> String.valueOf(valeur);
            };
            reponses.put(q.nom(), texte);
        }
        return reponses;
    }

    /** The questions whose answer differs between two sets of answers (what a renewal changes). */
    public static List<Question> changees(Map<String, String> avant, Map<String, String> apres) {
        return QUESTIONS.stream().filter(q -> !normalise(avant.get(q.nom())).equals(normalise(apres.get(q.nom()))))
                .toList();
    }

    private static String normalise(@Nullable String texte) {
        return texte == null ? "" : texte.strip();
    }

    // --- paths in the wire form ----------------------------------------------------------------------------

    /** The value at a path ({@code demandeur.ressourcesMensuelles[0].montant}), null when absent. */
    public static @Nullable Object valeurA(Map<String, Object> racine, String chemin) {
        Object courant = racine;
        for (String segment : chemin.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches() || !(courant instanceof Map<?, ?> objet)) {
                return null;
            }
            courant = objet.get(m.group(1));
            if (m.group(2) != null) {
                int i = Integer.parseInt(m.group(2));
                if (!(courant instanceof List<?> liste) || i >= liste.size()) {
                    return null;
                }
                courant = liste.get(i);
            }
        }
        return courant;
    }

    @SuppressWarnings("unchecked")
    static void placer(Map<String, Object> racine, String chemin, Object valeur) {
        String[] segments = chemin.split("\\.");
        Object courant = racine;
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                throw new IllegalArgumentException(chemin);
            }
            boolean dernier = s == segments.length - 1;
            Map<String, Object> objet = (Map<String, Object>) courant;
            String cle = m.group(1);
            if (m.group(2) == null) {
                if (dernier) {
                    objet.put(cle, valeur);
                } else {
                    courant = objet.computeIfAbsent(cle, k -> new LinkedHashMap<String, Object>());
                }
            } else {
                int i = Integer.parseInt(m.group(2));
                List<Object> liste = (List<Object>) objet.computeIfAbsent(cle, k -> new ArrayList<>());
                while (liste.size() <= i) {
                    liste.add(null);
                }
                if (dernier) {
                    liste.set(i, valeur);
                } else {
                    if (!(liste.get(i) instanceof Map)) {
                        liste.set(i, new LinkedHashMap<String, Object>());
                    }
                    courant = liste.get(i);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void retirer(Map<String, Object> racine, String chemin) {
        int point = chemin.lastIndexOf('.');
        Object parent = point < 0 ? racine : valeurA(racine, chemin.substring(0, point));
        Matcher m = SEGMENT.matcher(chemin.substring(point + 1));
        if (!m.matches() || !(parent instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> objet = (Map<String, Object>) parent;
        if (m.group(2) == null) {
            objet.remove(m.group(1));
        } else if (objet.get(m.group(1)) instanceof List<?> liste && Integer.parseInt(m.group(2)) < liste.size()) {
            ((List<Object>) liste).set(Integer.parseInt(m.group(2)), null);
        }
    }

    /** Drops the holes a removed answer leaves: null items, empty objects in lists, empty objects. */
    @SuppressWarnings("unchecked")
    private static boolean compacter(Object valeur) {
        if (valeur instanceof Map<?, ?> objet) {
            ((Map<String, Object>) objet).values().removeIf(v -> v == null || compacter(v));
            return objet.isEmpty();
        }
        if (valeur instanceof List<?> liste) {
            ((List<Object>) liste).removeIf(v -> v == null || (v instanceof Map<?, ?> && compacter(v)));
            return false;
        }
        return false;
    }

    /** A deep copy, mutable. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> copie(Map<String, Object> objet) {
        Map<String, Object> copie = new LinkedHashMap<>();
        objet.forEach((cle, valeur) -> copie.put(cle, copieValeur(valeur)));
        return copie;
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Object copieValeur(@Nullable Object valeur) {
        if (valeur instanceof Map<?, ?> m) {
            return copie((Map<String, Object>) m);
        }
        if (valeur instanceof List<?> l) {
            List<Object> copie = new ArrayList<>();
            l.forEach(v -> copie.add(copieValeur(v)));
            return copie;
        }
        return valeur;
    }
}
