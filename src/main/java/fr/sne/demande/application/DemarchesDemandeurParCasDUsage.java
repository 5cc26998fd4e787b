package fr.sne.demande.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.DemarchesDemandeur;
import fr.sne.demande.domaine.ActionDemande;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.MotifRadiation;
import fr.sne.demande.application.port.Demandes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link DemarchesDemandeur} by the demande module's own use cases ({@link EnregistrerDemande},
 * {@link ModifierDemande}, {@link RenouvelerDemande}, {@link RadierDemande}, {@link EditerAttestation}), for an
 * actor of type {@code DEMANDEUR} only: the rules of what he may do are the demande's ({@code Demande.refus}).
 */
@Service
class DemarchesDemandeurParCasDUsage implements DemarchesDemandeur {

    private static final TypeReference<Map<String, Object>> OBJET = new TypeReference<>() {
    };

    private final GererBrouillons regles;
    private final EnregistrerDemande enregistrer;
    private final ModifierDemande modifier;
    private final RenouvelerDemande renouveler;
    private final RadierDemande radier;
    private final EditerAttestation attestation;
    private final CycleDeVie cycle;
    private final Demandes demandes;
    private final JsonMapper json;

    DemarchesDemandeurParCasDUsage(GererBrouillons regles, EnregistrerDemande enregistrer, ModifierDemande modifier,
            RenouvelerDemande renouveler, RadierDemande radier, EditerAttestation attestation, CycleDeVie cycle,
            Demandes demandes, JsonMapper json) {
        this.regles = regles;
        this.enregistrer = enregistrer;
        this.modifier = modifier;
        this.renouveler = renouveler;
        this.radier = radier;
        this.attestation = attestation;
        this.cycle = cycle;
        this.demandes = demandes;
        this.json = json;
    }

    @Override
    public List<ErreurChamp> verifier(Map<String, Object> contenu, Acteur demandeur) {
        exigerDemandeur(demandeur);
        return regles.verifier(lire(contenu), demandeur);
    }

    @Override
    public String deposer(Map<String, Object> contenu, Acteur demandeur, String cle) {
        exigerDemandeur(demandeur);
        return enregistrer.executer(lire(contenu), demandeur, cle).demande().numeroUnique().valeur();
    }

    @Override
    public DemandeDuDemandeur lire(String numeroUnique, Acteur demandeur) {
        exigerDemandeur(demandeur);
        Demande demande = cycle.lireVisible(numeroUnique, demandeur);
        Set<Demarche> actions = java.util.EnumSet.noneOf(Demarche.class);
        var aujourdhui = cycle.aujourdhui();
        if (demande.refus(ActionDemande.MODIFIER, null, demandeur, aujourdhui, List.of()) == null) {
            actions.add(Demarche.MODIFIER);
        }
        if (demande.refus(ActionDemande.RENOUVELER, null, demandeur, aujourdhui, List.of()) == null) {
            actions.add(Demarche.RENOUVELER);
        }
        if (demande.refus(ActionDemande.RADIER, MotifRadiation.RENONCIATION, demandeur, aujourdhui,
                demandes.avertissements(demande.numeroUnique())) == null) {
            actions.add(Demarche.RENONCER);
        }
        Map<String, Object> contenu = demande.donneesEffacees() ? Map.of()
                : json.convertValue(demande.contenu(), OBJET);
        return new DemandeDuDemandeur(demande.numeroUnique().valeur(), demande.estActive(), demande.dateDepot(),
                demande.dateDernierRenouvellement(), demande.dateFinValidite(), demande.renouvelablePartirDu(),
                demande.version(), sansNuls(contenu), actions);
    }

    @Override
    public void modifier(String numeroUnique, Map<String, Object> contenu, int version, Acteur demandeur) {
        exigerDemandeur(demandeur);
        surVersion(() -> modifier.executer(numeroUnique, lire(contenu), version, demandeur));
    }

    @Override
    public void renouveler(String numeroUnique, Map<String, Object> contenu, int version, Acteur demandeur) {
        exigerDemandeur(demandeur);
        surVersion(() -> renouveler.executer(numeroUnique, lire(contenu), version, demandeur));
    }

    @Override
    public void renoncer(String numeroUnique, int version, Acteur demandeur) {
        exigerDemandeur(demandeur);
        surVersion(() -> radier.executer(numeroUnique, new CommandeRadiation.Renonciation(), version, demandeur));
    }

    @Override
    public byte[] attestation(String numeroUnique, Acteur demandeur) {
        exigerDemandeur(demandeur);
        return attestation.executer(numeroUnique, demandeur);
    }

    /** A change based on a version the demande no longer has is the door's conflict, as for any other caller. */
    private static void surVersion(Runnable changement) {
        try {
            changement.run();
        } catch (VersionPerimeeException perimee) {
            throw new fr.sne.commun.ConflitException(CodeMotif.MODIFICATION_CONCURRENTE,
                    perimee.getMessage(), Map.of());
        }
    }

    private ContenuDemande lire(Map<String, Object> contenu) {
        return json.convertValue(contenu, ContenuDemande.class);
    }

    /** The wire form without its absent members (as the API writes it). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sansNuls(Map<String, Object> objet) {
        Map<String, Object> propre = new LinkedHashMap<>();
        objet.forEach((cle, valeur) -> {
            if (valeur instanceof Map<?, ?> m) {
                propre.put(cle, sansNuls((Map<String, Object>) m));
            } else if (valeur instanceof List<?> l) {
                propre.put(cle, l.stream().map(e -> e instanceof Map<?, ?> m ? sansNuls((Map<String, Object>) m)
                        : e).toList());
            } else if (valeur != null) {
                propre.put(cle, valeur);
            }
        });
        return propre;
    }

    /** These acts are the applicant's: a guichet goes through its own channels (the API, the pages). */
    private static void exigerDemandeur(Acteur acteur) {
        if (acteur.type() != TypeActeur.DEMANDEUR) {
            throw new AccesRefuseException(CodeMotif.ACCES_REFUSE, "Réservé au demandeur connecté au portail.");
        }
    }
}
