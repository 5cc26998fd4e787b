package fr.sne.demande.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.CoDemandeurSepare;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.application.port.Demandes;

/**
 * Séparation du couple: a co-demandeur leaves the household and gets a demande of his own (movement CRS) that
 * keeps the original date de dépôt (the practice "supprimer et reprendre l'ancienneté d'un co-titulaire"), with
 * its own numéro and attestation; the original demande loses him (MOD). Both in one transaction.
 */
@Service
public class SeparerCoDemandeur {

    private final CycleDeVie cycle;
    private final Demandes demandes;

    SeparerCoDemandeur(CycleDeVie cycle, Demandes demandes) {
        this.cycle = cycle;
        this.demandes = demandes;
    }

    /**
     * Who leaves, by rank (from 1) or by identity, and optionally the content of his new demande (he must be its
     * demandeur). Without it, his demande takes the original's address, current housing, motives and housing
     * sought for one person, without contact details nor dependants.
     */
    public record SeparationSaisie(@Nullable Integer rangCoDemandeur, @Nullable String nomNaissance,
            @Nullable String prenoms, @Nullable LocalDate dateNaissance, @Nullable ContenuDemande demande) {
    }

    /** The original demande after the separation, and the new one. */
    public record Resultat(Demande original, Demande nouvelle) {
    }

    public Resultat executer(String numeroUnique, SeparationSaisie saisie, @Nullable Integer versionAttendue, Acteur acteur) {
        Demande demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        int rang = rang(demande, saisie);
        ContenuDemande.Personne partant = demande.contenu().coDemandeurs().get(rang - 1);
        ContenuDemande saisieNouvelle = saisie.demande() != null ? saisie.demande() : derivee(demande, partant);
        if (saisieNouvelle.demandeur() == null || saisieNouvelle.demandeur().nomNaissance() == null
                || saisieNouvelle.demandeur().dateNaissance() == null
                || saisieNouvelle.demandeur().prenoms() == null
                || !CycleDeVie.identite(saisieNouvelle.demandeur())
                        .designeLaMemePersonneQue(CycleDeVie.identite(partant))) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("demande.demandeur",
                    CodeMotif.DEMANDEUR_DIFFERENT_DU_CO_DEMANDEUR, CodeMotif.DEMANDEUR_DIFFERENT_DU_CO_DEMANDEUR
                            .message(Map.of("prenoms", String.valueOf(partant.prenoms()), "nom",
                                    String.valueOf(partant.nomNaissance()))))));
        }
        ContenuValide sienne = cycle.validerContenu(saisieNouvelle, demande, "demande.");
        ContenuValide sansLui = cycle.validerContenu(sansLui(demande.contenu(), rang - 1), demande, "original.");
        CoDemandeurSepare separation = CycleDeVie.decider(demande.separer(acteur, cycle.maintenant(), rang,
                sienne, sansLui));
        Demande nouvelle = cycle.ecrire(separation, demande, versionAttendue, () -> cycle.refuserDoublons(
                acteur.guichetRequis(), demande.numeroUnique(), demande.territoire(), CycleDeVie.adultes(sienne),
                List.of(demande.numeroUnique())));
        return new Resultat(demandes.parNumero(numeroUnique).orElseThrow(), nouvelle);
    }

    private static int rang(Demande demande, SeparationSaisie saisie) {
        List<ContenuDemande.Personne> co = demande.contenu().coDemandeurs();
        if (saisie.rangCoDemandeur() != null) {
            if (saisie.rangCoDemandeur() < 1 || saisie.rangCoDemandeur() > co.size()) {
                throw introuvable(demande);
            }
            return saisie.rangCoDemandeur();
        }
        if (saisie.nomNaissance() == null || saisie.dateNaissance() == null) {
            List<ErreurChamp> erreurs = new ArrayList<>();
            erreurs.add(new ErreurChamp("rangCoDemandeur", CodeMotif.OBLIGATOIRE, "Désignez le co-demandeur qui part : par "
                    + "son rang (à partir de 1), ou par son nom de naissance et sa date de naissance."));
            throw new DonneesInvalidesException(erreurs);
        }
        Identite cherchee = Identite.de(saisie.nomNaissance(), saisie.prenoms() == null ? "" : saisie.prenoms(),
                saisie.dateNaissance(), null);
        for (int i = 0; i < co.size(); i++) {
            Identite candidat = CycleDeVie.identite(co.get(i));
            if (candidat.nomCle().equals(cherchee.nomCle()) && candidat.dateNaissance().equals(cherchee.dateNaissance())
                    && (saisie.prenoms() == null || candidat.designeLaMemePersonneQue(cherchee))) {
                return i + 1;
            }
        }
        throw introuvable(demande);
    }

    private static ConflitException introuvable(Demande demande) {
        return new ConflitException(CodeMotif.CO_DEMANDEUR_INTROUVABLE, CodeMotif.CO_DEMANDEUR_INTROUVABLE.message(
                Map.of("numero", demande.numeroUnique(), "nombre", demande.contenu().coDemandeurs().size())), Map.of());
    }

    private static ContenuDemande derivee(Demande demande, ContenuDemande.Personne partant) {
        ContenuDemande c = demande.contenu();
        ContenuDemande.LogementRecherche l = c.logementRecherche();
        // he becomes the demandeur: no "lien au demandeur" any more
        ContenuDemande.Personne demandeur = new ContenuDemande.Personne(partant.civilite(), partant.nomNaissance(),
                partant.nomUsage(), partant.prenoms(), partant.dateNaissance(), partant.sexe(), partant.nationalite(),
                partant.paysNaissance(), partant.communeNaissance(), partant.nir(), partant.situationFamiliale(), null,
                partant.situationProfessionnelle(), partant.revenuFiscal(), partant.ressourcesMensuelles());
        return new ContenuDemande(demande.dateDepot(), demandeur, List.of(), List.of(), null, c.adresse(), null,
                c.logementActuel(), c.motifs(), l == null ? null
                        : new ContenuDemande.LogementRecherche(l.typesLogement(), l.categorie(), l.communesSouhaitees(),
                                l.demandeElargie(), 1),
                null, null);
    }

    private static ContenuDemande sansLui(ContenuDemande c, int index) {
        List<ContenuDemande.Personne> restants = new ArrayList<>(c.coDemandeurs());
        restants.remove(index);
        ContenuDemande.LogementRecherche l = c.logementRecherche();
        ContenuDemande.LogementRecherche recherche = l;
        if (l != null && l.nombrePersonnes() != null) {
            int menage = 1 + restants.size() + c.personnesACharge().size();
            recherche = new ContenuDemande.LogementRecherche(l.typesLogement(), l.categorie(), l.communesSouhaitees(),
                    l.demandeElargie(), Math.max(menage, l.nombrePersonnes() - 1));
        }
        return new ContenuDemande(null, c.demandeur(), restants, c.personnesACharge(), c.personnesANaitre(),
                c.adresse(), c.contact(), c.logementActuel(), c.motifs(), recherche, c.handicap(), c.precisions());
    }
}
