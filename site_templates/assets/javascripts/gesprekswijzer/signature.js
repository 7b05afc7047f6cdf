/*
 * Signing the record (gw-signature) and its fingerprint (gw-fingerprint).
 *
 * A signature records when it was given and the fingerprint of the record at that
 * moment. When the record changes afterwards, the signature is not silently dropped:
 * it is shown as belonging to an earlier version, and the person can sign again.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var DELAY = 150;

  // One fingerprint per state change, however many components show it.
  function currentFingerprint(form) {
    if (form.fingerprintCache && form.fingerprintCache.state === form.state && !form.fingerprintCache.dirty) {
      return form.fingerprintCache.value;
    }
    var value = GW.Record.fingerprint(form);
    form.fingerprintCache = { state: form.state, value: value, dirty: false };
    return value;
  }

  function onUpdate(form, update) {
    var schedule = GW.debounce(GW.guard('fingerprint', update), DELAY);
    form.on('change', function () {
      if (form.fingerprintCache) form.fingerprintCache.dirty = true;
      schedule();
    });
    form.on('render', schedule);
    update();
  }

  function Fingerprint(root, form) {
    var code = root.querySelector('[data-gw-fingerprint]');
    onUpdate(form, function () { code.textContent = currentFingerprint(form); });
  }

  function Signature(root, form) {
    var self = this;
    this.form = form;
    this.id = root.getAttribute('data-gw-signature');
    this.role = root.getAttribute('data-gw-role');
    this.signer = root.querySelector('[data-gw-signer]');
    this.status = root.querySelector('[data-gw-signature-status]');
    this.stale = root.querySelector('[data-gw-signature-stale]');
    this.signButton = root.querySelector('[data-gw-sign]');
    this.unsignButton = root.querySelector('[data-gw-unsign]');
    GW.on(this.signButton, 'click', 'sign', function () { self.sign(); });
    GW.on(this.unsignButton, 'click', 'withdraw signature', function () { self.unsign(); });
    onUpdate(form, function () { self.update(); });
  }

  Signature.prototype.sign = function () {
    var form = this.form;
    form.state.values[this.id] = GW.Record.signatureValue(new Date(), currentFingerprint(form));
    form.changed();
    this.update();
    form.announce(this.status.textContent);
    this.unsignButton.focus();
  };

  Signature.prototype.unsign = function () {
    delete this.form.state.values[this.id];
    this.form.changed();
    this.update();
    this.form.announce(this.status.textContent);
    this.signButton.focus();
  };

  Signature.prototype.update = function () {
    var form = this.form;
    var party = GW.Record.party(form, this.role);
    var signed = GW.Record.parseSignature(form.state.values[this.id]);
    var current = currentFingerprint(form);
    this.signer.textContent = party.name || form.t('unnamed_' + this.role);
    this.status.textContent = signed ? GW.Record.signedText(form, this.role, signed) : form.t('not_signed');
    var stale = Boolean(signed) && signed.fingerprint !== current;
    this.stale.hidden = !stale;
    this.stale.textContent = stale
      ? form.t('signature_stale', { name: this.signer.textContent, signed: signed.fingerprint, current: current })
      : '';
    this.signButton.hidden = Boolean(signed) && !stale;
    this.unsignButton.hidden = !signed;
  };

  GW.register('gw-fingerprint', Fingerprint);
  GW.register('gw-signature', Signature);
})();
