/**
 * The pieces' use cases (one verb-named class each), depending on the ports of {@code application.port}, which
 * {@code infrastructure} implements.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.pieces.application;
