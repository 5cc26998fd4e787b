package fr.sne.pieces.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DossiersDemandeurs;
import fr.sne.demande.DossiersDemandeurs.DossierDemandeur;
import fr.sne.pieces.domaine.Categorie;

/**
 * The fiche de transmission of a demande (ADR 0024): a page the applicant puts on top of the paper pieces he
 * posts, naming the demande and its applicant, listing the pieces still expected ({@link PiecesAttendues}), with
 * the signed QR code the digitisation provider reads ({@link NumeriserLot}). For an actor that may see the demande.
 */
@Service
public class EditerFicheTransmission {

    private final DossiersDemandeurs dossiers;
    private final PiecesAttendues attendues;
    private final GenerateurFicheTransmission generateur;
    private final Clock horloge;

    EditerFicheTransmission(DossiersDemandeurs dossiers, PiecesAttendues attendues,
            GenerateurFicheTransmission generateur, Clock horloge) {
        this.dossiers = dossiers;
        this.attendues = attendues;
        this.generateur = generateur;
        this.horloge = horloge;
    }

    /**
     * @throws fr.sne.commun.RessourceIntrouvableException unknown, out of scope or erased demande
     */
    public byte[] executer(String numeroUnique, Acteur acteur) {
        DossierDemandeur dossier = dossiers.lire(numeroUnique, acteur);
        List<FicheTransmission.PieceAttendue> pieces = attendues.pour(numeroUnique).stream()
                .map(c -> new FicheTransmission.PieceAttendue(c.libelle(), etape(c))).toList();
        return generateur.generer(new FicheTransmission(numeroUnique, dossier.nomComplet(), dossier.adresse(),
                dossier.guichetEnregistreur(), dossier.territoireLibelle(), pieces, Instant.now(horloge)));
    }

    static String etape(Categorie categorie) {
        return switch (categorie.nature()) {
            case ENREGISTREMENT -> "Enregistrer la demande";
            case INSTRUCTION -> "Instruire la demande";
            case COMPLEMENTAIRE -> "Sur demande du service instructeur";
        };
    }
}
