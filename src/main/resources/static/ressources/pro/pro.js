/*
 * SNE — espace des professionnels: the small scripts of the pages (no inline script: the Content-Security-Policy
 * forbids it). Everything works without them; they only add comfort.
 *  - The session expiry warning: the page knows the session's lifetime (data-duree-session, seconds) and opens
 *    the DSFR modal "Votre session va expirer" some minutes before (data-avertissement-session); "Rester
 *    connecté" calls /pro/session/prolonger, which extends the session.
 */
(function () {
  'use strict';

  var corps = document.body;
  var duree = parseInt(corps.getAttribute('data-duree-session') || '0', 10);
  var avance = parseInt(corps.getAttribute('data-avertissement-session') || '120', 10);
  var modale = document.getElementById('modale-session');
  if (!modale || !duree || duree <= 0) {
    return;
  }
  var texte = document.getElementById('texte-modale-session');
  var bouton = document.getElementById('prolonger-session');
  var minuterie = null;
  var finSession = null;

  function ouvrir() {
    if (window.dsfr) {
      window.dsfr(modale).modal.disclose();
    }
  }

  function fermer() {
    if (window.dsfr) {
      window.dsfr(modale).modal.conceal();
    }
  }

  function expirer() {
    texte.textContent = 'Votre session a expiré. Un brouillon de demande en cours reste enregistré : '
        + 'reconnectez-vous pour le reprendre.';
    bouton.textContent = 'Se reconnecter';
    bouton.setAttribute('data-expiree', 'true');
    ouvrir();
  }

  function armer(secondes) {
    window.clearTimeout(minuterie);
    window.clearTimeout(finSession);
    minuterie = window.setTimeout(ouvrir, Math.max(0, secondes - avance) * 1000);
    finSession = window.setTimeout(expirer, secondes * 1000);
  }

  bouton.addEventListener('click', function () {
    if (bouton.getAttribute('data-expiree') === 'true') {
      window.location.reload();
      return;
    }
    fetch('/pro/session/prolonger', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (reponse) {
        if (!reponse.ok || reponse.redirected) {
          throw new Error('session');
        }
        return reponse.json();
      })
      .then(function (etat) {
        fermer();
        armer(etat.expireDans || duree);
      })
      .catch(expirer);
  });

  armer(duree);
})();
