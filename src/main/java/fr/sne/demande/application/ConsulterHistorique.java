package fr.sne.demande.application;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.application.port.Demandes;

/**
 * The history of a demande: every movement of its journal, in order, for an actor who may see the demande
 * (radiated ones included, while they are kept).
 */
@Service
public class ConsulterHistorique {

    private final CycleDeVie cycle;
    private final Demandes demandes;

    ConsulterHistorique(CycleDeVie cycle, Demandes demandes) {
        this.cycle = cycle;
        this.demandes = demandes;
    }

    /**
     * A movement as written: its type, when, the guichet that made it or for which its actor acted (null for an
     * actor acting for no guichet), the demande's version it carries (the version the change moved it to, or the
     * one an event was recorded on; null for an old movement whose version was not known) and its versioned
     * document (see the movement feed).
     */
    public record MouvementLu(String type, Instant horodatage, @Nullable String guichet,
            @Nullable Integer versionDemande, DocumentMouvement document) {

        static MouvementLu de(Demandes.MouvementEcrit m) {
            return new MouvementLu(m.type(), m.horodatage(), m.guichet(), m.versionDemande(), m.document());
        }
    }

    public List<MouvementLu> executer(String numeroUnique, Acteur acteur) {
        Demande demande = cycle.lireVisible(numeroUnique, acteur);
        return demandes.mouvements(demande.numeroUnique()).stream().map(MouvementLu::de).toList();
    }
}
