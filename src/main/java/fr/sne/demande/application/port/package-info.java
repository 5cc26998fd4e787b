/**
 * The ports of the demande's use cases: what {@code application} (and the nightly pass, {@code traitement}) needs of
 * the database, each an interface named for that need and holding only the methods the use cases call, implemented
 * in {@code infrastructure} (one bean each). The use cases never see a concrete {@code infrastructure} class.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.demande.application.port;
