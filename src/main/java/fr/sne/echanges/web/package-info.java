/** The exchanges' API: {@code GET /v1.0/mouvements}. */
@org.jspecify.annotations.NullMarked
package fr.sne.echanges.web;
