/**
 * What the two browser front ends (the agents' application, {@code fr.sne.pro}, and the applicants' portal,
 * {@code fr.sne.portail}) wire alike: their one OpenID Connect registration, built at the first sign-in, and the
 * common part of their filter chains (security context key, CSRF, headers, canonical address, refused sign-in).
 */
@org.jspecify.annotations.NullMarked
package fr.sne.commun.web;
