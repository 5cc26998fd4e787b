package fr.sne.drm.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.sne.drm.DrmEnMasse;
import fr.sne.drm.domaine.StatutDrm;

/**
 * {@link DrmEnMasse} on the read port: the months no later than the one published in bulk on the export's day
 * ({@link RessourcesDrm#moisDisponibleEnMasse}), and only for {@code AFFICHABLE} (a discordance gives nothing).
 */
@Service
class DrmEnMasseParReleve implements DrmEnMasse {

    private final RessourcesDrm ressources;

    DrmEnMasseParReleve(RessourcesDrm ressources) {
        this.ressources = ressources;
    }

    @Override
    public Map<String, Ressources> lire(Collection<String> numeros, int profondeurMois, LocalDate jour) {
        if (profondeurMois < 1 || profondeurMois > RessourcesDrm.PROFONDEUR_MAXIMALE) {
            throw new IllegalArgumentException("profondeur hors de 1 à 3 : " + profondeurMois);
        }
        Map<String, Ressources> resultat = new LinkedHashMap<>();
        if (numeros.isEmpty()) {
            return resultat;
        }
        ressources.lire(numeros, profondeurMois, ressources.moisDisponibleEnMasse(jour)).forEach((numero, l) ->
                resultat.put(numero, new Ressources(l.statut().name(), l.misAJourLe(), l.statut() != StatutDrm.AFFICHABLE
                        ? List.of() : l.mois().stream().map(m -> new Mois(m.mois(), m.lignes().stream()
                                .map(g -> new Ligne(g.nature(), g.libelle(), g.montant())).toList(), m.total()))
                                .toList())));
        return resultat;
    }
}
