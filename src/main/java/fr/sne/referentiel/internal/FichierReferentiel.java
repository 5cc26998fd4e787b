package fr.sne.referentiel.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one of the derived files of {@code classpath:referentiel/}: UTF-8, ';' separated, a header line, no
 * quoting (the generator guarantees no value contains ';').
 */
final class FichierReferentiel {

    static final String DOSSIER = "referentiel/";

    private FichierReferentiel() {
    }

    /** The data rows (header checked and skipped), each split into exactly {@code entete.length} fields. */
    static List<String[]> lire(String nomFichier, String... entete) {
        String chemin = DOSSIER + nomFichier;
        InputStream flux = FichierReferentiel.class.getClassLoader().getResourceAsStream(chemin);
        if (flux == null) {
            throw new IllegalStateException("Fichier de référentiel absent du classpath : " + chemin);
        }
        try (BufferedReader lecteur = new BufferedReader(new InputStreamReader(flux, StandardCharsets.UTF_8),
                1 << 16)) {
            String premiere = lecteur.readLine();
            if (premiere == null || !Arrays.equals(premiere.split(";", -1), entete)) {
                throw new IllegalStateException(chemin + " : en-tête inattendu « " + premiere + " », attendu "
                        + String.join(";", entete));
            }
            List<String[]> lignes = new ArrayList<>();
            String ligne;
            int numero = 1;
            while ((ligne = lecteur.readLine()) != null) {
                numero++;
                if (ligne.isEmpty()) {
                    continue;
                }
                String[] champs = ligne.split(";", -1);
                if (champs.length != entete.length) {
                    throw new IllegalStateException(chemin + " ligne " + numero + " : " + champs.length
                            + " champs au lieu de " + entete.length);
                }
                lignes.add(champs);
            }
            return lignes;
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture de " + chemin, e);
        }
    }
}
