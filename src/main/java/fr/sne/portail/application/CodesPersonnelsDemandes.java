package fr.sne.portail.application;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.CodesPersonnels;
import fr.sne.demande.DemandeInscrite;
import fr.sne.portail.application.port.CodesPersonnelsStock;
import fr.sne.portail.application.port.EnvoisCodes;
import fr.sne.portail.domaine.DerivationCodes;

/**
 * The personal code of every demande (ADR 0027): its first generation is recorded in the registration's transaction,
 * whatever the channel, and the registration's e-mail queued when the demande has an address (not for a filing by
 * the applicant on the portal, whose own e-mail carries the attestation); the attestation prints
 * the current one ({@link CodesPersonnels}); a new generation replaces it when the applicant asks for one.
 */
@Component
public class CodesPersonnelsDemandes implements CodesPersonnels {

    private final CodesPersonnelsStock stock;
    private final EnvoisCodes envois;
    private final DerivationCodes derivation;

    CodesPersonnelsDemandes(CodesPersonnelsStock stock, EnvoisCodes envois, DerivationCodes derivation) {
        this.stock = stock;
        this.envois = envois;
        this.derivation = derivation;
    }

    /** A new demande: its first code, and the e-mail that carries it when the demande has an address. */
    @EventListener
    void inscrite(DemandeInscrite e) {
        String numero = e.numeroUnique();
        stock.enregistrer(numero, 0, derivation.empreinte(derivation.code(numero, 0)), e.inscriteLe(), e.typeActeur(),
                e.identifiantActeur());
        // an applicant filing on the portal receives the attestation, which prints the code, by the filing's own
        // e-mail (EnvoiAttestation): a second message would say the same
        boolean parLeDemandeur = TypeActeur.DEMANDEUR.name().equals(e.typeActeur());
        if (e.courriel() != null && !e.courriel().isBlank() && !parLeDemandeur) {
            envois.demander(numero, EnvoisCodes.Motif.INSCRIPTION, EnvoisCodes.Canal.COURRIEL, e.inscriteLe());
        }
    }

    @Override
    public Optional<String> codeActuel(String numeroUnique) {
        return stock.lire(numeroUnique).map(c -> derivation.code(numeroUnique, c.generation()));
    }

    /** Replaces the demande's code by the next generation (the former one no longer attaches). */
    void renouveler(String numeroUnique, Instant le, String parType, String par) {
        int generation = stock.lire(numeroUnique).map(c -> c.generation() + 1).orElse(0);
        stock.enregistrer(numeroUnique, generation, derivation.empreinte(derivation.code(numeroUnique, generation)),
                le, parType, par);
    }
}
