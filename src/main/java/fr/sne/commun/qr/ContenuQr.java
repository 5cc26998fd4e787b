package fr.sne.commun.qr;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a sheet's QR code says, signature apart: the kind of sheet, the demande's numéro unique and the day the
 * sheet was printed (Europe/Paris).
 */
public record ContenuQr(NatureFeuille nature, String numeroUnique, LocalDate date) {

    /** A numéro unique's shape (territory, month and year, sequence, guichet), as {@code NumeroUnique} checks it. */
    static final Pattern NUMERO_UNIQUE =
            Pattern.compile("[0-9][0-9][0-9AB](0[1-9]|1[0-2])[0-9]{2}[0-9]{6}G[0-9A-Z]{4}");

    public ContenuQr {
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(date, "date");
        if (numeroUnique == null || !NUMERO_UNIQUE.matcher(numeroUnique).matches()) {
            throw new IllegalArgumentException("numéro unique mal formé : " + numeroUnique);
        }
    }
}
