package fr.sne.demande.infrastructure;

import java.util.List;
import java.util.Map;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The door's bulk loader: the one way rows of the demande module's tables are written in bulk, with {@code COPY}
 * (the national dataset generator, {@code fr.sne.demande.jeunational}, hands it lines of COPY text). It owns the
 * tables' column lists, so that a change of these tables (a column added by a capability) is made here, beside
 * the door's other writes, and the generator follows.
 */
public final class ChargementDemandes {

    /** The tables loaded in bulk besides {@code mouvement}, in the order a block is copied. */
    public static final List<String> TABLES = List.of("demande", "demande_personne", "demande_commune",
            "avertissement", "avis_renouvellement");

    /** Each table with the columns its COPY lines carry, in their order. */
    static final Map<String, String> CIBLES = Map.of(
            "demande", """
                    demande (numero_unique, territoire, statut, date_depot, date_dernier_renouvellement,
                             date_fin_validite, guichet_enregistreur, enregistree_le, modifiee_le, version, contenu,
                             motif_radiation, sous_motif_radiation, date_radiation, radiee_par, donnees_radiation,
                             renouvellement_en_ligne, date_dernier_courrier)""",
            "demande_personne", """
                    demande_personne (demande_id, role, rang, nom_naissance, prenoms, date_naissance, nom_cle,
                                      prenoms_cle, nir)""",
            "demande_commune", "demande_commune (demande_id, rang, code_commune)",
            "mouvement", """
                    mouvement (id, type, numero_unique, territoire, guichet, horodatage, contenu, acteur_type,
                               acteur_id, version_demande)""",
            "avertissement", """
                    avertissement (demande_id, motif, sous_motif, date_envoi, canal, guichet, radiation_demandee,
                                   enregistre_le)""",
            "avis_renouvellement", """
                    avis_renouvellement (demande_id, date_fin_validite, jour_traitement, guichet, par_courrier,
                                         par_courriel, courriel_envoye_le, adresse_courriel, cree_le)""");

    private ChargementDemandes() {
    }

    /**
     * Copies lines of COPY text (text format, UTF-8, the table's columns of {@link #CIBLES} in order) into
     * {@code table}, on the connection of {@code copie}, in its transaction.
     *
     * @return the number of rows written
     */
    public static long copier(CopyManager copie, String table, byte[] octets, int debut, int fin) throws Exception {
        String cible = CIBLES.get(table);
        if (cible == null) {
            throw new IllegalArgumentException("Table hors du chargement des demandes : " + table);
        }
        CopyIn entree = copie.copyIn("copy " + cible + " from stdin");
        try {
            entree.writeToCopy(octets, debut, fin - debut);
            return entree.endCopy();
        } finally {
            if (entree.isActive()) {
                entree.cancelCopy();
            }
        }
    }
}
