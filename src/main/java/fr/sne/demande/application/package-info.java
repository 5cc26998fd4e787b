/**
 * The use cases of a demande: register, consult, search duplicates, issue the attestation.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.demande.application;
