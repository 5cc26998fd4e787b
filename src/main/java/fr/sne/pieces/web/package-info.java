/** The pieces' API: the filing plan, the pieces of a demande (lodge, list, open, delete, reclassify). */
@org.jspecify.annotations.NullMarked
package fr.sne.pieces.web;
