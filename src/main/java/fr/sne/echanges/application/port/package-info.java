/** The ports the exchanges' use cases declare, implemented in {@code infrastructure}. */
@org.jspecify.annotations.NullMarked
package fr.sne.echanges.application.port;
