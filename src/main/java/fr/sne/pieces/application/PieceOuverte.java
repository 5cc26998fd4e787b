package fr.sne.pieces.application;

import java.io.IOException;
import java.io.InputStream;

import fr.sne.pieces.domaine.Piece;

/** A piece's metadata and its bytes, as a stream the caller closes. */
public record PieceOuverte(Piece piece, InputStream contenu) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        contenu.close();
    }
}
