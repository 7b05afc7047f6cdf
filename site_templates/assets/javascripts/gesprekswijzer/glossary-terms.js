/*
 * Glossary terms a keyboard can reach (WCAG 2.1.1): the first use of each term on a
 * page takes part in the tab order, so its explanation (Material's tooltip, shown
 * on focus as on hover) is not for mouse users only. Later uses of the same term
 * stay out of the tab order, so a page does not fill up with stops.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function GlossaryTerms(marker) {
    var article = marker.ownerDocument.querySelector('article.md-typeset');
    if (!article) return;
    var seen = {};
    article.querySelectorAll('abbr[title]').forEach(function (term) {
      var key = term.textContent.trim().toLowerCase();
      if (seen[key] || term.closest('a, button')) return;
      seen[key] = true;
      term.setAttribute('tabindex', '0');
    });
  }

  GW.register('gw-glossary-terms', GlossaryTerms);
})();
