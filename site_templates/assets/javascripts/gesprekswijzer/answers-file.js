/*
 * The answers file: build, check and read it. The format is documented in
 * docs/answers-format.md and generator/schemas/answers.schema.json; keep them in step.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var isObject = GW.isObject;
  var FORMAT = 'gesprekswijzer-answers';
  var VERSION = 2;
  var SIGNATURE = 'signature';

  function itemLabels(list) {
    var labels = {};
    list.fields.forEach(function (field) { labels[field.id] = field.label; });
    return labels;
  }

  function exportItem(list, item) {
    var out = {};
    var names = list.fields.map(function (field) { return field.id; });
    names.concat(Object.keys(item)).forEach(function (name) {
      if (name === 'key' || name in out || GW.isBlank(item[name])) return;
      out[name] = String(item[name]);
    });
    return out;
  }

  function fieldEntry(entry, section, theme) {
    var field = entry.field;
    var answer = field.control === 'checkbox' ? entry.value === true : String(entry.value);
    var out = { question: field.label, answer: answer, section: section.id, kind: section.kind };
    if (theme) {
      out.theme = theme.id;
      out.theme_title = theme.title;
    }
    return out;
  }

  function answers(model, state) {
    var out = {};
    model.collect(state).forEach(function (part) {
      var section = part.section;
      part.fields.forEach(function (entry) { out[entry.field.id] = fieldEntry(entry, section); });
      part.themes.forEach(function (group) {
        group.fields.forEach(function (entry) { out[entry.field.id] = fieldEntry(entry, section, group.theme); });
      });
      if (part.items.length) {
        var list = model.lists[section.id];
        out[section.id] = {
          question: section.title,
          answer: part.items.map(function (item) { return exportItem(list, item); }),
          section: section.id,
          kind: section.kind,
          item_labels: itemLabels(list)
        };
      }
    });
    // Answers to questions the form no longer has travel on unchanged, unless private.
    model.sharedLegacy(state).forEach(function (id) {
      if (!(id in out)) out[id] = state.legacy[id];
    });
    return out;
  }

  // The ids of the signatures: a fingerprint covers everything else, so that signing
  // does not change the version being signed.
  function signatureIds(model) {
    return Object.keys(model.fields).filter(function (id) { return model.fields[id].control === SIGNATURE; });
  }

  function build(model, state, now) {
    var data = model.data;
    var file = {
      format: FORMAT,
      format_version: VERSION,
      form: { id: data.form.id, version: data.form.version, title: data.form.title, author: data.form.author },
      language: data.language,
      content_version: data.content_version,
      exported_at: (now || new Date()).toISOString(),
      themes: state.themes.slice(),
      answers: answers(model, state)
    };
    if (data.form.author === 'both') file.fingerprint = GW.Canonical.fingerprint(file, signatureIds(model));
    return file;
  }

  // The kind an answer belongs to: its own, or in a file that did not name it, its
  // section's id (the shipped forms name their sections after their kinds) or its own.
  function kindOf(entry, id) {
    return entry.kind || entry.section || id;
  }

  // Format 1 files (before the record could be signed) read as format 2: the author
  // comes from the form, and each list answer names its kind. Every answer is kept;
  // one the form no longer has (a record's "signed as seen" tick) becomes an answer to a
  // question no longer in the form.
  function migrate(data, forms) {
    if (data.format_version !== 1) return data;
    var known = forms[data.form.id];
    var out = Object.assign({}, data, { format_version: VERSION, migrated_from: 1 });
    out.form = Object.assign({ author: known ? known.author : 'employee' }, data.form);
    out.answers = {};
    Object.keys(data.answers).forEach(function (id) {
      var entry = data.answers[id];
      out.answers[id] = Array.isArray(entry.answer) && !entry.kind ? Object.assign({ kind: kindOf(entry, id) }, entry) : entry;
    });
    return out;
  }

  function isAnswer(value) {
    if (typeof value === 'string' || typeof value === 'boolean') return true;
    return Array.isArray(value) && value.every(function (item) {
      return isObject(item) && Object.keys(item).every(function (name) {
        return ['string', 'number', 'boolean'].indexOf(typeof item[name]) !== -1;
      });
    });
  }

  function optionalString(value) {
    return value === undefined || typeof value === 'string';
  }

  // The id of the first answer whose shape is wrong, for this form when known to it.
  function badAnswer(answersObject, model, strict) {
    var ids = Object.keys(answersObject);
    for (var i = 0; i < ids.length; i += 1) {
      var id = ids[i];
      var entry = answersObject[id];
      if (!isObject(entry) || !isAnswer(entry.answer) || !optionalString(entry.question)) return id;
      if (entry.item_labels !== undefined && !isObject(entry.item_labels)) return id;
      if (!strict) continue;
      var field = model.fields[id];
      if (field && (field.control === 'checkbox') !== (typeof entry.answer === 'boolean')) return id;
      if (field && Array.isArray(entry.answer)) return id;
      if (model.lists[id] && !Array.isArray(entry.answer)) return id;
    }
    return null;
  }

  function fail(form, key, values) {
    return { ok: false, key: key, message: form.t(key, values) };
  }

  function damaged(form, part) {
    var detail = form.t('import_bad_field', { field: part });
    return { ok: false, key: 'import_damaged', message: form.t('import_damaged', { detail: detail }) };
  }

  // Checks a file's text; options.anyForm accepts a file of any form this guide knows.
  function parse(text, form, options) {
    var model = form.model;
    var data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return fail(form, 'import_not_json');
    }
    if (!isObject(data) || data.format !== FORMAT) return fail(form, 'import_not_answers');
    var version = data.format_version;
    if (typeof version !== 'number' || version % 1 !== 0 || version < 1) return damaged(form, 'format_version');
    if (version > VERSION) return fail(form, 'import_newer', { version: version, supported: VERSION });
    if (!isObject(data.form) || typeof data.form.id !== 'string') return damaged(form, 'form');
    var known = model.data.forms;
    var fileForm = known[data.form.id] ? known[data.form.id].title : (typeof data.form.title === 'string' ? data.form.title : data.form.id);
    if (options && options.anyForm) {
      if (!known[data.form.id]) return fail(form, 'import_unknown_form', { file_form: fileForm });
    } else if (data.form.id !== model.data.form.id) {
      return fail(form, 'import_other_form', { file_form: fileForm, this_form: model.data.form.title });
    }
    if (!isObject(data.answers)) return damaged(form, 'answers');
    if (data.themes !== undefined && !(Array.isArray(data.themes) && data.themes.every(function (id) { return typeof id === 'string'; }))) {
      return damaged(form, 'themes');
    }
    if (!optionalString(data.exported_at) || !optionalString(data.language)) return damaged(form, 'exported_at');
    var bad = badAnswer(data.answers, model, !(options && options.anyForm));
    if (bad !== null) return damaged(form, 'answers.' + bad);
    if (data.fingerprint !== undefined && typeof data.fingerprint !== 'string') return damaged(form, 'fingerprint');
    var file = migrate(data, known);
    var result = { ok: true, file: file, count: Object.keys(file.answers).length, formTitle: fileForm };
    result.author = file.form.author;
    result.altered = typeof file.fingerprint === 'string' && file.fingerprint !== fingerprintOf(file, model);
    return result;
  }

  function legacyEntry(entry, id) {
    var out = { question: typeof entry.question === 'string' ? entry.question : id, answer: entry.answer };
    if (isObject(entry.item_labels)) out.item_labels = entry.item_labels;
    if (typeof entry.theme_title === 'string') out.theme_title = entry.theme_title;
    return out;
  }

  // The state a checked file stands for. Ids this form does not have become legacy answers.
  function toState(file, model) {
    var state = model.emptyState();
    var themes = (file.themes || []).filter(function (id) { return model.themes[id]; });
    Object.keys(file.answers).forEach(function (id) {
      var entry = file.answers[id];
      var field = model.fields[id];
      if (field) {
        state.values[id] = entry.answer;
        if (field.theme && themes.indexOf(field.theme) === -1) themes.push(field.theme);
      } else if (model.lists[id]) {
        state.lists[id] = entry.answer.map(function (raw) { return model.item(id, raw); });
      } else {
        state.legacy[id] = legacyEntry(entry, id);
      }
    });
    state.themes = model.themeOrder.filter(function (id) { return themes.indexOf(id) !== -1; });
    return state;
  }

  // A record's fingerprint as this page computes it: signature ids are those of the
  // record form, which every page knows by its kind's layout.
  function fingerprintOf(file, model) {
    var ids = Object.keys(file.answers).filter(function (id) {
      return GW.layoutOf(model.kinds, file.answers[id].kind).print === 'signatures' ||
        (model.fields[id] && model.fields[id].control === SIGNATURE);
    });
    return GW.Canonical.fingerprint(file, ids);
  }

  // The employee's name as this form holds it: their own name in their preparation,
  // the other party in the manager's, the employee's name in the record.
  function employeeName(model, values) {
    var author = model.data.form.author;
    var roles = ['employee-name', author === 'manager' ? 'other-name' : 'own-name'];
    var found = roles.map(function (role) { return model.roleValue(values, role); }).filter(Boolean);
    return found.length ? found[0] : '';
  }

  // "jaargesprek-verslag-sam-de-vries-2026-11-23.json": the form, in the page's language,
  // the employee and the day, so that files of one cycle are easy to tell apart.
  function filename(model, state, extension) {
    var parts = [model.data.form.file_name || model.data.form.id, GW.slug(employeeName(model, state.values)), GW.isoDate()];
    return parts.filter(Boolean).join('-') + '.' + extension;
  }

  GW.AnswersFile = {
    FORMAT: FORMAT,
    VERSION: VERSION,
    MAX_BYTES: 2 * 1024 * 1024,
    build: build,
    answers: answers,
    parse: parse,
    migrate: migrate,
    kindOf: kindOf,
    toState: toState,
    signatureIds: signatureIds,
    fingerprintOf: fingerprintOf,
    employeeName: employeeName,
    filename: filename
  };
})();
