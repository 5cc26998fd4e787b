package fr.sne.demande.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.Empreintes;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.application.validation.RegleEnregistrement;
import fr.sne.demande.domaine.CodeGuichet;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.commun.Refus;
import fr.sne.demande.domaine.PolitiqueDoublon;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.domaine.DemandeEnregistree;
import fr.sne.demande.domaine.PersonneEnregistree;
import fr.sne.demande.application.port.Demandes;
import fr.sne.demande.application.port.Idempotences;
import fr.sne.demande.application.port.PorteDemandes;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * An actor acting for a guichet registers a demande (L441-2-1 CCH: the demande is registered by a guichet) — any other actor is refused ({@code ACTEUR_SANS_GUICHET}): checked field by field, refused if one of its adults already has an active
 * demande in the territory, then written with its movement through the module's one door
 * ({@link PorteDemandes}), which numbers it in the last statement of the transaction. The same
 * {@code Idempotency-Key} sent again with the same body gives back the same demande. The count of
 * registrations is kept by a listener of {@link DemandeEnregistree}, after commit.
 */
@Service
public class EnregistrerDemande {

    private final RegleEnregistrement regles;
    private final Demandes demandes;
    private final Idempotences idempotence;
    private final PorteDemandes journal;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock horloge;
    private final MeterRegistry metriques;

    EnregistrerDemande(RegleEnregistrement regles, Demandes demandes, Idempotences idempotence,
            PorteDemandes journal, TransactionTemplate transaction, JsonMapper json, Clock horloge, MeterRegistry metriques) {
        this.regles = regles;
        this.demandes = demandes;
        this.idempotence = idempotence;
        this.journal = journal;
        this.transaction = transaction;
        this.json = json;
        this.horloge = horloge;
        this.metriques = metriques;
    }

    /** @param rejouee true when the key had already registered this demande (nothing new was written) */
    public record Resultat(Demande demande, boolean rejouee) {
    }

    public Resultat executer(ContenuDemande saisie, Acteur acteur, String cleIdempotence) {
        if (!acteur.agitPourUnGuichet()) {
            throw new AccesRefuseException(CodeMotif.ACTEUR_SANS_GUICHET, "Seul un guichet enregistreur enregistre une "
                    + "demande (article L441-2-1 du CCH) : cet acteur n'agit pour aucun guichet.");
        }
        String guichet = acteur.guichetRequis();
        String empreinte = empreinte(saisie);
        // A retry is answered as the first request was, even if the rules or the day have changed since.
        Optional<Idempotences.Trace> dejaTraitee = idempotence.lire(guichet, cleIdempotence);
        if (dejaTraitee.isPresent()) {
            return rejouer(dejaTraitee.get(), empreinte, cleIdempotence);
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        ContenuValide demande = switch (regles.verifier(saisie, new CodeGuichet(guichet),
                acteur.territoireDEnregistrement(), aujourdhui)) {
            case fr.sne.demande.application.validation.Resultat.Valide<ContenuValide>(ContenuValide valide) -> valide;
            case fr.sne.demande.application.validation.Resultat.Invalide<ContenuValide>(List<ErreurChamp> erreurs) -> {
                metriques.counter("sne.demandes.refusees", "motif", "donnees-invalides").increment();
                throw new DonneesInvalidesException(erreurs);
            }
        };
        String territoire = demande.territoire().code();
        DemandeEnregistree evenement = Demande.enregistrer(territoire, acteur,
                Instant.now(horloge).truncatedTo(ChronoUnit.MICROS), demande);
        List<Identite> adultes = demande.adultes().stream().map(ContenuValide.Adulte::identite).toList();
        return transaction.execute(statut -> {
            demandes.verrouiller(guichet, cleIdempotence, territoire, adultes);
            Optional<Idempotences.Trace> trace = idempotence.lire(guichet, cleIdempotence);
            if (trace.isPresent()) {
                return rejouer(trace.get(), empreinte, cleIdempotence);
            }
            refuserDoublons(territoire, adultes);
            Demande enregistree = journal.appliquer(evenement,
                    new PorteDemandes.CleIdempotence(guichet, cleIdempotence, empreinte));
            return new Resultat(enregistree, false);
        });
    }

    private Resultat rejouer(Idempotences.Trace trace, String empreinte, String cle) {
        if (!trace.empreinte().equals(empreinte) || trace.numeroUnique() == null) {
            throw new ConflitException(CodeMotif.IDEMPOTENCE_CLE_REUTILISEE, "La clé d'idempotence « " + cle
                    + " » a déjà servi pour une autre demande : utilisez une clé nouvelle par demande.", Map.of());
        }
        return new Resultat(demandes.parNumero(trace.numeroUnique()).orElseThrow(), true);
    }

    /** Under the identities' locks: no adult of the demande may already have an active demande here. */
    private void refuserDoublons(String territoire, List<Identite> adultes) {
        List<PolitiqueDoublon.Existante> existantes = demandes.adultesActifsSimilaires(territoire, adultes).stream()
                .map(p -> new PolitiqueDoublon.Existante(p.identite(), p.numeroUnique(), p.prenoms(),
                        p.nomNaissance(), p.dateDepot()))
                .toList();
        if (PolitiqueDoublon.evaluer(adultes, existantes) instanceof Refus refus) {
            metriques.counter("sne.demandes.refusees", "motif", "doublon").increment();
            throw new ConflitException(refus.code(), refus.message(), refus.detailsTexte());
        }
    }

    private String empreinte(ContenuDemande saisie) {
        return Empreintes.sha256Hex(json.writeValueAsString(saisie));
    }
}
