/*
 * The question the autosave asks when two tabs changed the same answer differently:
 * each clashing answer with both versions, and two buttons that settle them all for
 * one side. The panel only shows the question and hands the answer back; settling and
 * saving stay with the autosave (autosave.js), which knows the storage.
 *
 * The page may have no panel: the question is then still open (the autosave waits)
 * until the other tab settles it.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  // choose(side) gets 'theirs' or 'mine' when the user picks one; fallback takes the
  // focus when the place the user was in is gone once the question is settled.
  function ConflictPanel(form, fallback, choose) {
    this.form = form;
    this.fallback = fallback;
    this.element = form.root.querySelector('[data-gw-conflict]');
    this.list = this.element && this.element.querySelector('[data-gw-conflict-list]');
    this.asking = false;
    // The other tab's saved state: a list's order is shown by the items' answers, and
    // an item only that tab has is found there.
    this.theirs = null;
    this.returnTo = null;
    if (!this.element) return;
    GW.on(this.element.querySelector('[data-gw-conflict-load]'), 'click', 'conflict: theirs', function () {
      choose('theirs');
    });
    GW.on(this.element.querySelector('[data-gw-conflict-keep]'), 'click', 'conflict: mine', function () {
      choose('mine');
    });
  }

  // Shows the conflicts. While the question is already open, only the list changes:
  // focus stays where the user is, and the place to return to stays the first one.
  ConflictPanel.prototype.show = function (conflicts, theirs) {
    var opening = !this.asking;
    this.asking = true;
    this.theirs = theirs;
    if (!this.element) return;
    this.showConflicts(conflicts);
    if (!opening) return;
    this.returnTo = this.focusPlace();
    this.element.hidden = false;
    GW.focus(this.element.querySelector('.gw-panel__title'));
  };

  // Hides the panel; the place to return to is kept until focusBack, which comes once
  // the settled answers are on the page.
  ConflictPanel.prototype.close = function () {
    this.asking = false;
    if (this.element) this.element.hidden = true;
    if (this.list) this.list.textContent = '';
  };

  // Where the user was when the question came: the field, found again by its item and
  // name if a list was redrawn meanwhile.
  ConflictPanel.prototype.focusPlace = function () {
    var element = document.activeElement;
    if (!element || element === document.body || !this.form.root.contains(element)) return null;
    var item = element.closest('[data-gw-item]');
    return {
      element: element,
      itemKey: item && item.getAttribute('data-gw-item'),
      name: element.getAttribute('data-gw-item-field')
    };
  };

  ConflictPanel.prototype.focusBack = function () {
    var place = this.returnTo;
    this.returnTo = null;
    var element = place && place.element;
    if (element && !element.isConnected && place.itemKey && place.name) {
      element = null;
      this.form.root.querySelectorAll('[data-gw-item-field]').forEach(function (field) {
        var item = field.closest('[data-gw-item]');
        if (!element && item && item.getAttribute('data-gw-item') === place.itemKey && field.getAttribute('data-gw-item-field') === place.name) element = field;
      });
    }
    if (element && element.isConnected && element.getClientRects().length) element.focus();
    else GW.focus(this.fallback);
  };

  ConflictPanel.prototype.showConflicts = function (conflicts) {
    var self = this;
    var list = this.list;
    if (!list) return;
    list.textContent = '';
    conflicts.forEach(function (conflict) {
      var described = self.describe(conflict);
      var entry = GW.el('li', 'gw-conflict');
      entry.appendChild(GW.el('h3', 'gw-conflict__label', described.label));
      entry.appendChild(self.version('conflict_mine', described.mine));
      entry.appendChild(self.version('conflict_theirs', described.theirs));
      list.appendChild(entry);
    });
  };

  ConflictPanel.prototype.version = function (key, text) {
    var paragraph = GW.el('p', 'gw-conflict__version');
    paragraph.appendChild(GW.el('span', 'gw-conflict__side', this.form.t(key)));
    paragraph.appendChild(document.createTextNode(' '));
    paragraph.appendChild(GW.el('span', 'gw-conflict__text', text));
    return paragraph;
  };

  ConflictPanel.prototype.text = function (value) {
    if (GW.isBlank(value)) return this.form.t('conflict_empty');
    if (value === true) return this.form.t('answer_yes');
    if (GW.isObject(value)) return this.text(this.legacyText(value.answer));
    return String(value);
  };

  ConflictPanel.prototype.legacyText = function (answer) {
    if (!Array.isArray(answer)) return answer;
    return answer.map(function (item) {
      return GW.isObject(item) ? Object.keys(item).map(function (name) { return item[name]; }).join(' – ') : String(item);
    }).join('\n');
  };

  // The label, and both versions as text, of one conflict.
  ConflictPanel.prototype.describe = function (conflict) {
    var form = this.form;
    var kind = conflict.path[0];
    if (kind === 'values') {
      var field = form.model.fields[conflict.id];
      return { label: field ? field.label : conflict.id, mine: this.text(conflict.mine), theirs: this.text(conflict.theirs) };
    }
    if (kind === 'legacy') {
      var entry = conflict.mine || conflict.theirs || {};
      return {
        label: form.t('conflict_legacy', { question: entry.question || conflict.id }),
        mine: this.text(conflict.mine),
        theirs: this.text(conflict.theirs)
      };
    }
    return this.describeList(conflict);
  };

  // A list's order, or one field of one of its items (numbered as this tab has it).
  ConflictPanel.prototype.describeList = function (conflict) {
    var self = this;
    var form = this.form;
    var list = form.model.lists[conflict.listId] || { itemLabel: conflict.listId, title: conflict.listId, fields: [] };
    var mineKeys = (form.state.lists[conflict.listId] || []).map(function (item) { return item.key; });
    if (!conflict.itemKey) {
      return {
        label: form.t('conflict_order', { list: list.title }),
        mine: this.orderText(list, conflict.mine),
        theirs: this.orderText(list, conflict.theirs)
      };
    }
    var number = mineKeys.indexOf(conflict.itemKey) + 1 || (conflict.order || []).indexOf(conflict.itemKey) + 1;
    var itemField = list.fields.filter(function (f) { return f.id === conflict.field; })[0];
    function side(name) {
      return conflict.removed === name ? form.t('conflict_removed') : self.text(conflict[name]);
    }
    return {
      label: list.itemLabel + ' ' + number + ' – ' + (itemField ? itemField.label : conflict.field),
      mine: side('mine'),
      theirs: side('theirs')
    };
  };

  // A list's order as text: each item's number and first answer.
  ConflictPanel.prototype.orderText = function (list, keys) {
    var items = {};
    [this.theirs, this.form.state].forEach(function (state) {
      ((state && state.lists[list.id]) || []).forEach(function (item) { items[item.key] = item; });
    });
    return keys.map(function (key, index) {
      var item = items[key] || {};
      var first = list.fields.filter(function (field) {
        return field.control !== 'choice' && !GW.isBlank(item[field.id]);
      })[0];
      return (index + 1) + '. ' + (first ? item[first.id] : list.itemLabel);
    }).join('\n');
  };

  GW.ConflictPanel = ConflictPanel;
})();
