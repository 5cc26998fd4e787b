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
 * its own numéro and attestation; the original demande loses him (MOD). Both in one transaction. Asked as a
 * {@link CommandeSeparation} (read by {@link ParseurSeparation}).
 */
@Service
public class SeparerCoDemandeur {

    private final CycleDeVie cycle;
    private final Demandes demandes;

    SeparerCoDemandeur(CycleDeVie cycle, Demandes demandes) {
        this.cycle = cycle;
        this.demandes = demandes;
    }

    /** The original demande after the separation, and the new one. */
    public record Resultat(Demande original, Demande nouvelle) {
    }

    public Resultat executer(String numeroUnique, CommandeSeparation commande, @Nullable Integer versionAttendue,
            Acteur acteur) {
        Demande demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        int rang = rang(demande, commande.partant());
        ContenuDemande.Personne partant = demande.contenu().coDemandeurs().get(rang - 1);
        ContenuDemande saisieNouvelle = commande.demande() != null ? commande.demande() : derivee(demande, partant);
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

    /** The rank of the co-demandeur who leaves, or {@code CO_DEMANDEUR_INTROUVABLE} (409). */
    private static int rang(Demande demande, CommandeSeparation.Partant designe) {
        List<ContenuDemande.Personne> co = demande.contenu().coDemandeurs();
        return switch (designe) {
            case CommandeSeparation.ParRang(int rang) -> {
                if (rang < 1 || rang > co.size()) {
                    throw introuvable(demande);
                }
                yield rang;
            }
            case CommandeSeparation.ParIdentite(String nom, String prenoms, LocalDate naissance) -> {
                Identite cherchee = Identite.de(nom, prenoms == null ? "" : prenoms, naissance, null);
                for (int i = 0; i < co.size(); i++) {
                    Identite candidat = CycleDeVie.identite(co.get(i));
                    if (candidat.nomCle().equals(cherchee.nomCle())
                            && candidat.dateNaissance().equals(cherchee.dateNaissance())
                            && (prenoms == null || candidat.designeLaMemePersonneQue(cherchee))) {
                        yield i + 1;
                    }
                }
                throw introuvable(demande);
            }
        };
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
