/**
 * The pieces' domain: a piece and its page ranges, the categories of the filing plan with their obsolescence rule,
 * the plan itself. No Spring, no SQL.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.pieces.domaine;
