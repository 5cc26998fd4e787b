package fr.sne.attribution.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.Financement;
import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.Logements;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * A bailleur's guichet declares a dwelling put to attribution (R441-3 CCH): its RPLS id, address and commune (in
 * the guichet's territory), typology, surface, rent, financing, QPV or not, adapted to a handicap or not, and the
 * réservataire whose flux it is charged to. Its bailleur's guichets then list it, seek its candidates and put it
 * on a commission's agenda.
 */
@Service
public class DeclarerLogement {

    /** The typologies of ListeTypeLogement, those the demandes seek. */
    static final String LISTE_TYPOLOGIES = "ListeTypeLogement";

    private final ActeurBailleur bailleur;
    private final Logements logements;
    private final ReferentielGeographique geographie;
    private final Nomenclatures nomenclatures;
    private final Clock horloge;
    private final fr.sne.attribution.Reservataires reservataires;

    DeclarerLogement(ActeurBailleur bailleur, Logements logements, ReferentielGeographique geographie,
            Nomenclatures nomenclatures, Clock horloge, fr.sne.attribution.Reservataires reservataires) {
        this.reservataires = reservataires;
        this.bailleur = bailleur;
        this.logements = logements;
        this.geographie = geographie;
        this.nomenclatures = nomenclatures;
        this.horloge = horloge;
    }

    /** What the guichet sends. */
    public record LogementSaisi(@Nullable String identifiantRpls, @Nullable String adresse,
            @Nullable String codeCommune, @Nullable String typologie, @Nullable BigDecimal surface,
            @Nullable BigDecimal loyer, @Nullable String financement, @Nullable Boolean qpv,
            @Nullable Boolean adapteHandicap, @Nullable Long reservataire) {
    }

    @Transactional
    public Logement executer(LogementSaisi s, Acteur acteur) {
        String siren = bailleur.siren(acteur);
        List<ErreurChamp> erreurs = new ArrayList<>();
        if (vide(s.identifiantRpls())) {
            erreurs.add(obligatoire("identifiantRpls"));
        } else if (!s.identifiantRpls().matches("[0-9A-Za-z]{1,20}")) {
            erreurs.add(new ErreurChamp("identifiantRpls", CodeMotif.FORMAT_INVALIDE,
                    "L'identifiant RPLS du logement compte de 1 à 20 lettres ou chiffres."));
        }
        if (vide(s.adresse())) {
            erreurs.add(obligatoire("adresse"));
        } else if (s.adresse().length() > 200) {
            erreurs.add(new ErreurChamp("adresse", CodeMotif.TAILLE, CodeMotif.TAILLE.message(Map.of("max", 200))));
        }
        String territoire = null;
        if (vide(s.codeCommune())) {
            erreurs.add(obligatoire("codeCommune"));
        } else {
            Commune commune = geographie.commune(s.codeCommune().strip()).orElse(null);
            if (commune == null || !commune.code().equals(s.codeCommune().strip())) {
                erreurs.add(new ErreurChamp("codeCommune", CodeMotif.COMMUNE_INCONNUE,
                        CodeMotif.COMMUNE_INCONNUE.message(Map.of("code", s.codeCommune()))));
            } else {
                territoire = geographie.territoireDeCommune(commune).code();
                if (!acteur.couvre(territoire)) {
                    erreurs.add(new ErreurChamp("codeCommune", CodeMotif.HORS_TERRITOIRE_GUICHET,
                            CodeMotif.HORS_TERRITOIRE_GUICHET.message(Map.of("territoire", territoire,
                                    "guichet", acteur.guichetRequis(),
                                    "territoireGuichet", String.join(", ", acteur.territoires())))));
                }
            }
        }
        if (vide(s.typologie())) {
            erreurs.add(obligatoire("typologie"));
        } else if (!nomenclatures.contient(LISTE_TYPOLOGIES, s.typologie())) {
            erreurs.add(new ErreurChamp("typologie", CodeMotif.CODE_INCONNU, CodeMotif.CODE_INCONNU.message(
                    Map.of("code", s.typologie(), "liste", LISTE_TYPOLOGIES))));
        }
        montant(s.surface(), "surface", new BigDecimal("1000"), erreurs);
        montant(s.loyer(), "loyer", new BigDecimal("100000"), erreurs);
        Financement financement = null;
        if (vide(s.financement())) {
            erreurs.add(obligatoire("financement"));
        } else {
            financement = Arrays.stream(Financement.values()).filter(f -> f.name().equals(s.financement()))
                    .findFirst().orElse(null);
            if (financement == null) {
                erreurs.add(new ErreurChamp("financement", CodeMotif.CODE_INCONNU, CodeMotif.CODE_INCONNU.message(
                        Map.of("code", s.financement(), "liste", "PLAI, PLAI_ADAPTE, PLUS, PLS"))));
            }
        }
        if (s.qpv() == null) {
            erreurs.add(obligatoire("qpv"));
        }
        if (s.adapteHandicap() == null) {
            erreurs.add(obligatoire("adapteHandicap"));
        }
        if (s.reservataire() != null && s.reservataire() < 1) {
            erreurs.add(new ErreurChamp("reservataire", CodeMotif.HORS_BORNES,
                    "Identifiant de réservataire attendu (entier positif)."));
        } else if (s.reservataire() != null && reservataires.parId(s.reservataire())
                .filter(r -> acteur.couvre(r.territoire()))
                .isEmpty()) {
            // the dwelling is charged to a réservataire of the list of its territory (ADR 0015)
            erreurs.add(new ErreurChamp("reservataire", CodeMotif.RESERVATAIRE_INTROUVABLE,
                    CodeMotif.RESERVATAIRE_INTROUVABLE.message(java.util.Map.of("id", s.reservataire()))));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        Instant maintenant = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        long id = logements.declarer(new Logements.NouveauLogement(siren, acteur.guichetRequis(), territoire,
                s.identifiantRpls(), s.adresse().strip(), s.codeCommune().strip(), s.typologie(), s.surface(),
                s.loyer(), financement, s.qpv(), s.adapteHandicap(), s.reservataire()), maintenant);
        return logements.lire(id).orElseThrow();
    }

    /** A bailleur's dwellings, the latest first. */
    @Transactional(readOnly = true)
    public List<Logement> lister(Acteur acteur) {
        return logements.duBailleur(bailleur.siren(acteur), 200);
    }

    /** One of the bailleur's dwellings. */
    @Transactional(readOnly = true)
    public Logement consulter(long id, Acteur acteur) {
        return bailleur.logement(id, acteur, false);
    }

    private static void montant(@Nullable BigDecimal valeur, String champ, BigDecimal max, List<ErreurChamp> erreurs) {
        if (valeur == null) {
            erreurs.add(obligatoire(champ));
        } else if (valeur.signum() <= 0 || valeur.compareTo(max) > 0 || valeur.scale() > 2) {
            erreurs.add(new ErreurChamp(champ, CodeMotif.HORS_BORNES, "Valeur positive d'au plus " + max
                    + ", au centième près."));
        }
    }

    static boolean vide(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static ErreurChamp obligatoire(String champ) {
        return new ErreurChamp(champ, CodeMotif.OBLIGATOIRE, CodeMotif.OBLIGATOIRE.message());
    }
}
