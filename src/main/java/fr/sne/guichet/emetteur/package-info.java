/**
 * The local OAuth2 authorisation server: API clients, agents' accounts, signing key.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.guichet.emetteur;
