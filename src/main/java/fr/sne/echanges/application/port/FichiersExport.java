package fr.sne.echanges.application.port;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.sne.pieces.PiecesDemandes.PieceDecrite;
import fr.sne.attribution.AttributionsDemandes.Attributions;
import fr.sne.demande.InstantanesDemandes.DemandeInstantanee;
import fr.sne.drm.DrmEnMasse;
import fr.sne.echanges.domaine.Entite;
import fr.sne.gestion.EvenementsPartages.EvenementPartage;
import fr.sne.gestion.Priorite;

/**
 * Writes an export's file: a tar.gz of XML files valid against {@code export-1.0.xsd}, each of at most a bounded
 * number of demandes, in a temporary file (never in memory).
 */
public interface FichiersExport {

    /** Demandes per XML file of the archive. */
    int DEMANDES_PAR_FICHIER = 1_000;

    Redaction commencer(String numero, Set<Entite> entites, Instant genereLe);

    /**
     * A demande and the blocks of the entities asked (empty lists when none or not asked; {@code drm} null when the
     * DRM entity was not asked).
     */
    record DemandeExportee(DemandeInstantanee demande, List<EvenementPartage> evenements, List<Priorite> priorites,
            @Nullable Attributions attributions, List<PieceDecrite> pieces, DrmEnMasse.@Nullable Ressources drm) {

        /** A demande without the DRM asked. */
        public DemandeExportee(DemandeInstantanee demande, List<EvenementPartage> evenements,
                List<Priorite> priorites, @Nullable Attributions attributions, List<PieceDecrite> pieces) {
            this(demande, evenements, priorites, attributions, pieces, null);
        }

        /** A demande without pieces asked. */
        public DemandeExportee(DemandeInstantanee demande, List<EvenementPartage> evenements,
                List<Priorite> priorites, @Nullable Attributions attributions) {
            this(demande, evenements, priorites, attributions, List.of());
        }
    }

    /** A file being written; closing it deletes what remains on disk. */
    interface Redaction extends AutoCloseable {

        /** Writes these demandes (at most {@link #DEMANDES_PAR_FICHIER}) as the next XML file of the archive. */
        void ecrire(List<DemandeExportee> lot);

        /** Ends the archive: its temporary file. */
        Path terminer();

        /** The XML files written. */
        int fichiers();

        @Override
        void close();
    }
}
