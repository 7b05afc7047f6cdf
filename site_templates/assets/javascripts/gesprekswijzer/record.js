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

  // A built-in field of a file's section of this kind, e.g. the name in 'about'.
  function fieldAnswer(file, kind, name) {
    var answers = entries(file);
    var ids = Object.keys(answers).filter(function (id) {
      var entry = answers[id];
      var entryKind = entry.kind || entry.section;
      return entryKind === kind && id.split('.').pop() === name && typeof entry.answer === 'string';
    });
    return ids.length ? answers[ids[0]].answer.trim() : '';
  }

  function listItems(file, kind) {
    var answers = entries(file);
    var found = [];
    Object.keys(answers).forEach(function (id) {
      var entry = answers[id];
      if ((entry.kind || id) === kind && Array.isArray(entry.answer)) found = found.concat(entry.answer);
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

  function setList(model, state, kind, items) {
    var list = model.listOfKind(kind);
    if (!list || !items.length) return 0;
    state.lists[list.id] = items.map(function (raw) { return model.item(list.id, raw); });
    return items.length;
  }

  // The record's first state, from the employee's and/or the manager's preparation.
  function prefill(model, employee, manager) {
    var state = model.emptyState();
    var parties = model.sectionsOfKind('parties')[0];
    if (parties) {
      var values = {
        'employee-name': fieldAnswer(employee, 'about', 'name') || fieldAnswer(manager, 'about', 'other-party'),
        'employee-role': fieldAnswer(employee, 'about', 'role'),
        'manager-name': fieldAnswer(manager, 'about', 'name') || fieldAnswer(employee, 'about', 'other-party'),
        'manager-role': fieldAnswer(manager, 'about', 'role'),
        date: fieldAnswer(employee, 'about', 'date') || fieldAnswer(manager, 'about', 'date')
      };
      Object.keys(values).forEach(function (name) {
        if (values[name]) state.values[parties.id + '.' + name] = values[name];
      });
    }
    var sides = [{ file: employee, author: 'employee' }, { file: manager, author: 'manager' }];
    function groups(kind) {
      return sides.map(function (side) { return { author: side.author, items: listItems(side.file, kind) }; });
    }
    var counts = {
      agenda: setList(model, state, 'agenda', joinItems(groups('agenda'), 'text')),
      agreements: setList(model, state, 'agreements', joinItems(groups('agreements'), 'outcome'))
    };
    var followUps = joinItems(groups('follow-up'), 'note').map(function (item) {
      delete item.raised_by;
      return item;
    });
    setList(model, state, 'follow-up', followUps);
    return { state: state, counts: counts };
  }

  // "S: …" for each SMART part, or the direction: the Dutch and English letters are the same.
  function details(model, agreement) {
    var kind = model.data.kinds.agreements;
    if (agreement.type === 'directional') return agreement.direction || '';
    return kind.fields.filter(function (field) {
      return field.when && field.when.value === 'smart' && !GW.isBlank(agreement[field.id]);
    }).map(function (field) {
      return field.id.charAt(0).toUpperCase() + ': ' + agreement[field.id];
    }).join('\n');
  }

  // This year's look-back from last year's record: each agreement for a status and a
  // reflection, and the follow-up points still open (no date, or not yet past) for the agenda.
  function lookBack(model, record, today) {
    var agreements = listItems(record, 'agreements').map(function (agreement) {
      return {
        agreement: agreement.outcome || '',
        details: details(model, agreement),
        owner: agreement.owner || '',
        due: agreement.date || ''
      };
    });
    var open = listItems(record, 'follow-up').filter(function (item) {
      return !GW.isBlank(item.note) && (GW.isBlank(item.date) || String(item.date) >= today);
    }).map(function (item) {
      return { text: item.note, source: 'last-record' };
    });
    var date = fieldAnswer(record, 'parties', 'date') || String(record.exported_at || '').slice(0, 10);
    return { agreements: agreements, agenda: open, date: date };
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
  function party(form, role) {
    var section = form.model.sectionsOfKind('parties')[0];
    var values = form.state.values;
    function value(name) {
      var text = section ? values[section.id + '.' + role + '-' + name] : '';
      return typeof text === 'string' ? text.trim() : '';
    }
    return { name: value('name'), role: value('role') };
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
    fieldAnswer: fieldAnswer,
    prefill: prefill,
    lookBack: lookBack,
    parseSignature: parseSignature,
    signatureValue: signatureValue,
    fingerprint: fingerprint,
    party: party,
    signedText: signedText
  };
})();
