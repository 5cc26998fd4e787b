package fr.sne.attribution.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.sne.attribution.domaine.ExceptionTroisCandidats;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.LectureChamps;

/**
 * A session of a commission d'attribution to set, parsed once at the edge by {@link #lire}: its date and, per
 * dwelling (each once), its candidates' numéros in order and the exception that allows fewer than three. Whose
 * dwellings they are, which demandes the guichet sees, and the rule of three are {@link TenirCommission}'s.
 */
public record CommissionCommande(LocalDate dateCommission, List<Inscription> logements) {

    public CommissionCommande {
        logements = List.copyOf(logements);
    }

    /** A dwelling on the agenda. */
    public record Inscription(long logement, List<String> candidats, @Nullable ExceptionTroisCandidats exception) {

        public Inscription {
            candidats = List.copyOf(candidats);
        }
    }

    /** A dwelling as given (JSON values or a form's texts), before it is read. */
    public record Ligne(@Nullable Object logement, @Nullable List<?> candidats, @Nullable Object exception) {
    }

    /**
     * @throws DonneesInvalidesException every field in error, named as the API's body ({@code logements[0].logement},
     *                                   {@code logements[0].candidats[2]}…)
     */
    public static CommissionCommande lire(@Nullable Object dateCommission, @Nullable List<? extends @Nullable Ligne> lignes) {
        LectureChamps l = new LectureChamps();
        LocalDate date = l.date("dateCommission", dateCommission, true);
        List<Inscription> inscriptions = new ArrayList<>();
        if (lignes == null || lignes.isEmpty()) {
            l.ajouter(ErreurChamp.de("logements", CodeMotif.OBLIGATOIRE));
        } else {
            Set<Long> vus = new HashSet<>();
            for (int i = 0; i < lignes.size(); i++) {
                Ligne ligne = lignes.get(i);
                String champ = "logements[" + i + "]";
                Long logement = l.entier(champ + ".logement", ligne == null ? null : ligne.logement(), true);
                if (logement != null && !vus.add(logement)) {
                    l.ajouter(new ErreurChamp(champ + ".logement", CodeMotif.CHAMP_EN_DOUBLE,
                            "Le logement " + logement + " figure deux fois à l'ordre du jour."));
                }
                if (ligne == null) {
                    continue;
                }
                ExceptionTroisCandidats exception = l.code(champ + ".exception", ligne.exception(),
                        ExceptionTroisCandidats.class, null, false);
                List<?> donnes = ligne.candidats() == null ? List.of() : ligne.candidats();
                List<String> numeros = new ArrayList<>();
                for (int j = 0; j < donnes.size(); j++) {
                    String numero = l.texte(champ + ".candidats[" + j + "]", donnes.get(j), true);
                    if (numero != null) {
                        numeros.add(numero);
                    }
                }
                if (logement != null) {
                    inscriptions.add(new Inscription(logement, numeros, exception));
                }
            }
        }
        l.valider();
        return new CommissionCommande(date, inscriptions);
    }
}
