package fr.sne.drm.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.ComplementRessourcesDemande;
import fr.sne.drm.application.LireRessourcesDrm;
import fr.sne.drm.application.LireRessourcesDrm.Resultat;
import fr.sne.drm.application.RessourcesDrm;

/**
 * "Données de l'administration" in a demande's tab "Ressources", beside the resources the applicant declared (issue
 * 19 §3, ADR 0031): for an agent holding the profile DRM whose guichet is switched on, the DRM's last three months
 * as columns (oldest first, as one reads), a row per nature with its label, and the row "Total des ressources DRM
 * par mois"; or the reason nothing is shown. Nothing at all for anyone else. The read is journaled (screen DRM).
 */
@Component
class ComplementRessourcesDrm implements ComplementRessourcesDemande {

    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final LireRessourcesDrm lire;

    ComplementRessourcesDrm(LireRessourcesDrm lire) {
        this.lire = lire;
    }

    /** A row of the table: a nature's label and its amount for each month shown ("—" when none). */
    record Rangee(String nature, String libelle, List<String> montants) {
    }

    @Override
    public String gabarit() {
        return "drm/ressources";
    }

    @Override
    public Optional<Map<String, Object>> complement(String numeroUnique, Acteur acteur) {
        return lire.pourLaPage(numeroUnique, acteur).map(ComplementRessourcesDrm::modele);
    }

    static Map<String, Object> modele(Resultat r) {
        Map<String, Object> modele = new HashMap<>();
        modele.put("statut", r.statut());
        modele.put("motif", r.motif());
        modele.put("misAJourLe", r.misAJourLe() == null ? null : HORODATAGE.format(r.misAJourLe()));
        List<RessourcesDrm.Mois> mois = new ArrayList<>(r.mois());
        mois.sort((a, b) -> a.mois().compareTo(b.mois()));
        modele.put("mois", mois.stream().map(m -> libelleMois(m.mois())).toList());
        Map<String, String> libelles = new TreeMap<>();
        mois.forEach(m -> m.lignes().forEach(l -> libelles.putIfAbsent(l.nature(), l.libelle())));
        List<Rangee> rangees = new ArrayList<>();
        libelles.forEach((nature, libelle) -> rangees.add(new Rangee(nature, libelle, mois.stream()
                .map(m -> m.lignes().stream().filter(l -> l.nature().equals(nature)).map(RessourcesDrm.Ligne::montant)
                        .reduce(BigDecimal::add).map(ComplementRessourcesDrm::euros).orElse("—"))
                .toList())));
        modele.put("rangees", rangees);
        modele.put("totaux", mois.stream().map(m -> euros(m.total())).toList());
        modele.put("affichable", r.affichable() && !mois.isEmpty());
        return modele;
    }

    private static String libelleMois(YearMonth mois) {
        String texte = MOIS.format(mois);
        return Character.toUpperCase(texte.charAt(0)) + texte.substring(1);
    }

    static String euros(BigDecimal montant) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(montant) + " €";
    }
}
