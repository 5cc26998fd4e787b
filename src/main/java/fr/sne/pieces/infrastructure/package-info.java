/** The pieces' ports in SQL and with Tika and PDFBox (the content check). */
@org.jspecify.annotations.NullMarked
package fr.sne.pieces.infrastructure;
