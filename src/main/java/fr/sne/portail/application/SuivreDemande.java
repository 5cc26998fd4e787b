package fr.sne.portail.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.ConsultationsDemande;
import fr.sne.gestion.EvenementsDuDemandeur;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.Guichets;
import fr.sne.pieces.PiecesDuDemandeur;
import fr.sne.portail.application.port.JournalNotifications;

/**
 * What the applicant follows of his demande on the portal (issue 18 §3): the events he sees (name, date, guichet),
 * the pièces still expected and the limits of a file, who consulted the demande (one line per organisation, day and
 * way), and the messages sent to him. The actor is the applicant: every read goes through the module that owns it,
 * which checks that he may see the demande.
 */
@Service
public class SuivreDemande {

    /** How many lines of consultations are read from each source. */
    static final int CONSULTATIONS_LUES = 200;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EvenementsDuDemandeur evenements;
    private final PiecesDuDemandeur pieces;
    private final ConsultationsDemande consultations;
    private final JournalNotifications notifications;
    private final Guichets guichets;
    private final Clock horloge;

    SuivreDemande(EvenementsDuDemandeur evenements, PiecesDuDemandeur pieces, ConsultationsDemande consultations,
            JournalNotifications notifications, Guichets guichets, Clock horloge) {
        this.evenements = evenements;
        this.pieces = pieces;
        this.consultations = consultations;
        this.notifications = notifications;
        this.guichets = guichets;
        this.horloge = horloge;
    }

    /**
     * @param evenements    newest first
     * @param attendues     the categories still expected
     * @param autres        the other categories one may lodge
     * @param consultations newest first
     */
    public record Suivi(String numeroUnique, boolean evenementsActives, List<EvenementsDuDemandeur.Evenement> evenements,
            List<PiecesDuDemandeur.CategorieDemandeur> attendues, List<PiecesDuDemandeur.CategorieDemandeur> autres,
            PiecesDuDemandeur.Limites limites, List<Consultation> consultations,
            List<JournalNotifications.Notification> notifications) {
    }

    /**
     * A consultation as the applicant reads it: who (an organisation, by its kind and name), on which day, how.
     *
     * @param organisme a guichet (then {@code typeGuichet} and {@code nom}), the gestionnaire territorial, the
     *                  national administration
     * @param logiciel  true when the organisation's software received it (API, feed, export), false for a screen
     */
    public record Consultation(LocalDate jour, Organisme organisme, @Nullable String typeGuichet, @Nullable String nom,
            boolean logiciel) {
    }

    /** Who consulted, as the applicant is told. */
    public enum Organisme {
        GUICHET,
        GESTIONNAIRE_TERRITORIAL,
        ADMINISTRATION_NATIONALE
    }

    public Suivi executer(String numeroUnique, Acteur acteur) {
        EvenementsDuDemandeur.Vue vue = evenements.evenements(numeroUnique, acteur);
        List<EvenementsDuDemandeur.Evenement> recents = new ArrayList<>(vue.evenements());
        java.util.Collections.reverse(recents);
        List<PiecesDuDemandeur.CategorieDemandeur> categories = pieces.categories(numeroUnique, acteur);
        return new Suivi(vue.numeroUnique(), vue.visibiliteActivee(), recents,
                categories.stream().filter(PiecesDuDemandeur.CategorieDemandeur::attendue).toList(),
                categories.stream().filter(c -> !c.attendue()).toList(), pieces.limites(),
                consultations(numeroUnique, acteur), notifications.deLaDemande(vue.numeroUnique(), 20));
    }

    /** The consultations, one line per organisation, day and way (a visit of five tabs is one line). */
    List<Consultation> consultations(String numeroUnique, Acteur acteur) {
        Map<String, Consultation> lignes = new LinkedHashMap<>();
        Map<String, Optional<Guichet>> noms = new LinkedHashMap<>();
        for (ConsultationsDemande.Consultation c : consultations.consultations(numeroUnique, acteur,
                CONSULTATIONS_LUES)) {
            LocalDate jour = c.quand().atZone(PARIS).toLocalDate();
            boolean logiciel = c.moyen() != ConsultationsDemande.Moyen.ECRAN;
            Consultation ligne;
            if (c.guichet() != null) {
                if (c.guichet().equals(acteur.guichet())) {
                    continue; // the portal's guichet: the applicant himself
                }
                Optional<Guichet> g = noms.computeIfAbsent(c.guichet(), guichets::parCode);
                ligne = new Consultation(jour, Organisme.GUICHET, g.map(Guichet::type).orElse(null),
                        g.map(Guichet::nom).orElse(c.guichet()), logiciel);
            } else if (TypeActeur.GESTIONNAIRE_TERRITORIAL.name().equals(c.typeActeur())) {
                ligne = new Consultation(jour, Organisme.GESTIONNAIRE_TERRITORIAL, null, null, logiciel);
            } else if (TypeActeur.ADMINISTRATEUR_NATIONAL.name().equals(c.typeActeur())) {
                ligne = new Consultation(jour, Organisme.ADMINISTRATION_NATIONALE, null, null, logiciel);
            } else {
                continue;
            }
            lignes.putIfAbsent(jour + "|" + ligne.organisme() + "|" + ligne.nom() + "|" + logiciel, ligne);
        }
        return List.copyOf(lignes.values());
    }

    /** Today, in the registry's time zone (for the pages). */
    LocalDate aujourdhui() {
        return LocalDate.now(horloge);
    }
}
