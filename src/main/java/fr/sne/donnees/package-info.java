/**
 * The national dataset: a command of the application ({@code generer}) that fills the database with a synthetic
 * national registry through {@code COPY}, for the benches and the capabilities that measure themselves on national
 * volume. This module only orchestrates: each module writes its own tables through a {@link
 * fr.sne.donnees.PartieJeuNational} bean, run in the order of {@link fr.sne.donnees.PartieJeuNational#ordre()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jeu de données national")
@org.jspecify.annotations.NullMarked
package fr.sne.donnees;
