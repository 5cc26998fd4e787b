/**
 * Guichets and bailleurs as stored.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.guichet.internal;
