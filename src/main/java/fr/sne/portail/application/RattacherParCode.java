package fr.sne.portail.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import fr.sne.commun.limite.LimitePartagee;
import fr.sne.commun.limite.SeauxPartages;
import fr.sne.portail.application.port.CodesPersonnelsStock;
import fr.sne.portail.application.port.RattachementsDemandeurs;
import fr.sne.portail.application.port.TentativesRattachement;
import fr.sne.portail.domaine.DerivationCodes;
import fr.sne.portail.domaine.ModeRattachement;

/**
 * An applicant attaches a demande to his account with its numéro unique and personal code (ADR 0027). Every attempt
 * is journaled. A wrong numéro and a wrong code get the same answer, computed the same way. Guessing is limited:
 * from the second failure of the account within the window each answer is slowed down, and past
 * {@code echecs-max} failures the account's attempts are refused unread until the window has passed; the attempts
 * from one source address are limited too, all accounts together (shared buckets of {@code limite_debit}).
 */
@Service
public class RattacherParCode {

    /** What an attempt gives. */
    public sealed interface Issue {
        /** attached (or already was) */
        record Rattachee(String numeroUnique) implements Issue {
        }

        /** wrong numéro or code: nothing says which */
        record Refusee() implements Issue {
        }

        /** too many failures: refused unread for this long */
        record Freinee(Duration attente) implements Issue {
        }
    }

    private final CodesPersonnelsStock codes;
    private final RattachementsDemandeurs rattachements;
    private final TentativesRattachement tentatives;
    private final DerivationCodes derivation;
    private final LimitePartagee parSource;
    private final Clock horloge;
    private final int echecsMax;
    private final Duration fenetre;
    private final Duration ralentissement;

    RattacherParCode(CodesPersonnelsStock codes, RattachementsDemandeurs rattachements,
            TentativesRattachement tentatives, DerivationCodes derivation, SeauxPartages seaux, Clock horloge,
            @Value("${sne.portail.rattachement.echecs-max:5}") int echecsMax,
            @Value("${sne.portail.rattachement.fenetre:30m}") Duration fenetre,
            @Value("${sne.portail.rattachement.ralentissement:1s}") Duration ralentissement,
            @Value("${sne.portail.rattachement.essais-par-source:50}") int essaisParSource) {
        this.codes = codes;
        this.rattachements = rattachements;
        this.tentatives = tentatives;
        this.derivation = derivation;
        this.parSource = new LimitePartagee(seaux, "rattachement-source", essaisParSource, fenetre);
        this.horloge = horloge;
        this.echecsMax = echecsMax;
        this.fenetre = fenetre;
        this.ralentissement = ralentissement;
    }

    public Issue executer(UUID compte, String numeroSaisi, String codeSaisi, String source) {
        Instant maintenant = horloge.instant();
        String numero = numeroSaisi.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        String journalise = numero.length() > 40 ? numero.substring(0, 40) : numero;
        List<Instant> echecs = tentatives.echecsDepuis(compte, maintenant.minus(fenetre));
        if (echecs.size() >= echecsMax) {
            tentatives.journaliser(compte, maintenant, journalise, source, TentativesRattachement.Issue.FREINEE);
            Instant fin = echecs.get(echecs.size() - echecsMax).plus(fenetre);
            return new Issue.Freinee(Duration.between(maintenant, fin));
        }
        LimitePartagee.Decision decision = parSource.prendre(source);
        if (!decision.accordee()) {
            tentatives.journaliser(compte, maintenant, journalise, source, TentativesRattachement.Issue.FREINEE);
            return new Issue.Freinee(Duration.ofSeconds(Math.max(60, decision.secondesAvantFin())));
        }
        if (echecs.size() >= 2) {
            ralentir(ralentissement.multipliedBy(echecs.size() - 1L));
        }
        // the same work whether the numéro exists or not: the hash of the code typed is always computed
        String empreinte = derivation.empreinte(codeSaisi);
        Optional<CodesPersonnelsStock.CodeEnregistre> attendu = numero.length() == 18 ? codes.lire(numero)
                : Optional.empty();
        boolean juste = DerivationCodes.memesEmpreintes(empreinte,
                attendu.map(CodesPersonnelsStock.CodeEnregistre::empreinte).orElse(empreinte.replaceAll(".", "x")));
        if (!juste || codeSaisi.isBlank()) {
            tentatives.journaliser(compte, maintenant, journalise, source, TentativesRattachement.Issue.ECHOUEE);
            return new Issue.Refusee();
        }
        rattachements.rattacher(compte, numero, ModeRattachement.CODE, maintenant);
        tentatives.journaliser(compte, maintenant, journalise, source, TentativesRattachement.Issue.REUSSIE);
        return new Issue.Rattachee(numero);
    }

    private static void ralentir(Duration duree) {
        try {
            Thread.sleep(duree.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : duree);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
