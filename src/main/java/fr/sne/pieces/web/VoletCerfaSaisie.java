package fr.sne.pieces.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.SourcesSaisie;
import fr.sne.pieces.application.SaisieCerfas;
import fr.sne.pieces.domaine.CerfaNumerise;

/**
 * The scanned Cerfa beside the registration wizard's steps (ADR 0025): a draft started with
 * {@code source=cerfa:<id>} types that scan; each step shows its pages as images, each with its text alternative,
 * and a link to the PDF — images rather than an embedded PDF viewer, which browsers render unevenly and whose frame
 * the pages' security headers forbid; a scan has no text to read out anyway, which the alternative says. Once the
 * draft is registered, the scan is filed on the demande.
 */
@Component
class VoletCerfaSaisie implements SourcesSaisie {

    private static final String PREFIXE = "cerfa:";

    private final SaisieCerfas saisie;

    VoletCerfaSaisie(SaisieCerfas saisie) {
        this.saisie = saisie;
    }

    @Override
    public boolean lier(UUID brouillon, String source, Acteur acteur) {
        if (!source.startsWith(PREFIXE)) {
            return false;
        }
        UUID id;
        try {
            id = UUID.fromString(source.substring(PREFIXE.length()));
        } catch (IllegalArgumentException e) {
            throw new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Cerfa numérisé inconnu.");
        }
        saisie.lier(id, brouillon, acteur);
        return true;
    }

    @Override
    public Optional<Volet> volet(UUID brouillon, Acteur acteur) {
        return saisie.duBrouillon(brouillon, acteur).filter(c -> c.etat() == CerfaNumerise.Etat.A_SAISIR)
                .map(VoletCerfaSaisie::volet);
    }

    private static Volet volet(CerfaNumerise c) {
        String racine = FileCerfasPagesController.RACINE + "/" + c.id();
        List<Image> images = IntStream.rangeClosed(1, c.pages()).mapToObj(n -> new Image(racine + "/pages/" + n,
                "Page " + n + " sur " + c.pages() + " du pli numérisé"
                        + (n <= c.pagesCerfa() ? " (formulaire Cerfa)" : " (pièce jointe)")
                        + " : image du papier, sans texte lisible par un lecteur d'écran")).toList();
        String description = "Reçu le " + FileCerfasPagesController.DATE_HEURE.format(c.recuLe()) + " ; "
                + (c.aDesPiecesJointes() ? "formulaire en pages 1 à " + c.pagesCerfa() + ", pièces jointes en pages "
                        + (c.pagesCerfa() + 1) + " à " + c.pages() : c.pages() + " page(s), sans pièce jointe")
                + ". Saisissez la demande en regard : à son enregistrement, le pli est classé sur elle en pièces "
                + "« à qualifier ».";
        return new Volet("Cerfa papier numérisé", description, images, racine + "/fichier",
                "Ouvrir le pli numérisé en PDF");
    }

    @Override
    public void enregistree(UUID brouillon, String numeroUnique, Acteur acteur) {
        saisie.classer(brouillon, numeroUnique, acteur);
    }
}
