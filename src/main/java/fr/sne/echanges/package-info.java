/**
 * The exchanges with the guichets' software (issue 16): the movement feed (GDM) a vendor polls with a cursor to
 * keep its copy of the demandes of its territory; the asynchronous bulk exports (tar.gz of XML files) that
 * initialise or resynchronise that copy (ADR 0022); the XML contract (versioned XSD, a demande and the feed in XML,
 * a demande sent in XML: ADR 0021).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Échanges")
@org.jspecify.annotations.NullMarked
package fr.sne.echanges;
