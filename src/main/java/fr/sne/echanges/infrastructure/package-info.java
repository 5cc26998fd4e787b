/** The exchanges' SQL: the record of the demandes handed out, and its part of the erasure. */
@org.jspecify.annotations.NullMarked
package fr.sne.echanges.infrastructure;
