/**
 * The embedded identity provider (Spring Authorization Server): issues the API clients' tokens, on its own
 * filter chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identité")
@org.jspecify.annotations.NullMarked
package fr.sne.identite;
