package fr.sne.pieces.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.pieces.PiecesDemandes;
import fr.sne.pieces.domaine.Piece;

/** {@link PiecesDemandes}: one query per batch, by numéro. */
@Repository
class PiecesDemandesJdbc implements PiecesDemandes {

    private final JdbcClient jdbc;

    PiecesDemandesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<PieceDecrite>> pieces(Collection<String> numerosUniques) {
        Map<String, List<PieceDecrite>> parDemande = new TreeMap<>();
        if (numerosUniques.isEmpty()) {
            return parDemande;
        }
        jdbc.sql("""
                select id, numero_unique, categorie, personne, pages::text as pages, type_media, taille, sha256,
                       guichet, deposee_le, qualification, obsolete
                  from piece
                 where numero_unique = any(cast(:numeros as char(18)[])) and supprimee_le is null
                 order by numero_unique, deposee_le, id""")
                .param("numeros", numerosUniques.toArray(String[]::new))
                .query((rs, n) -> {
                    Piece p = StockPiecesJdbc.piece(rs);
                    return parDemande.computeIfAbsent(p.numeroUnique(), k -> new ArrayList<>()).add(
                            new PieceDecrite(p.id(), p.categorie(), p.personne(), p.pages().stream()
                                    .map(g -> new Pages(g.de(), g.a(), g.libelle())).toList(), p.typeMedia(),
                                    p.taille(), p.sha256(), p.guichet(), p.deposeeLe(),
                                    p.qualification() == null ? null : p.qualification().name(), p.obsolete()));
                })
                .list();
        return parDemande;
    }
}
