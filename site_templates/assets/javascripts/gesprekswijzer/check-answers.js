/*
 * "Check your answers" before export or print, after GOV.UK's summary list: exactly
 * what would leave the device, section by section, each answer with a link to change
 * it; and what stays private. Drawn when opened and while open.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function CheckAnswers(root, form) {
    var self = this;
    this.form = form;
    this.details = root;
    this.view = root.querySelector('[data-gw-check-view]');
    this.schedule = GW.debounce(GW.guard('check answers', function () { self.draw(); }), 300);
    GW.on(root, 'toggle', 'check answers', function () { if (root.open) self.draw(); });
    form.on('change', function () { if (root.open) self.schedule(); });
    form.on('render', function () { if (root.open) self.draw(); });
  }

  function changeLink(form, text, target) {
    var link = GW.el('a', 'gw-summary__change', form.t('check_change'));
    link.href = '#' + target;
    link.appendChild(GW.el('span', 'gw-visually-hidden', ' ' + text));
    return link;
  }

  function row(form, label, value, target) {
    var line = GW.el('div', 'gw-summary__row');
    line.appendChild(GW.el('dt', 'gw-summary__key', label));
    line.appendChild(GW.el('dd', 'gw-summary__value', value));
    var action = line.appendChild(GW.el('dd', 'gw-summary__actions'));
    if (target) action.appendChild(changeLink(form, label, target));
    return line;
  }

  function fieldTarget(form, field) {
    var element = form.root.querySelector('[data-gw-field="' + field.id + '"]');
    return element ? element.id : '';
  }

  // A section's answers and filled-in items, as they would leave the device.
  function sectionList(form, part) {
    var list = GW.el('dl', 'gw-summary');
    var entries = Array.prototype.concat.apply(part.fields, part.themes.map(function (group) { return group.fields; }));
    entries.forEach(function (entry) {
      list.appendChild(row(form, entry.field.label, GW.Document.shown(form, entry.field, entry.value), fieldTarget(form, entry.field)));
    });
    var listInfo = form.model.lists[part.section.id];
    var keys = (form.state.lists[part.section.id] || []).map(function (item) { return item.key; });
    part.items.forEach(function (item) {
      // Numbered as on the page, where empty items count too.
      var text = GW.Document.recordRows(form, listInfo.fields, item).map(function (line) {
        return GW.labelled(line.label, line.value);
      }).join('\n');
      list.appendChild(row(form, listInfo.itemLabel + ' ' + (keys.indexOf(item.key) + 1), text, 'gw-section--' + part.section.id));
    });
    return list;
  }

  // Answers to questions the form no longer has, that travel on in the export.
  function legacyList(form) {
    var list = GW.el('dl', 'gw-summary');
    form.model.sharedLegacy(form.state).forEach(function (id) {
      var entry = form.state.legacy[id];
      var text = Array.isArray(entry.answer) ? entry.answer.map(function (item) {
        return Object.keys(item).map(function (name) { return item[name]; }).join('\n');
      }).join('\n\n') : String(entry.answer);
      list.appendChild(row(form, String(entry.question), text, 'gw-legacy'));
    });
    return list;
  }

  CheckAnswers.prototype.draw = function () {
    var form = this.form;
    var view = this.view;
    view.textContent = '';
    function group(title, list) {
      if (!list.children.length) return;
      view.appendChild(GW.el('h3', 'gw-summary__title', title));
      view.appendChild(list);
    }
    form.model.collect(form.state).forEach(function (part) { group(part.section.title, sectionList(form, part)); });
    group(form.t('legacy_title'), legacyList(form));
    if (!view.children.length) view.appendChild(GW.el('p', '', form.t('check_nothing')));
    var kept = form.model.privateParts(form.state);
    if (kept.length) view.appendChild(GW.el('p', 'gw-summary__private', form.t('check_private', { parts: kept.join(', ') })));
  };

  GW.register('gw-check-answers', CheckAnswers);
})();
