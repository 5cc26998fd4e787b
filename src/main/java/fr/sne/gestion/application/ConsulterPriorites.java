package fr.sne.gestion.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.EvenementsDemande;
import fr.sne.demande.EvenementsDemande.MouvementDemande;
import fr.sne.gestion.Priorite;
import fr.sne.gestion.PrioritesDemande;
import fr.sne.gestion.domaine.CodeEvenement;
import fr.sne.gestion.domaine.PublicPrioritaire;

/**
 * {@link PrioritesDemande}: the priorities recognised to demandes, derived from their EVT movements
 * {@code DECISION_DALO} (data {@code dateDecision}) and {@code PRIORITE_RECONNUE} (data {@code public}); one per code,
 * the latest recognition; DALO first, then the publics in their code list's order.
 */
@Service
public class ConsulterPriorites implements PrioritesDemande {

    /** The codes of the catalogue that recognise a priority. */
    private static final String DECISION_DALO = CodeEvenement.DECISION_DALO.name();
    private static final String PRIORITE_RECONNUE = CodeEvenement.PRIORITE_RECONNUE.name();

    private static final int LOT = 1000;

    private final EvenementsDemande evenements;

    ConsulterPriorites(EvenementsDemande evenements) {
        this.evenements = evenements;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Priorite> priorites(String numeroUnique) {
        return priorites(List.of(numeroUnique)).get(numeroUnique);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Priorite>> priorites(Collection<String> numerosUniques) {
        Map<String, List<Priorite>> parDemande = new LinkedHashMap<>();
        List<String> numeros = new ArrayList<>(new LinkedHashSet<>(numerosUniques));
        for (int debut = 0; debut < numeros.size(); debut += LOT) {
            List<String> lot = numeros.subList(debut, Math.min(numeros.size(), debut + LOT));
            Map<String, List<MouvementDemande>> lus = evenements.evenements(lot,
                    List.of(DECISION_DALO, PRIORITE_RECONNUE));
            for (String numero : lot) {
                parDemande.put(numero, deriver(lus.getOrDefault(numero, List.of())));
            }
        }
        return parDemande;
    }

    /** The priorities these EVT movements recognise (other movements are ignored). */
    static List<Priorite> deriver(List<MouvementDemande> mouvements) {
        Map<String, Priorite> parCode = new LinkedHashMap<>();
        for (MouvementDemande m : mouvements) {
            if (!(m.document() instanceof DocumentMouvement.Evenement e)) {
                continue;
            }
            Priorite p = null;
            if (e.code().equals(DECISION_DALO)) {
                p = e.donnees().get("dateDecision") instanceof String d
                        ? new Priorite(Priorite.Nature.DALO, Priorite.DALO, "Prioritaire et urgent (DALO)",
                                LocalDate.parse(d), m.guichet(), m.id())
                        : null;
            } else if (e.code().equals(PRIORITE_RECONNUE)) {
                p = e.donnees().get("public") instanceof String code
                        ? PublicPrioritaire.deCode(code).map(pub -> new Priorite(Priorite.Nature.PUBLIC_PRIORITAIRE,
                                pub.name(), pub.libelle(), e.dateEvenement(), m.guichet(), m.id())).orElse(null)
                        : null;
            }
            if (p != null) {
                Priorite avant = parCode.get(p.code());
                if (avant == null || !p.date().isBefore(avant.date())) {
                    parCode.put(p.code(), p);
                }
            }
        }
        return parCode.values().stream().sorted(Comparator.comparing(Priorite::nature)
                .thenComparing(p -> p.nature() == Priorite.Nature.DALO ? 0
                        : PublicPrioritaire.valueOf(p.code()).ordinal())).toList();
    }
}
