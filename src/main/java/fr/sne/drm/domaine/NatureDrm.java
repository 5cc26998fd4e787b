package fr.sne.drm.domaine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A nature of resource the registry collects (one of the ~70 of the DRM's ~500).
 *
 * @param synthetique true for the synthetic list the application ships (the real one is not public)
 */
public record NatureDrm(String code, String libelle, boolean synthetique) {

    /** The header of a list of natures. */
    public static final String ENTETE = "code;libelle;synthetique";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,12}");

    public NatureDrm {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code de nature invalide : " + code);
        }
        if (libelle.isBlank() || libelle.length() > 200) {
            throw new IllegalArgumentException("libellé de nature vide ou trop long : " + code);
        }
    }

    /**
     * Reads a list: UTF-8, ';' separated, lines beginning with '#' are comments, then the header {@value #ENTETE},
     * then one nature a line ({@code synthetique}: oui / non).
     *
     * @throws IllegalArgumentException a malformed list (which the application refuses to start with)
     */
    public static List<NatureDrm> lireListe(BufferedReader lecteur) {
        List<NatureDrm> natures = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean entete = false;
        int numero = 0;
        try {
            String ligne;
            while ((ligne = lecteur.readLine()) != null) {
                numero++;
                if (ligne.isBlank() || ligne.startsWith("#")) {
                    continue;
                }
                if (!entete) {
                    if (!ligne.strip().equals(ENTETE)) {
                        throw new IllegalArgumentException("natures DRM : en-tête attendu « " + ENTETE + " », lu « "
                                + ligne + " »");
                    }
                    entete = true;
                    continue;
                }
                String[] champs = ligne.split(";", -1);
                if (champs.length != 3 || !(champs[2].strip().equals("oui") || champs[2].strip().equals("non"))) {
                    throw new IllegalArgumentException("natures DRM, ligne " + numero + " : 3 champs attendus, le dernier oui ou non");
                }
                NatureDrm nature = new NatureDrm(champs[0].strip(), champs[1].strip(), champs[2].strip().equals("oui"));
                if (!codes.add(nature.code())) {
                    throw new IllegalArgumentException("natures DRM, ligne " + numero + " : code en double " + nature.code());
                }
                natures.add(nature);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (natures.isEmpty()) {
            throw new IllegalArgumentException("natures DRM : liste vide");
        }
        return List.copyOf(natures);
    }
}
