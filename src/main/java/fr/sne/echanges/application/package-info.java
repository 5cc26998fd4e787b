/** The exchanges' use cases: reading the movement feed. */
@org.jspecify.annotations.NullMarked
package fr.sne.echanges.application;
