/*
 * The answers as a document: one model, three renderings (print view, plain text,
 * Markdown), so the print and the copied text always say the same thing.
 *
 * doc = { title, meta: [{label, value}], sections: [{title, blocks}], footer, empty }
 * blocks: heading {text} · qa {question, answer | lines} · list {items} · lines {count}
 *         records {records: [{title, rows: [{label, value | lines}]}]} · table {columns, rows}
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var META = { name: 'print_name', role: 'print_role', date: 'print_date', 'other-party': 'print_other' };
  var SMART = ['specific', 'measurable', 'acceptable', 'realistic', 'time-bound'];

  function fieldName(field) {
    return field.id.split('.').pop();
  }

  function labelOf(list, name) {
    var field = list.fields.filter(function (f) { return f.id === name; })[0];
    return field ? field.label : name;
  }

  function shown(form, field, value) {
    if (field.control === 'date') return GW.formatDate(value, form.language);
    if (field.control === 'checkbox') return value === true ? form.t('answer_yes') : '';
    return String(value);
  }

  function recordRows(form, list, item) {
    return list.fields.filter(function (field) {
      return field.control !== 'choice' && !GW.isBlank(item[field.id]);
    }).map(function (field) {
      return { label: field.label, value: shown(form, field, item[field.id]) };
    });
  }

  function agreementRows(form, list, items) {
    return items.map(function (item) {
      var directional = item.type === 'directional';
      var details = [form.t(directional ? 'type_directional' : 'type_smart')];
      (directional ? ['direction'] : SMART).forEach(function (name) {
        if (!GW.isBlank(item[name])) details.push(labelOf(list, name) + ': ' + item[name]);
      });
      var support = [];
      if (!GW.isBlank(item.support)) support.push(form.t('agreement_support_label') + ': ' + item.support);
      if (!GW.isBlank(item.progress)) support.push(form.t('agreement_progress_label') + ': ' + item.progress);
      return [item.outcome || '', details.join('\n'), support.join('\n\n'), GW.formatDate(item.date, form.language)];
    });
  }

  function listBlocks(form, list, items) {
    if (list.kind === 'agenda') {
      return [{ type: 'list', items: items.map(function (item) { return item.text; }) }];
    }
    if (list.kind === 'follow-up') {
      return [{ type: 'list', items: items.map(function (item) {
        return [GW.formatDate(item.date, form.language), item.note].filter(function (text) {
          return !GW.isBlank(text);
        }).join(' – ');
      }) }];
    }
    var records = items.map(function (item, index) {
      return { title: list.itemLabel + ' ' + (index + 1), rows: recordRows(form, list, item) };
    });
    if (list.kind !== 'agreements') return [{ type: 'records', records: records }];
    var columns = ['agreement_column', 'agreement_details_column', 'agreement_support_column', 'agreement_date_column'];
    return [{
      type: 'table',
      columns: columns.map(function (key) { return form.t(key); }),
      rows: agreementRows(form, list, items),
      records: records
    }];
  }

  function qa(form, entry) {
    return { type: 'qa', question: entry.field.label, answer: shown(form, entry.field, entry.value) };
  }

  function legacySection(form) {
    var legacy = form.state.legacy;
    var blocks = Object.keys(legacy).map(function (id) {
      var entry = legacy[id];
      if (!Array.isArray(entry.answer)) return { type: 'qa', question: entry.question, answer: String(entry.answer) };
      var labels = entry.item_labels || {};
      return { type: 'records', title: entry.question, records: entry.answer.map(function (item, index) {
        return { title: String(index + 1), rows: Object.keys(item).map(function (name) {
          return { label: labels[name] || name, value: String(item[name]) };
        }) };
      }) };
    });
    return blocks.length ? [{ title: form.t('legacy_title'), blocks: blocks }] : [];
  }

  function answersDocument(form) {
    var doc = { title: form.data.form.title, meta: [], sections: [] };
    form.model.collect(form.state).forEach(function (part) {
      var section = part.section;
      if (section.kind === 'about') {
        doc.meta = part.fields.map(function (entry) {
          return { label: form.t(META[fieldName(entry.field)]), value: shown(form, entry.field, entry.value) };
        });
        return;
      }
      var blocks = part.fields.map(function (entry) { return qa(form, entry); });
      part.themes.forEach(function (group) {
        blocks.push({ type: 'heading', text: group.theme.title });
        group.fields.forEach(function (entry) { blocks.push(qa(form, entry)); });
      });
      if (part.items.length) blocks = blocks.concat(listBlocks(form, form.model.lists[section.id], part.items));
      if (blocks.length) doc.sections.push({ title: section.title, blocks: blocks });
    });
    doc.sections = doc.sections.concat(legacySection(form));
    doc.empty = !doc.sections.length && !doc.meta.length;
    return doc;
  }

  function blankRows(form, list, lines) {
    return list.fields.map(function (field) {
      if (field.control !== 'choice') return { label: field.label, lines: field.control === 'textarea' ? lines : 1 };
      var choices = '☐ ' + form.t('type_smart') + '    ☐ ' + form.t('type_directional');
      return { label: field.label + ': ' + choices, lines: 0 };
    });
  }

  function blankRecords(form, list, count, lines) {
    var records = [];
    for (var i = 1; i <= count; i += 1) {
      records.push({ title: list.itemLabel + ' ' + i, rows: blankRows(form, list, lines) });
    }
    return { type: 'records', records: records };
  }

  function blankSection(form, section) {
    var chosen = form.state.themes;
    var blocks = section.fields.map(function (field) {
      return { type: 'qa', question: field.label, lines: field.control === 'checkbox' ? 0 : 4, check: field.control === 'checkbox' };
    });
    var themes = (section.themes || []).filter(function (theme) { return chosen.indexOf(theme.id) !== -1; });
    if (!themes.length) themes = section.themes || [];
    themes.forEach(function (theme) {
      blocks.push({ type: 'heading', text: theme.title });
      theme.questions.forEach(function (question) { blocks.push({ type: 'qa', question: question.label, lines: 4 }); });
    });
    var list = form.model.lists[section.id];
    if (list && list.kind === 'agenda') blocks.push({ type: 'lines', count: 6, numbered: true });
    else if (list) blocks.push(blankRecords(form, list, list.kind === 'follow-up' ? 3 : 2, list.kind === 'agreements' ? 1 : 2));
    return blocks;
  }

  function blankDocument(form) {
    var doc = { title: form.data.form.title, meta: [], sections: [], blank: true };
    form.data.sections.forEach(function (section) {
      if (section.kind === 'employee-file') return;
      if (section.kind === 'about') {
        doc.meta = section.fields.map(function (field) { return { label: form.t(META[fieldName(field)]), value: '' }; });
        return;
      }
      doc.sections.push({ title: section.title, blocks: blankSection(form, section) });
    });
    return doc;
  }

  function build(form, mode) {
    var doc = mode === 'blank' ? blankDocument(form) : answersDocument(form);
    doc.footer = form.t('print_footer', {
      version: form.data.content_version,
      date: GW.formatDate(GW.isoDate(), form.language)
    });
    return doc;
  }

  GW.Document = { build: build };
})();
