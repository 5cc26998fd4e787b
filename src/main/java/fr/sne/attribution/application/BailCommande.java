package fr.sne.attribution.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.sne.attribution.domaine.DonneesBail;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.LectureChamps;

/**
 * A lease to record, parsed once at the edge by {@link #lire}: the dwelling, the day of signature and the data of
 * R441-2-9 CCH. A day in the future, the applicant's acceptance and one lease per dwelling are {@link SignerBail}'s.
 */
public record BailCommande(long logement, LocalDate dateSignature, DonneesBail.AccordCollectif accordCollectif,
        boolean prioritaireDalo, DonneesBail.Contingent contingent) {

    /** @throws DonneesInvalidesException every field in error */
    public static BailCommande lire(@Nullable Object logement, @Nullable Object dateSignature,
            @Nullable Object accordCollectif, @Nullable Object prioritaireDalo, @Nullable Object contingent) {
        LectureChamps l = new LectureChamps();
        Long id = l.entier("logement", logement, true);
        LocalDate date = l.date("dateSignature", dateSignature, true);
        DonneesBail.AccordCollectif accord = l.code("accordCollectif", accordCollectif,
                DonneesBail.AccordCollectif.class, null, true);
        Boolean dalo = l.ouiNon("prioritaireDalo", prioritaireDalo, true);
        DonneesBail.Contingent c = l.code("contingent", contingent, DonneesBail.Contingent.class, null, true);
        l.valider();
        return new BailCommande(id, date, accord, dalo, c);
    }
}
