/*
 * A list the user adds to, removes from and reorders, after the GOV.UK "add another"
 * pattern and the NL Design System list: after adding, focus goes to the new item's
 * first field; after removing, to the item that took its place; moving keeps focus on
 * the moved item's button. Every change is announced in the form's live region.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var ID_ATTRIBUTES = ['id', 'for', 'name', 'aria-describedby', 'aria-controls'];
  var LONG = 20;
  var WITH_IDS = ID_ATTRIBUTES.map(function (name) { return '[' + name + ']'; }).join(',');

  // The page renders a list's first item with the key 1 in its ids (gw-agenda--1--text):
  // gives that item, and every id in it, another key.
  function rekeyFirst(element, key) {
    element.setAttribute('data-gw-item', key);
    [element].concat(Array.prototype.slice.call(element.querySelectorAll(WITH_IDS))).forEach(function (node) {
      ID_ATTRIBUTES.forEach(function (attribute) {
        var value = node.getAttribute(attribute);
        if (value) node.setAttribute(attribute, value.replace(/--1(--|\b)/g, '--' + key + '$1'));
      });
    });
  }

  // The page renders a list's first item and no template, so that each question is in it
  // once: the template is that item, with its key put back as a placeholder.
  function templateFromFirst(itemsElement) {
    var template = document.createElement('template');
    var first = itemsElement.querySelector('[data-gw-item="1"]');
    if (!first) return template;
    var copy = first.cloneNode(true);
    rekeyFirst(copy, '__key__');
    template.content.appendChild(copy);
    return template;
  }

  function AddAnother(root, form) {
    var self = this;
    this.root = root;
    this.form = form;
    this.id = root.getAttribute('data-gw-list');
    this.list = form.model.lists[this.id];
    this.itemsElement = root.querySelector('.gw-list__items');
    this.template = root.querySelector('template.gw-list__template') || templateFromFirst(this.itemsElement);
    var add = root.querySelector('[data-gw-list-add]');
    if (add) GW.on(add, 'click', 'list add', function () { self.add(); });
    this.undoElement = root.querySelector('[data-gw-list-undo]');
    this.removed = null;
    var undo = this.undoElement && this.undoElement.querySelector('[data-gw-list-undo-button]');
    if (undo) GW.on(undo, 'click', 'list undo', function () { self.undo(); });
    GW.on(this.itemsElement, 'click', 'list action', function (event) {
      var button = event.target.closest('[data-gw-list-action]');
      if (button) self.act(button);
    });
    GW.on(this.itemsElement, 'input', 'list input', function (event) { self.input(event.target); });
    GW.on(this.itemsElement, 'change', 'list change', function (event) { self.input(event.target); });
    form.on('render', function () { self.render(); });
  }

  // A list the user fills always shows one item to start with; a fixed list (last
  // year's agreements) shows only what a file brought in.
  AddAnother.prototype.items = function () {
    var state = this.form.state;
    if (!state.lists[this.id]) state.lists[this.id] = [];
    if (!state.lists[this.id].length && !this.list.fixed) state.lists[this.id].push(this.form.model.newItem(this.id));
    return state.lists[this.id];
  };

  AddAnother.prototype.find = function (key) {
    return this.items().filter(function (item) { return item.key === key; })[0];
  };

  AddAnother.prototype.input = function (target) {
    var name = target.getAttribute('data-gw-item-field');
    var element = target.closest('[data-gw-item]');
    var item = element && this.find(element.getAttribute('data-gw-item'));
    if (!name || !item) return;
    if (target.type === 'radio' && !target.checked) return;
    item[name] = GW.controlValue(target);
    this.form.changed();
  };

  // Where the template's ids hold the item key, found once: every item needs its own ids.
  AddAnother.prototype.keyed = function () {
    if (this.keyedIds) return this.keyedIds;
    var found = [];
    this.template.content.querySelectorAll(WITH_IDS).forEach(function (node, index) {
      ID_ATTRIBUTES.forEach(function (attribute) {
        var value = node.getAttribute(attribute);
        if (value && value.indexOf('__key__') !== -1) found.push({ index: index, attribute: attribute, parts: value.split('__key__') });
      });
    });
    this.keyedIds = found;
    return found;
  };

  // Move up, move down and remove, each named after its item for screen readers. They
  // only work with the script, so the script makes them and the page need not carry them.
  AddAnother.prototype.controls = function () {
    var form = this.form;
    var box = GW.el('div', 'gw-list__controls');
    [['up', 'list_move_up'], ['down', 'list_move_down'], ['remove', 'list_remove']].forEach(function (action) {
      var className = 'gw-button gw-button--small gw-button--secondary' + (action[0] === 'remove' ? ' gw-button--remove' : '');
      var button = box.appendChild(GW.el('button', className, form.t(action[1])));
      button.type = 'button';
      button.setAttribute('data-gw-list-action', action[0]);
      var hidden = button.appendChild(GW.el('span', 'gw-visually-hidden', ': '));
      hidden.appendChild(GW.el('span')).setAttribute('data-gw-item-name', '');
    });
    return box;
  };

  AddAnother.prototype.element = function (item) {
    var fragment = this.template.content.cloneNode(true);
    var element = fragment.querySelector('[data-gw-item]');
    if (!this.list.fixed) element.querySelector('fieldset').appendChild(this.controls());
    element.setAttribute('data-gw-item', item.key);
    var nodes = fragment.querySelectorAll(WITH_IDS);
    this.keyed().forEach(function (place) {
      nodes[place.index].setAttribute(place.attribute, place.parts.join(item.key));
    });
    this.fill(element, item);
    return element;
  };

  AddAnother.prototype.fill = function (element, item) {
    var language = this.form.language;
    element.querySelectorAll('[data-gw-item-field]').forEach(function (field) {
      var value = item[field.getAttribute('data-gw-item-field')];
      if (field.type === 'radio') field.checked = field.value === value;
      else field.value = GW.showValue(field, value, language);
    });
    this.showTexts(element, item);
  };

  // The first drawing of a list that holds only a new, empty item: the page's own first
  // item takes that item's key, rather than being rebuilt from the template, which is
  // the slow part of starting a form on a phone.
  AddAnother.prototype.adoptFirst = function () {
    var items = this.items();
    var shown = this.itemsElement.children;
    if (this.drawn || items.length !== 1 || shown.length !== 1) return false;
    var element = shown[0];
    if (element.getAttribute('data-gw-item') !== '1' || !this.form.model.isEmptyItem(this.id, items[0])) return false;
    rekeyFirst(element, items[0].key);
    element.querySelector('fieldset').appendChild(this.controls());
    // An empty item holds only defaults, which its parts (an agreement's) already show.
    this.fill(element, items[0]);
    return true;
  };

  // Redraws every item. The state may come from another tab while the user types here,
  // so focus and cursor go back to the same field of the same item (by key and name).
  AddAnother.prototype.render = function () {
    var self = this;
    var adopted = this.adoptFirst();
    this.drawn = true;
    if (adopted) {
      this.renumber();
      return;
    }
    var active = document.activeElement;
    var focused = active && this.itemsElement.contains(active) && active.closest('[data-gw-item]');
    var place = focused && {
      key: focused.getAttribute('data-gw-item'),
      name: active.getAttribute('data-gw-item-field'),
      action: active.getAttribute('data-gw-list-action'),
      value: active.type === 'radio' ? active.value : null,
      start: typeof active.selectionStart === 'number' ? active.selectionStart : null,
      end: typeof active.selectionEnd === 'number' ? active.selectionEnd : null
    };
    // Items are built and started apart from the page and put in at once: one change
    // to the page instead of one per item, for a record with hundreds of them.
    var fragment = document.createDocumentFragment();
    this.items().forEach(function (item) { fragment.appendChild(self.element(item)); });
    GW.initAll(fragment, this.form);
    this.itemsElement.textContent = '';
    this.itemsElement.appendChild(fragment);
    this.root.classList.toggle('gw-list--long', this.items().length > LONG);
    this.renumber();
    if (!place) return;
    var target = null;
    this.itemsElement.querySelectorAll('[data-gw-item]').forEach(function (element) {
      if (target || element.getAttribute('data-gw-item') !== place.key) return;
      element.querySelectorAll('[data-gw-item-field], [data-gw-list-action]').forEach(function (node) {
        if (target) return;
        var same = place.name ? node.getAttribute('data-gw-item-field') === place.name : node.getAttribute('data-gw-list-action') === place.action;
        if (same && (place.value === null || node.value === place.value)) target = node;
      });
    });
    if (!target) return;
    target.focus({ preventScroll: true });
    if (place.start === null) return;
    try {
      target.setSelectionRange(Math.min(place.start, target.value.length), Math.min(place.end, target.value.length));
    } catch (error) {
      // Date fields have no cursor to put back.
    }
  };

  // What a file brought in is shown as text, and where an item came from is said.
  AddAnother.prototype.showTexts = function (element, item) {
    var form = this.form;
    var fields = this.list.fields;
    element.querySelectorAll('[data-gw-item-text]').forEach(function (node) {
      var name = node.getAttribute('data-gw-item-text');
      var field = GW.fieldOf(fields, name);
      var blank = GW.isBlank(item[name]);
      node.textContent = blank ? '' : GW.Document.shown(form, field, item[name]);
      node.closest('[data-gw-shown]').hidden = blank;
    });
    var source = element.querySelector('[data-gw-item-source]');
    var origin = GW.Document.origin(form, item);
    source.textContent = origin ? origin.charAt(0).toUpperCase() + origin.slice(1) : '';
    source.hidden = !origin;
  };

  AddAnother.prototype.renumber = function () {
    var label = this.list.itemLabel;
    var elements = this.itemsElement.querySelectorAll('[data-gw-item]');
    elements.forEach(function (element, index) {
      element.querySelectorAll('[data-gw-item-number]').forEach(function (node) { node.textContent = String(index + 1); });
      element.querySelectorAll('[data-gw-item-name]').forEach(function (node) { node.textContent = label + ' ' + (index + 1); });
      var up = element.querySelector('[data-gw-list-action="up"]');
      var down = element.querySelector('[data-gw-list-action="down"]');
      if (up) up.hidden = index === 0;
      if (down) down.hidden = index === elements.length - 1;
    });
    // After every redraw: lets the section's character count see the items' text boxes.
    this.itemsElement.dispatchEvent(new CustomEvent('gw:sync', { bubbles: true }));
  };

  AddAnother.prototype.name = function (index) {
    return this.list.itemLabel + ' ' + (index + 1);
  };

  AddAnother.prototype.firstField = function (element) {
    return element && element.querySelector('input:not([type="radio"]), textarea, input[type="radio"]:checked');
  };

  AddAnother.prototype.add = function () {
    this.forgetRemoved();
    var item = this.form.model.newItem(this.id);
    var items = this.items();
    items.push(item);
    var element = this.element(item);
    this.itemsElement.appendChild(element);
    this.renumber();
    GW.initAll(element, this.form);
    this.firstField(element).focus();
    this.form.announce(this.form.t('list_added', { item: this.name(items.length - 1) }));
    this.form.changed();
  };

  AddAnother.prototype.act = function (button) {
    var element = button.closest('[data-gw-item]');
    var items = this.items();
    var index = items.indexOf(this.find(element.getAttribute('data-gw-item')));
    if (index === -1) return;
    var action = button.getAttribute('data-gw-list-action');
    this.forgetRemoved();
    if (action === 'remove') this.remove(element, index);
    else this.move(element, index, action === 'up' ? -1 : 1);
    this.form.changed();
  };

  AddAnother.prototype.remove = function (element, index) {
    var items = this.items();
    var name = this.name(index);
    var removed = items.splice(index, 1)[0];
    element.remove();
    if (!items.length) {
      this.render();
    } else {
      this.renumber();
    }
    // Only a list with remove buttons gets here, and each has its undo notice. The item
    // is kept until the next change to this list, so "undo" puts it back as it was.
    this.removed = { item: removed, index: index, name: name };
    var said = this.form.t('list_removed', { item: name });
    this.undoElement.querySelector('[data-gw-list-undo-text]').textContent = said;
    this.undoElement.querySelector('[data-gw-list-undo-name]').textContent = name;
    this.undoElement.hidden = false;
    this.undoElement.querySelector('[data-gw-list-undo-button]').focus();
    this.form.announce(said + ' ' + this.form.t('list_undo') + '?');
  };

  AddAnother.prototype.forgetRemoved = function () {
    this.removed = null;
    if (this.undoElement) this.undoElement.hidden = true;
  };

  AddAnother.prototype.undo = function () {
    var removed = this.removed;
    if (!removed) return;
    this.forgetRemoved();
    var items = this.items();
    // An empty list shows one blank item; it gives way to the item put back.
    if (items.length === 1 && this.form.model.isEmptyItem(this.id, items[0])) items.splice(0, 1);
    items.splice(Math.min(removed.index, items.length), 0, removed.item);
    this.render();
    var element = this.itemsElement.querySelector('[data-gw-item="' + removed.item.key + '"]');
    this.firstField(element).focus();
    this.form.announce(this.form.t('list_restored', { item: removed.name }));
    this.form.changed();
  };

  AddAnother.prototype.move = function (element, index, step) {
    var items = this.items();
    var target = index + step;
    if (target < 0 || target >= items.length) return;
    var item = items.splice(index, 1)[0];
    items.splice(target, 0, item);
    var sibling = this.itemsElement.children[step < 0 ? target : target + 1] || null;
    this.itemsElement.insertBefore(element, sibling);
    this.renumber();
    var button = element.querySelector('[data-gw-list-action="' + (step < 0 ? 'up' : 'down') + '"]');
    if (button.hidden) button = element.querySelector('[data-gw-list-action="' + (step < 0 ? 'down' : 'up') + '"]');
    button.focus();
    this.form.announce(this.form.t('list_moved', { item: this.list.itemLabel, position: target + 1 }));
  };

  GW.register('gw-add-another', AddAnother);
})();
