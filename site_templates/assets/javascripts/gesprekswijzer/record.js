/*
 * The conversation cycle as pure logic, apart from the page: the record prefilled from
 * the two preparations, last year's record brought into this year's preparation, and
 * the record's signatures and fingerprint.
 *
 * A file here is a checked answers file (format 2, see answers-file.js); a state is the
 * form's state (model.js).
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var SEPARATOR = '#';

  function entries(file) {
    return file ? file.answers : {};
  }

  // The answer a file gives for a role (see sectionkinds.py), e.g. 'own-name': the
  // field of that role in the section kinds that have one.
  function roleAnswer(kinds, file, role) {
    var answers = entries(file);
    var ids = Object.keys(answers).filter(function (id) {
      var entry = answers[id];
      var roles = GW.layoutOf(kinds, GW.AnswersFile.kindOf(entry, id)).roles || {};
      return roles[role] === id.split('.').pop() && typeof entry.answer === 'string';
    });
    return ids.length ? answers[ids[0]].answer.trim() : '';
  }

  function listItems(file, kind) {
    var answers = entries(file);
    var found = [];
    Object.keys(answers).forEach(function (id) {
      var entry = answers[id];
      if (GW.AnswersFile.kindOf(entry, id) === kind && Array.isArray(entry.answer)) found = found.concat(entry.answer);
    });
    return found;
  }

  // Items from both files in one list; the same text raised by both is one item, raised by both.
  function joinItems(groups, textField) {
    var joined = [];
    var byText = {};
    groups.forEach(function (group) {
      group.items.forEach(function (raw) {
        var item = Object.assign({}, raw, { raised_by: raw.raised_by || group.author });
        delete item.source;
        var text = GW.fold(item[textField]);
        var same = text && byText[text];
        if (same) {
          if (same.raised_by !== item.raised_by) same.raised_by = 'both';
          return;
        }
        if (text) byText[text] = item;
        joined.push(item);
      });
    });
    return joined;
  }

  function setList(model, state, list, items) {
    if (!items.length) return 0;
    state.lists[list.id] = items.map(function (raw) { return model.item(list.id, raw); });
    return items.length;
  }

  // The record's first state, from the employee's and/or the manager's preparation: the
  // fields the kinds table prefills, and the lists it joins. counts: items per list kind.
  function prefill(model, employee, manager) {
    var state = model.emptyState();
    var files = { employee: employee, manager: manager };
    model.data.sections.forEach(function (section) {
      var sources = model.layout(section).prefill || {};
      Object.keys(sources).forEach(function (name) {
        var found = sources[name].map(function (source) {
          return roleAnswer(model.kinds, files[source[0]], source[1]);
        }).filter(Boolean)[0];
        if (found) state.values[section.id + '.' + name] = found;
      });
    });
    var counts = {};
    Object.keys(model.lists).forEach(function (id) {
      var list = model.lists[id];
      if (!list.layout.joins_record) return;
      var groups = ['employee', 'manager'].map(function (author) {
        return { author: author, items: listItems(files[author], list.kind) };
      });
      var items = joinItems(groups, list.layout.main);
      if (list.layout.keeps_origin === false) items.forEach(function (item) { delete item.raised_by; });
      counts[list.kind] = setList(model, state, list, items);
    });
    return { state: state, counts: counts };
  }

  // A summary of an item's conditional parts as chosen: a group of one part as it is, a
  // larger group as "S: …" by first letters (the Dutch and English SMART letters agree).
  function partsSummary(fields, item) {
    var group = GW.shownParts(fields, item);
    var filled = group.filter(function (field) { return !GW.isBlank(item[field.id]); });
    if (group.length === 1) return filled.length ? item[group[0].id] : '';
    return filled.map(function (field) {
      return field.id.charAt(0).toUpperCase() + ': ' + item[field.id];
    }).join('\n');
  }

  function carried(model, carry, item) {
    var fields = GW.layoutOf(model.kinds, carry.source).fields || [];
    var out = {};
    carry.fields.forEach(function (pair) {
      out[pair[0]] = pair[1] ? item[pair[1]] || '' : partsSummary(fields, item);
    });
    if (carry.open_until) out.source = 'last-record';
    return out;
  }

  function stillOpen(carry, item, today) {
    var main = carry.fields[0][1];
    var date = item[carry.open_until];
    return !GW.isBlank(item[main]) && (GW.isBlank(date) || String(date) >= today);
  }

  // This year's look-back from last year's record, as the look-back list's kind says:
  // last year's items for this list (e.g. each agreement, for a status and a reflection),
  // and those for other lists (e.g. follow-up points still open, for the agenda).
  // -> {items, others: [{into, items}], date}
  function lookBack(model, list, record, today) {
    var found = { items: [], others: [], date: '' };
    (list.layout.carries || []).forEach(function (carry) {
      var items = listItems(record, carry.source).filter(function (item) {
        return !carry.open_until || stillOpen(carry, item, today);
      }).map(function (item) { return carried(model, carry, item); });
      if (carry.into) found.others.push({ into: carry.into, items: items });
      else found.items = found.items.concat(items);
    });
    found.date = roleAnswer(model.kinds, record, 'conversation-date') || String(record.exported_at || '').slice(0, 10);
    return found;
  }

  function parseSignature(value) {
    if (typeof value !== 'string') return null;
    var parts = value.split(SEPARATOR);
    if (parts.length !== 2 || isNaN(new Date(parts[0]).getTime())) return null;
    return { at: parts[0], fingerprint: parts[1] };
  }

  function signatureValue(date, fingerprint) {
    return date.toISOString() + SEPARATOR + fingerprint;
  }

  function fingerprint(form) {
    return GW.AnswersFile.build(form.model, form.state).fingerprint || '';
  }

  // The employee or the manager as the record names them.
  function party(form, who) {
    var values = form.state.values;
    return { name: form.model.roleValue(values, who + '-name'), role: form.model.roleValue(values, who + '-role') };
  }

  function signedText(form, role, signed, current) {
    var name = party(form, role).name || form.t('unnamed_' + role);
    var text = form.t('signed_' + form.data.signing, {
      name: name,
      date: GW.formatDateTime(signed.at, form.language),
      fingerprint: signed.fingerprint
    });
    if (!current || current === signed.fingerprint) return text;
    return text + ' ' + form.t('signature_stale', { name: name, signed: signed.fingerprint, current: current });
  }

  GW.Record = {
    roleAnswer: roleAnswer,
    prefill: prefill,
    lookBack: lookBack,
    parseSignature: parseSignature,
    signatureValue: signatureValue,
    fingerprint: fingerprint,
    party: party,
    signedText: signedText
  };
})();
