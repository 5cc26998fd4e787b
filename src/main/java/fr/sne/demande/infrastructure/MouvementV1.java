package fr.sne.demande.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.FormatMouvement;
import fr.sne.demande.domaine.Avertissement;
import fr.sne.demande.domaine.AvertissementEnvoye;
import fr.sne.demande.domaine.CoDemandeurSepare;
import fr.sne.demande.domaine.DemandeEnregistree;
import fr.sne.demande.domaine.DemandeModifiee;
import fr.sne.demande.domaine.DemandeRadiee;
import fr.sne.demande.domaine.DemandeReactivee;
import fr.sne.demande.domaine.DemandeRenouvelee;
import fr.sne.demande.domaine.DemandesFusionnees;
import fr.sne.demande.domaine.DonneesAttribution;
import fr.sne.demande.domaine.DonneesRadiation;
import fr.sne.demande.domaine.EvenementDemande;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.StatutDemande;
import fr.sne.demande.domaine.TypeMouvement;

/**
 * Maps each event to its movement document, version 1 ({@link DocumentMouvement}), field by field, never from the
 * event's shape, so that renaming a Java field of an event cannot change what feed readers receive; the document
 * is written to JSON by {@link FormatMouvement}, the one writer.
 */
final class MouvementV1 {

    static final int VERSION = DocumentMouvement.VERSION;

    private MouvementV1() {
    }

    /** The {@code acteur} object of a document. */
    static DocumentMouvement.ActeurMouvement acteur(Acteur acteur) {
        return new DocumentMouvement.ActeurMouvement(acteur.type().name(), acteur.identifiant());
    }

    /**
     * The document of a creation (CRE, CRS) of the demande numbered {@code numero}.
     *
     * @param contenuJson the demande's content, already serialised for its own column
     */
    static DocumentMouvement.Creation creation(DemandeEnregistree e, TypeMouvement type, String numero,
            @Nullable NumeroUnique origine, String contenuJson) {
        return new DocumentMouvement.Creation(VERSION, type.name(), numero, e.territoire(), e.guichet(),
                acteur(e.acteur()), e.horodatage(), StatutDemande.ACTIVE.name(), e.dateDepot(), e.dateFinValidite(),
                origine == null ? null : origine.valeur(), FormatMouvement.contenu(contenuJson));
    }

    /** The number of the demande an event changes (not a creation's, which the door assigns). */
    static NumeroUnique numero(EvenementDemande evenement) {
        return switch (evenement) {
            case DemandeModifiee e -> e.numeroUnique();
            case DemandeRenouvelee e -> e.numeroUnique();
            case AvertissementEnvoye e -> e.numeroUnique();
            case DemandeRadiee e -> e.numeroUnique();
            case DemandeReactivee e -> e.numeroUnique();
            case CoDemandeurSepare e -> e.original().numeroUnique();
            case DemandesFusionnees e -> e.radiation().numeroUnique();
            case DemandeEnregistree e -> throw new IllegalArgumentException("une création n'a pas encore de numéro");
        };
    }

    /**
     * The document of a change of an existing demande.
     *
     * @param contenuJson the demande's content after the change, already serialised (null for the events that do
     *                    not change it)
     */
    static DocumentMouvement document(EvenementDemande evenement, @Nullable String contenuJson) {
        int v = VERSION;
        String type = evenement.type().name();
        String numero = numero(evenement).valeur();
        String territoire = evenement.territoire();
        @Nullable String guichet = evenement.guichet();
        DocumentMouvement.ActeurMouvement acteur = acteur(evenement.acteur());
        Instant h = evenement.horodatage();
        return switch (evenement) {
            case DemandeModifiee e -> new DocumentMouvement.Modification(v, type, numero, territoire, guichet, acteur,
                    h, e.rubriques(), FormatMouvement.contenu(requis(contenuJson)));
            case DemandeRenouvelee e -> new DocumentMouvement.Renouvellement(v, type, numero, territoire, guichet,
                    acteur, h, e.dateRenouvellement(), e.dateFinValidite(), e.rubriques(),
                    FormatMouvement.contenu(requis(contenuJson)));
            case AvertissementEnvoye e -> {
                Avertissement a = e.avertissement();
                yield new DocumentMouvement.AvertissementEnvoye(v, type, numero, territoire, guichet, acteur, h,
                        List.of(), new DocumentMouvement.Avertissement(a.motif().code(), a.sousMotif(),
                                a.dateEnvoi(), a.canal(), a.radiationDemandee()));
            }
            case DemandeRadiee e -> radiation(e, null, null);
            case DemandeReactivee e -> new DocumentMouvement.Reactivation(v, type, numero, territoire, guichet,
                    acteur, h, StatutDemande.ACTIVE.name(), new DocumentMouvement.Levee(e.motifLeve().code()),
                    e.dateRenouvellement(), e.dateFinValidite());
            case DemandeEnregistree e -> throw new IllegalArgumentException("une création passe par creation()");
            case CoDemandeurSepare e -> throw new IllegalArgumentException("une séparation s'écrit en MOD et CRS");
            case DemandesFusionnees e -> throw new IllegalArgumentException("une fusion s'écrit en RAD et MOD");
        };
    }

    /** The document of a radiation (RAD). */
    static DocumentMouvement.Radiation radiation(DemandeRadiee e, @Nullable LocalDate dateFinValidite,
            @Nullable LocalDate dateAvertissement) {
        return new DocumentMouvement.Radiation(VERSION, TypeMouvement.RAD.name(), e.numeroUnique().valeur(),
                e.territoire(), e.guichet(), acteur(e.acteur()), e.horodatage(), StatutDemande.RADIEE.name(),
                e.motif().code(), e.sousMotif() == null ? null : e.sousMotif().name(), e.dateRadiation(),
                donnees(e.donnees()), dateFinValidite, dateAvertissement);
    }

    /** A radiation's data as its document writes them, field by field. */
    static DocumentMouvement.DonneesRadiation donnees(DonneesRadiation donnees) {
        return switch (donnees) {
            case DonneesAttribution a -> DocumentMouvement.DonneesRadiation.attribution(a.identifiantRpls(),
                    a.accordCollectif().name(), a.prioritaireDalo(), a.contingent().name(), a.qpv(),
                    a.reservataire());
            case DonneesRadiation.Fusion f -> DocumentMouvement.DonneesRadiation.fusion(
                    f.numeroUniqueConserve().valeur(), f.critere().name());
            case DonneesRadiation.Aucune aucune -> DocumentMouvement.DonneesRadiation.AUCUNE;
        };
    }

    /** The document of the kept demande of a merge (MOD): its date de dépôt after it, and the merged demande. */
    static DocumentMouvement.Conservation conservation(DemandesFusionnees e) {
        return new DocumentMouvement.Conservation(VERSION, TypeMouvement.MOD.name(), e.numeroConserve().valeur(),
                e.territoireConserve(), e.guichet(), acteur(e.acteur()), e.horodatage(), List.of(), e.dateDepot(),
                new DocumentMouvement.Fusion(e.radiation().numeroUnique().valeur(), e.dateDepotAvant(),
                        e.dateDepotReprise(), e.rapprochement().critere().name()));
    }

    private static String requis(@Nullable String contenuJson) {
        if (contenuJson == null) {
            throw new IllegalArgumentException("ce mouvement porte le contenu de la demande");
        }
        return contenuJson;
    }
}
