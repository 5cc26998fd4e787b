/**
 * Shared core: errors as problem details (RFC 9457) and the catalogue of their codes, clock, utilities without
 * business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package fr.sne.commun;
