/**
 * The embedded PostgreSQL of the local run and its recovery after a crash.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.commun.postgres;
