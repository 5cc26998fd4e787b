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
        // one bailleur per territory (SIREN 98 + the territory's rank), its bailleur guichet GJ… linked to it, so
        // that the attribution chain's part has bailleurs to declare dwellings and sign leases
        long bailleurs = 0;
        try (PreparedStatement b = connexion.prepareStatement("""
                insert into bailleur (siren, nom) values (?, ?) on conflict (siren) do nothing""");
                PreparedStatement lien = connexion.prepareStatement("""
                        update guichet set bailleur_siren = ? where code = ? and bailleur_siren is null""")) {
            List<String> territoires = territoires();
            for (int i = 0; i < territoires.size(); i++) {
                String territoire = territoires.get(i);
                String siren = sirenBailleur(i);
                b.setString(1, siren);
                b.setString(2, "Bailleur " + geographie.territoire(territoire).orElseThrow().libelle()
                        + " (jeu national)");
                b.addBatch();
                lien.setString(1, siren);
                lien.setString(2, "GJ" + territoire);
                lien.addBatch();
            }
            for (int n : b.executeBatch()) {
                bailleurs += Math.max(n, 0);
            }
            lien.executeBatch();
        }
        progression.avancer(lignes + bailleurs);
        Map<String, Long> bilan = new java.util.LinkedHashMap<>();
        bilan.put("guichet", lignes);
        bilan.put("bailleur", bailleurs);
        return new BilanPartie(bilan);
    }

    /** The SIREN of the dataset's bailleur of the territory of this rank: 98 and seven digits. */
    static String sirenBailleur(int rang) {
        return "98%07d".formatted(rang);
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
