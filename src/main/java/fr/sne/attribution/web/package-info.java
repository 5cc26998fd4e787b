/** The attribution chain's API ({@code /v1.0/logements}, {@code /v1.0/commissions}) and pages. */
@org.jspecify.annotations.NullMarked
package fr.sne.attribution.web;
