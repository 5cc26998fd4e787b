/**
 * SNE, the national registry of social housing demandes: the application and its modules.
 */
@org.jspecify.annotations.NullMarked
package fr.sne;
