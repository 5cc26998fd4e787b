package fr.sne.portail.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemarchesDemandeur;
import fr.sne.portail.application.port.BrouillonsDepot;
import fr.sne.portail.domaine.BrouillonDepot;
import fr.sne.portail.domaine.Communes;
import fr.sne.portail.domaine.EtapeDepot;
import fr.sne.portail.domaine.IdentiteDemandeur;
import fr.sne.portail.domaine.Questionnaire;

/**
 * The filing of a demande by the applicant himself (issue 18 §2, ADR 0028): a draft per account, page by page, each
 * page's answers kept as typed whatever they hold; the registry's own validation and duplicate check
 * ({@link DemarchesDemandeur}), for the portal's guichet; then the new demande attached to the account and its
 * attestation sent by e-mail. The demande's registration and its attachment are two steps: if the second fails,
 * sending the last page again files nothing new (the draft's id is the idempotency key) and attaches it.
 */
@Service
public class DeposerEnLigne {

    private static final Logger JOURNAL = LoggerFactory.getLogger(DeposerEnLigne.class);

    /** The prefix of a filing's idempotency key, followed by the draft's id. */
    static final String PREFIXE_CLE = "portail-";

    private final BrouillonsDepot brouillons;
    private final DemarchesDemandeur demarches;
    private final Rattachements rattachements;
    private final Communes communes;
    private final EnvoiAttestation envoi;
    private final Clock horloge;

    DeposerEnLigne(BrouillonsDepot brouillons, DemarchesDemandeur demarches, Rattachements rattachements,
            Communes communes, EnvoiAttestation envoi, Clock horloge) {
        this.brouillons = brouillons;
        this.demarches = demarches;
        this.rattachements = rattachements;
        this.communes = communes;
        this.envoi = envoi;
        this.horloge = horloge;
    }

    /** The filing this account left in progress. */
    public Optional<BrouillonDepot> brouillon(UUID compte) {
        return brouillons.lire(compte);
    }

    /**
     * The account's draft, started if there is none, its first answers those the identity provider vouched for
     * (names, birth date, e-mail): the applicant checks them rather than typing them.
     */
    public BrouillonDepot commencer(UUID compte, IdentiteDemandeur identite) {
        Optional<BrouillonDepot> existant = brouillons.lire(compte);
        if (existant.isPresent()) {
            return existant.get();
        }
        Map<String, String> reponses = new LinkedHashMap<>();
        putSiPresent(reponses, "demandeur.prenoms", identite.prenoms());
        putSiPresent(reponses, "demandeur.nomNaissance", identite.nom());
        putSiPresent(reponses, "demandeur.dateNaissance",
                identite.dateNaissance() == null ? null : identite.dateNaissance().toString());
        putSiPresent(reponses, "contact.email", identite.courriel());
        Instant maintenant = maintenant();
        BrouillonDepot brouillon = new BrouillonDepot(UUID.randomUUID(), compte, reponses, EtapeDepot.VOUS,
                maintenant, maintenant);
        brouillons.enregistrer(brouillon);
        return brouillon;
    }

    private static void putSiPresent(Map<String, String> reponses, String cle, @Nullable String valeur) {
        if (valeur != null && !valeur.isBlank()) {
            reponses.put(cle, valeur);
        }
    }

    /**
     * Keeps the answers of a page (those of its questions only; an answer left empty removes the former one), and
     * gives back the errors of that page.
     *
     * @return empty when there is no draft to keep them in
     */
    public Optional<List<ErreurChamp>> enregistrerEtape(UUID compte, Acteur acteur, EtapeDepot etape,
            Map<String, String> reponsesDeLaPage) {
        Optional<BrouillonDepot> lu = brouillons.lire(compte);
        if (lu.isEmpty()) {
            return Optional.empty();
        }
        BrouillonDepot brouillon = lu.get();
        Map<String, String> reponses = new LinkedHashMap<>(brouillon.reponses());
        for (var question : Questionnaire.de(etape)) {
            String valeur = reponsesDeLaPage.get(question.nom());
            if (valeur == null || valeur.isBlank()) {
                reponses.remove(question.nom());
            } else {
                reponses.put(question.nom(), valeur.length() > 500 ? valeur.substring(0, 500) : valeur);
            }
        }
        BrouillonDepot enregistre = new BrouillonDepot(brouillon.id(), compte, reponses, etape, brouillon.creeLe(),
                maintenant());
        brouillons.enregistrer(enregistre);
        return Optional.of(erreurs(enregistre, acteur).stream()
                .filter(e -> Questionnaire.etapeDe(e.champ()) == etape).toList());
    }

    /** Every error of the draft: answers not of their kind first, then the registry's rules. */
    public List<ErreurChamp> erreurs(BrouillonDepot brouillon, Acteur acteur) {
        Questionnaire.Lecture lecture = lire(brouillon);
        List<ErreurChamp> erreurs = new ArrayList<>(lecture.erreurs());
        for (ErreurChamp erreur : Questionnaire.surLesPlaces(demarches.verifier(lecture.contenu(), acteur),
                brouillon.reponses())) {
            if (erreurs.stream().noneMatch(e -> e.champ().equals(erreur.champ()))) {
                erreurs.add(erreur);
            }
        }
        return erreurs;
    }

    /** What a filing gave: the numéro, and whether the attestation went by e-mail (and to which address). */
    public record Depot(String numeroUnique, @Nullable String courriel, boolean courrielEnvoye) {
    }

    /**
     * Files the draft's demande: the registry's errors and refusals (a duplicate) are thrown as they are
     * ({@code DonneesInvalidesException}, {@code ConflitException}); once registered, it is attached to the
     * account, the draft deleted, and the attestation sent to the e-mail address of the demande, or else the one
     * the identity provider gave.
     *
     * @return empty when the account has no draft (already filed from another tab)
     */
    public Optional<Depot> deposer(UUID compte, Acteur acteur, IdentiteDemandeur identite, Locale langue) {
        Optional<BrouillonDepot> lu = brouillons.lire(compte);
        if (lu.isEmpty()) {
            return Optional.empty();
        }
        BrouillonDepot brouillon = lu.get();
        Questionnaire.Lecture lecture = lire(brouillon);
        if (!lecture.erreurs().isEmpty()) {
            throw new fr.sne.commun.DonneesInvalidesException(lecture.erreurs());
        }
        String numero;
        try {
            numero = demarches.deposer(lecture.contenu(), acteur, PREFIXE_CLE + brouillon.id());
        } catch (fr.sne.commun.DonneesInvalidesException invalide) {
            throw new fr.sne.commun.DonneesInvalidesException(Questionnaire.surLesPlaces(invalide.erreurs(),
                    brouillon.reponses()));
        }
        rattachements.rattacher(compte, numero);
        brouillons.supprimer(compte);
        JOURNAL.info("Demande {} déposée en ligne par le compte {}", numero, compte);
        Object courrielDemande = Questionnaire.valeurA(lecture.contenu(), "contact.email");
        String courriel = courrielDemande instanceof String c && !c.isBlank() ? c : identite.courriel();
        boolean envoye = courriel != null && envoi.envoyer(numero, courriel, acteurAvec(acteur, numero), langue,
                false);
        return Optional.of(new Depot(numero, courriel, envoye));
    }

    /** The actor with the demande it just attached (the one read at this request's start does not hold it yet). */
    private static Acteur acteurAvec(Acteur acteur, String numero) {
        java.util.Set<String> numeros = new java.util.HashSet<>(acteur.demandesRattachees());
        numeros.add(numero);
        return Acteur.demandeur(acteur.identifiant(), numeros);
    }

    /** Deletes the account's draft (the applicant gives up his filing). */
    public boolean abandonner(UUID compte) {
        return brouillons.supprimer(compte);
    }

    /** The draft's answers in the wire form. */
    public Questionnaire.Lecture lire(BrouillonDepot brouillon) {
        return Questionnaire.lire(brouillon.reponses(), Map.of(), communes, LocalDate.now(horloge).getYear());
    }

    private Instant maintenant() {
        return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
    }
}
