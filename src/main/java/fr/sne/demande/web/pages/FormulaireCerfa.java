package fr.sne.demande.web.pages;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.TexteSaisi;
import fr.sne.commun.NombreSaisi;
import fr.sne.demande.application.validation.RegleMontant;
import fr.sne.demande.domaine.ContenuDemande;

/**
 * The bridge between the HTML form of a step and the demande's content: each form field is named by the JSON
 * path of its field in {@link ContenuDemande} ("demandeur.dateNaissance", "personnesACharge[1].nom"), the very
 * path the validation names in its errors, so that an error lands on its field. A step's POST replaces the
 * fields of its step and keeps the others; a value that is not even of its field's type (a date, a number), or
 * a number out of the bounds the API reads numbers within (more than {@link NombreSaisi#LONGUEUR_MAX} characters,
 * an integer beyond {@code int}, an amount {@link RegleMontant} refuses), is kept apart as typed, so that nothing
 * is lost and a draft only ever holds numbers that can be written and read back. The fields are found from the
 * records themselves: a field name the content does not have is ignored.
 */
final class FormulaireCerfa {

    private static final Pattern SEGMENT = Pattern.compile("^([a-zA-Z][a-zA-Z0-9]{0,39})(?:\\[(\\d{1,3})])?$");
    private static final Pattern INDICES = Pattern.compile("\\[\\d+]");
    private static final DateTimeFormatter DATE_FRANCAISE = DateTimeFormatter.ofPattern("d/M/uuuu");
    /** Beyond this index a repeated group is not a form's: ignored (the validation bounds the lists lower). */
    static final int MAX_INDICE = 100;

    /** Every leaf of the content by its path with "[]" for the indices, and its type. */
    private static final Map<String, Class<?>> FEUILLES = new LinkedHashMap<>();

    static {
        repertorier(ContenuDemande.class, "");
    }

    /** The content and what could not be read into it. */
    record Fusion(ContenuDemande contenu, Map<String, String> saisiesBrutes) {
    }

    private FormulaireCerfa() {
    }

    /** @return the type of the field at this path, or null when the content has no such field */
    static @Nullable Class<?> type(String chemin) {
        return FEUILLES.get(INDICES.matcher(chemin).replaceAll("[]"));
    }

    /** Every non-empty field of the content, by path, as a form shows it (dates ISO, amounts plain). */
    static Map<String, String> aplatir(ContenuDemande contenu) {
        Map<String, String> valeurs = new LinkedHashMap<>();
        aplatir(contenu, "", valeurs);
        return valeurs;
    }

    /**
     * The draft's content with the fields of {@code etape} replaced by the form's.
     *
     * @param formulaire  the request's parameters (a repeated field, such as checkboxes, with several values)
     * @param communes    turns what was typed in a commune field into its INSEE code when it names one
     */
    static Fusion fusionner(ContenuDemande brouillon, Map<String, String> brutes, EtapeCerfa etape,
            Map<String, String[]> formulaire, UnaryOperator<String> communes) {
        Map<String, String> valeurs = new LinkedHashMap<>(aplatir(brouillon));
        valeurs.keySet().removeIf(etape::possede);
        Map<String, String> saisiesBrutes = new LinkedHashMap<>(brutes);
        saisiesBrutes.keySet().removeIf(etape::possede);
        formulaire.forEach((nom, saisies) -> {
            if (!etape.possede(nom) || !nomValide(nom)) {
                return;
            }
            Class<?> typeListe = INDICES.matcher(nom).find() || nom.endsWith("]") ? null : FEUILLES.get(nom + "[]");
            if (typeListe != null) {
                int i = 0;
                for (String saisie : saisies) {
                    if (saisie != null && !saisie.isBlank() && i < MAX_INDICE) {
                        valeurs.put(nom + "[" + i++ + "]", TexteSaisi.stockable(saisie.strip()));
                    }
                }
            } else if (type(nom) != null && saisies.length > 0 && saisies[0] != null && !saisies[0].isBlank()) {
                valeurs.put(nom, TexteSaisi.stockable(saisies[0].strip()));
            }
        });
        if (etape == EtapeCerfa.CO_DEMANDEUR) {
            // a co-demandeur whose identity was emptied is gone, his resources (typed at another step) with him
            java.util.Set<String> presents = new java.util.HashSet<>();
            valeurs.keySet().stream().filter(etape::possede).forEach(c -> presents.add(c.substring(0, c.indexOf(']') + 1)));
            saisiesBrutes.keySet().stream().filter(etape::possede)
                    .forEach(c -> presents.add(c.substring(0, c.indexOf(']') + 1)));
            valeurs.keySet().removeIf(c -> c.startsWith("coDemandeurs[") && !presents.contains(
                    c.substring(0, c.indexOf(']') + 1)));
        }
        Map<String, Object> arbre = new LinkedHashMap<>();
        valeurs.forEach((chemin, texte) -> {
            String valeur = estCommune(chemin) ? communes.apply(texte) : texte;
            Class<?> type = type(chemin);
            Object converti = type == null ? null : convertir(type, valeur);
            if (converti == null) {
                if (type != null) {
                    saisiesBrutes.put(chemin, texte);
                }
                return;
            }
            placer(arbre, chemin, converti);
        });
        ContenuDemande contenu = (ContenuDemande) construire(ContenuDemande.class, arbre);
        return new Fusion(contenu == null ? fr.sne.demande.domaine.Brouillon.contenuVide() : contenu, saisiesBrutes);
    }

    /**
     * As {@link #fusionner}, for a content that did not come from this form (a registered demande being
     * modified): the step's fields the form does not show (a second co-demandeur, the years of the fiscal
     * incomes, a dependant's resources...) are kept as they are, rather than emptied. A field the form shows is
     * always sent by the browser (empty when emptied), so a field of the step absent from the form is one it does
     * not show; a repeated line whose shown fields were all emptied goes with its hidden fields.
     */
    static Fusion fusionnerSansPerte(ContenuDemande brouillon, Map<String, String> brutes, EtapeCerfa etape,
            Map<String, String[]> formulaire, UnaryOperator<String> communes) {
        Map<String, String[]> complet = new LinkedHashMap<>(formulaire);
        aplatir(brouillon).forEach((chemin, valeur) -> {
            // a list of values (checkboxes, communes) is shown whole: when absent, it was emptied
            if (etape.possede(chemin) && !chemin.endsWith("]") && !formulaire.containsKey(chemin)
                    && !brutes.containsKey(chemin) && !ligneVidee(chemin, formulaire)) {
                complet.put(chemin, new String[] {valeur});
            }
        });
        return fusionner(brouillon, brutes, etape, complet, communes);
    }

    /** True when a repeated line holding this field ("personnesACharge[1]") was sent with every shown field empty. */
    private static boolean ligneVidee(String chemin, Map<String, String[]> formulaire) {
        for (int fin = chemin.indexOf(']'); fin >= 0; fin = chemin.indexOf(']', fin + 1)) {
            String ligne = chemin.substring(0, fin + 1) + ".";
            boolean envoyee = false;
            boolean remplie = false;
            for (Map.Entry<String, String[]> champ : formulaire.entrySet()) {
                if (champ.getKey().startsWith(ligne)) {
                    envoyee = true;
                    for (String saisie : champ.getValue()) {
                        remplie |= saisie != null && !saisie.isBlank();
                    }
                }
            }
            if (envoyee && !remplie) {
                return true;
            }
        }
        return false;
    }

    /** The fields holding an INSEE commune code, typed as a name or a code in the form. */
    static boolean estCommune(String chemin) {
        return chemin.startsWith("logementRecherche.communesSouhaitees") || chemin.equals("adresse.commune")
                || chemin.endsWith(".communeNaissance");
    }

    private static boolean nomValide(String nom) {
        for (String segment : nom.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches() || (m.group(2) != null && Integer.parseInt(m.group(2)) >= MAX_INDICE)) {
                return false;
            }
        }
        return true;
    }

    /** The value of a field typed as text, or null when it is not one of its type. */
    static @Nullable Object convertir(Class<?> type, String texte) {
        String t = texte.strip();
        try {
            if (type == String.class) {
                return t;
            }
            if (type == LocalDate.class) {
                return t.contains("/") ? LocalDate.parse(t, DATE_FRANCAISE) : LocalDate.parse(t);
            }
            if (type == Integer.class) {
                String entier = t.replaceAll("[\\s\\u00a0\\u202f]", "");
                return NombreSaisi.tropLong(entier) ? null : Integer.valueOf(entier);
            }
            if (type == BigDecimal.class) {
                BigDecimal montant = montant(t);
                return montant != null && RegleMontant.recevable(montant) ? montant : null;
            }
            if (type == Boolean.class) {
                return switch (t) {
                    case "true", "oui" -> Boolean.TRUE;
                    case "false", "non" -> Boolean.FALSE;
                    default -> null;
                };
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        throw new IllegalStateException("type de champ non prévu : " + type);
    }

    /**
     * The number typed in an amount field ("1 520,50 €"), within the bound of the numbers the application reads
     * ({@link NombreSaisi}), whatever its value; null when it is not one. Every field of type {@link BigDecimal}
     * in the content is an amount.
     */
    static @Nullable BigDecimal montant(String texte) {
        String nombre = texte.strip().replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        if (NombreSaisi.tropLong(nombre)) {
            return null;
        }
        try {
            return new BigDecimal(nombre);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static void placer(Map<String, Object> arbre, String chemin, Object valeur) {
        String[] segments = chemin.split("\\.");
        Map<String, Object> noeud = arbre;
        for (int i = 0; i < segments.length; i++) {
            Matcher m = SEGMENT.matcher(segments[i]);
            if (!m.matches()) {
                return;
            }
            boolean dernier = i == segments.length - 1;
            if (m.group(2) == null) {
                if (dernier) {
                    noeud.put(m.group(1), valeur);
                } else {
                    noeud = (Map<String, Object>) noeud.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>());
                }
            } else {
                TreeMap<Integer, Object> liste = (TreeMap<Integer, Object>) noeud.computeIfAbsent(m.group(1),
                        k -> new TreeMap<Integer, Object>());
                int indice = Integer.parseInt(m.group(2));
                if (dernier) {
                    liste.put(indice, valeur);
                } else {
                    noeud = (Map<String, Object>) liste.computeIfAbsent(indice, k -> new LinkedHashMap<>());
                }
            }
        }
    }

    /** A record from its fields' tree; null when no field of it holds anything. */
    @SuppressWarnings("unchecked")
    private static @Nullable Object construire(Class<?> type, Map<String, Object> noeud) {
        RecordComponent[] composants = type.getRecordComponents();
        Object[] arguments = new Object[composants.length];
        boolean vide = true;
        for (int i = 0; i < composants.length; i++) {
            RecordComponent c = composants[i];
            Object v = noeud.get(c.getName());
            if (v == null) {
                continue;
            }
            if (c.getType() == List.class) {
                Class<?> element = elementDe(c);
                List<Object> liste = new ArrayList<>();
                for (Object e : ((TreeMap<Integer, Object>) v).values()) {
                    Object el = element.isRecord() ? construire(element, (Map<String, Object>) e) : e;
                    if (el != null) {
                        liste.add(el);
                    }
                }
                arguments[i] = liste;
                vide &= liste.isEmpty();
            } else if (c.getType().isRecord()) {
                arguments[i] = construire(c.getType(), (Map<String, Object>) v);
                vide &= arguments[i] == null;
            } else {
                arguments[i] = v;
                vide = false;
            }
        }
        if (vide && type != ContenuDemande.class) {
            return null;
        }
        try {
            Constructor<?> constructeur = type.getDeclaredConstructor(
                    Arrays.stream(composants).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructeur.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("construction de " + type.getSimpleName(), e);
        }
    }

    private static void aplatir(@Nullable Object valeur, String chemin, Map<String, String> valeurs) {
        if (valeur == null) {
            return;
        }
        if (valeur instanceof List<?> liste) {
            for (int i = 0; i < liste.size(); i++) {
                aplatir(liste.get(i), chemin + "[" + i + "]", valeurs);
            }
        } else if (valeur.getClass().isRecord()) {
            for (RecordComponent c : valeur.getClass().getRecordComponents()) {
                try {
                    aplatir(c.getAccessor().invoke(valeur), (chemin.isEmpty() ? "" : chemin + ".") + c.getName(),
                            valeurs);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (valeur instanceof BigDecimal montant) {
            valeurs.put(chemin, montant.toPlainString());
        } else {
            String texte = valeur.toString();
            if (!texte.isBlank()) {
                valeurs.put(chemin, texte);
            }
        }
    }

    private static void repertorier(Class<?> type, String prefixe) {
        for (RecordComponent c : type.getRecordComponents()) {
            String chemin = prefixe + c.getName();
            if (c.getType() == List.class) {
                Class<?> element = elementDe(c);
                if (element.isRecord()) {
                    repertorier(element, chemin + "[].");
                } else {
                    FEUILLES.put(chemin + "[]", element);
                }
            } else if (c.getType().isRecord()) {
                repertorier(c.getType(), chemin + ".");
            } else {
                FEUILLES.put(chemin, c.getType());
            }
        }
    }

    private static Class<?> elementDe(RecordComponent c) {
        return (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
    }

    /** For the tests: every field path known. */
    static Map<String, Class<?>> feuilles() {
        return new HashMap<>(FEUILLES);
    }
}
