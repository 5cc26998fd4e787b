package fr.sne.demande.application.validation;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.demande.domaine.ContenuDemande.Personne;
import fr.sne.demande.domaine.ContenuDemande.Ressource;

/**
 * Rubrics d) professional situation and e) resources (Cerfa 14069 D and E): contract type, employer's SIRET,
 * revenu fiscal de référence of years N-1 and N-2, net monthly resources by type.
 */
final class RubriqueRessources {

    private static final Pattern SIRET = Pattern.compile("^[0-9]{14}$");

    private RubriqueRessources() {
    }

    static void situationEtRevenus(Controle c, String champ, Personne p) {
        if (p.situationProfessionnelle() != null) {
            var sp = p.situationProfessionnelle();
            c.code(champ + ".situationProfessionnelle.typeContrat", sp.typeContrat(), "ListeTypeContratTravail",
                    false);
            if (sp.siretEmployeur() != null && !SIRET.matcher(sp.siretEmployeur()).matches()) {
                c.erreur(champ + ".situationProfessionnelle.siretEmployeur", CodeMotif.FORMAT_INVALIDE,
                        "Le SIRET compte 14 chiffres.");
            }
        }
        if (p.revenuFiscal() != null) {
            var rf = p.revenuFiscal();
            anneeRevenu(c, champ + ".revenuFiscal.anneeN1", rf.anneeN1(), c.aujourdhui.getYear() - 1);
            anneeRevenu(c, champ + ".revenuFiscal.anneeN2", rf.anneeN2(), c.aujourdhui.getYear() - 2);
            c.montant(champ + ".revenuFiscal.montantN1", rf.montantN1());
            c.montant(champ + ".revenuFiscal.montantN2", rf.montantN2());
        }
        ressources(c, champ + ".ressourcesMensuelles", p.ressourcesMensuelles());
    }

    static void ressources(Controle c, String champ, List<Ressource> ressources) {
        for (int i = 0; i < ressources.size(); i++) {
            Ressource r = ressources.get(i);
            if (r == null) {
                c.obligatoire(champ + "[" + i + "]", null);
                continue;
            }
            c.code(champ + "[" + i + "].type", r.type(), "ListeRessourceRecue", true);
            if (c.obligatoire(champ + "[" + i + "].montant", r.montant())) {
                c.montant(champ + "[" + i + "].montant", r.montant());
            }
        }
    }

    private static void anneeRevenu(Controle c, String champ, @Nullable Integer annee, int attendue) {
        if (annee != null && (annee < attendue - 1 || annee > attendue)) {
            c.erreur(champ, CodeMotif.ANNEE_INVALIDE, CodeMotif.ANNEE_INVALIDE.message(
                    java.util.Map.of("annee", attendue)));
        }
    }
}
