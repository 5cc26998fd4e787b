/**
 * The attribution chain's rules: income ceilings and household categories, the order of candidates, the
 * commission's rules (three candidates, decisions, the next ranked); no Spring, no database.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.attribution.domaine;
