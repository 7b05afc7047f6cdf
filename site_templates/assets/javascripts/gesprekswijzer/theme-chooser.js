/*
 * Theme chooser: a checkbox per theme; a theme's questions show once it is chosen,
 * so questions the user does not need stay out of the way. Unticking keeps the
 * answers (they are only left out of export and print).
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function ThemeChooser(root, form) {
    var self = this;
    this.form = form;
    this.section = root.closest('.gw-section');
    this.boxes = Array.prototype.slice.call(root.querySelectorAll('[data-gw-theme]'));
    this.panels = Array.prototype.slice.call(this.section.querySelectorAll('[data-gw-theme-panel]'));
    this.none = root.querySelector('[data-gw-themes-none]');
    this.details = root.querySelector('details');
    this.count = root.querySelector('[data-gw-themes-count]');
    this.own = this.boxes.map(function (box) { return box.getAttribute('data-gw-theme'); });
    // As GOV.UK's conditional reveal: each box says which questions it shows.
    this.panels.forEach(function (panel) {
      var box = self.boxes[self.own.indexOf(panel.getAttribute('data-gw-theme-panel'))];
      if (box) box.setAttribute('aria-controls', panel.id);
    });
    GW.on(root, 'change', 'theme chooser', function (event) {
      if (!event.target.hasAttribute('data-gw-theme')) return;
      self.collect();
      self.show();
      form.changed();
    });
    form.on('render', function () { self.render(); });
    this.show();
  }

  // Keeps the themes of other reflection sections; orders all as the form does.
  ThemeChooser.prototype.collect = function () {
    var own = this.own;
    var chosen = this.form.state.themes.filter(function (id) { return own.indexOf(id) === -1; });
    this.boxes.forEach(function (box) {
      if (box.checked) chosen.push(box.getAttribute('data-gw-theme'));
    });
    this.form.state.themes = this.form.model.themeOrder.filter(function (id) { return chosen.indexOf(id) !== -1; });
  };

  // Answers restored or loaded: with themes chosen, the list of all themes folds to one
  // line, so the chosen questions come first; with none, it is open to choose from.
  ThemeChooser.prototype.render = function () {
    var chosen = this.form.state.themes;
    this.boxes.forEach(function (box) {
      box.checked = chosen.indexOf(box.getAttribute('data-gw-theme')) !== -1;
    });
    var any = this.show();
    if (this.details) this.details.open = !any;
  };

  // Shows the chosen themes' questions; says whether any theme is chosen.
  ThemeChooser.prototype.show = function () {
    var chosen = this.form.state.themes;
    var any = false;
    this.panels.forEach(function (panel) {
      var on = chosen.indexOf(panel.getAttribute('data-gw-theme-panel')) !== -1;
      panel.classList.toggle('gw-collapsed', !on);
      any = any || on;
    });
    if (this.none) this.none.hidden = any;
    var count = this.boxes.filter(function (box) { return box.checked; }).length;
    if (this.count) this.count.textContent = this.form.t('themes_count', { count: count });
    return any;
  };

  GW.register('gw-theme-chooser', ThemeChooser);
})();
