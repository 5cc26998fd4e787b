/**
 * The content rules of a demande, rubric by rubric ({@link
 * fr.sne.demande.application.validation.ValidationContenu}, shared by every use case that takes a content) and
 * the rules of a new registration ({@link fr.sne.demande.application.validation.RegleEnregistrement}).
 */
@org.jspecify.annotations.NullMarked
package fr.sne.demande.application.validation;
