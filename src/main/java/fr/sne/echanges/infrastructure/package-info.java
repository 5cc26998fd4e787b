/**
 * The exchanges' SQL and jobs: the record of the demandes handed out, the exports' table and the thread that runs
 * them, and their part of the erasure.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.echanges.infrastructure;
