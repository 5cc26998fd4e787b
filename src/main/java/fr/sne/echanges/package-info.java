/**
 * The exchanges with the guichets' software (issue 16): the movement feed (GDM) a vendor polls with a cursor to
 * keep its copy of the demandes of its territory; later the bulk exports and the XML contract.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Échanges")
@org.jspecify.annotations.NullMarked
package fr.sne.echanges;
