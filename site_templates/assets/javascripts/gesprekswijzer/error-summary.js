/*
 * Validation and the error summary, after GOV.UK's error summary: a box at the top
 * with role=alert that takes focus, whose links move focus to the field. Only the
 * soft character limit is checked, and only when the answers leave the page (export,
 * print): going over it never blocks typing.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function ErrorSummary(form) {
    var self = this;
    this.form = form;
    this.root = form.root.querySelector('[data-gw-error-summary]');
    this.list = this.root.querySelector('[data-gw-error-list]');
    this.marked = [];
    GW.on(this.list, 'click', 'error summary link', function (event) {
      var link = event.target.closest('a');
      if (!link) return;
      event.preventDefault();
      self.focusField(document.getElementById(link.getAttribute('href').slice(1)));
    });
    form.on('change', function () {
      if (!self.root.hidden) self.refresh();
    });
  }

  function tooLong(form, htmlId, label, value) {
    var limit = form.data.limit;
    var length = typeof value === 'string' ? value.length : 0;
    if (length <= limit) return null;
    var values = {
      field: label,
      count: (length - limit).toLocaleString(form.language),
      limit: limit.toLocaleString(form.language)
    };
    return { id: htmlId, message: form.t('error_too_long', values), inline: form.t('error_too_long_inline', values) };
  }

  // The problems in what would be exported or printed, in page order.
  ErrorSummary.prototype.validate = function () {
    var form = this.form;
    var errors = [];
    function add(error) { if (error) errors.push(error); }
    form.model.collect(form.state).forEach(function (part) {
      part.fields.forEach(function (entry) {
        if (entry.field.control === 'textarea') add(tooLong(form, entry.field.html_id, entry.field.label, entry.value));
      });
      part.themes.forEach(function (group) {
        group.fields.forEach(function (entry) { add(tooLong(form, entry.field.html_id, entry.field.label, entry.value)); });
      });
      var list = form.model.lists[part.section.id];
      part.items.forEach(function (item) {
        var position = (form.state.lists[list.id] || []).indexOf(item) + 1;
        list.fields.forEach(function (field) {
          if (field.control !== 'textarea') return;
          var label = list.itemLabel + ' ' + position + ' – ' + field.label;
          add(tooLong(form, field.html_id.replace('__key__', item.key), label, item[field.id]));
        });
      });
    });
    return errors;
  };

  // Shows the summary when there are problems and moves focus to it; true when all is well.
  ErrorSummary.prototype.check = function () {
    var errors = this.validate();
    if (!errors.length) {
      this.clear();
      return true;
    }
    this.show(errors);
    this.root.focus();
    this.root.scrollIntoView({ block: 'start' });
    return false;
  };

  ErrorSummary.prototype.refresh = function () {
    var errors = this.validate();
    if (errors.length) this.show(errors);
    else this.clear();
  };

  ErrorSummary.prototype.show = function (errors) {
    var self = this;
    this.unmark();
    this.list.textContent = '';
    errors.forEach(function (error) {
      var item = GW.el('li');
      var link = GW.el('a', '', error.message);
      link.href = '#' + error.id;
      item.appendChild(link);
      self.list.appendChild(item);
      self.mark(document.getElementById(error.id), error.inline);
    });
    this.root.hidden = false;
  };

  ErrorSummary.prototype.mark = function (field, message) {
    if (!field) return;
    var group = field.closest('.gw-field');
    var note = GW.el('p', 'gw-error-message');
    note.id = field.id + '-error';
    note.appendChild(GW.el('span', 'gw-visually-hidden', this.form.t('error_prefix') + ' '));
    note.appendChild(document.createTextNode(message));
    field.parentNode.insertBefore(note, field);
    field.setAttribute('aria-describedby', (note.id + ' ' + (field.getAttribute('aria-describedby') || '')).trim());
    field.setAttribute('aria-invalid', 'true');
    if (group) group.classList.add('gw-field--error');
    this.marked.push({ field: field, note: note, group: group });
  };

  ErrorSummary.prototype.unmark = function () {
    this.marked.forEach(function (mark) {
      mark.note.remove();
      var described = (mark.field.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && id !== mark.note.id;
      });
      mark.field.setAttribute('aria-describedby', described.join(' '));
      mark.field.removeAttribute('aria-invalid');
      if (mark.group) mark.group.classList.remove('gw-field--error');
    });
    this.marked = [];
  };

  ErrorSummary.prototype.clear = function () {
    this.unmark();
    this.list.textContent = '';
    this.root.hidden = true;
  };

  // Like GOV.UK: focus the field and scroll so that its label is in view too.
  ErrorSummary.prototype.focusField = function (field) {
    if (!field) return;
    var label = document.querySelector('label[for="' + field.id + '"]');
    field.focus({ preventScroll: true });
    (label || field).scrollIntoView({ block: 'start' });
  };

  GW.ErrorSummary = ErrorSummary;
})();
