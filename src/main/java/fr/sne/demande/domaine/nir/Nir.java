package fr.sne.demande.domaine.nir;
import java.time.LocalDate;
import java.util.List;
public record Nir(String valeur) {
    public static ResultatNir analyser(String saisie) { throw new UnsupportedOperationException(); }
    public static List<String> incoherences(Nir nir, char sexe, LocalDate dateNaissance) { throw new UnsupportedOperationException(); }
}
