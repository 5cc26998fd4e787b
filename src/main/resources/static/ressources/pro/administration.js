/*
 * Administration pages of the registry of desks: moves the focus to what the page has just to say (the form's
 * error summary, or the password or secret shown once), so that a screen reader reads it first. The pages work
 * the same without this script.
 */
(function () {
  'use strict';
  function focaliser() {
    var cible = document.getElementById('resume-erreurs') || document.getElementById('secret-revele');
    if (cible) {
      cible.focus();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focaliser);
  } else {
    focaliser();
  }
}());
