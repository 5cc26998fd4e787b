/**
 * Stockage des fichiers produits par le registre (lots de courriers à imprimer, exports...), par clé et en flux :
 * un dossier de données ou un magasin d'objets compatible S3 (ADR 0018).
 */
@org.jspecify.annotations.NullMarked
package fr.sne.commun.stockage;
