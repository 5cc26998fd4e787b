/*
 * SNE — espace des professionnels: registering a demande. Progressive only: without this script every field is a
 * plain text field checked by the server.
 *  - The commune fields (input[data-sne-commune]) become comboboxes (WAI-ARIA 1.2 "combobox with listbox popup"):
 *    suggestions from GET /pro/referentiel/communes as the agent types; Down/Up arrows move through them, Enter
 *    chooses, Escape closes; the count of suggestions is announced in the page's aria-live region.
 *  - The country fields (select[data-sne-filtrable]) become comboboxes over their own options (see comboboxPays).
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

  /*
   * A country field (select[data-sne-filtrable]) becomes a combobox over the select's own options: the agent types part
   * of a name, accents and case ignored, and chooses among the matches (the same keys as the commune fields). The
   * select stays in the form, hidden, and holds the value sent: only an option of the referential is ever sent;
   * what is typed and not chosen is put back. Without this script, the plain select.
   */
  function sansAccents(texte) {
    return texte.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }

  function comboboxPays(select) {
    var options = Array.prototype.filter.call(select.options, function (o) {
      return o.value !== '';
    }).map(function (o) {
      return { valeur: o.value, libelle: o.textContent, cle: sansAccents(o.textContent) };
    });
    var champ = document.createElement('input');
    champ.type = 'text';
    champ.className = 'fr-input' + (select.classList.contains('fr-select--error') ? ' fr-input--error' : '');
    champ.id = select.id;
    champ.autocomplete = 'off';
    champ.spellcheck = false;
    champ.setAttribute('aria-describedby', select.getAttribute('aria-describedby'));
    select.id = select.id + '-valeur';
    select.hidden = true;
    select.setAttribute('aria-hidden', 'true');
    select.tabIndex = -1;
    var choisie = select.options[select.selectedIndex];
    champ.value = choisie && choisie.value !== '' ? choisie.textContent : '';
    select.parentNode.insertBefore(champ, select);

    var idListe = champ.id + '-suggestions';
    var liste = document.createElement('ul');
    liste.id = idListe;
    liste.className = 'sne-suggestions';
    liste.setAttribute('role', 'listbox');
    liste.setAttribute('aria-label', 'Pays proposés');
    liste.hidden = true;
    champ.parentNode.insertBefore(liste, champ.nextSibling);
    champ.setAttribute('role', 'combobox');
    champ.setAttribute('aria-autocomplete', 'list');
    champ.setAttribute('aria-expanded', 'false');
    champ.setAttribute('aria-controls', idListe);

    var suggestions = [];
    var active = -1;

    function fermer() {
      liste.hidden = true;
      champ.setAttribute('aria-expanded', 'false');
      champ.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function activer(i) {
      var elements = liste.querySelectorAll('[role="option"]');
      if (i < 0 || i >= elements.length) {
        return;
      }
      Array.prototype.forEach.call(elements, function (o, j) {
        o.setAttribute('aria-selected', j === i ? 'true' : 'false');
      });
      active = i;
      champ.setAttribute('aria-activedescendant', elements[i].id);
      elements[i].scrollIntoView({ block: 'nearest' });
    }

    function choisir(option) {
      select.value = option.valeur;
      champ.value = option.libelle;
      fermer();
      annoncer(option.libelle + ' choisi.');
    }

    function chercher() {
      var texte = sansAccents(champ.value);
      if (texte.length < 1) {
        fermer();
        return;
      }
      var debut = options.filter(function (o) { return o.cle.indexOf(texte) === 0; });
      var dedans = options.filter(function (o) { return o.cle.indexOf(texte) > 0; });
      suggestions = debut.concat(dedans).slice(0, 10);
      liste.textContent = '';
      if (suggestions.length === 0) {
        fermer();
        annoncer('Aucun pays ne correspond.');
        return;
      }
      suggestions.forEach(function (s, i) {
        var element = document.createElement('li');
        element.id = idListe + '-' + i;
        element.setAttribute('role', 'option');
        element.setAttribute('aria-selected', 'false');
        element.textContent = s.libelle;
        element.addEventListener('mousedown', function (evenement) {
          evenement.preventDefault();
          choisir(s);
        });
        liste.appendChild(element);
      });
      active = -1;
      liste.hidden = false;
      champ.setAttribute('aria-expanded', 'true');
      annoncer(suggestions.length + (suggestions.length > 1 ? ' pays proposés' : ' pays proposé')
          + ' : flèche bas pour les parcourir, Entrée pour choisir.');
    }

    /* Leaving the field: empty is no country; a name typed in full is chosen; anything else is put back. */
    function arreter() {
      fermer();
      var texte = sansAccents(champ.value);
      if (texte === '') {
        select.value = '';
        return;
      }
      var exacte = options.filter(function (o) { return o.cle === texte; })[0];
      if (exacte) {
        choisir(exacte);
        return;
      }
      var gardee = select.options[select.selectedIndex];
      champ.value = gardee && gardee.value !== '' ? gardee.textContent : '';
      annoncer('Choisissez un pays parmi les suggestions.');
    }

    champ.addEventListener('input', chercher);
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
          choisir(suggestions[active]);
        }
      } else if (evenement.key === 'Escape') {
        if (ouverte) {
          evenement.preventDefault();
          fermer();
        }
      }
    });
    champ.addEventListener('blur', arreter);
    if (champ.form) {
      champ.form.addEventListener('submit', arreter);
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll('select[data-sne-filtrable]'), comboboxPays);

  var resume = document.getElementById('resume-erreurs');
  if (resume) {
    resume.focus();
  }
})();
