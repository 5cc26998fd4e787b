/**
 * The registry of desks' pages in the professional web application: a gestionnaire territorial's (or the national
 * administrator's) administration of guichets, agents' accounts and API clients. Controllers marked
 * {@link fr.sne.commun.PagesWeb}, calling the use cases of {@code fr.sne.guichet.administration} with the signed-in
 * actor.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.guichet.web;
