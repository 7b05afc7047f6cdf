/*
 * The employee's file, in the manager's form: read in plain words above the manager's
 * own preparation. Choices show as their labels, dates written out in the page's
 * language, and labels from the manager's side ("Employee's name"). Agenda items and
 * proposed agreements can each be taken into the manager's own preparation.
 *
 * The file lives in memory only: not autosaved, not exported, and gone when the
 * manager closes it or the page. Everything from it is set as text, never as markup.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function layoutOf(form, id, entry) {
    return GW.layoutOf(form.data.kinds, GW.AnswersFile.kindOf(entry, id));
  }

  // A label in the page's language where the page knows it; otherwise the file's own
  // text, marked with its language when that is not the page's. A kind read from the
  // author's side ("Your name") is labelled from the file's author's ("Employee's name").
  function label(form, file, id, entry) {
    var layout = layoutOf(form, id, entry);
    var perspective = 'perspective_' + (file.form.author || 'employee') + '_' + id.split('.').pop().replace(/-/g, '_');
    if (layout.perspective && own(form.strings, perspective)) return { text: form.t(perspective) };
    var field = form.model.fields[id];
    if (field && (layout.print !== 'meta' || field.section === entry.section)) return { text: field.label };
    var text = typeof entry.question === 'string' && entry.question ? entry.question : id;
    return foreign(form, file, text);
  }

  function foreign(form, file, text) {
    if (!file.language || file.language === form.language) return { text: text };
    return { text: text, lang: file.language, note: form.t('only_in_language', { language: form.t('language_' + file.language) }) };
  }

  function answerText(form, answer) {
    if (typeof answer === 'boolean') return form.t('answer_yes');
    return ISO_DATE.test(answer) ? GW.formatDate(answer, form.language) : String(answer);
  }

  function textElement(tag, className, part) {
    var element = GW.el(tag, className, part.text);
    if (part.lang) {
      element.setAttribute('lang', part.lang);
      element.appendChild(GW.el('span', 'gw-readonly__language', ' (' + part.note + ')'));
    }
    return element;
  }

  function FileView(form, file, container) {
    this.form = form;
    this.file = file;
    this.container = container;
  }

  FileView.prototype.render = function () {
    var self = this;
    var answers = this.file.answers;
    var meta = GW.el('dl', 'gw-readonly__meta');
    var current = null;
    Object.keys(answers).forEach(function (id) {
      var entry = answers[id];
      if (layoutOf(self.form, id, entry).print === 'meta' && !Array.isArray(entry.answer)) {
        meta.appendChild(textElement('dt', '', label(self.form, self.file, id, entry)));
        meta.appendChild(GW.el('dd', 'gw-readonly__text', answerText(self.form, entry.answer)));
        return;
      }
      if (!current || current.id !== entry.section) current = self.section(id, entry);
      if (Array.isArray(entry.answer)) current.body.appendChild(self.list(id, entry));
      else current.body.appendChild(self.answer(id, entry, current));
    });
    if (meta.children.length) this.container.insertBefore(meta, this.container.firstChild);
  };

  FileView.prototype.section = function (id, entry) {
    var kind = GW.AnswersFile.kindOf(entry, id);
    var key = 'section_' + String(kind).replace(/-/g, '_') + '_title';
    var box = this.container.appendChild(GW.el('section', 'gw-readonly__section'));
    box.appendChild(GW.el('h4', 'gw-readonly__section-title', own(this.form.strings, key) ? this.form.t(key) : String(entry.section || '')));
    return { id: entry.section, body: box, theme: null };
  };

  FileView.prototype.answer = function (id, entry, section) {
    var block = GW.el('div', 'gw-readonly__answer');
    block.setAttribute('data-gw-answer-id', id);
    if (entry.theme && entry.theme !== section.theme) {
      section.theme = entry.theme;
      var known = this.form.model.themes[entry.theme];
      var title = known ? { text: known.title } : foreign(this.form, this.file, entry.theme_title || entry.theme);
      section.body.appendChild(textElement('h5', 'gw-readonly__theme', title));
    }
    block.appendChild(textElement('p', 'gw-readonly__question', label(this.form, this.file, id, entry)));
    block.appendChild(GW.el('div', 'gw-readonly__text', answerText(this.form, entry.answer)));
    return block;
  };

  FileView.prototype.list = function (id, entry) {
    var self = this;
    var kindName = GW.AnswersFile.kindOf(entry, id);
    var kind = this.form.data.kinds[kindName];
    var takeOver = kind && kind.take_over && kind.main;
    var list = GW.el('ol', 'gw-readonly__items');
    list.setAttribute('data-gw-answer-id', id);
    entry.answer.forEach(function (raw, index) {
      var item = kind ? GW.visibleItem(kind.fields, raw) : raw;
      var element = list.appendChild(GW.el('li', 'gw-readonly__item'));
      var title = (kind ? kind.item_label : String(entry.question || id)) + ' ' + (index + 1);
      var from = GW.Document.origin(self.form, item);
      element.appendChild(GW.el('p', 'gw-readonly__item-title', from ? title + ' (' + from + ')' : title));
      var rows = element.appendChild(GW.el('dl', 'gw-readonly__rows'));
      var labels = GW.isObject(entry.item_labels) ? entry.item_labels : {};
      var shown = kind ? GW.Document.recordRows(self.form, kind.fields, item) : Object.keys(item).map(function (name) {
        return { label: labels[name] || name, value: String(item[name]) };
      });
      shown.forEach(function (row) {
        rows.appendChild(GW.el('dt', '', row.label));
        rows.appendChild(GW.el('dd', 'gw-readonly__text', row.value));
      });
      if (takeOver) element.appendChild(self.takeOverButton(kindName, item, title));
    });
    return list;
  };

  FileView.prototype.takeOverButton = function (kind, item, title) {
    var self = this;
    var form = this.form;
    var box = GW.el('div', 'gw-readonly__take-over');
    var list = form.model.listOfKind(kind);
    if (!list) return box;
    var button = box.appendChild(GW.el('button', 'gw-button gw-button--secondary gw-button--small', form.t('take_over_' + kind)));
    button.type = 'button';
    button.appendChild(GW.el('span', 'gw-visually-hidden', ': ' + title));
    var done = box.appendChild(GW.el('p', 'gw-readonly__taken', '✓ ' + form.t('taken_over')));
    function update() {
      var taken = GW.takenOver(form, list, kind, item);
      button.hidden = taken;
      done.hidden = !taken;
    }
    GW.on(button, 'click', 'take over', function () {
      GW.takeOver(form, list, item, self.file.form.author || 'employee');
      update();
      form.announce(form.t('taken_over_done', { text: item[list.layout.main] || title, section: list.title }));
      done.setAttribute('tabindex', '-1');
      done.focus();
    });
    update();
    return box;
  };

  GW.takenOver = function (form, list, kind, item) {
    var main = list.layout.main;
    var text = GW.fold(item[main]);
    return (form.state.lists[list.id] || []).some(function (mine) {
      return mine.source === 'employee-file' && GW.fold(mine[main]) === text;
    });
  };

  // Adds a copy of the employee's item to the manager's own list, marked with its origin.
  GW.takeOver = function (form, list, item, author) {
    var model = form.model;
    var raw = Object.assign({}, item, { raised_by: item.raised_by || author, source: 'employee-file' });
    delete raw.key;
    var items = (form.state.lists[list.id] || []).filter(function (mine) { return !model.isEmptyItem(list.id, mine); });
    items.push(model.item(list.id, raw));
    form.state.lists[list.id] = items;
    form.render();
    form.changed();
  };

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
    var name = GW.Record.roleAnswer(form.data.kinds, file, 'own-name');
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
    close.setAttribute('data-gw-file-close', '');
    GW.on(close, 'click', 'employee file close', function () { self.close(); });
    this.view.textContent = '';
    this.view.setAttribute('role', 'region');
    this.view.setAttribute('aria-labelledby', heading.id);
    this.view.appendChild(heading);
    this.view.appendChild(meta);
    var body = this.view.appendChild(GW.el('div', 'gw-readonly__answers'));
    if (result.count) new FileView(form, file, body).render();
    else body.appendChild(GW.el('p', '', form.t('employee_file_empty')));
    this.view.appendChild(close);
    this.view.hidden = false;
    this.fillOtherParty(name);
    heading.focus();
  };

  // The manager's "who is the conversation with?" is the employee whose file this is.
  EmployeeFile.prototype.fillOtherParty = function (name) {
    var form = this.form;
    var id = form.model.roleField('other-name');
    if (!name || !id || !GW.isBlank(form.state.values[id])) return;
    form.state.values[id] = name;
    form.render();
    form.changed();
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
