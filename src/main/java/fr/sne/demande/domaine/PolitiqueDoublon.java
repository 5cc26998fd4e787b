package fr.sne.demande.domaine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;

/**
 * One active demande per person and territory: no adult of a new demande may already have an active demande on
 * its territory; the existing one is to be modified or renewed instead (guichets must not recreate an existing
 * demande: see {@code domain.md} §3.4, duplicates).
 */
public final class PolitiqueDoublon {

    private PolitiqueDoublon() {
    }

    /** An adult of an active demande of the territory, as found by the duplicate search. */
    public record Existante(Identite identite, NumeroUnique numeroUnique, String prenoms, String nomNaissance,
            LocalDate dateDepot) {
    }

    public static Decision evaluer(List<Identite> adultes, List<Existante> existantes) {
        for (Existante existante : existantes) {
            for (Identite adulte : adultes) {
                if (adulte.designeLaMemePersonneQue(existante.identite())) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("numeroUniqueExistant", existante.numeroUnique().valeur());
                    details.put("dateDepotExistante", existante.dateDepot());
                    return Refus.de(CodeMotif.DOUBLON, Map.of("prenoms", existante.prenoms(), "nom",
                            existante.nomNaissance(), "numero", existante.numeroUnique())).avecDetails(details);
                }
            }
        }
        return Decision.ACCORD;
    }
}
