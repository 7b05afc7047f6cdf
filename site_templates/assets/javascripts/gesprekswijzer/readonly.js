/*
 * Answers shown read-only: the answers to questions no longer in the form (gw-legacy).
 * Everything from a file is set as text, never as markup: a file could carry anything.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function itemElement(item, labels) {
    var rows = GW.el('dl', 'gw-readonly__item');
    Object.keys(item).forEach(function (name) {
      rows.appendChild(GW.el('dt', '', labels[name] || name));
      rows.appendChild(GW.el('dd', 'gw-readonly__text', item[name]));
    });
    return rows;
  }

  function answerElement(entry) {
    if (!Array.isArray(entry.answer)) {
      return GW.el('div', 'gw-readonly__text', typeof entry.answer === 'boolean' ? (entry.answer ? '✓' : '–') : entry.answer);
    }
    var list = GW.el('ol', 'gw-readonly__items');
    entry.answer.forEach(function (item) {
      var element = GW.el('li');
      element.appendChild(itemElement(item, GW.isObject(entry.item_labels) ? entry.item_labels : {}));
      list.appendChild(element);
    });
    return list;
  }

  // A list of {question, answer} entries, in the order of the object's keys.
  function readonlyAnswers(entries) {
    var container = GW.el('div', 'gw-readonly__answers');
    Object.keys(entries).forEach(function (id) {
      var entry = entries[id];
      var block = GW.el('div', 'gw-readonly__answer');
      block.setAttribute('data-gw-answer-id', id);
      var question = typeof entry.question === 'string' && entry.question ? entry.question : id;
      block.appendChild(GW.el('p', 'gw-readonly__question', question));
      block.appendChild(answerElement(entry));
      container.appendChild(block);
    });
    return container;
  }

  function Legacy(root, form) {
    var self = this;
    this.root = root;
    this.form = form;
    this.list = root.querySelector('[data-gw-legacy-list]');
    form.on('render', function () { self.render(); });
  }

  Legacy.prototype.render = function () {
    var legacy = this.form.state.legacy;
    this.list.textContent = '';
    this.root.hidden = Object.keys(legacy).length === 0;
    if (!this.root.hidden) this.list.appendChild(readonlyAnswers(legacy));
  };

  GW.register('gw-legacy', Legacy);
})();
