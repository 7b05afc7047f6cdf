/*
 * An item whose fields depend on a choice (an agreement: SMART or directional): shows
 * the group of fields for the chosen value (every group shows without JavaScript), and
 * gently lists a group's fields not yet filled in. The hint is advice, not an error.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function ConditionalParts(root, form) {
    var self = this;
    this.root = root;
    this.form = form;
    // The fields come from the kind, not the list: an item is started before it joins the page.
    this.fields = form.data.kinds[root.getAttribute('data-gw-kind')].fields;
    this.choice = this.fields.filter(function (field) { return field.when; })[0].when.field;
    this.groups = Array.prototype.slice.call(root.querySelectorAll('[data-gw-part]'));
    GW.on(root, 'input', 'conditional parts', function () { self.update(); });
    GW.on(root, 'change', 'conditional parts', function () { self.update(); });
    this.update();
  }

  ConditionalParts.prototype.value = function (name) {
    var field = this.root.querySelector('[data-gw-item-field="' + name + '"]:not([type="radio"])');
    return field ? field.value : '';
  };

  ConditionalParts.prototype.chosen = function () {
    var checked = this.root.querySelector('[data-gw-item-field="' + this.choice + '"]:checked');
    return checked ? checked.value : GW.fieldOf(this.fields, this.choice).default || '';
  };

  ConditionalParts.prototype.update = function () {
    var self = this;
    var chosen = this.chosen();
    this.groups.forEach(function (group) {
      var value = group.getAttribute('data-gw-part');
      group.classList.toggle('gw-collapsed', value !== chosen);
      var hint = group.querySelector('[data-gw-parts-hint]');
      if (hint) hint.textContent = self.missingText(value);
    });
  };

  ConditionalParts.prototype.missingText = function (value) {
    var self = this;
    var missing = this.fields.filter(function (field) {
      return field.when && field.when.value === value && GW.isBlank(self.value(field.id));
    }).map(function (field) { return field.label; });
    return missing.length
      ? this.form.t('parts_' + value + '_missing', { parts: missing.join(', ') })
      : this.form.t('parts_' + value + '_complete');
  };

  GW.register('gw-conditional-parts', ConditionalParts);
})();
