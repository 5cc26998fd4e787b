/** The ports the pieces' use cases declare: the pieces' metadata, the filing plan, the content check. */
@org.jspecify.annotations.NullMarked
package fr.sne.pieces.application.port;
