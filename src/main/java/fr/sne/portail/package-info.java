/**
 * The public portal of the applicants ({@code /portail}, ADR 0027): sign-in (FranceConnect in production), the
 * applicant's account and the demandes attached to it, and the pages where he follows them. It reaches the demande
 * module only through what that module offers at its top level (its door, {@code VisibiliteDemandes}, its read
 * model).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portail du demandeur")
@org.jspecify.annotations.NullMarked
package fr.sne.portail;
