/*
 * The demande's pages, progressively enhanced (each works without this file):
 * - a form's error summary receives the focus, so that it is read first;
 * - on a demande's page, the links to its tabs (each tab its own address) become the DSFR tabs component; a
 *   tab's content is fetched from its own address the first time it is shown (so that the server records that
 *   display in the access journal, as it does without JavaScript), and the address bar follows the tab.
 */
(function () {
  'use strict';

  var resume = document.getElementById('resume-erreurs');
  if (resume) {
    resume.focus();
  }

  var nav = document.getElementById('onglets-liens');
  var section = document.getElementById('contenu-onglet');
  if (!nav || !section || !window.fetch || !window.DOMParser) {
    return;
  }
  var courant = nav.getAttribute('data-courant');
  var onglets = document.createElement('div');
  onglets.className = 'fr-tabs fr-mt-3w';
  var liste = document.createElement('ul');
  liste.className = 'fr-tabs__list';
  liste.setAttribute('role', 'tablist');
  liste.setAttribute('aria-label', nav.getAttribute('aria-label'));
  onglets.appendChild(liste);

  function charger(panneau) {
    var adresse = panneau.getAttribute('data-adresse');
    if (!adresse) {
      return;
    }
    panneau.removeAttribute('data-adresse');
    panneau.textContent = 'Chargement…';
    fetch(adresse, { credentials: 'same-origin' })
      .then(function (reponse) {
        if (!reponse.ok) {
          throw new Error(String(reponse.status));
        }
        return reponse.text();
      })
      .then(function (html) {
        var source = new DOMParser().parseFromString(html, 'text/html').getElementById('contenu-onglet');
        panneau.textContent = '';
        while (source && source.firstChild) {
          panneau.appendChild(document.adoptNode(source.firstChild));
        }
      })
      .catch(function () {
        panneau.textContent = '';
        var lien = document.createElement('a');
        lien.href = adresse;
        lien.className = 'fr-link';
        lien.textContent = 'Le contenu n\u2019a pas pu être chargé : afficher cet onglet';
        panneau.appendChild(lien);
      });
  }

  Array.prototype.forEach.call(nav.querySelectorAll('a[data-onglet]'), function (lien) {
    var code = lien.getAttribute('data-onglet');
    var choisi = code === courant;
    var element = document.createElement('li');
    element.setAttribute('role', 'presentation');
    var bouton = document.createElement('button');
    bouton.type = 'button';
    bouton.id = 'onglet-' + code;
    bouton.className = 'fr-tabs__tab';
    bouton.setAttribute('role', 'tab');
    bouton.setAttribute('aria-selected', choisi ? 'true' : 'false');
    bouton.setAttribute('aria-controls', 'panneau-' + code);
    bouton.tabIndex = choisi ? 0 : -1;
    bouton.textContent = lien.textContent;
    element.appendChild(bouton);
    liste.appendChild(element);

    var panneau = document.createElement('div');
    panneau.id = 'panneau-' + code;
    panneau.className = 'fr-tabs__panel' + (choisi ? ' fr-tabs__panel--selected' : '');
    panneau.setAttribute('role', 'tabpanel');
    panneau.setAttribute('aria-labelledby', bouton.id);
    panneau.tabIndex = 0;
    if (choisi) {
      while (section.firstChild) {
        panneau.appendChild(section.firstChild);
      }
    } else {
      panneau.setAttribute('data-adresse', lien.href);
    }
    onglets.appendChild(panneau);

    function afficher() {
      charger(panneau);
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', lien.href);
      }
    }
    bouton.addEventListener('click', afficher);
    panneau.addEventListener('dsfr.disclose', afficher);
  });

  nav.parentNode.replaceChild(onglets, nav);
  section.parentNode.removeChild(section);
})();
