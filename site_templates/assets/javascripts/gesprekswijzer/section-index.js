/*
 * The form's sections at a glance, after GOV.UK's task list: each links to its section
 * and says whether anything in it is filled in, with the count at the top. It stays in
 * view while the form scrolls (forms.css), folded to one line.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function SectionIndex(root, form) {
    var self = this;
    this.form = form;
    this.details = root.querySelector('details');
    this.progress = root.querySelector('[data-gw-progress]');
    this.tags = {};
    // Each section's status follows its link, as a tag the page need not carry.
    root.querySelectorAll('[data-gw-section]').forEach(function (link) {
      var tag = GW.el('strong', 'gw-tag');
      tag.hidden = true;
      link.parentNode.appendChild(tag);
      self.tags[link.getAttribute('data-gw-section')] = tag;
    });
    // A chosen section is scrolled to with the index folded, so that it does not cover it.
    GW.on(root, 'click', 'section index', function (event) {
      if (event.target.closest('a')) self.details.open = false;
    });
    // Open, it covers the form below: it folds when focus leaves it, or on Escape.
    GW.on(root, 'focusout', 'section index', function (event) {
      if (!event.relatedTarget || !root.contains(event.relatedTarget)) self.details.open = false;
    });
    GW.on(root, 'keydown', 'section index', function (event) {
      if (event.key !== 'Escape' || !self.details.open) return;
      self.details.open = false;
      root.querySelector('summary').focus();
    });
    form.on('change', function () { self.update(); });
    form.on('render', function () { self.update(); });
    this.update();
  }

  SectionIndex.prototype.update = function () {
    var form = this.form;
    var tags = this.tags;
    var counted = form.model.progress(form.state).filter(function (section) {
      var tag = tags[section.id];
      if (tag) {
        tag.hidden = section.status === null;
        tag.textContent = section.status ? form.t('index_status_' + section.status) : '';
        tag.classList.toggle('gw-tag--done', section.status === 'answered');
      }
      return section.status !== null;
    });
    var done = counted.filter(function (section) { return section.status === 'answered'; }).length;
    this.progress.textContent = form.t('index_progress', { done: done, total: counted.length });
  };

  GW.register('gw-section-index', SectionIndex);
})();
