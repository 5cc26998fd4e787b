package fr.sne.portail.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.demande.DossiersDemandeurs;
import fr.sne.portail.application.port.EnvoisCodes;
import fr.sne.portail.application.port.MessagerieCodes;

/**
 * Sends the queued numéros and personal codes (ADR 0027): the e-mails, as soon as possible (at least once: marked
 * sent once the mail server took them); the letters, once a day, in one batch to print and post. The code is the
 * demande's current one, derived when sent. A demande erased meanwhile gets nothing.
 */
@Service
public class EnvoyerCodes {

    private static final Logger LOG = LoggerFactory.getLogger(EnvoyerCodes.class);

    private final EnvoisCodes envois;
    private final DossiersDemandeurs dossiers;
    private final CodesPersonnelsDemandes codes;
    private final MessagerieCodes messagerie;
    private final MessageSource textes;
    private final Clock horloge;

    EnvoyerCodes(EnvoisCodes envois, DossiersDemandeurs dossiers, CodesPersonnelsDemandes codes,
            MessagerieCodes messagerie, MessageSource textes, Clock horloge) {
        this.envois = envois;
        this.dossiers = dossiers;
        this.codes = codes;
        this.messagerie = messagerie;
        this.textes = textes;
        this.horloge = horloge;
    }

    /** @return the number of e-mails sent */
    @Transactional
    public int envoyerCourriels() {
        int envoyes = 0;
        for (EnvoisCodes.Envoi envoi : envois.aEnvoyer(EnvoisCodes.Canal.COURRIEL, 200)) {
            Optional<DossiersDemandeurs.DossierDemandeur> dossier = dossier(envoi.numeroUnique());
            Optional<String> code = codes.codeActuel(envoi.numeroUnique());
            if (dossier.isEmpty() || code.isEmpty() || dossier.get().courriel() == null) {
                envois.marquerEnvoye(envoi.id(), horloge.instant(), null);
                continue;
            }
            String cle = "socle.courriel." + envoi.motif().name().toLowerCase(Locale.ROOT);
            Object[] valeurs = {dossier.get().nomComplet(), envoi.numeroUnique(), code.get()};
            try {
                messagerie.envoyerCourriel(dossier.get().courriel(),
                        textes.getMessage(cle + ".objet", valeurs, Locale.FRENCH),
                        textes.getMessage(cle + ".texte", valeurs, Locale.FRENCH));
            } catch (IllegalStateException e) {
                LOG.warn("Courriels des codes personnels en attente : {}", e.getMessage());
                return envoyes;
            }
            envois.marquerEnvoye(envoi.id(), horloge.instant(), null);
            envoyes++;
        }
        return envoyes;
    }

    /** Writes the day's batch of letters (the codes asked for by applicants without an e-mail address). */
    @Transactional
    public int ecrireLettres(LocalDate jour) {
        List<EnvoisCodes.Envoi> aEcrire = envois.aEnvoyer(EnvoisCodes.Canal.COURRIER, 10_000);
        List<MessagerieCodes.Lettre> lettres = new ArrayList<>();
        List<Long> ecrits = new ArrayList<>();
        for (EnvoisCodes.Envoi envoi : aEcrire) {
            Optional<DossiersDemandeurs.DossierDemandeur> dossier = dossier(envoi.numeroUnique());
            Optional<String> code = codes.codeActuel(envoi.numeroUnique());
            if (dossier.isEmpty() || code.isEmpty()) {
                envois.marquerEnvoye(envoi.id(), horloge.instant(), null);
                continue;
            }
            lettres.add(new MessagerieCodes.Lettre(dossier.get().nomComplet(), dossier.get().adresse(),
                    envoi.numeroUnique(), code.get()));
            ecrits.add(envoi.id());
        }
        if (lettres.isEmpty()) {
            return 0;
        }
        String lot = "courriers/codes-personnels/" + jour + "-" + ecrits.getFirst() + ".pdf";
        messagerie.ecrireLot(lot, jour, lettres);
        ecrits.forEach(id -> envois.marquerEnvoye(id, horloge.instant(), lot));
        return lettres.size();
    }

    private Optional<DossiersDemandeurs.DossierDemandeur> dossier(String numero) {
        try {
            return Optional.of(dossiers.lire(numero, RenvoyerCode.PORTAIL));
        } catch (RessourceIntrouvableException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            // a demande whose dossier cannot be read must not hold the queue behind it: its message is given up
            LOG.error("Code personnel de la demande {} non envoyé : dossier illisible", numero, e);
            return Optional.empty();
        }
    }
}
