package fr.sne.guichet.administration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.TexteSaisi;
import fr.sne.guichet.administration.Administration.SaisieAgent;
import fr.sne.guichet.administration.Administration.SaisieClientApi;
import fr.sne.guichet.administration.Administration.SaisieGuichet;

/**
 * The field-by-field rules of the administration forms, with the formats the database enforces (V1, V11, V70):
 * every error at once, each with its field, a code of {@link CodeMotif} and a French sentence.
 */
public final class ReglesSaisie {

    static final Pattern CODE_GUICHET = Pattern.compile("G[0-9A-Z]{4}");
    static final Pattern IDENTIFIANT_AGENT = Pattern.compile("[a-z0-9._-]{3,100}");
    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{3,100}");
    static final Pattern CODE_POSTAL = Pattern.compile("[0-9]{5}");
    static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9 .()-]{6,19}");
    /** One @, something on each side, a dot in the domain, no space: what a professional address looks like. */
    static final Pattern COURRIEL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    static final int MAX_LIGNE = 200;
    static final int MAX_COURRIEL = 254;

    private ReglesSaisie() {
    }

    /** A guichet's form once checked, normalised (codes in upper case, texts stripped, empty as null). */
    public record GuichetValide(String code, String nom, TypeGuichet type, String territoire,
            @Nullable String adresseLigne1, @Nullable String adresseLigne2, @Nullable String codePostal,
            @Nullable String commune, @Nullable String telephone) {
    }

    /** An agent's form once checked; the login in lower case. */
    public record AgentValide(String identifiant, String nom, String courriel) {
    }

    /**
     * @param territoire       the territory decided by {@link PerimetreAdministration#territoireDeCreation}
     * @param territoireConnu  whether a territory code exists (the referential's)
     * @throws DonneesInvalidesException listing every field in error
     */
    public static GuichetValide guichet(SaisieGuichet saisie, @Nullable String territoire,
            Predicate<String> territoireConnu) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        String code = texte(saisie.code());
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
        }
        if (code == null) {
            erreurs.add(ErreurChamp.de("code", CodeMotif.OBLIGATOIRE));
        } else if (!CODE_GUICHET.matcher(code).matches()) {
            erreurs.add(new ErreurChamp("code", CodeMotif.FORMAT_INVALIDE,
                    "Le code d'un guichet est la lettre G suivie de 4 chiffres ou lettres majuscules, par exemple G5903."));
        }
        String nom = obligatoire("nom", saisie.nom(), MAX_LIGNE, erreurs);
        TypeGuichet type = null;
        String typeSaisi = texte(saisie.type());
        if (typeSaisi == null) {
            erreurs.add(ErreurChamp.de("type", CodeMotif.OBLIGATOIRE));
        } else {
            for (TypeGuichet t : TypeGuichet.values()) {
                if (t.name().equals(typeSaisi)) {
                    type = t;
                }
            }
            if (type == null) {
                erreurs.add(new ErreurChamp("type", CodeMotif.CODE_INCONNU, "Choisissez un type de guichet de la liste."));
            }
        }
        if (territoire == null) {
            erreurs.add(ErreurChamp.de("territoire", CodeMotif.OBLIGATOIRE));
        } else if (!territoireConnu.test(territoire)) {
            erreurs.add(new ErreurChamp("territoire", CodeMotif.CODE_INCONNU, "Territoire inconnu : indiquez le code "
                    + "du département sur 3 caractères (059, 02A, 971) ou 111 pour l'Île-de-France."));
        }
        String ligne1 = facultatif("adresseLigne1", saisie.adresseLigne1(), MAX_LIGNE, erreurs);
        String ligne2 = facultatif("adresseLigne2", saisie.adresseLigne2(), MAX_LIGNE, erreurs);
        String codePostal = facultatif("codePostal", saisie.codePostal(), 5, erreurs);
        if (codePostal != null && !CODE_POSTAL.matcher(codePostal).matches()) {
            erreurs.add(new ErreurChamp("codePostal", CodeMotif.FORMAT_INVALIDE, "Le code postal compte 5 chiffres."));
        }
        String commune = facultatif("commune", saisie.commune(), TexteSaisi.MAX_NOM, erreurs);
        String telephone = facultatif("telephone", saisie.telephone(), 20, erreurs);
        if (telephone != null && !TELEPHONE.matcher(telephone).matches()) {
            erreurs.add(new ErreurChamp("telephone", CodeMotif.FORMAT_INVALIDE,
                    "Numéro de téléphone attendu : des chiffres, espaces ou points, par exemple 03 20 00 00 00."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return new GuichetValide(code, nom, type, territoire, ligne1, ligne2, codePostal, commune, telephone);
    }

    /** @throws DonneesInvalidesException listing every field in error */
    public static AgentValide agent(SaisieAgent saisie) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        String identifiant = texte(saisie.identifiant());
        if (identifiant == null) {
            erreurs.add(ErreurChamp.de("identifiant", CodeMotif.OBLIGATOIRE));
        } else {
            identifiant = identifiant.toLowerCase(Locale.ROOT);
            if (!IDENTIFIANT_AGENT.matcher(identifiant).matches()) {
                erreurs.add(new ErreurChamp("identifiant", CodeMotif.FORMAT_INVALIDE, "De 3 à 100 caractères : lettres "
                        + "sans accent, chiffres, point, tiret ou tiret bas, par exemple c.martin-g5903."));
            }
        }
        String nom = obligatoire("nom", saisie.nom(), MAX_LIGNE, erreurs);
        String courriel = obligatoire("courriel", saisie.courriel(), MAX_COURRIEL, erreurs);
        if (courriel != null && !COURRIEL.matcher(courriel).matches()) {
            erreurs.add(new ErreurChamp("courriel", CodeMotif.EMAIL_INVALIDE,
                    "Adresse électronique invalide : elle a la forme prenom.nom@organisme.fr."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return new AgentValide(identifiant, nom, courriel);
    }

    /**
     * @return the client id
     * @throws DonneesInvalidesException when it is missing or malformed
     */
    public static String clientApi(SaisieClientApi saisie) {
        String clientId = texte(saisie.clientId());
        if (clientId == null) {
            throw new DonneesInvalidesException(List.of(ErreurChamp.de("clientId", CodeMotif.OBLIGATOIRE)));
        }
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("clientId", CodeMotif.FORMAT_INVALIDE,
                    "De 3 à 100 caractères : lettres sans accent, chiffres, point, tiret ou tiret bas, par exemple "
                            + "logiciel-g5903.")));
        }
        return clientId;
    }

    private static @Nullable String texte(@Nullable String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.strip();
    }

    private static @Nullable String obligatoire(String champ, @Nullable String valeur, int max,
            List<ErreurChamp> erreurs) {
        String texte = texte(valeur);
        if (texte == null) {
            erreurs.add(ErreurChamp.de(champ, CodeMotif.OBLIGATOIRE));
            return null;
        }
        return verifie(champ, texte, max, erreurs);
    }

    private static @Nullable String facultatif(String champ, @Nullable String valeur, int max,
            List<ErreurChamp> erreurs) {
        String texte = texte(valeur);
        return texte == null ? null : verifie(champ, texte, max, erreurs);
    }

    private static @Nullable String verifie(String champ, String texte, int max, List<ErreurChamp> erreurs) {
        int avant = erreurs.size();
        TexteSaisi.verifier(champ, texte, max, erreurs);
        return erreurs.size() == avant ? texte : null;
    }
}
