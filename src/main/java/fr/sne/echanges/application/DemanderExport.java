package fr.sne.echanges.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.Refus;
import fr.sne.drm.AccesDrm;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.echanges.application.port.Exports;
import fr.sne.echanges.domaine.CommandeExport;
import fr.sne.echanges.domaine.Entite;
import fr.sne.echanges.domaine.EtatDemandeExportee;
import fr.sne.echanges.domaine.Export;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Departement;
import fr.sne.referentiel.ReferentielGeographique;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Asks a bulk export (issue 16 §2, ADR 0022): checks each field (a stable code per bad value, nothing written),
 * then that every place asked lies in the caller's territory (403), then records the export EN_ATTENTE for an
 * instance to run. The places resolve to whole territories (a département that is one) or, for the départements
 * of Île-de-France (one territory, 111), to the demandes wishing one of their communes.
 */
@Service
public class DemanderExport {

    public static final int DEPARTEMENTS_MAX = 120;
    public static final int COMMUNES_MAX = 2_000;
    /** The DRM entity's months when {@code profondeurDrm} is not given: the three the DRM's reading shows. */
    public static final int PROFONDEUR_DRM_DEFAUT = 3;
    public static final String COMPTEUR_DEMANDES = "sne.exports.demandes";
    private static final Pattern COMMUNE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern DEPARTEMENT = Pattern.compile("[0-9]{2,3}|2[AB]");

    private final Exports exports;
    private final ReferentielGeographique geographie;
    private final Clock horloge;
    private final MeterRegistry metriques;
    private final Duration duree;
    private final AccesDrm accesDrm;

    DemanderExport(Exports exports, ReferentielGeographique geographie, Clock horloge, MeterRegistry metriques,
            @Value("${sne.echanges.exports.duree:P7D}") Duration duree, AccesDrm accesDrm) {
        this.accesDrm = accesDrm;
        this.exports = exports;
        this.geographie = geographie;
        this.horloge = horloge;
        this.metriques = metriques;
        this.duree = duree;
    }

    /** The request as it came (null lists: absent). */
    public record Demande(@Nullable List<String> entites, @Nullable List<String> etat,
            @Nullable List<String> departements, @Nullable List<String> communes, @Nullable Integer profondeurDrm) {
    }

    @Transactional
    public Export executer(Demande demande, Acteur acteur) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        Set<Entite> entites = entites(demande.entites(), erreurs);
        Set<String> etats = new LinkedHashSet<>();
        if (demande.etat() == null || demande.etat().isEmpty()) {
            erreurs.add(ErreurChamp.de("etat", CodeMotif.OBLIGATOIRE));
        } else {
            for (int i = 0; i < demande.etat().size(); i++) {
                String etat = demande.etat().get(i);
                if (etat != null && java.util.Arrays.stream(EtatDemandeExportee.values())
                        .anyMatch(e -> e.name().equals(etat))) {
                    etats.add(etat);
                } else {
                    erreurs.add(inconnu("etat[" + i + "]", etat, "des états (ACTIVE, RADIEE)"));
                }
            }
        }
        if (demande.profondeurDrm() != null && (demande.profondeurDrm() < 1 || demande.profondeurDrm() > 3)) {
            erreurs.add(ErreurChamp.de("profondeurDrm", CodeMotif.HORS_BORNES));
        }
        List<String> deps = demande.departements() == null ? List.of() : demande.departements();
        List<String> coms = demande.communes() == null ? List.of() : demande.communes();
        if (deps.isEmpty() && coms.isEmpty()) {
            erreurs.add(new ErreurChamp("localisation", CodeMotif.OBLIGATOIRE,
                    "Indiquez au moins un département ou une commune."));
        }
        if (deps.size() > DEPARTEMENTS_MAX) {
            erreurs.add(new ErreurChamp("localisation.departements", CodeMotif.TAILLE,
                    CodeMotif.TAILLE.message(Map.of("max", DEPARTEMENTS_MAX))));
        }
        if (coms.size() > COMMUNES_MAX) {
            erreurs.add(new ErreurChamp("localisation.communes", CodeMotif.TAILLE,
                    CodeMotif.TAILLE.message(Map.of("max", COMMUNES_MAX))));
        }
        // each place, and the territory it lies in (checked against the caller's scope once the fields are good)
        Set<String> territoires = new LinkedHashSet<>();
        Set<String> departementsIdf = new LinkedHashSet<>();
        Set<String> communes = new LinkedHashSet<>();
        List<Lieu> lieux = new ArrayList<>();
        for (int i = 0; i < deps.size() && deps.size() <= DEPARTEMENTS_MAX; i++) {
            String champ = "localisation.departements[" + i + "]";
            String code = deps.get(i) == null ? "" : deps.get(i).strip().toUpperCase(java.util.Locale.ROOT);
            Optional<Departement> dep = DEPARTEMENT.matcher(code).matches() ? geographie.departement(code)
                    : Optional.empty();
            if (dep.isEmpty()) {
                erreurs.add(inconnu(champ, code, "des départements"));
                continue;
            }
            String territoire = dep.get().code().length() == 2 ? "0" + dep.get().code() : dep.get().code();
            if (geographie.territoire(territoire).isPresent()) {
                territoires.add(territoire);
                lieux.add(new Lieu(champ, "Le département " + dep.get().code(), territoire));
            } else {
                // a département of Île-de-France: its communes within territory 111
                departementsIdf.add(dep.get().code());
                lieux.add(new Lieu(champ, "Le département " + dep.get().code(),
                        fr.sne.referentiel.Territoire.CODE_ILE_DE_FRANCE));
            }
        }
        for (int i = 0; i < coms.size() && coms.size() <= COMMUNES_MAX; i++) {
            String champ = "localisation.communes[" + i + "]";
            String code = coms.get(i) == null ? "" : coms.get(i).strip();
            if (!COMMUNE.matcher(code).matches()) {
                erreurs.add(ErreurChamp.de(champ, CodeMotif.FORMAT_INVALIDE));
                continue;
            }
            Optional<Commune> commune = geographie.commune(code);
            if (commune.isEmpty()) {
                erreurs.add(new ErreurChamp(champ, CodeMotif.COMMUNE_INCONNUE,
                        CodeMotif.COMMUNE_INCONNUE.message(Map.of("code", code))));
                continue;
            }
            communes.add(code);
            lieux.add(new Lieu(champ, "La commune " + code, geographie.territoireDeCommune(commune.get()).code()));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        // the DRM entity: for a client holding the habilitation drm, of a guichet switched on for the DRM (ADR 0031)
        if (entites.contains(Entite.DRM) && accesDrm.decider(acteur) instanceof Refus refus) {
            throw new AccesRefuseException(refus.code(), "entites : " + refus.message());
        }
        for (Lieu lieu : lieux) {
            // a national guichet narrows its own registrations by place: the visibility rule still holds them
            if (!acteur.enregistrePartout() && !acteur.couvre(lieu.territoire())) {
                throw new AccesRefuseException(CodeMotif.LOCALISATION_HORS_PERIMETRE,
                        lieu.champ() + " : " + CodeMotif.LOCALISATION_HORS_PERIMETRE.message(
                                Map.of("lieu", lieu.nom())));
            }
        }
        Instant maintenant = horloge.instant();
        Export export = exports.creer(lecteur(acteur), acteur, new CommandeExport(entites, etats, territoires,
                departementsIdf, communes, entites.contains(Entite.DRM) && demande.profondeurDrm() == null
                        ? Integer.valueOf(PROFONDEUR_DRM_DEFAUT) : demande.profondeurDrm()), maintenant,
                maintenant.plus(duree));
        metriques.counter(COMPTEUR_DEMANDES, "guichet", export.lecteur()).increment();
        return export;
    }

    private static Set<Entite> entites(@Nullable List<String> codes, List<ErreurChamp> erreurs) {
        Set<Entite> entites = new LinkedHashSet<>();
        if (codes == null || codes.isEmpty()) {
            erreurs.add(ErreurChamp.de("entites", CodeMotif.OBLIGATOIRE));
            return entites;
        }
        for (int i = 0; i < codes.size(); i++) {
            String champ = "entites[" + i + "]";
            Optional<Entite> entite = codes.get(i) == null ? Optional.empty() : Entite.deCode(codes.get(i));
            if (entite.isEmpty()) {
                erreurs.add(inconnu(champ, codes.get(i), "des entités d'export"));
            } else if (!entite.get().disponible()) {
                erreurs.add(new ErreurChamp(champ, CodeMotif.ENTITE_NON_DISPONIBLE,
                        CodeMotif.ENTITE_NON_DISPONIBLE.message(Map.of("entite", entite.get().name()))));
            } else {
                entites.add(entite.get());
            }
        }
        return entites;
    }

    private static ErreurChamp inconnu(String champ, @Nullable String code, String liste) {
        return new ErreurChamp(champ, CodeMotif.CODE_INCONNU,
                CodeMotif.CODE_INCONNU.message(Map.of("code", code == null ? "" : code, "liste", liste)));
    }

    /** Who an export belongs to: the guichet, or the actor's kind and identifier for one acting for none. */
    public static String lecteur(Acteur acteur) {
        String nom = acteur.guichet() != null ? acteur.guichet() : acteur.type().name() + ":" + acteur.identifiant();
        return nom.length() > 100 ? nom.substring(0, 100) : nom;
    }

    private record Lieu(String champ, String nom, String territoire) {
    }
}
