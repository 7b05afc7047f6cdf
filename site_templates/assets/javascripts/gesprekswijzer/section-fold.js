/*
 * A long form reads as its list of parts: an empty section folds to its heading, after
 * GOV.UK's accordion (a button in the heading, aria-expanded), and opens on demand. A
 * section with answers opens, so the screen never hides what an export would share.
 * Folded, its body stays findable with the browser's find (hidden="until-found").
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function targetOf(hash) {
    if (!hash || hash.length < 2) return null;
    try {
      return document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch (error) {
      return null;
    }
  }

  function SectionFold(section, form) {
    var self = this;
    this.section = section;
    this.form = form;
    this.id = section.getAttribute('data-gw-section-id');
    this.body = section.querySelector('.gw-section__body');
    this.button = GW.el('button', 'gw-fold__button');
    this.button.type = 'button';
    this.button.setAttribute('aria-controls', this.body.id);
    var heading = section.querySelector('.gw-section__title');
    // The page drew the state's label already (sections.html.j2), so the heading keeps its size.
    this.label = heading.querySelector('.gw-fold__state') || GW.el('span', 'gw-fold__state');
    while (heading.firstChild) this.button.appendChild(heading.firstChild);
    this.button.appendChild(this.label);
    heading.appendChild(this.button);
    this.setOpen(this.opensFor(window.location.hash));
    GW.on(this.button, 'click', 'section fold', function () { self.setOpen(!self.open); });
    GW.on(this.body, 'beforematch', 'section fold', function () { self.setOpen(true); });
    // A link to this section or into it (the index, "check your answers", an error
    // summary) opens it before the browser scrolls there.
    GW.on(document, 'click', 'section fold', function (event) {
      var link = event.target.closest && event.target.closest('a[href^="#"]');
      if (link && !self.open && self.contains(targetOf(link.hash))) self.setOpen(true);
    });
    GW.on(window, 'hashchange', 'section fold', function () {
      if (self.opensFor(window.location.hash)) self.setOpen(true);
    });
    form.on('render', function () {
      if (!self.open && form.model.filledSections(form.state)[self.id]) self.setOpen(true);
    });
  }

  SectionFold.prototype.contains = function (element) {
    return Boolean(element) && this.section.contains(element);
  };

  SectionFold.prototype.opensFor = function (hash) {
    return this.contains(targetOf(hash));
  };

  SectionFold.prototype.setOpen = function (open) {
    this.open = open;
    this.button.setAttribute('aria-expanded', String(open));
    this.label.textContent = this.form.t(open ? 'fold_hide' : 'fold_show');
    if (open) this.body.removeAttribute('hidden');
    else this.body.setAttribute('hidden', 'until-found');
    this.section.classList.toggle('gw-section--folded', !open);
    this.section.dispatchEvent(new CustomEvent('gw:fold', { bubbles: true }));
  };

  // "Show all sections", as GOV.UK's accordion: it says what it will do next.
  function FoldAll(root, form) {
    var self = this;
    this.form = form;
    this.button = root.querySelector('[data-gw-fold-all]');
    GW.on(this.button, 'click', 'show all sections', function () {
      var open = !self.allOpen();
      self.folds().forEach(function (fold) { fold.setOpen(open); });
    });
    GW.on(form.root, 'gw:fold', 'show all sections', function () { self.update(); });
    form.on('render', function () { self.update(); });
    this.update();
  }

  FoldAll.prototype.folds = function () {
    return Array.prototype.slice.call(this.form.root.querySelectorAll('[data-gw-init~="gw-section-fold"]'))
      .map(function (section) { return (section.gwComponents || {})['gw-section-fold']; })
      .filter(Boolean);
  };

  FoldAll.prototype.allOpen = function () {
    var folds = this.folds();
    return folds.length > 0 && folds.every(function (fold) { return fold.open; });
  };

  FoldAll.prototype.update = function () {
    var open = this.allOpen();
    this.button.setAttribute('aria-expanded', String(open));
    this.button.textContent = this.form.t(open ? 'fold_hide_all' : 'fold_show_all');
  };

  GW.register('gw-section-fold', SectionFold);
  GW.register('gw-fold-all', FoldAll);
})();
