package fr.sne.demande.application.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.sne.commun.TexteSaisi;
import fr.sne.demande.domaine.CodeCommune;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuDemande.Adresse;
import fr.sne.demande.domaine.ContenuDemande.LogementActuel;
import fr.sne.demande.domaine.ContenuDemande.LogementRecherche;
import fr.sne.demande.domaine.ContenuDemande.Personne;
import fr.sne.demande.domaine.ContenuDemande.PersonneACharge;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.demande.domaine.nir.Nir;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.ReferentielPays;
import fr.sne.referentiel.Territoire;

/**
 * The content rules of a demande, rubric by rubric: the one entry point that registration, modification and
 * renewal share. It reads what a guichet sent ({@link ContenuDemande}, every field optional) and gives back
 * either every error at once, each with the JSON path of its field, or the {@link ContenuValide} whose
 * mandatory rubrics are all there, normalised as the registry keeps them. Rules that only a new registration
 * has (deposit date, guichet's territory, duplicates) are in {@link RegleEnregistrement} and the domain's
 * policies; the deposit date, absent, is today.
 */
@Component
public class ValidationContenu {

    private final ReferentielGeographique geographie;
    private final ReferentielPays pays;
    private final Nomenclatures nomenclatures;

    public ValidationContenu(ReferentielGeographique geographie, ReferentielPays pays, Nomenclatures nomenclatures) {
        this.geographie = geographie;
        this.pays = pays;
        this.nomenclatures = nomenclatures;
    }

    public Resultat<ContenuValide> valider(ContenuDemande saisie, LocalDate aujourdhui) {
        Controle c = new Controle(geographie, pays, nomenclatures, aujourdhui);
        Personne demandeur = RubriqueIdentite.valider(c, "demandeur", saisie.demandeur(), false);
        List<@Nullable Personne> coDemandeurs = RubriqueMenage.coDemandeurs(c, saisie.coDemandeurs());
        List<@Nullable PersonneACharge> personnesACharge = RubriqueMenage.personnesACharge(c,
                saisie.personnesACharge());
        RubriqueMenage.personnesANaitre(c, saisie.personnesANaitre());
        Adresse adresse = RubriqueAdresseContact.adresse(c, "adresse", saisie.adresse());
        ContenuDemande.Contact contact = RubriqueAdresseContact.contact(c, "contact", saisie.contact());
        LogementActuel logementActuel = RubriqueLogementActuel.valider(c, "logementActuel", saisie.logementActuel());
        List<String> motifs = RubriqueLogementRecherche.motifs(c, "motifs", saisie.motifs());
        int personnesDuMenage = 1 + saisie.coDemandeurs().size() + saisie.personnesACharge().size();
        Territoire territoire = RubriqueLogementRecherche.valider(c, "logementRecherche", saisie.logementRecherche(),
                personnesDuMenage);
        RubriqueHandicap.valider(c, "handicap", saisie.handicap(), saisie.logementRecherche());
        TexteSaisi.parcourir(saisie, (champ, valeur) -> TexteSaisi.verifier(champ, valeur,
                LongueursTexte.longueurMax(champ), c.erreurs));

        if (!c.erreurs.isEmpty()) {
            return new Resultat.Invalide<>(c.erreurs);
        }
        // No error: every mandatory rubric and field checked above is present.
        LogementRecherche recherche = Objects.requireNonNull(
                RubriqueLogementRecherche.normaliser(saisie.logementRecherche()));
        return new Resultat.Valide<>(new ContenuValide(
                saisie.dateDepot() == null ? aujourdhui : saisie.dateDepot(),
                adulte(Objects.requireNonNull(demandeur)),
                coDemandeurs.stream().map(p -> adulte(Objects.requireNonNull(p))).toList(),
                personnesACharge.stream().map(p -> personneACharge(Objects.requireNonNull(p))).toList(),
                saisie.personnesANaitre(), Objects.requireNonNull(adresse), contact,
                Objects.requireNonNull(logementActuel), motifs, recherche,
                recherche.communesSouhaitees().stream().map(CodeCommune::new).toList(),
                Objects.requireNonNull(territoire), saisie.handicap(), Controle.texte(saisie.precisions())));
    }

    private static ContenuValide.Adulte adulte(Personne p) {
        return new ContenuValide.Adulte(Objects.requireNonNull(p.nomNaissance()),
                Objects.requireNonNull(p.prenoms()), Objects.requireNonNull(p.dateNaissance()),
                p.nir() == null ? null : new Nir(p.nir()), p);
    }

    private static ContenuValide.PersonneACharge personneACharge(PersonneACharge p) {
        return new ContenuValide.PersonneACharge(Objects.requireNonNull(p.nom()), Objects.requireNonNull(p.prenoms()),
                Objects.requireNonNull(p.dateNaissance()), p);
    }
}
