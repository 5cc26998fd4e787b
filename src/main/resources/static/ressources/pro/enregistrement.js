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

  /*
   * One accessible listbox of suggestions under a text field (WAI-ARIA 1.2 "combobox with listbox popup"), shared
   * by the commune and country fields: the field's roles and states, the list and its options, the keys (Down/Up
   * move through the options, Down opens, Enter chooses, Escape closes) and the announcements. What differs is
   * given in reglages: etiquette (the list's accessible name), chercher() (finds the suggestions for what is typed
   * and gives them to afficher), texte(s) (an option's text), choisir(s) (what choosing one does), aucune (said when
   * nothing matches) and proposees(n) (how n suggestions are counted). Returns { afficher, fermer }.
   */
  function listeSuggestions(champ, reglages) {
    var idListe = champ.id + '-suggestions';
    var liste = document.createElement('ul');
    liste.id = idListe;
    liste.className = 'sne-suggestions';
    liste.setAttribute('role', 'listbox');
    liste.setAttribute('aria-label', reglages.etiquette);
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

    function choisir(i) {
      var s = suggestions[i];
      fermer();
      reglages.choisir(s);
    }

    function afficher(resultat) {
      suggestions = resultat;
      liste.textContent = '';
      if (suggestions.length === 0) {
        fermer();
        annoncer(reglages.aucune);
        return;
      }
      suggestions.forEach(function (s, i) {
        var element = document.createElement('li');
        element.id = idListe + '-' + i;
        element.setAttribute('role', 'option');
        element.setAttribute('aria-selected', 'false');
        element.textContent = reglages.texte(s);
        element.addEventListener('mousedown', function (evenement) {
          evenement.preventDefault();
          choisir(i);
        });
        liste.appendChild(element);
      });
      active = -1;
      liste.hidden = false;
      champ.setAttribute('aria-expanded', 'true');
      annoncer(reglages.proposees(suggestions.length) + ' : flèche bas pour les parcourir, Entrée pour choisir.');
    }

    champ.addEventListener('keydown', function (evenement) {
      var ouverte = !liste.hidden;
      if (evenement.key === 'ArrowDown') {
        evenement.preventDefault();
        if (ouverte) {
          activer(Math.min(active + 1, suggestions.length - 1));
        } else {
          reglages.chercher();
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
    return { afficher: afficher, fermer: fermer };
  }

  /* A commune field: suggestions from the referential's search, as the agent types (after a pause). */
  function combobox(champ) {
    var minuterie = null;
    var derniere = 0;
    var liste = listeSuggestions(champ, {
      etiquette: 'Communes proposées',
      chercher: chercher,
      texte: function (s) {
        return s.libelle + (s.codesPostaux.length ? ' — ' + s.codesPostaux.join(', ') : '');
      },
      choisir: function (s) {
        champ.value = s.libelle;
        annoncer(s.libelle + ' choisie.');
      },
      aucune: 'Aucune commune ne correspond.',
      proposees: function (n) {
        return n + (n > 1 ? ' communes proposées' : ' commune proposée');
      }
    });

    function chercher() {
      var texte = champ.value.trim();
      if (texte.length < 2) {
        liste.fermer();
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
            liste.afficher(resultat);
          }
        })
        .catch(liste.fermer);
    }

    champ.addEventListener('input', function () {
      window.clearTimeout(minuterie);
      minuterie = window.setTimeout(chercher, 150);
    });
    champ.addEventListener('blur', liste.fermer);
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[data-sne-commune]'), combobox);

  /*
   * A country field (select[data-sne-filtrable]) becomes a combobox over the select's own options: the agent types part
   * of a name, accents and case ignored, and chooses among the matches (the same list and keys as the commune
   * fields). The select stays in the form, hidden, and holds the value sent: only an option of the referential is
   * ever sent; what is typed and not chosen is put back. Without this script, the plain select.
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

    function choisir(option) {
      select.value = option.valeur;
      champ.value = option.libelle;
      annoncer(option.libelle + ' choisi.');
    }

    var liste = listeSuggestions(champ, {
      etiquette: 'Pays proposés',
      chercher: chercher,
      texte: function (s) {
        return s.libelle;
      },
      choisir: choisir,
      aucune: 'Aucun pays ne correspond.',
      proposees: function (n) {
        return n + (n > 1 ? ' pays proposés' : ' pays proposé');
      }
    });

    function chercher() {
      var texte = sansAccents(champ.value);
      if (texte.length < 1) {
        liste.fermer();
        return;
      }
      var debut = options.filter(function (o) { return o.cle.indexOf(texte) === 0; });
      var dedans = options.filter(function (o) { return o.cle.indexOf(texte) > 0; });
      liste.afficher(debut.concat(dedans).slice(0, 10));
    }

    /* Leaving the field: empty is no country; a name typed in full is chosen; anything else is put back. */
    function arreter() {
      liste.fermer();
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
