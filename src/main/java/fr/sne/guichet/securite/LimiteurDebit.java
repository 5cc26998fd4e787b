package fr.sne.guichet.securite;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A fixed-window request counter per key (a guichet): at most {@code limite} requests per window. Each
 * instance counts its own requests; behind a load balancer spreading calls evenly, a guichet gets about
 * {@code limite × instances} per window.
 */
final class LimiteurDebit {

    /** What the counter says of one request. */
    record Decision(boolean accordee, int limite, int restantes, long secondesAvantFinDeFenetre) {
    }

    private record Fenetre(long numero, int utilisees) {
    }

    private final int limite;
    private final long dureeMillis;
    private final Clock horloge;
    private final ConcurrentMap<String, Fenetre> fenetres = new ConcurrentHashMap<>();

    LimiteurDebit(int limite, Duration fenetre, Clock horloge) {
        if (limite < 1 || fenetre.isNegative() || fenetre.isZero()) {
            throw new IllegalArgumentException("limite et fenêtre doivent être positives");
        }
        this.limite = limite;
        this.dureeMillis = fenetre.toMillis();
        this.horloge = horloge;
    }

    Decision prendre(String cle) {
        long maintenant = horloge.millis();
        long numero = maintenant / dureeMillis;
        Fenetre fenetre = fenetres.compute(cle, (k, actuelle) -> actuelle == null || actuelle.numero() != numero
                ? new Fenetre(numero, 1)
                : new Fenetre(numero, actuelle.utilisees() + 1));
        long secondes = Math.max(1, ((numero + 1) * dureeMillis - maintenant + 999) / 1000);
        return new Decision(fenetre.utilisees() <= limite, limite, Math.max(0, limite - fenetre.utilisees()),
                secondes);
    }
}
