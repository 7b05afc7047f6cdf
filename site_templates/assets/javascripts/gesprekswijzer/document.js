/*
 * The answers as a document: one model, three renderings (print view, plain text,
 * Markdown), so the print and the copied text always say the same thing.
 *
 * doc = { title, meta: [{label, value}], sections: [{title, blocks}], footer, empty }
 * blocks: heading {text} · qa {question, answer | lines} · list {items} · lines {count}
 *         records {records: [{title, rows: [{label, value | lines}]}]} · table {columns, rows}
 *         signatures {title, records, fingerprint}
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  // Lines to write an answer on, on a blank sheet: room for a few sentences by hand.
  var BLANK_LINES = 4;

  function fieldName(field) {
    return field.id.split('.').pop();
  }

  function choiceLabel(field, value) {
    var choice = (field.choices || []).filter(function (c) { return c.value === value; })[0];
    return choice ? choice.label : String(value);
  }

  // A value in words, in the page's language: choices by their label, dates written out.
  function shown(form, field, value) {
    if (field.control === 'date' || field.format === 'date') return GW.formatDate(value, form.language);
    if (field.control === 'checkbox') return value === true ? form.t('answer_yes') : '';
    if (field.choices) return choiceLabel(field, value);
    return String(value);
  }

  // Where an item came from, when someone else brought it in.
  function origin(form, item) {
    if (item.source === 'last-record') return form.t('source_last_record');
    if (['employee', 'manager', 'both'].indexOf(item.raised_by) !== -1) return form.t('raised_' + item.raised_by);
    return '';
  }

  function withOrigin(form, text, item) {
    var from = origin(form, item);
    return from ? text + ' (' + from + ')' : text;
  }

  function recordRows(form, fields, item) {
    return fields.filter(function (field) {
      return field.id in item && !GW.isBlank(item[field.id]);
    }).map(function (field) {
      return { label: field.short || field.label, value: shown(form, field, item[field.id]) };
    });
  }

  function itemRecords(form, list, items) {
    return items.map(function (item, index) {
      return { title: withOrigin(form, list.itemLabel + ' ' + (index + 1), item), rows: recordRows(form, list.fields, item) };
    });
  }

  function part(form, field, item) {
    return field && !GW.isBlank(item[field.id]) ? GW.labelled(field.short || field.label, shown(form, field, item[field.id])) : '';
  }

  // One cell of a list printed as a table, as the kind's column says (sectionkinds.py).
  function cell(form, list, item, column, index) {
    var parts = (column.plain || []).map(function (name) {
      var field = GW.fieldOf(list.fields, name);
      var value = GW.isBlank(item[name]) ? field.default || '' : item[name];
      return value ? shown(form, field, value) : '';
    });
    if (index === 0) parts[0] = withOrigin(form, parts[0] || '', item);
    if (column.conditional) {
      list.fields.forEach(function (field) { if (field.when) parts.push(part(form, field, item)); });
    }
    (column.labelled || []).forEach(function (name) { parts.push(part(form, GW.fieldOf(list.fields, name), item)); });
    return parts.filter(Boolean).join(column.gap || '\n');
  }

  // An item as one line: its line's fields, joined by a dash.
  function line(form, list, item) {
    var parts = list.layout.line.map(function (name) {
      var field = GW.fieldOf(list.fields, name);
      return GW.isBlank(item[name]) ? '' : shown(form, field, item[name]);
    });
    return withOrigin(form, parts.filter(Boolean).join(' – '), item);
  }

  function listBlocks(form, list, items) {
    var layout = list.layout;
    if (layout.items_print === 'lines') {
      return [{ type: 'list', items: items.map(function (item) { return line(form, list, item); }) }];
    }
    var records = itemRecords(form, list, items);
    if (layout.items_print !== 'table') return [{ type: 'records', records: records }];
    return [{
      type: 'table',
      columns: layout.table.map(function (column) { return form.t(column.title); }),
      rows: items.map(function (item) {
        return layout.table.map(function (column, index) { return cell(form, list, item, column, index); });
      }),
      records: records
    }];
  }

  function qa(form, entry) {
    return { type: 'qa', question: entry.field.label, answer: shown(form, entry.field, entry.value) };
  }

  // The signature block of the record: who, in which role, whether and when they signed,
  // and the fingerprint both signed. Its wording comes from the organisation profile.
  function signatures(form, section, blank) {
    var values = form.state.values;
    var fingerprint = blank ? '' : GW.Record.fingerprint(form);
    var records = section.fields.map(function (field) {
      var role = fieldName(field);
      var party = GW.Record.party(form, role);
      var signed = blank ? null : GW.Record.parseSignature(values[field.id]);
      var rows = [
        { label: form.t('print_name'), value: party.name },
        { label: form.t('print_role'), value: party.role },
        { label: form.t('print_sign_date'), value: signed ? GW.formatDate(signed.at.slice(0, 10), form.language) : '' },
        { label: form.t('print_signature_line'), value: '', line: true }
      ];
      if (signed) rows.push({ label: '', value: GW.Record.signedText(form, role, signed, fingerprint) });
      return { title: field.label, rows: rows };
    });
    return {
      type: 'signatures',
      title: form.t('sign_meaning_' + form.data.signing),
      records: records,
      fingerprint: fingerprint ? form.t('print_fingerprint', { fingerprint: fingerprint }) : ''
    };
  }

  function metaRows(form, fields, values) {
    return fields.map(function (field) {
      return { label: field.meta || field.label, value: values ? shown(form, field, values[field.id]) : '' };
    });
  }

  function legacySection(form) {
    var legacy = form.state.legacy;
    var blocks = form.model.sharedLegacy(form.state).map(function (id) {
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
      var layout = form.model.layout(section);
      if (layout.print === 'meta') {
        var values = {};
        part.fields.forEach(function (entry) { values[entry.field.id] = entry.value; });
        doc.meta = doc.meta.concat(metaRows(form, part.fields.map(function (entry) { return entry.field; }), values));
        return;
      }
      if (layout.print === 'signatures') {
        doc.sections.push({ title: form.t('print_signatures_title'), blocks: [signatures(form, section, false)] });
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

  // An item's main answer (its first text) gets three lines; the others two. Short
  // answers of one group sit side by side when there are several: SMART's five letters,
  // and the further answers after the main one.
  function blankRows(list) {
    var fields = list.fields.filter(function (field) { return field.control !== 'shown'; });
    var texts = fields.filter(function (field) { return field.control === 'textarea'; });
    var main = texts.filter(function (field) { return !field.when; })[0];
    function group(field) {
      var name = field.when ? field.when.value : 'further';
      var alike = texts.filter(function (other) { return other !== main && (other.when ? other.when.value : 'further') === name; });
      return alike.length > 1 ? name : '';
    }
    return fields.map(function (field) {
      if (field.control === 'choice') {
        var choices = field.choices.map(function (choice) { return '☐ ' + choice.label; }).join('    ');
        return { label: GW.labelled(field.label, choices), lines: 0 };
      }
      if (field.control !== 'textarea') return { label: field.label, lines: 1 };
      if (field === main) return { label: field.label, lines: 3 };
      return { label: field.label, lines: 2, part: group(field) };
    });
  }

  // One item with room to write: on paper, more fit on the back or a second sheet.
  function blankRecord(list) {
    return { type: 'records', records: [{ title: list.itemLabel, rows: blankRows(list) }] };
  }

  // The themes a blank sheet prints: those chosen, or else the form's core set, so that a
  // sheet printed before choosing stays a few pages rather than every question there is.
  GW.blankSheetThemes = function (section, chosen) {
    var themes = section.themes || [];
    var picked = themes.filter(function (theme) { return chosen.indexOf(theme.id) !== -1; });
    if (picked.length) return { themes: picked, core: false };
    var core = section.blank_sheet || [];
    return { themes: themes.filter(function (theme) { return core.indexOf(theme.id) !== -1; }), core: themes.length > 0 };
  };

  function blankSection(form, section) {
    var blocks = section.fields.map(function (field) {
      return { type: 'qa', question: field.label, lines: field.control === 'checkbox' ? 0 : BLANK_LINES, check: field.control === 'checkbox' };
    });
    var printed = GW.blankSheetThemes(section, form.state.themes);
    if (printed.core) blocks.push({ type: 'note', text: form.t('print_blank_core') });
    printed.themes.forEach(function (theme) {
      blocks.push({ type: 'heading', text: theme.title });
      theme.questions.forEach(function (question) { blocks.push({ type: 'qa', question: question.label, lines: BLANK_LINES }); });
    });
    var list = form.model.lists[section.id];
    if (list && list.layout.blank_lines) blocks.push({ type: 'lines', count: list.layout.blank_lines, numbered: true });
    else if (list && !list.fixed) blocks.push(blankRecord(list));
    return blocks;
  }

  function blankDocument(form) {
    var doc = { title: form.data.form.title, meta: [], sections: [], blank: true };
    form.data.sections.forEach(function (section) {
      var layout = form.model.layout(section);
      if (layout.on_blank_sheet === false) return;
      if (layout.print === 'meta') {
        doc.meta = doc.meta.concat(metaRows(form, section.fields, null));
        return;
      }
      if (layout.print === 'signatures') {
        doc.sections.push({ title: form.t('print_signatures_title'), blocks: [signatures(form, section, true)] });
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

  GW.Document = { build: build, shown: shown, origin: origin, recordRows: recordRows };
})();
