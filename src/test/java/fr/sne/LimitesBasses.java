package fr.sne;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.TestPropertySource;

/**
 * An integration test of the limits on guessing and on anonymous traffic, with limits low enough to reach in a
 * test: one Spring context of its own, shared by every class carrying this annotation (the other tests keep the
 * test profile's raised limits). A window of an hour, so that a test never straddles two windows. Each test sends
 * its requests from a loopback address of its own ({@link #nouvelleSource()}), so that the per-source limits of one
 * test do not spill over another's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestIntegration
@TestPropertySource(properties = {
    "sne.connexion.echecs-par-compte=" + LimitesBasses.ECHECS_PAR_COMPTE,
    "sne.connexion.echecs-par-source=" + LimitesBasses.ECHECS_PAR_SOURCE,
    "sne.connexion.fenetre-echecs=1h",
    "sne.web.anonyme.limite-requetes=" + LimitesBasses.REQUETES_ANONYMES,
    "sne.web.anonyme.fenetre=1h"})
public @interface LimitesBasses {

    int ECHECS_PAR_COMPTE = 3;
    int ECHECS_PAR_SOURCE = 20;
    int REQUETES_ANONYMES = 40;

    /** Loopback addresses 127.0.0.2 to 127.0.0.254, handed out once each in this JVM from a random start. */
    final class Sources {

        private static final AtomicInteger SUIVANTE = new AtomicInteger(ThreadLocalRandom.current().nextInt(253));

        private Sources() {
        }

        public static InetAddress nouvelle() {
            try {
                return InetAddress.getByName("127.0.0." + (2 + SUIVANTE.getAndIncrement() % 253));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
