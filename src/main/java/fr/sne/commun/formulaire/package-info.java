/**
 * The one way the professional web application binds a form and reports its errors: a form describes its fields
 * ({@link Formulaire}), a refused submission becomes that form's {@link ErreursFormulaire} (field → code and message,
 * the codes those of {@link fr.sne.commun.CodeMotif}), and the DSFR fragments of {@code templates/pro/formulaire.html}
 * draw the fields, the error summary, the pagination ({@link Pagination}) and the page that confirms an action
 * ({@link ActionAConfirmer}, {@code templates/pro/action.html}).
 */
@org.jspecify.annotations.NullMarked
package fr.sne.commun.formulaire;
