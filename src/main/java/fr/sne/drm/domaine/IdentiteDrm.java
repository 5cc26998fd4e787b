package fr.sne.drm.domaine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.NormalisationTexte;

/**
 * The civil status and NIR of a person, as the registry holds them (sent to the DRM) or as the DRM returns them.
 * {@link #toString()} masks the NIR and the names (never in a log).
 *
 * @param sexe M or F; null when the registry does not know it
 */
public record IdentiteDrm(@Nullable String nir, String nomNaissance, String prenoms, LocalDate dateNaissance,
        @Nullable String sexe) {

    /**
     * The coherence rule (ADR 0030): the DRM's answer is shown only if it designates exactly the person the registry
     * holds: same NIR, same birth name, same first names in the same order, same birth date, same sex. Names are
     * compared as the national registers write them (upper case, no accents, hyphens and spaces folded, apostrophes
     * dropped): that is spelling, not a difference. Anything else, however small, is a discordance.
     */
    public boolean concordeAvec(IdentiteDrm drm) {
        return nir != null && nir.equals(drm.nir)
                && !cle(nomNaissance).isEmpty() && cle(nomNaissance).equals(cle(drm.nomNaissance))
                && !cle(prenoms).isEmpty() && cle(prenoms).equals(cle(drm.prenoms))
                && dateNaissance.equals(drm.dateNaissance)
                && sexe != null && sexe.equals(drm.sexe);
    }

    /** A digest (SHA-256, hex) of the normalised fields: two identities that concord have the same. */
    public String empreinte() {
        String texte = Objects.toString(nir, "") + '|' + cle(nomNaissance) + '|' + cle(prenoms) + '|'
                + dateNaissance + '|' + Objects.toString(sexe, "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Upper-case ASCII letters and single spaces, apostrophes dropped. */
    static String cle(@Nullable String texte) {
        return texte == null ? "" : NormalisationTexte.ascii(texte.replaceAll("['’`]", ""));
    }

    @Override
    public String toString() {
        return "IdentiteDrm[nir=" + (nir == null ? "aucun" : "***") + ", né(e) le ***]";
    }
}
