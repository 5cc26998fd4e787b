/*
 * SNE — espace des professionnels: registering a demande. Progressive only: without this script every field is a
 * plain text field checked by the server.
 *  - The commune fields (input[data-sne-commune]) become comboboxes (WAI-ARIA 1.2 "combobox with listbox popup"):
 *    suggestions from GET /pro/referentiel/communes as the agent types; Down/Up arrows move through them, Enter
 *    chooses, Escape closes; the count of suggestions is announced in the page's aria-live region.
 *  - The error summary, when there is one, receives the focus.
 */
(function () {
  'use strict';

  var annonce = document.getElementById('annonce-suggestions');

  function annoncer(texte) {
    if (!annonce) {
      return;
    }
    annonce.textContent = '';
    window.setTimeout(function () {
      annonce.textContent = texte;
    }, 50);
  }

  function combobox(champ) {
    var idListe = champ.id + '-suggestions';
    var liste = document.createElement('ul');
    liste.id = idListe;
    liste.className = 'sne-suggestions';
    liste.setAttribute('role', 'listbox');
    liste.setAttribute('aria-label', 'Communes proposées');
    liste.hidden = true;
    champ.parentNode.insertBefore(liste, champ.nextSibling);
    champ.setAttribute('role', 'combobox');
    champ.setAttribute('aria-autocomplete', 'list');
    champ.setAttribute('aria-expanded', 'false');
    champ.setAttribute('aria-controls', idListe);

    var suggestions = [];
    var active = -1;
    var minuterie = null;
    var derniere = 0;

    function fermer() {
      liste.hidden = true;
      champ.setAttribute('aria-expanded', 'false');
      champ.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function activer(i) {
      var options = liste.querySelectorAll('[role="option"]');
      if (i < 0 || i >= options.length) {
        return;
      }
      Array.prototype.forEach.call(options, function (o, j) {
        o.setAttribute('aria-selected', j === i ? 'true' : 'false');
      });
      active = i;
      champ.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    }

    function choisir(i) {
      champ.value = suggestions[i].libelle;
      fermer();
      annoncer(suggestions[i].libelle + ' choisie.');
    }

    function afficher(resultat) {
      suggestions = resultat;
      liste.textContent = '';
      if (suggestions.length === 0) {
        fermer();
        annoncer('Aucune commune ne correspond.');
        return;
      }
      suggestions.forEach(function (s, i) {
        var option = document.createElement('li');
        option.id = idListe + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = s.libelle + (s.codesPostaux.length ? ' — ' + s.codesPostaux.join(', ') : '');
        option.addEventListener('mousedown', function (evenement) {
          evenement.preventDefault();
          choisir(i);
        });
        liste.appendChild(option);
      });
      active = -1;
      liste.hidden = false;
      champ.setAttribute('aria-expanded', 'true');
      annoncer(suggestions.length + (suggestions.length > 1 ? ' communes proposées' : ' commune proposée')
          + ' : flèche bas pour les parcourir, Entrée pour choisir.');
    }

    function chercher() {
      var texte = champ.value.trim();
      if (texte.length < 2) {
        fermer();
        return;
      }
      var numero = ++derniere;
      var adresse = '/pro/referentiel/communes?q=' + encodeURIComponent(texte) + '&perimetre='
          + encodeURIComponent(champ.getAttribute('data-sne-commune'));
      fetch(adresse, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (reponse) {
          if (!reponse.ok || reponse.redirected) {
            throw new Error('suggestions');
          }
          return reponse.json();
        })
        .then(function (resultat) {
          if (numero === derniere && document.activeElement === champ) {
            afficher(resultat);
          }
        })
        .catch(fermer);
    }

    champ.addEventListener('input', function () {
      window.clearTimeout(minuterie);
      minuterie = window.setTimeout(chercher, 150);
    });
    champ.addEventListener('keydown', function (evenement) {
      var ouverte = !liste.hidden;
      if (evenement.key === 'ArrowDown') {
        evenement.preventDefault();
        if (ouverte) {
          activer(Math.min(active + 1, suggestions.length - 1));
        } else {
          chercher();
        }
      } else if (evenement.key === 'ArrowUp') {
        if (ouverte) {
          evenement.preventDefault();
          activer(Math.max(active - 1, 0));
        }
      } else if (evenement.key === 'Enter') {
        if (ouverte && active >= 0) {
          evenement.preventDefault();
          choisir(active);
        }
      } else if (evenement.key === 'Escape') {
        if (ouverte) {
          evenement.preventDefault();
          fermer();
        }
      }
    });
    champ.addEventListener('blur', fermer);
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[data-sne-commune]'), combobox);

  var resume = document.getElementById('resume-erreurs');
  if (resume) {
    resume.focus();
  }
})();
