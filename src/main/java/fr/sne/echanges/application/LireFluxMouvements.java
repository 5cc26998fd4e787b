package fr.sne.echanges.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.FluxMouvements;
import fr.sne.demande.FluxMouvements.Instantane;
import fr.sne.demande.FluxMouvements.MouvementInstantane;
import fr.sne.demande.FluxMouvements.Position;
import fr.sne.demande.RemisesDemandes;
import fr.sne.echanges.application.port.RemisesFlux;
import fr.sne.echanges.domaine.Curseur;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One page of the movement feed (issue 16 §1, ADR 0020): the movements after the cursor (or dated from
 * {@code depuis}, or from the first), below the oldest transaction still running, of the demandes the reader may
 * see (of the communes asked, when asked), oldest first, each with the demande when read; and the next cursor.
 * The demandes handed out with their data are recorded per reader and day ({@link RemisesFlux}).
 *
 * <p>The next cursor is the last movement's position when the page is full; otherwise every movement below the
 * horizon has been given, and the cursor moves to the horizon itself (transaction of the horizon, id 0), so that
 * the next call starts there rather than scanning again the movements outside the reader's scope.
 */
@Service
public class LireFluxMouvements {

    public static final int LIMITE_PAR_DEFAUT = 1_000;
    public static final int LIMITE_MAX = 10_000;
    public static final int COMMUNES_MAX = 2_000;
    public static final String COMPTEUR_APPELS = "sne.flux.appels";

    private static final Pattern COMMUNE = Pattern.compile("[0-9][0-9AB][0-9]{3}");

    private final FluxMouvements flux;
    private final RemisesFlux remises;
    private final Clock horloge;
    private final MeterRegistry metriques;
    private final byte[] cle;
    private final Duration dureeCurseur;

    public LireFluxMouvements(FluxMouvements flux, RemisesFlux remises, Clock horloge, MeterRegistry metriques,
            @Value("${sne.echanges.flux.cle-curseur}") String cle,
            @Value("${sne.echanges.flux.duree-curseur:P30D}") Duration dureeCurseur) {
        if (cle.length() < 32) {
            throw new IllegalStateException("sne.echanges.flux.cle-curseur : au moins 32 caractères");
        }
        this.flux = flux;
        this.remises = remises;
        this.horloge = horloge;
        this.metriques = metriques;
        this.cle = cle.getBytes(StandardCharsets.UTF_8);
        this.dureeCurseur = dureeCurseur;
    }

    /**
     * A page.
     *
     * @param mouvements    oldest first
     * @param curseurSuivant where the next call starts
     * @param aJour         the page was not full: every movement committed so far below the horizon was given (the
     *                      reader may wait before its next call)
     */
    public record Page(List<MouvementInstantane> mouvements, Map<String, Instantane> demandes,
            String curseurSuivant, boolean aJour) {
        public Page {
            mouvements = List.copyOf(mouvements);
            demandes = Collections.unmodifiableMap(demandes);
        }

        /** A page in the complete form: each movement with its demande. */
        public Page(List<MouvementInstantane> mouvements, String curseurSuivant, boolean aJour) {
            this(mouvements, Map.of(), curseurSuivant, aJour);
        }
    }

    /**
     * The two forms of a page: complete (each movement with its demande, the documents whole) or compact (the
     * documents without the demande's content they carry, the page's demandes each once).
     */
    public enum Forme {
        COMPLETE, COMPACTE
    }

    /**
     * @param curseur  a {@code curseurSuivant} given before, null for a first call
     * @param depuis   for a first call only: the movements dated from this instant, null: from the first
     * @param communes INSEE codes, empty: the whole scope of the reader
     * @param limite   1 to {@link #LIMITE_MAX}, null: {@link #LIMITE_PAR_DEFAUT}
     */
    public Page executer(@Nullable String curseur, @Nullable Instant depuis, List<String> communes,
            @Nullable Integer limite, Acteur acteur) {
        return executer(curseur, depuis, communes, limite, Forme.COMPLETE, acteur);
    }

    /** A page in the form asked. */
    public Page executer(@Nullable String curseur, @Nullable Instant depuis, List<String> communes,
            @Nullable Integer limite, Forme forme, Acteur acteur) {
        metriques.counter(COMPTEUR_APPELS, "guichet", acteur.guichet() != null ? acteur.guichet()
                : acteur.type().name()).increment();
        Instant maintenant = horloge.instant();
        int taille = limite == null ? LIMITE_PAR_DEFAUT : limite;
        if (taille < 1 || taille > LIMITE_MAX) {
            throw new FluxRefuseException("limite", CodeMotif.HORS_BORNES, false);
        }
        if (communes.size() > COMMUNES_MAX) {
            throw new FluxRefuseException("communes", CodeMotif.TAILLE, false);
        }
        for (String commune : communes) {
            if (!COMMUNE.matcher(commune).matches()) {
                throw new FluxRefuseException("communes", CodeMotif.FORMAT_INVALIDE, false);
            }
        }
        List<String> triees = communes.stream().distinct().sorted().toList();
        String lecteur = lecteur(acteur);
        String empreinte = Curseur.empreinte(triees);
        Position depart = Position.DEBUT;
        if (curseur != null) {
            if (depuis != null) {
                throw new FluxRefuseException("depuis", CodeMotif.NON_APPLICABLE, false);
            }
            Curseur.Ouverture ouverture = Curseur.ouvrir(curseur, cle, lecteur, empreinte, maintenant, dureeCurseur);
            switch (ouverture.etat()) {
                case INVALIDE -> throw new FluxRefuseException("curseur", CodeMotif.CURSEUR_INVALIDE, false);
                case EXPIRE -> throw new FluxRefuseException("curseur", CodeMotif.CURSEUR_EXPIRE, true);
                case VALIDE -> depart = java.util.Objects.requireNonNull(ouverture.curseur()).position();
            }
        } else if (depuis != null && depuis.isAfter(maintenant)) {
            throw new FluxRefuseException("depuis", CodeMotif.DATE_FUTURE, false);
        }
        long horizon = flux.horizon();
        Instant premier = curseur == null ? depuis : null;
        List<MouvementInstantane> mouvements;
        Map<String, Instantane> demandes;
        TreeSet<String> remis;
        if (forme == Forme.COMPACTE) {
            FluxMouvements.PageCompacte compacte = flux.lireCompacte(depart, horizon, premier, triees, acteur, taille);
            mouvements = compacte.mouvements();
            demandes = compacte.demandes();
            remis = demandes.entrySet().stream().filter(e -> !e.getValue().donneesEffacees())
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        } else {
            mouvements = flux.lire(depart, horizon, premier, triees, acteur, taille);
            demandes = Map.of();
            remis = mouvements.stream().filter(m -> m.demande() != null && !m.demande().donneesEffacees())
                    .map(MouvementInstantane::numeroUnique).collect(Collectors.toCollection(TreeSet::new));
        }
        // what was handed out, for the applicant's "who consulted my demande": the demandes given with their data
        remises.noter(RemisesDemandes.lecteur(acteur), LocalDate.ofInstant(maintenant, horloge.getZone()),
                RemisesDemandes.Canal.FLUX, remis);
        boolean aJour = mouvements.size() < taille;
        Position suivante = aJour ? plusLoin(depart, new Position(horizon, 0))
                : mouvements.getLast().position();
        return new Page(mouvements, demandes, new Curseur(suivante, lecteur, empreinte, maintenant).sceller(cle),
                aJour);
    }

    /**
     * A cursor for this actor's whole scope starting at a horizon: the feed after an export, from the oldest
     * transaction running when the export's snapshot was taken (ADR 0022). Every movement of a lower transaction is
     * in the export; those from there on come by the feed, some a second time (the version rule, and an event's
     * {@code identifiant}, tell them apart).
     */
    public String curseurDepuis(long horizon, Acteur acteur) {
        return new Curseur(new Position(horizon, 0), lecteur(acteur), Curseur.empreinte(List.of()),
                horloge.instant()).sceller(cle);
    }

    /** The later of two positions (a horizon never moves back, but a cursor of another instance might be ahead). */
    private static Position plusLoin(Position a, Position b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The reader a cursor is bound to: the guichet, or a digest of the actor for those acting for none. */
    private static String lecteur(Acteur acteur) {
        if (acteur.guichet() != null) {
            return acteur.guichet();
        }
        return Curseur.empreinte(List.of(acteur.type().name() + ":" + acteur.identifiant()));
    }
}
