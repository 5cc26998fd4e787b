/**
 * The pièces justificatives of the demandes (issue 17, ADR 0023), lodged once and used by every actor ("dossier
 * unique", R441-2-4-1 CCH): the filing plan (categories with their maximum, nature and obsolescence rule, versioned,
 * changed by the national administrator), the lodging of a piece (its content checked, its bytes streamed to the
 * store under a key that names no one, its metadata and SHA-256 in the database), its reading, deletion and
 * reclassification, each a movement of the demande (PJD, PJS, PJR, PJQ) written through the demande module's door
 * {@link fr.sne.demande.MouvementsPieces}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pièces justificatives")
@org.jspecify.annotations.NullMarked
package fr.sne.pieces;
