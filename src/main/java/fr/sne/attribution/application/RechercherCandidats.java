package fr.sne.attribution.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.ClassementCandidats;
import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.Logements;
import fr.sne.attribution.domaine.PlafondRessources;
import fr.sne.attribution.domaine.PrioritesCandidats;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.JournalConsultations;
import fr.sne.demande.LectureDemandes;

/**
 * The candidates for a dwelling: the active demandes wishing its commune and its typology, of a household its size
 * suits, under the income ceiling of its financing; those the réservataire designated for it are added whatever
 * the search says (flagged, and above the ceiling when they are). Priorities first, then ancienneté
 * ({@link ClassementCandidats}).
 */
@Service
public class RechercherCandidats {

    /** How many demandes the search reads before the ceilings sort them out. */
    static final int LECTURE = 500;

    private final ActeurBailleur bailleur;
    private final Logements logements;
    private final LectureDemandes lecture;
    private final PrioritesCandidats priorites;
    private final ExamenMenage examen;
    private final Clock horloge;
    private final JournalConsultations journal;

    RechercherCandidats(ActeurBailleur bailleur, Logements logements, LectureDemandes lecture,
            PrioritesCandidats priorites, ExamenMenage examen, Clock horloge, JournalConsultations journal) {
        this.journal = journal;
        this.bailleur = bailleur;
        this.logements = logements;
        this.lecture = lecture;
        this.priorites = priorites;
        this.examen = examen;
        this.horloge = horloge;
    }

    /**
     * A candidate proposed.
     *
     * @param plafond   the ceiling examined (null when no barème is known)
     * @param designe   designated by the réservataire for this dwelling
     */
    public record CandidatPropose(String numeroUnique, @Nullable String nomDemandeur, @Nullable String prenomsDemandeur,
            LocalDate dateDepot, int tailleMenage, boolean logementAdapteNecessaire, boolean prioritaire,
            boolean designe, @Nullable PlafondRessources plafond) {

        public boolean auDessusPlafond() {
            return plafond != null && plafond.auDessus();
        }

        public @Nullable BigDecimal ressources() {
            return plafond == null ? null : plafond.ressources();
        }
    }

    /** The household sizes a typology suits: from two persons fewer than its main rooms to one more. */
    static int tailleMin(Logement l) {
        return Math.max(1, l.pieces() - 2);
    }

    static int tailleMax(Logement l) {
        return l.pieces() + 1;
    }

    /**
     * The candidates as a page of the professional application shows them: their display is recorded in the access
     * journal, one line per demande shown (screen {@code CANDIDATS}), in the same transaction.
     */
    @Transactional
    public List<CandidatPropose> afficher(long logementId, Acteur acteur, int limite) {
        List<CandidatPropose> candidats = executer(logementId, acteur, limite);
        journal.candidatsAffiches(acteur, candidats.stream().map(CandidatPropose::numeroUnique).toList());
        return candidats;
    }

    /** The candidates, as the API gives them to a guichet's software. */
    @Transactional(readOnly = true)
    public List<CandidatPropose> executer(long logementId, Acteur acteur, int limite) {
        Logement logement = bailleur.logement(logementId, acteur, false);
        LocalDate jour = LocalDate.now(horloge);
        Map<String, DemandeLue> demandes = new LinkedHashMap<>();
        for (DemandeLue d : lecture.activesSouhaitant(logement.codeCommune(), logement.typologie(), tailleMin(logement),
                tailleMax(logement), LECTURE)) {
            demandes.put(d.numeroUnique(), d);
        }
        Set<String> designes = logements.designes(logementId);
        for (String numero : designes) {
            if (!demandes.containsKey(numero)) {
                lecture.lire(numero).filter(DemandeLue::estActive).ifPresent(d -> demandes.put(numero, d));
            }
        }
        Set<String> prioritaires = priorites.prioritaires(demandes.keySet());
        List<CandidatPropose> candidats = new ArrayList<>();
        for (DemandeLue d : demandes.values()) {
            PlafondRessources plafond = examen.plafond(logement, d, jour).orElse(null);
            boolean designe = designes.contains(d.numeroUnique());
            if (plafond != null && plafond.auDessus() && !designe) {
                continue;
            }
            candidats.add(new CandidatPropose(d.numeroUnique(), d.nomDemandeur(), d.prenomsDemandeur(), d.dateDepot(),
                    d.tailleMenage(), d.logementAdapte(), prioritaires.contains(d.numeroUnique()), designe, plafond));
        }
        List<CandidatPropose> classes = ClassementCandidats.classer(candidats,
                c -> new ClassementCandidats.Candidat(c.numeroUnique(), c.prioritaire(), c.dateDepot()));
        return classes.subList(0, Math.min(Math.max(1, limite), classes.size()));
    }
}
