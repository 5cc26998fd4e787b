package fr.sne.attribution.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.sne.attribution.application.ConsulterRessourcesParUc;
import fr.sne.attribution.domaine.SituationQuartile;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.ExtensionPageDemande;
import fr.sne.referentiel.Epci;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * The tab "Premier quartile" of a demande's page: its annual resources per consumption unit and where they
 * stand against the first quartile of its first wished commune's EPCI (ADR 0016), recomputed at each display.
 */
@Component
class OngletRessourcesAttribution implements ExtensionPageDemande {

    static final String CODE = "quartile";

    private final ConsulterRessourcesParUc ressources;
    private final ReferentielGeographique geographie;

    OngletRessourcesAttribution(ConsulterRessourcesParUc ressources, ReferentielGeographique geographie) {
        this.ressources = ressources;
        this.geographie = geographie;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String libelle() {
        return "Premier quartile";
    }

    @Override
    public String gabarit() {
        return "attribution/onglet-quartile";
    }

    @Override
    public Map<String, Object> onglet(String numeroUnique, Acteur acteur, Map<String, String> parametres) {
        Map<String, Object> modele = new HashMap<>();
        modele.put("numero", numeroUnique);
        SituationQuartile s;
        try {
            s = ressources.executer(numeroUnique, acteur);
        } catch (RessourceIntrouvableException e) {
            modele.put("indisponible", e.getMessage());
            return modele;
        }
        modele.put("ressourcesMensuelles", euros(s.ressourcesMensuelles()));
        modele.put("unites", s.unitesConsommation().stripTrailingZeros().toPlainString().replace('.', ','));
        modele.put("parUc", s.ressourcesAnnuellesParUc() == null ? null : euros(s.ressourcesAnnuellesParUc()));
        modele.put("commune", s.codeCommune() == null ? null
                : geographie.commune(s.codeCommune()).map(c -> c.nom() + " (" + c.code() + ")").orElse(s.codeCommune()));
        modele.put("perimetre", s.perimetre() == null ? null : "111".equals(s.perimetre()) ? "Île-de-France"
                : geographie.epci(s.perimetre()).map(Epci::nom).orElse(s.perimetre()));
        modele.put("annee", s.anneeSeuil());
        modele.put("seuil", s.seuil() == null ? null : euros(BigDecimal.valueOf(s.seuil())));
        modele.put("premierQuartile", s.premierQuartile());
        return modele;
    }

    private static String euros(@Nullable BigDecimal montant) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(montant) + " €";
    }
}
