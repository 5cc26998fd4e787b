package fr.sne.echanges.application;

import java.util.List;

import org.springframework.stereotype.Service;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.echanges.application.port.Exports;
import fr.sne.echanges.domaine.Export;
import fr.sne.echanges.domaine.StatutExport;

/**
 * An export as its guichet sees it; another guichet's is unknown (404: its existence is not revealed). Its file
 * only once PRET: before, 409 {@code EXPORT_NON_PRET}; once expired, {@link ExportExpireException} (410).
 */
@Service
public class ConsulterExport {

    private final Exports exports;
    private final java.time.Clock horloge;

    ConsulterExport(Exports exports, java.time.Clock horloge) {
        this.exports = exports;
        this.horloge = horloge;
    }

    public Export executer(String numero, Acteur acteur) {
        return exports.duLecteur(numero, DemanderExport.lecteur(acteur))
                .orElseThrow(() -> new RessourceIntrouvableException("Aucun export " + numero + " de ce guichet."));
    }

    /** The latest exports of the caller, newest first. */
    public List<Export> derniers(Acteur acteur, int limite) {
        return exports.duLecteur(DemanderExport.lecteur(acteur), limite);
    }

    /** The export whose file may be downloaded now. */
    public Export pret(String numero, Acteur acteur) {
        Export export = executer(numero, acteur);
        boolean perime = !export.expireLe().isAfter(horloge.instant());
        if (export.statut() == StatutExport.EXPIRE || perime) {
            throw new ExportExpireException(CodeMotif.EXPORT_EXPIRE.message(java.util.Map.of("motif",
                    fr.sne.echanges.domaine.MotifExpiration.EFFACEMENT.name().equals(export.motif())
                            ? "une demande qu'il contenait a été effacée"
                            : "7 jours après sa demande")));
        }
        if (export.statut() != StatutExport.PRET) {
            throw new ConflitException(CodeMotif.EXPORT_NON_PRET,
                    CodeMotif.EXPORT_NON_PRET.message(java.util.Map.of("etat", export.statut().name())),
                    java.util.Map.of("statut", export.statut().name()));
        }
        return export;
    }
}
