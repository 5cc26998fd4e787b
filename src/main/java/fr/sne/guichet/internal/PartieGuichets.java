package fr.sne.guichet.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.sne.donnees.BilanPartie;
import fr.sne.guichet.administration.TypeGuichet;
import fr.sne.donnees.PartieJeuNational;
import fr.sne.donnees.Progression;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * The guichet module's part of the national dataset, first of all: four guichets enregistreurs per territory
 * (a bailleur, a commune, the State's service, a portal), coded {@code G} + J/K/L/M + the territory
 * ({@code GJ059}), so that the demandes of every territory have desks to be registered by. Already there (a second
 * run): left as they are.
 */
@Component
class PartieGuichets implements PartieJeuNational {

    static final Map<Character, String> TYPES = Map.of('J', TypeGuichet.BAILLEUR.name(), 'K',
            TypeGuichet.COMMUNE.name(), 'L', TypeGuichet.ETAT.name(), 'M', TypeGuichet.PORTAIL.name());

    private final ReferentielGeographique geographie;

    PartieGuichets(ReferentielGeographique geographie) {
        this.geographie = geographie;
    }

    @Override
    public String nom() {
        return "guichets";
    }

    @Override
    public int ordre() {
        return 10;
    }

    @Override
    public BilanPartie ecrire(Connection connexion, long graine, int demandes, Progression progression)
            throws Exception {
        long lignes = 0;
        try (PreparedStatement p = connexion.prepareStatement("""
                insert into guichet (code, nom, type, territoire) values (?, ?, ?, ?)
                on conflict (code) do nothing""")) {
            for (String territoire : territoires()) {
                String libelle = geographie.territoire(territoire).orElseThrow().libelle();
                for (char lettre : new char[] {'J', 'K', 'L', 'M'}) {
                    p.setString(1, "G" + lettre + territoire);
                    p.setString(2, "Guichet " + lettre + " " + libelle + " (jeu national)");
                    p.setString(3, TYPES.get(lettre));
                    p.setString(4, territoire);
                    p.addBatch();
                }
            }
            for (int n : p.executeBatch()) {
                lignes += Math.max(n, 0);
            }
        }
        progression.avancer(lignes);
        return new BilanPartie(Map.of("guichet", lignes));
    }

    /** Every territory: the départements outside Île-de-France, then 111. */
    List<String> territoires() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 95; i++) {
            codes.add("%03d".formatted(i));
        }
        codes.addAll(List.of("02A", "02B", "971", "972", "973", "974", "976", "111"));
        return codes.stream().filter(c -> geographie.territoire(c).isPresent()).toList();
    }
}
