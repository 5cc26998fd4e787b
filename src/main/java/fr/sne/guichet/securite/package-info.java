/**
 * Authentication of calls by bearer token, the calling guichet, rate limits.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.guichet.securite;
