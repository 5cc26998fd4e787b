/**
 * Documents (attestations, notices, fiches): a Thymeleaf HTML template and its CSS, under
 * {@code src/main/resources/documents/}, rendered to a tagged, accessible PDF (PDF/UA-1) with embedded fonts.
 */
@NullMarked
package fr.sne.commun.document;

import org.jspecify.annotations.NullMarked;
