package fr.sne.demande.application.validation;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.demande.domaine.ContenuDemande.Personne;
import fr.sne.demande.domaine.nir.Nir;
import fr.sne.demande.domaine.nir.ResultatNir;

/**
 * Rubrics a) identity and c) family situation of an adult (demandeur or co-demandeur, Cerfa 14069 A and B):
 * names, birth, nationality, NIR consistent with sex and birth date. Its situation and resources are checked
 * by {@link RubriqueRessources}.
 */
final class RubriqueIdentite {

    private RubriqueIdentite() {
    }

    /** The adult normalised (NIR without spaces, country of birth as its COG name), or null if absent. */
    static @Nullable Personne valider(Controle c, String champ, @Nullable Personne p, boolean coDemandeur) {
        if (!c.obligatoire(champ, p)) {
            return null;
        }
        c.code(champ + ".civilite", p.civilite(), "ListeCivilite", true);
        c.nom(champ + ".nomNaissance", p.nomNaissance(), true);
        c.nom(champ + ".nomUsage", p.nomUsage(), false);
        c.nom(champ + ".prenoms", p.prenoms(), true);
        c.dateNaissance(champ + ".dateNaissance", p.dateNaissance());
        c.code(champ + ".sexe", p.sexe(), "ListeSexe", true);
        c.code(champ + ".nationalite", p.nationalite(), "ListeNationalite", true);
        c.code(champ + ".situationFamiliale", p.situationFamiliale(), "ListeSituationFamiliale", false);
        if (coDemandeur) {
            c.code(champ + ".lienDemandeur", p.lienDemandeur(), "ListeLienDemandeur", true);
        } else if (p.lienDemandeur() != null) {
            c.erreur(champ + ".lienDemandeur", CodeMotif.NON_APPLICABLE, "Le lien au demandeur ne concerne que les "
                    + "co-demandeurs.");
        }
        String paysNaissance = paysNaissance(c, champ, p);
        @Nullable Nir nir = nir(c, champ + ".nir", p);
        RubriqueRessources.situationEtRevenus(c, champ, p);
        return new Personne(Controle.texte(p.civilite()), Controle.texte(p.nomNaissance()),
                Controle.texte(p.nomUsage()), Controle.texte(p.prenoms()), p.dateNaissance(),
                Controle.texte(p.sexe()), Controle.texte(p.nationalite()), paysNaissance,
                Controle.texte(p.communeNaissance()), nir == null ? null : nir.valeur(),
                Controle.texte(p.situationFamiliale()), Controle.texte(p.lienDemandeur()),
                p.situationProfessionnelle(), p.revenuFiscal(), p.ressourcesMensuelles());
    }

    /**
     * Country of birth, for one born abroad: a COG name (case and accents ignored) or, deprecated, a COG code;
     * kept as its COG name (ADR 0019). One born in France leaves it empty (France and the DROM-COM are refused as
     * countries) and may give the commune of birth.
     */
    private static @Nullable String paysNaissance(Controle c, String champ, Personne p) {
        String valeur = Controle.texte(p.paysNaissance());
        String nomPays = valeur == null ? null : c.pays(champ + ".paysNaissance", valeur);
        if (p.communeNaissance() != null && !p.communeNaissance().isBlank()) {
            if (nomPays != null) {
                c.erreur(champ + ".communeNaissance", CodeMotif.NON_APPLICABLE,
                        "Une commune de naissance française ne va pas avec un pays de naissance étranger.");
            } else if (c.geographie.commune(p.communeNaissance().strip()).isEmpty()) {
                c.erreur(champ + ".communeNaissance", CodeMotif.COMMUNE_INCONNUE, "Code commune INSEE inconnu : "
                        + p.communeNaissance() + ".");
            }
        }
        return nomPays;
    }

    private static @Nullable Nir nir(Controle c, String champ, Personne p) {
        if (p.nir() == null || p.nir().isBlank()) {
            return null;
        }
        return switch (Nir.analyser(p.nir())) {
            case ResultatNir.Invalide invalide -> {
                c.erreur(champ, CodeMotif.valueOf(invalide.code()), invalide.message());
                yield null;
            }
            case ResultatNir.Valide(Nir nir) -> {
                if (p.dateNaissance() != null && p.sexe() != null && p.sexe().length() == 1) {
                    for (String incoherence : Nir.incoherences(nir, p.sexe().charAt(0), p.dateNaissance())) {
                        c.erreur(champ, CodeMotif.valueOf(incoherence), "Le NIR ne correspond pas au sexe ou à la "
                                + "date de naissance déclarés.");
                    }
                }
                yield nir;
            }
        };
    }
}
