/*
 * One agreement in the agreements list: shows the SMART parts or the directional
 * description for the chosen kind (both show without JavaScript), and gently lists
 * the SMART parts not yet filled in. The hint is advice, not an error.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var PARTS = ['specific', 'measurable', 'acceptable', 'realistic', 'time-bound'];

  function Agreement(root, form) {
    var self = this;
    this.root = root;
    this.form = form;
    this.smart = root.querySelector('[data-gw-agreement-part="smart"]');
    this.directional = root.querySelector('[data-gw-agreement-part="directional"]');
    this.hint = root.querySelector('[data-gw-smart-hint]');
    // The labels come from the kind, not the list: an item is started before it joins the page.
    this.fields = form.data.kinds.agreements.fields;
    GW.on(root, 'input', 'agreement', function () { self.update(); });
    GW.on(root, 'change', 'agreement', function () { self.update(); });
    this.update();
  }

  Agreement.prototype.value = function (name) {
    var field = this.root.querySelector('[data-gw-item-field="' + name + '"]:not([type="radio"])');
    return field ? field.value : '';
  };

  Agreement.prototype.label = function (name) {
    var field = GW.fieldOf(this.fields, name);
    return field ? field.label : name;
  };

  Agreement.prototype.update = function () {
    var checked = this.root.querySelector('[data-gw-item-field="type"]:checked');
    var kind = checked ? checked.value : 'smart';
    this.smart.classList.toggle('gw-collapsed', kind !== 'smart');
    this.directional.classList.toggle('gw-collapsed', kind !== 'directional');
    var self = this;
    var missing = PARTS.filter(function (name) { return GW.isBlank(self.value(name)); }).map(this.label, this);
    this.hint.textContent = missing.length
      ? this.form.t('smart_missing', { parts: missing.join(', ') })
      : this.form.t('smart_complete');
  };

  GW.register('gw-agreement', Agreement);
})();
