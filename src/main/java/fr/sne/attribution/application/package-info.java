/** The attribution chain's use cases and the ports they declare. */
@org.jspecify.annotations.NullMarked
package fr.sne.attribution.application;
