package fr.sne.identite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.commun.limite.LimitePartagee;
import fr.sne.commun.limite.SeauxPartages;

/**
 * Slows the guessing of passwords and client secrets at the embedded identity provider: at most
 * {@code echecs-par-compte} failures per window for one login (sign-in form) or one client id (token endpoint),
 * and {@code echecs-par-source} for one source address (both together). Past that, every attempt of that login,
 * client or address is refused without looking at the password until the window ends, even the right one: the
 * answer then says nothing of whether the password was right, nor, since an unknown login or client is counted
 * exactly like a known one, whether it exists. Only failures count; a success spends nothing.
 *
 * <p>Each time a key becomes slowed, the burst is journalled: a warning in the log and a line of
 * {@code freinage_connexion} (V82), which an administrator can read.
 */
final class FreinageConnexion {

    /** Where the attempt was made. */
    enum Point {
        /** the sign-in form, {@code POST /login} */
        FORMULAIRE,
        /** the token endpoint, {@code POST /oauth2/token} */
        JETON
    }

    /** What is slowed. */
    enum Nature {
        /** a login of the form, as typed */
        COMPTE,
        /** a client id of the token endpoint, as sent */
        CLIENT,
        /** a source address */
        SOURCE
    }

    private static final Logger LOG = LoggerFactory.getLogger(FreinageConnexion.class);

    private final LimitePartagee parCompte;
    private final LimitePartagee parClient;
    private final LimitePartagee parSource;
    private final JdbcClient jdbc;
    private final Clock horloge;

    FreinageConnexion(SeauxPartages seaux, int echecsParCompte, int echecsParSource, Duration fenetre,
            JdbcClient jdbc, Clock horloge) {
        this.parCompte = new LimitePartagee(seaux, "echec-compte", echecsParCompte, fenetre);
        this.parClient = new LimitePartagee(seaux, "echec-client", echecsParCompte, fenetre);
        this.parSource = new LimitePartagee(seaux, "echec-source", echecsParSource, fenetre);
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /**
     * @param identifiant the login or client id as sent (known or not)
     * @param source      the source address's key ({@code AdresseSource})
     * @return how many seconds this attempt must wait, or empty when it may be checked
     */
    OptionalLong attente(Point point, String identifiant, String source) {
        OptionalLong compte = compte(point).attente(identifiant);
        OptionalLong adresse = parSource.attente(source);
        if (compte.isPresent() && adresse.isPresent()) {
            return OptionalLong.of(Math.max(compte.getAsLong(), adresse.getAsLong()));
        }
        return compte.isPresent() ? compte : adresse;
    }

    /** Counts a failed attempt for the login or client and for the source; journals a key it slows. */
    void echec(Point point, String identifiant, String source) {
        LimitePartagee compte = compte(point);
        LimitePartagee.Decision pourCompte = compte.prendre(identifiant);
        if (pourCompte.accordee() && pourCompte.epuisee()) {
            journaliser(point, point == Point.JETON ? Nature.CLIENT : Nature.COMPTE, identifiant, source, compte.limite(),
                    pourCompte.secondesAvantFin());
        }
        LimitePartagee.Decision pourSource = parSource.prendre(source);
        if (pourSource.accordee() && pourSource.epuisee()) {
            journaliser(point, Nature.SOURCE, source, source, parSource.limite(), pourSource.secondesAvantFin());
        }
    }

    private LimitePartagee compte(Point point) {
        return point == Point.JETON ? parClient : parCompte;
    }

    private void journaliser(Point point, Nature nature, String cle, String source, int echecs, long secondes) {
        Instant maintenant = horloge.instant();
        Instant jusqua = maintenant.plusSeconds(secondes);
        String affichee = (cle.length() > 100 ? cle.substring(0, 100) : cle).replaceAll("\\p{Cntrl}", "?");
        LOG.warn("Authentification freinée ({}) : {} « {} » après {} échecs, jusqu'à {} (dernier échec depuis {})",
                point, nature, affichee, echecs, jusqua, source);
        jdbc.sql("""
                insert into freinage_connexion (freine_le, jusqu_a, point, nature, cle, source, echecs)
                values (:le, :jusqua, :point, :nature, :cle, :source, :echecs)
                """)
                .param("le", java.sql.Timestamp.from(maintenant)).param("jusqua", java.sql.Timestamp.from(jusqua))
                .param("point", point.name()).param("nature", nature.name()).param("cle", affichee)
                .param("source", source.length() > 64 ? source.substring(0, 64) : source).param("echecs", echecs)
                .update();
    }

    /** Forgets the journal's lines older than {@code avant}, at most {@code lot}; returns how many. */
    int oublierAvant(Instant avant, int lot) {
        return jdbc.sql("""
                delete from freinage_connexion where id in (
                    select id from freinage_connexion where freine_le < :avant limit :lot)
                """).param("avant", java.sql.Timestamp.from(avant)).param("lot", lot).update();
    }
}
