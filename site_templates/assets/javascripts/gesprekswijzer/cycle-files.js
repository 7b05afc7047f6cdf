/*
 * Files from the other steps of the cycle: the record opens both preparations
 * (gw-preparations), and next year's preparation opens last year's record
 * (gw-look-back). Both ask before they replace anything already filled in.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  // The parts both share: reading a file into a field's error, a status, a confirmation.
  function Opener(root, form) {
    var self = this;
    this.form = form;
    this.status = root.querySelector('[data-gw-file-status]');
    this.panel = root.querySelector('[data-gw-confirm]');
    this.fields = Array.prototype.slice.call(root.querySelectorAll('[data-gw-file-field]'));
    this.pending = null;
    GW.on(this.panel.querySelector('[data-gw-confirm-yes]'), 'click', 'file confirm', function () {
      var apply = self.pending;
      self.close();
      if (apply) apply();
    });
    GW.on(this.panel.querySelector('[data-gw-confirm-no]'), 'click', 'file cancel', function () {
      self.close();
      self.say(form.t('import_cancelled'));
      self.fields[0].querySelector('input').focus();
    });
  }

  Opener.prototype.reset = function () {
    var form = this.form;
    this.close();
    GW.setMessage(this.status, '');
    this.fields.forEach(function (group) { GW.showFieldError(group, group.querySelector('[data-gw-file-error]'), '', form.t('error_prefix')); });
  };

  Opener.prototype.fail = function (group, message) {
    var error = group.querySelector('[data-gw-file-error]');
    var input = group.querySelector('input');
    GW.showFieldError(group, error, message, this.form.t('error_prefix'));
    input.setAttribute('aria-describedby', error.id);
    input.focus();
  };

  // Reads every field's file at once; done(results) once all are read and none was refused.
  Opener.prototype.readAll = function (done) {
    var results = [];
    var waiting = this.fields.length;
    var refused = false;
    var self = this;
    this.fields.forEach(function (group, index) {
      var input = group.querySelector('input');
      input.removeAttribute('aria-describedby');
      if (!input.files.length) {
        waiting -= 1;
        return;
      }
      GW.readAnswersFile(input.files[0], self.form, { anyForm: true }, GW.guard('reading a file', function (result) {
        waiting -= 1;
        if (!result.ok) {
          if (!refused) self.fail(group, result.message);
          refused = true;
        }
        results[index] = result.ok ? result : null;
        if (!waiting && !refused) done(results);
      }));
    });
    if (!waiting && !refused) done(results);
  };

  Opener.prototype.ask = function (needed, apply) {
    if (!needed) return apply();
    this.pending = apply;
    this.panel.hidden = false;
    GW.focus(this.panel.querySelector('.gw-panel__title'));
    return undefined;
  };

  Opener.prototype.close = function () {
    this.pending = null;
    this.panel.hidden = true;
  };

  Opener.prototype.say = function (text) {
    GW.setMessage(this.status, text);
    GW.focus(this.status);
  };

  function Preparations(root, form) {
    var self = this;
    this.form = form;
    this.opener = new Opener(root, form);
    GW.on(root.querySelector('[data-gw-file-open]'), 'click', 'open preparations', function () { self.open(); });
  }

  // The slot says whose preparation belongs there; a file in the wrong slot is named.
  Preparations.prototype.check = function (slot, result) {
    if (!result || result.author === slot) return '';
    if (result.author === 'both') return this.form.t('prep_not_preparation', { file_form: result.formTitle });
    return this.form.t('prep_wrong_slot_' + slot);
  };

  Preparations.prototype.open = function () {
    var self = this;
    var opener = this.opener;
    var groups = opener.fields;
    opener.reset();
    opener.readAll(function (results) {
      var files = { employee: results[0] || null, manager: results[1] || null };
      if (!files.employee && !files.manager) return opener.fail(groups[0], self.form.t('prep_none'));
      var wrong = ['employee', 'manager'].filter(function (slot) { return self.check(slot, files[slot]); });
      if (wrong.length) return opener.fail(groups[wrong[0] === 'employee' ? 0 : 1], self.check(wrong[0], files[wrong[0]]));
      return opener.ask(self.form.hasAnswers(), function () { self.apply(files); });
    });
  };

  Preparations.prototype.apply = function (files) {
    var form = this.form;
    var filled = GW.Record.prefill(form.model, files.employee && files.employee.file, files.manager && files.manager.file);
    form.replaceState(filled.state);
    this.opener.say(form.t('prep_done', filled.counts));
  };

  function LookBack(root, form) {
    var self = this;
    this.form = form;
    this.listId = root.getAttribute('data-gw-list-id');
    this.opener = new Opener(root, form);
    GW.on(root.querySelector('[data-gw-file-open]'), 'click', 'open last record', function () { self.open(); });
  }

  LookBack.prototype.open = function () {
    var self = this;
    var form = this.form;
    var opener = this.opener;
    opener.reset();
    var group = opener.fields[0];
    opener.readAll(function (results) {
      var result = results[0];
      if (!result) return opener.fail(group, form.t('import_no_file'));
      if (result.author !== 'both') return opener.fail(group, form.t('lookback_not_record', { file_form: result.formTitle }));
      var found = GW.Record.lookBack(form.model, form.model.lists[self.listId], result.file, GW.isoDate());
      var brought = found.others.reduce(function (sum, other) { return sum + other.items.length; }, 0);
      if (!found.items.length && !brought) return opener.say(form.t('lookback_empty'));
      // This year's answers to last year's items (not the record's words, shown read-only).
      var own = form.model.lists[self.listId].fields.filter(function (field) { return field.control !== 'shown'; });
      var answered = (form.state.lists[self.listId] || []).some(function (item) {
        return own.some(function (field) { return !GW.isBlank(item[field.id]); });
      });
      return opener.ask(answered, function () { self.apply(found); });
    });
  };

  // Last year's items replace the look-back list; those for other lists (open follow-up
  // points, for the agenda) join them, each once.
  LookBack.prototype.apply = function (found) {
    var form = this.form;
    var model = form.model;
    var state = JSON.parse(JSON.stringify(form.state));
    var listId = this.listId;
    state.lists[listId] = found.items.map(function (raw) { return model.item(listId, raw); });
    var added = 0;
    found.others.forEach(function (other) {
      var list = model.listOfKind(other.into);
      if (!list) return;
      var main = list.layout.main;
      var items = (state.lists[list.id] || []).filter(function (item) { return !model.isEmptyItem(list.id, item); });
      var known = items.map(function (item) { return GW.fold(item[main]); });
      other.items.forEach(function (raw) {
        if (known.indexOf(GW.fold(raw[main])) !== -1) return;
        items.push(model.item(list.id, raw));
        added += 1;
      });
      state.lists[list.id] = items;
    });
    form.replaceState(state);
    this.opener.say(form.t('lookback_done', {
      count: found.items.length,
      date: GW.formatDate(found.date, form.language),
      followups: added
    }));
  };

  GW.register('gw-preparations', Preparations);
  GW.register('gw-look-back', LookBack);
})();
