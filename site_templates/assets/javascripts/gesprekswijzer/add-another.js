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

  function AddAnother(root, form) {
    var self = this;
    this.root = root;
    this.form = form;
    this.id = root.getAttribute('data-gw-list');
    this.list = form.model.lists[this.id];
    this.itemsElement = root.querySelector('.gw-list__items');
    this.template = root.querySelector('template.gw-list__template');
    GW.on(root.querySelector('[data-gw-list-add]'), 'click', 'list add', function () { self.add(); });
    GW.on(this.itemsElement, 'click', 'list action', function (event) {
      var button = event.target.closest('[data-gw-list-action]');
      if (button) self.act(button);
    });
    GW.on(this.itemsElement, 'input', 'list input', function (event) { self.input(event.target); });
    GW.on(this.itemsElement, 'change', 'list change', function (event) { self.input(event.target); });
    form.on('render', function () { self.render(); });
  }

  AddAnother.prototype.items = function () {
    var state = this.form.state;
    if (!state.lists[this.id] || !state.lists[this.id].length) state.lists[this.id] = [this.form.model.newItem(this.id)];
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
    item[name] = target.value;
    this.form.changed();
  };

  AddAnother.prototype.element = function (item) {
    var fragment = this.template.content.cloneNode(true);
    var element = fragment.querySelector('[data-gw-item]');
    element.setAttribute('data-gw-item', item.key);
    element.querySelectorAll('*').forEach(function (node) {
      ID_ATTRIBUTES.forEach(function (attribute) {
        var value = node.getAttribute(attribute);
        if (value && value.indexOf('__key__') !== -1) node.setAttribute(attribute, value.split('__key__').join(item.key));
      });
    });
    element.querySelectorAll('[data-gw-item-field]').forEach(function (field) {
      var value = item[field.getAttribute('data-gw-item-field')];
      if (field.type === 'radio') field.checked = field.value === value;
      else field.value = typeof value === 'string' ? value : '';
    });
    return element;
  };

  AddAnother.prototype.render = function () {
    var self = this;
    this.itemsElement.textContent = '';
    this.items().forEach(function (item) { self.itemsElement.appendChild(self.element(item)); });
    this.renumber();
    GW.initAll(this.itemsElement, this.form);
  };

  AddAnother.prototype.renumber = function () {
    var label = this.list.itemLabel;
    var elements = this.itemsElement.querySelectorAll('[data-gw-item]');
    elements.forEach(function (element, index) {
      element.querySelectorAll('[data-gw-item-number]').forEach(function (node) { node.textContent = String(index + 1); });
      element.querySelectorAll('[data-gw-item-name]').forEach(function (node) { node.textContent = label + ' ' + (index + 1); });
      element.querySelector('[data-gw-list-action="up"]').hidden = index === 0;
      element.querySelector('[data-gw-list-action="down"]').hidden = index === elements.length - 1;
    });
  };

  AddAnother.prototype.name = function (index) {
    return this.list.itemLabel + ' ' + (index + 1);
  };

  AddAnother.prototype.firstField = function (element) {
    return element && element.querySelector('input:not([type="radio"]), textarea, input[type="radio"]:checked');
  };

  AddAnother.prototype.add = function () {
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
    if (action === 'remove') this.remove(element, index);
    else this.move(element, index, action === 'up' ? -1 : 1);
    this.form.changed();
  };

  AddAnother.prototype.remove = function (element, index) {
    var items = this.items();
    var name = this.name(index);
    items.splice(index, 1);
    element.remove();
    if (!items.length) {
      this.render();
    } else {
      this.renumber();
    }
    var elements = this.itemsElement.querySelectorAll('[data-gw-item]');
    this.firstField(elements[Math.min(index, elements.length - 1)]).focus();
    this.form.announce(this.form.t('list_removed', { item: name }));
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
