package fr.sne.api;

import org.jspecify.annotations.Nullable;

/**
 * What a bearer token says about its holder.
 *
 * @param client      the {@code sub} (client id)
 * @param codeGuichet the guichet code claim
 * @param territoire  the territory claim, when the token carries one
 */
public record IdentiteJeton(String client, String codeGuichet, @Nullable String territoire) {
}
