/** The portal's use cases; they depend on the ports of {@code application.port}, implemented in infrastructure. */
@org.jspecify.annotations.NullMarked
package fr.sne.portail.application;
