/*
 * Export (gw-export) and import (gw-import) of the answers file.
 *
 * Import never replaces answers without asking: when the form already has answers,
 * it shows what the file holds and waits for a confirmation.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function Export(root, form) {
    var status = root.querySelector('[data-gw-export-status]');
    GW.on(root.querySelector('[data-gw-export]'), 'click', 'export', function () {
      GW.setMessage(status, '');
      var file = form.exportFile();
      GW.download(file.filename, file.blob);
      GW.setMessage(status, form.t('export_done', { file: file.filename }));
    });
  }

  function Import(root, form) {
    var self = this;
    this.form = form;
    this.input = root.querySelector('input[type="file"]');
    this.group = root.querySelector('[data-gw-import-field]');
    this.error = root.querySelector('[data-gw-import-error]');
    this.status = root.querySelector('[data-gw-import-status]');
    this.panel = root.querySelector('[data-gw-import-confirm]');
    this.pending = null;
    GW.on(root.querySelector('[data-gw-import]'), 'click', 'import', function () { self.read(); });
    GW.on(root.querySelector('[data-gw-import-yes]'), 'click', 'import confirm', function () { self.apply(); });
    GW.on(root.querySelector('[data-gw-import-no]'), 'click', 'import cancel', function () { self.cancel(); });
  }

  Import.prototype.fail = function (text) {
    GW.showFieldError(this.group, this.error, text, this.form.t('error_prefix'));
    var described = 'gw-import-file-hint' + (text ? ' ' + this.error.id : '');
    this.input.setAttribute('aria-describedby', described);
  };

  Import.prototype.read = function () {
    var self = this;
    this.panel.hidden = true;
    this.pending = null;
    GW.setMessage(this.status, '');
    GW.showFieldError(this.group, this.error, '');
    GW.readAnswersFile(this.input.files[0], this.form, {}, GW.guard('import', function (result) {
      if (!result.ok) return self.fail(result.message);
      self.pending = result;
      if (self.form.hasAnswers()) return self.confirm(result);
      return self.apply();
    }));
  };

  Import.prototype.confirm = function (result) {
    var form = this.form;
    var file = result.file;
    var summary = form.t(result.count === 1 ? 'import_summary_one' : 'import_summary', {
      form: result.formTitle,
      date: GW.formatDateTime(file.exported_at, form.language),
      count: result.count
    });
    this.panel.querySelector('[data-gw-import-summary]').textContent = summary;
    this.panel.hidden = false;
    GW.focus(this.panel.querySelector('.gw-panel__title'));
  };

  Import.prototype.apply = function () {
    var result = this.pending;
    if (!result) return;
    this.pending = null;
    this.panel.hidden = true;
    this.form.replaceState(GW.AnswersFile.toState(result.file, this.form.model));
    this.input.value = '';
    var done = this.form.t(result.count === 1 ? 'import_done_one' : 'import_done', { count: result.count });
    GW.setMessage(this.status, result.altered ? done + ' ' + this.form.t('fingerprint_mismatch') : done);
    GW.focus(this.status);
  };

  Import.prototype.cancel = function () {
    this.pending = null;
    this.panel.hidden = true;
    GW.setMessage(this.status, this.form.t('import_cancelled'));
    this.input.focus();
  };

  GW.register('gw-export', Export);
  GW.register('gw-import', Import);
})();
