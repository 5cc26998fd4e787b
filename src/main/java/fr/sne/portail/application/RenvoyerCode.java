package fr.sne.portail.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.commun.limite.LimitePartagee;
import fr.sne.commun.limite.SeauxPartages;
import fr.sne.demande.DossiersDemandeurs;
import fr.sne.demande.LectureDemandes;
import fr.sne.portail.application.port.EnvoisCodes;

/**
 * "I forgot my code": a new personal code for the demande of this numéro, sent to the demande's own e-mail address
 * or, without one, by post to its postal address (a letter in the day's batch) — never shown on the screen. The
 * applicant always gets the same answer, whether the numéro exists or not, whether anything was sent or not. At most
 * one new code per demande and day (a stranger who knows a numéro cannot keep changing its code), and a few requests
 * per account and day.
 */
@Service
public class RenvoyerCode {

    /** The actor the portal reads a demande's addresses as: the applicant never sees them. */
    static final Acteur PORTAIL = Acteur.traitement("portail-code-personnel");

    private final LectureDemandes lecture;
    private final DossiersDemandeurs dossiers;
    private final CodesPersonnelsDemandes codes;
    private final EnvoisCodes envois;
    private final LimitePartagee parCompte;
    private final Clock horloge;

    RenvoyerCode(LectureDemandes lecture, DossiersDemandeurs dossiers, CodesPersonnelsDemandes codes,
            EnvoisCodes envois, SeauxPartages seaux, Clock horloge,
            @Value("${sne.portail.renvoi-code.par-compte-et-jour:5}") int parCompteEtJour) {
        this.lecture = lecture;
        this.dossiers = dossiers;
        this.codes = codes;
        this.envois = envois;
        this.parCompte = new LimitePartagee(seaux, "renvoi-code", parCompteEtJour, Duration.ofDays(1));
        this.horloge = horloge;
    }

    /** @return nothing: the answer is the same whatever happened */
    @Transactional
    public void executer(UUID compte, String numeroSaisi) {
        String numero = numeroSaisi.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!parCompte.prendre(compte.toString()).accordee() || numero.length() != 18) {
            return;
        }
        Instant maintenant = horloge.instant();
        if (lecture.lire(numero).filter(d -> !d.donneesEffacees()).isEmpty()
                || envois.renvoisDepuis(numero, maintenant.minus(Duration.ofDays(1))) > 0) {
            return;
        }
        DossiersDemandeurs.DossierDemandeur dossier = dossiers.lire(numero, PORTAIL);
        codes.renouveler(numero, maintenant, TypeActeur.DEMANDEUR.name(), compte.toString());
        envois.demander(numero, EnvoisCodes.Motif.RENVOI,
                dossier.courriel() == null || dossier.courriel().isBlank() ? EnvoisCodes.Canal.COURRIER
                        : EnvoisCodes.Canal.COURRIEL, maintenant);
    }
}
