package fr.sne.demande.application;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.demande.domaine.NumeroUnique;

/**
 * Reads a merge's request (the merge page's form) once into a {@link CommandeFusion}, else
 * {@link DonneesInvalidesException} on field {@code numeroUniqueConserve}.
 */
public final class ParseurFusion {

    static final String CHAMP_NUMERO = "numeroUniqueConserve";

    private ParseurFusion() {
    }

    /**
     * What the actor asks.
     *
     * @param numeroUniqueConserve the other demande of the person, the one that stays
     * @param confirmee            he confirmed that both demandes are the same person's
     */
    public record FusionSaisie(@Nullable String numeroUniqueConserve, boolean confirmee) {
    }

    public static CommandeFusion lire(FusionSaisie saisie) {
        return new CommandeFusion(numeroConserve(saisie.numeroUniqueConserve()), saisie.confirmee());
    }

    /**
     * The kept demande's numéro as typed (spaces around and lower case forgiven).
     *
     * @throws DonneesInvalidesException missing ({@code OBLIGATOIRE}) or malformed ({@code FORMAT_INVALIDE})
     */
    public static NumeroUnique numeroConserve(@Nullable String saisi) {
        String numero = saisi == null ? "" : saisi.strip().toUpperCase(Locale.ROOT);
        if (numero.isEmpty()) {
            throw refus(CodeMotif.OBLIGATOIRE, "Indiquez le numéro unique de la demande conservée.");
        }
        if (!NumeroUnique.estBienForme(numero)) {
            throw refus(CodeMotif.FORMAT_INVALIDE,
                    "Un numéro unique compte 18 caractères (territoire, mois, année, séquence, guichet).");
        }
        return new NumeroUnique(numero);
    }

    static DonneesInvalidesException refus(CodeMotif code, String message) {
        return new DonneesInvalidesException(List.of(new ErreurChamp(CHAMP_NUMERO, code, message)));
    }
}
