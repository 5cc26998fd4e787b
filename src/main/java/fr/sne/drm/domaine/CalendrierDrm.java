package fr.sne.drm.domaine;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The DRM's calendar (ADR 0030): the DRM is refreshed on the 22nd of each month with the month before (the
 * employers' declarations of a month are in by then), and its bulk data is ready from the 26th.
 */
public final class CalendrierDrm {

    /** The day of each month the registry refreshes every demandeur. */
    public static final int JOUR_DU_RELEVE = 22;

    /** The day of each month from which the refresh is given out in bulk. */
    public static final int JOUR_DE_MISE_A_DISPOSITION = 26;

    private CalendrierDrm() {
    }

    /** The last month a fetch on this day asks for: the month before from the 22nd on, otherwise the one before. */
    public static YearMonth dernierMoisConnu(LocalDate jour) {
        return YearMonth.from(jour).minusMonths(jour.getDayOfMonth() >= JOUR_DU_RELEVE ? 1 : 2);
    }

    /** The last month the bulk exports may give on this day: the month before from the 26th on, else the one before. */
    public static YearMonth moisDisponibleEnMasse(LocalDate jour) {
        return YearMonth.from(jour).minusMonths(jour.getDayOfMonth() >= JOUR_DE_MISE_A_DISPOSITION ? 1 : 2);
    }

    /** The day of the last refresh due on or before this day (the 22nd of this month, or of the month before). */
    public static LocalDate dernierReleveDu(LocalDate jour) {
        LocalDate ceMois = jour.withDayOfMonth(JOUR_DU_RELEVE);
        return jour.isBefore(ceMois) ? ceMois.minusMonths(1) : ceMois;
    }
}
