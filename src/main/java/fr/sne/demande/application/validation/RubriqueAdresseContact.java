package fr.sne.demande.application.validation;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.demande.domaine.ContenuDemande.Adresse;
import fr.sne.demande.domaine.ContenuDemande.Contact;
import fr.sne.referentiel.Commune;

/**
 * The demandeur's address (a French commune by its INSEE code and postcode, without a country; or a town abroad
 * with its country's COG name, France and its DROM-COM not being countries: ADR 0019)
 * and how to reach them (telephone, e-mail, consents to be informed by e-mail or SMS).
 */
final class RubriqueAdresseContact {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern TELEPHONE = Pattern.compile("^\\+?[0-9]{9,15}$");
    private static final Pattern CODE_POSTAL = Pattern.compile("^[0-9]{5}$");

    private RubriqueAdresseContact() {
    }

    static @Nullable Adresse adresse(Controle c, String champ, @Nullable Adresse a) {
        if (!c.obligatoire(champ, a)) {
            return null;
        }
        c.obligatoire(champ + ".voie", a.voie());
        // no country: an address in France (DROM-COM included), which its commune locates; a country is abroad
        boolean etranger = a.pays() != null && !a.pays().isBlank();
        String nomPays = etranger ? c.pays(champ + ".pays", a.pays()) : null;
        if (!etranger) {
            if (c.obligatoire(champ + ".commune", a.commune())) {
                Optional<Commune> commune = c.geographie.commune(a.commune().strip());
                if (commune.isEmpty()) {
                    c.erreur(champ + ".commune", CodeMotif.COMMUNE_INCONNUE, "Code commune INSEE inconnu : "
                            + a.commune() + ".");
                } else if (a.codePostal() != null && !commune.get().codesPostaux().isEmpty()
                        && !commune.get().codesPostaux().contains(a.codePostal().strip())) {
                    c.erreur(champ + ".codePostal", CodeMotif.CODE_POSTAL_INCOHERENT, "Le code postal "
                            + a.codePostal() + " n'est pas celui de " + commune.get().nom() + " ("
                            + String.join(", ", commune.get().codesPostaux()) + ").");
                }
            }
            if (c.obligatoire(champ + ".codePostal", a.codePostal())
                    && !CODE_POSTAL.matcher(a.codePostal().strip()).matches()) {
                c.erreur(champ + ".codePostal", CodeMotif.FORMAT_INVALIDE, "Le code postal compte 5 chiffres.");
            }
        } else if (nomPays != null) {
            c.obligatoire(champ + ".ville", a.ville());
            if (a.commune() != null) {
                c.erreur(champ + ".commune", CodeMotif.NON_APPLICABLE, "Une adresse à l'étranger n'a pas de code "
                        + "commune INSEE ; indiquez la ville.");
            }
        }
        return new Adresse(Controle.texte(a.voie()), Controle.texte(a.complement()), Controle.texte(a.chez()),
                Controle.texte(a.codePostal()), Controle.texte(a.commune()), Controle.texte(a.ville()), nomPays);
    }

    static @Nullable Contact contact(Controle c, String champ, @Nullable Contact saisi) {
        if (saisi == null) {
            return null;
        }
        String email = Controle.texte(saisi.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            c.erreur(champ + ".email", CodeMotif.EMAIL_INVALIDE, CodeMotif.EMAIL_INVALIDE.message());
        }
        String telephone = saisi.telephone() == null ? null : saisi.telephone().replaceAll("[ .-]", "");
        if (telephone != null && !telephone.isEmpty() && !TELEPHONE.matcher(telephone).matches()) {
            c.erreur(champ + ".telephone", CodeMotif.FORMAT_INVALIDE, "Numéro de téléphone invalide.");
        }
        if (Boolean.TRUE.equals(saisi.consentementEmail()) && email == null) {
            c.erreur(champ + ".email", CodeMotif.OBLIGATOIRE, "Une adresse électronique est nécessaire pour "
                    + "recevoir les informations par courriel.");
        }
        if (Boolean.TRUE.equals(saisi.consentementSms()) && (telephone == null || telephone.isEmpty())) {
            c.erreur(champ + ".telephone", CodeMotif.OBLIGATOIRE, "Un numéro est nécessaire pour recevoir les SMS.");
        }
        return new Contact(telephone == null || telephone.isEmpty() ? null : telephone, email,
                Boolean.TRUE.equals(saisi.consentementEmail()), Boolean.TRUE.equals(saisi.consentementSms()));
    }
}
