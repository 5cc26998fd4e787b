package fr.sne.commun;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The application's clock: the system clock shifted by an offset. The offset is zero in production. Outside the
 * {@code prod} profile it may be set at start ({@code sne.horloge.instant}: the clock starts at that instant and
 * runs on from it), so that a demande can be walked through its year from outside; integration tests move it
 * with {@link #regler} and {@link #avancer}. Nothing in the application moves it once started.
 */
public final class HorlogeReglable extends Clock {

    private final Clock systeme;
    private volatile Duration decalage;

    public HorlogeReglable(Clock systeme, Duration decalage) {
        this.systeme = Objects.requireNonNull(systeme, "systeme");
        this.decalage = Objects.requireNonNull(decalage, "decalage");
    }

    /** A clock that reads {@code depart} now and runs on from it. */
    public static HorlogeReglable depuis(Clock systeme, Instant depart) {
        return new HorlogeReglable(systeme, Duration.between(systeme.instant(), depart));
    }

    /** From now on the clock reads {@code instant}, and runs on from it. */
    public void regler(Instant instant) {
        decalage = Duration.between(systeme.instant(), instant);
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void avancer(Duration duree) {
        decalage = decalage.plus(duree);
    }

    /** Back to the system's time. */
    public void reinitialiser() {
        decalage = Duration.ZERO;
    }

    /** How far this clock is from the system's. */
    public Duration decalage() {
        return decalage;
    }

    @Override
    public ZoneId getZone() {
        return systeme.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new HorlogeReglable(systeme.withZone(zone), decalage);
    }

    @Override
    public Instant instant() {
        return systeme.instant().plus(decalage);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }
}
