/**
 * Limits that hold for all instances together: Bucket4j token buckets kept in PostgreSQL (table
 * {@code limite_debit}), used by the API's quota per guichet, the slowing of failed sign-ins and the web
 * application's anonymous traffic.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.commun.limite;
