package fr.sne.pieces.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a fiche de transmission: the demande, its applicant, the pieces still expected.
 *
 * @param piecesAttendues the categories of the filing plan still expected, in the plan's order
 */
public record FicheTransmission(String numeroUnique, String nomComplet, List<String> adresse, String guichet,
        String territoireLibelle, List<PieceAttendue> piecesAttendues, Instant imprimeeLe) {

    public FicheTransmission {
        Objects.requireNonNull(numeroUnique, "numeroUnique");
        Objects.requireNonNull(imprimeeLe, "imprimeeLe");
        adresse = List.copyOf(adresse);
        piecesAttendues = List.copyOf(piecesAttendues);
    }

    /** A category still expected and the step it is needed for ("enregistrer la demande", "l'instruire"). */
    public record PieceAttendue(String libelle, String etape) {
    }
}
