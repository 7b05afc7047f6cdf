/*
 * The employee's file, in the manager's form: opened read-only above the manager's
 * own preparation. It lives in memory only: not autosaved, not exported, and gone
 * when the manager closes it or the page.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function EmployeeFile(root, form) {
    var self = this;
    this.form = form;
    this.input = root.querySelector('input[type="file"]');
    this.group = root.querySelector('[data-gw-file-field]');
    this.error = root.querySelector('[data-gw-file-error]');
    this.status = root.querySelector('[data-gw-file-status]');
    this.view = root.querySelector('[data-gw-file-view]');
    GW.on(root.querySelector('[data-gw-file-open]'), 'click', 'employee file', function () { self.open(); });
  }

  EmployeeFile.prototype.open = function () {
    var self = this;
    var form = this.form;
    GW.setMessage(this.status, '');
    GW.showFieldError(this.group, this.error, '', '');
    GW.readAnswersFile(this.input.files[0], form, { anyForm: true }, GW.guard('employee file', function (result) {
      if (!result.ok) {
        GW.showFieldError(self.group, self.error, result.message, form.t('error_prefix'));
        self.input.setAttribute('aria-describedby', self.error.id);
        return;
      }
      self.input.removeAttribute('aria-describedby');
      self.show(result);
    }));
  };

  EmployeeFile.prototype.show = function (result) {
    var self = this;
    var form = this.form;
    var file = result.file;
    var name = this.name(file.answers);
    var heading = GW.el('h3', 'gw-readonly__title', name
      ? form.t('employee_file_heading', { name: name })
      : form.t('employee_file_heading_unnamed'));
    heading.id = 'gw-employee-file-title';
    heading.setAttribute('tabindex', '-1');
    var meta = GW.el('p', 'gw-hint', form.t('employee_file_meta', {
      form: result.formTitle,
      date: GW.formatDateTime(file.exported_at, form.language)
    }));
    var close = GW.el('button', 'gw-button gw-button--secondary', form.t('employee_file_close'));
    close.type = 'button';
    GW.on(close, 'click', 'employee file close', function () { self.close(); });
    this.view.textContent = '';
    this.view.setAttribute('role', 'region');
    this.view.setAttribute('aria-labelledby', heading.id);
    this.view.appendChild(heading);
    this.view.appendChild(meta);
    this.view.appendChild(result.count ? GW.readonlyAnswers(file.answers) : GW.el('p', '', form.t('employee_file_empty')));
    this.view.appendChild(close);
    this.view.hidden = false;
    heading.focus();
  };

  EmployeeFile.prototype.name = function (answers) {
    var ids = Object.keys(answers).filter(function (id) { return /(^|\.)name$/.test(id); });
    var answer = ids.length ? answers[ids[0]].answer : '';
    return typeof answer === 'string' ? answer.trim() : '';
  };

  EmployeeFile.prototype.close = function () {
    this.view.textContent = '';
    this.view.hidden = true;
    this.view.removeAttribute('role');
    this.view.removeAttribute('aria-labelledby');
    this.input.value = '';
    GW.setMessage(this.status, this.form.t('employee_file_closed'));
    this.input.focus();
  };

  GW.register('gw-employee-file', EmployeeFile);
})();
