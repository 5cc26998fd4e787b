package fr.sne.pieces.application;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import fr.sne.commun.acteur.Acteur;
import fr.sne.pieces.PiecesDuDemandeur;
import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.Piece;

/** {@link PiecesDuDemandeur}: {@link PiecesAttendues} and {@link DeposerPiece} for the portal. */
@Service
class DepotsDuDemandeur implements PiecesDuDemandeur {

    private final DemandesPieces demandes;
    private final StockPlan plan;
    private final PiecesAttendues attendues;
    private final DeposerPiece deposer;
    private final long tailleMax;

    DepotsDuDemandeur(DemandesPieces demandes, StockPlan plan, PiecesAttendues attendues, DeposerPiece deposer,
            @Value("${sne.pieces.taille-max:10MB}") DataSize tailleMax) {
        this.demandes = demandes;
        this.plan = plan;
        this.attendues = attendues;
        this.deposer = deposer;
        this.tailleMax = tailleMax.toBytes();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategorieDemandeur> categories(String numeroUnique, Acteur acteur) {
        String numero = demandes.lire(numeroUnique, acteur).numeroUnique();
        Set<String> encoreAttendues = attendues.pour(numero).stream().map(Categorie::code)
                .collect(Collectors.toSet());
        Map<String, Long> parCategorie = demandes.actives(numero).stream()
                .collect(Collectors.groupingBy(Piece::categorie, Collectors.counting()));
        return plan.courant().categories().stream().filter(c -> !Categorie.A_QUALIFIER.equals(c.code()))
                .map(c -> new CategorieDemandeur(c.code(), c.libelle(), c.nature().name(), c.maximum(),
                        encoreAttendues.contains(c.code()), parCategorie.getOrDefault(c.code(), 0L).intValue()))
                .toList();
    }

    @Override
    public Limites limites() {
        return new Limites(tailleMax, DeposerPiece.EXTENSIONS.keySet().stream().sorted().toList());
    }

    @Override
    public UUID deposer(String numeroUnique, String categorie, @Nullable String nomFichier,
            @Nullable String typeDeclare, Path fichier, Acteur acteur) {
        return deposer.deposer(new DepotPiece(numeroUnique, categorie, null, List.of(), nomFichier, fichier),
                typeDeclare, acteur).id();
    }
}
