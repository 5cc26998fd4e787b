package fr.sne.demande.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.attestation.DonneesAttestation;
import fr.sne.demande.attestation.DonneesAttestation.Organisme;
import fr.sne.demande.attestation.GenerateurAttestation;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.guichet.Bailleurs;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Guichets;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.Pays;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.ReferentielPays;
import fr.sne.referentiel.Territoire;

/** The attestation d'enregistrement of a demande (article R441-2-4 CCH), as a PDF. */
@Service
@EnableConfigurationProperties(ParametresDalo.class)
public class EditerAttestation {

    private final ConsulterDemande consulter;
    private final GenerateurAttestation generateur;
    private final Guichets guichets;
    private final Bailleurs bailleurs;
    private final ReferentielGeographique geographie;
    private final ReferentielPays pays;
    private final Nomenclatures nomenclatures;
    private final ParametresDalo dalo;
    private final Clock horloge;
    /** The portal's personal codes (ADR 0027), when the portail module is there. */
    private final org.springframework.beans.factory.ObjectProvider<fr.sne.demande.CodesPersonnels> codesPersonnels;

    EditerAttestation(ConsulterDemande consulter, GenerateurAttestation generateur, Guichets guichets,
            Bailleurs bailleurs, ReferentielGeographique geographie, ReferentielPays pays,
            Nomenclatures nomenclatures, ParametresDalo dalo, Clock horloge,
            org.springframework.beans.factory.ObjectProvider<fr.sne.demande.CodesPersonnels> codesPersonnels) {
        this.codesPersonnels = codesPersonnels;
        this.consulter = consulter;
        this.generateur = generateur;
        this.guichets = guichets;
        this.bailleurs = bailleurs;
        this.geographie = geographie;
        this.pays = pays;
        this.nomenclatures = nomenclatures;
        this.dalo = dalo;
        this.horloge = horloge;
    }

    public byte[] executer(String numeroUnique, Acteur appelant) {
        return generateur.generer(donnees(demandeNonEffacee(numeroUnique, appelant), Instant.now(horloge)));
    }

    /** The demande, visible to the caller and not erased (else the refusals of {@link #executer}). */
    public Demande demandeNonEffacee(String numeroUnique, Acteur appelant) {
        Demande demande = consulter.executer(numeroUnique, appelant);
        if (demande.donneesEffacees()) {
            throw new RessourceIntrouvableException(CodeMotif.DONNEES_EFFACEES, "La demande " + numeroUnique
                    + " a été radiée il y a plus d'un an : ses données nominatives ont été effacées (décret "
                    + "2017-917, article 4), il n'y a plus d'attestation.");
        }
        return demande;
    }

    /** What the attestation of this demande prints, as of this instant. */
    public DonneesAttestation donnees(Demande demande, Instant maintenant) {
        ContenuDemande contenu = demande.contenu();
        String libelleTerritoire = geographie.territoire(demande.territoire()).map(Territoire::libelle)
                .orElse(demande.territoire());
        Guichet enregistreur = guichets.parCode(demande.guichetEnregistreur()).orElseThrow();
        List<String> communes = contenu.logementRecherche().communesSouhaitees();
        List<String> libellesCommunes = communes.stream()
                .map(code -> geographie.commune(code).map(c -> c.nom() + " (" + c.code() + ")").orElse(code))
                .toList();
        Integer delaiDalo = dalo.delaiMois(demande.territoire());
        List<Organisme> bailleursPresents = bailleurs.presentsDans(communes).stream()
                .map(b -> new Organisme(b.nom(), b.adresse(), null)).toList();
        return new DonneesAttestation(
                demande.numeroUnique().valeur(),
                demande.dateDepot(),
                demande.dateDernierRenouvellement(),
                demande.dateFinValidite(),
                delaiDalo == null ? null : demande.dateDepot().plusMonths(delaiDalo),
                dalo.commission(demande.territoire()),
                personne(contenu.demandeur(), contenu.adresse()),
                contenu.coDemandeurs().stream().map(p -> personne(p, contenu.adresse())).toList(),
                new Organisme(enregistreur.nom(), enregistreur.adresse(), enregistreur.telephone()),
                libelleTerritoire,
                libellesCommunes,
                Boolean.TRUE.equals(contenu.logementRecherche().demandeElargie()),
                contenu.logementRecherche().typesLogement().stream()
                        .map(t -> nomenclatures.libelle("ListeTypeLogement", t).orElse(t)).toList(),
                contenu.logementRecherche().nombrePersonnes(),
                bailleursPresents,
                maintenant,
                java.util.Optional.ofNullable(codesPersonnels.getIfAvailable())
                        .flatMap(c -> c.codeActuel(demande.numeroUnique().valeur())).orElse(null));
    }

    /** The demandeur as the attestation names and addresses him (civility's label, names, address lines). */
    public DonneesAttestation.Personne demandeur(Demande demande) {
        return personne(demande.contenu().demandeur(), demande.contenu().adresse());
    }

    private DonneesAttestation.Personne personne(ContenuDemande.Personne p, ContenuDemande.Adresse adresse) {
        String civilite = nomenclatures.libelle("ListeCivilite", p.civilite()).orElse("");
        String nom = p.nomUsage() == null ? p.nomNaissance() : p.nomUsage() + " (né(e) " + p.nomNaissance() + ")";
        return new DonneesAttestation.Personne(civilite, nom, p.prenoms(), lignesAdresse(adresse));
    }

    private List<String> lignesAdresse(ContenuDemande.Adresse a) {
        List<String> lignes = new ArrayList<>();
        if (a.chez() != null) {
            lignes.add("chez " + a.chez());
        }
        lignes.add(a.voie());
        if (a.complement() != null) {
            lignes.add(a.complement());
        }
        if (a.commune() != null) {
            String ville = geographie.commune(a.commune()).map(Commune::nom).orElse(a.commune());
            lignes.add((a.codePostal() == null ? "" : a.codePostal() + " ") + ville);
        } else {
            lignes.add(a.ville());
            if (a.pays() != null) {
                lignes.add(pays.libelle(a.pays()));
            }
        }
        return lignes;
    }
}
