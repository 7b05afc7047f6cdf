/*
 * The form's model: which fields, themes and lists a form has (from the JSON the
 * generator embeds), and the shape of the answers the user gives.
 *
 * State: { values: {fieldId: string|boolean}, themes: [themeId], lists: {listId: [item]},
 *          private: {fieldId|listId|'theme:'+themeId: true}, legacy: {id: {question, answer, ...}} }
 * An item is {key, <field name>: string}; the key only lives in the page and the autosave.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var counter = 0;

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function withoutKey(item) {
    var out = {};
    Object.keys(item).forEach(function (name) {
      if (name !== 'key' && !GW.isBlank(item[name])) out[name] = String(item[name]);
    });
    return out;
  }

  var ITEM_ORIGIN = ['raised_by', 'source'];

  function fieldsById(fields) {
    var byId = {};
    fields.forEach(function (field) { byId[field.id] = field; });
    return byId;
  }

  GW.privateThemeKey = function (themeId) {
    return 'theme:' + themeId;
  };

  GW.fieldOf = function (fields, name) {
    return fields.filter(function (field) { return field.id === name; })[0];
  };

  // A kind's layout from the kinds table (generator/sectionkinds.py): what the scripts
  // read instead of the kind's name.
  GW.layoutOf = function (kinds, kind) {
    return (kinds && kinds[kind]) || {};
  };

  function FormModel(data) {
    this.data = data;
    this.kinds = data.kinds || {};
    this.fields = {};
    this.lists = {};
    this.themes = {};
    this.themeOrder = [];
    data.sections.forEach(this.addSection, this);
  }

  FormModel.prototype.addSection = function (section) {
    var self = this;
    section.fields.forEach(function (field) {
      self.fields[field.id] = Object.assign({ section: section.id }, field);
    });
    (section.themes || []).forEach(function (theme) {
      self.themes[theme.id] = Object.assign({ section: section.id }, theme);
      self.themeOrder.push(theme.id);
      theme.questions.forEach(function (question) {
        self.fields[question.id] = Object.assign({ section: section.id, theme: theme.id }, question);
      });
    });
    if (section.list) {
      this.lists[section.id] = {
        id: section.id,
        kind: section.kind,
        layout: GW.layoutOf(this.kinds, section.kind),
        title: section.title,
        itemLabel: section.list.item_label,
        fixed: Boolean(section.list.fixed),
        fields: section.list.fields
      };
    }
  };

  FormModel.prototype.emptyState = function () {
    return { values: {}, themes: [], lists: {}, private: {}, legacy: {} };
  };

  FormModel.prototype.newItem = function (listId) {
    counter += 1;
    var item = { key: 'i' + Date.now().toString(36) + counter };
    this.lists[listId].fields.forEach(function (field) {
      item[field.id] = field.default || '';
    });
    return item;
  };

  // Where an item came from (raised_by, source) and a choice left at its default do
  // not make an item worth keeping; something typed or chosen does.
  FormModel.prototype.isEmptyItem = function (listId, item) {
    var fields = fieldsById(this.lists[listId].fields);
    return Object.keys(item).every(function (name) {
      if (name === 'key' || ITEM_ORIGIN.indexOf(name) !== -1) return true;
      var field = fields[name];
      if (field && field.default && item[name] === field.default) return true;
      return GW.isBlank(item[name]);
    });
  };

  // The item as the screen shows it: a field whose condition does not hold (the SMART
  // parts of a directional agreement) stays in the autosave, but never leaves the page.
  GW.visibleItem = function (fields, item) {
    var byId = fieldsById(fields);
    var out = {};
    Object.keys(item).forEach(function (name) {
      if (!byId[name] || GW.isShown(byId, byId[name], item)) out[name] = item[name];
    });
    return out;
  };

  // Whether a field shows for an item: always, or when its condition's choice (or that
  // choice's default) is the one it is for.
  GW.isShown = function (byId, field, item) {
    var when = field.when;
    if (!when) return true;
    var chosen = GW.isBlank(item[when.field]) ? (byId[when.field] || {}).default : item[when.field];
    return chosen === when.value;
  };

  // The conditional fields that show for an item, such as the SMART parts of a SMART agreement.
  GW.shownParts = function (fields, item) {
    var byId = fieldsById(fields);
    return fields.filter(function (field) { return field.when && GW.isShown(byId, field, item); });
  };

  // Fills in what a stored or imported state may lack, keeping only values of the right type.
  FormModel.prototype.normalise = function (raw) {
    var state = this.emptyState();
    if (!isObject(raw)) return state;
    var self = this;
    if (isObject(raw.legacy)) {
      Object.keys(raw.legacy).forEach(function (id) { if (isObject(raw.legacy[id])) state.legacy[id] = raw.legacy[id]; });
    }
    if (isObject(raw.values)) {
      Object.keys(raw.values).forEach(function (id) {
        var value = raw.values[id];
        if (typeof value !== 'string' && typeof value !== 'boolean') return;
        if (self.fields[id]) state.values[id] = value;
        else if (!GW.isBlank(value)) self.keep(state, id, value);
      });
    }
    if (Array.isArray(raw.themes)) {
      state.themes = this.themeOrder.filter(function (id) { return raw.themes.indexOf(id) !== -1; });
    }
    if (isObject(raw.lists)) {
      Object.keys(raw.lists).forEach(function (id) {
        if (!Array.isArray(raw.lists[id])) return;
        var items = raw.lists[id].filter(isObject);
        if (self.lists[id]) state.lists[id] = items.map(self.item.bind(self, id));
        else self.keep(state, id, items.map(withoutKey).filter(function (item) { return Object.keys(item).length; }));
      });
    }
    if (isObject(raw.private)) {
      Object.keys(raw.private).forEach(function (id) {
        if (raw.private[id] !== true) return;
        // A question marked private on its own (before privacy was per theme) makes its
        // whole theme private: more stays on the device, never less.
        var theme = self.fields[id] && self.fields[id].theme;
        state.private[theme ? GW.privateThemeKey(theme) : id] = true;
      });
    }
    return state;
  };

  // A saved answer to a field this version of the form no longer has (the content
  // changed since it was saved) is kept as an answer to a question no longer in the form.
  FormModel.prototype.keep = function (state, id, answer) {
    if (Array.isArray(answer) && !answer.length) return;
    if (!state.legacy[id]) state.legacy[id] = { question: id, answer: answer };
  };

  FormModel.prototype.item = function (listId, raw) {
    var item = this.newItem(listId);
    Object.keys(raw).forEach(function (name) {
      if (name === 'key') return;
      var value = raw[name];
      if (typeof value === 'string' || typeof value === 'number') item[name] = String(value);
    });
    if (typeof raw.key === 'string' && /^[\w-]+$/.test(raw.key)) item.key = raw.key;
    return item;
  };

  FormModel.prototype.hasAnswers = function (state) {
    var self = this;
    var values = Object.keys(state.values).some(function (id) { return !GW.isBlank(state.values[id]); });
    var lists = Object.keys(state.lists).some(function (id) {
      return state.lists[id].some(function (item) { return !self.isEmptyItem(id, item); });
    });
    return values || lists || Object.keys(state.legacy).length > 0;
  };

  // What leaves the device: per section, the answered fields that are not private, the
  // answered questions of the chosen themes, and the filled-in items of lists.
  FormModel.prototype.collect = function (state) {
    var self = this;
    function answered(field) {
      var value = state.values[field.id];
      return !GW.isBlank(value) && !state.private[field.id];
    }
    function entry(field) {
      return { field: field, value: state.values[field.id] };
    }
    return this.data.sections.map(function (section) {
      var part = { section: section, fields: section.fields.filter(answered).map(entry), themes: [], items: [] };
      (section.themes || []).forEach(function (theme) {
        if (state.themes.indexOf(theme.id) === -1 || state.private[GW.privateThemeKey(theme.id)]) return;
        var fields = theme.questions.filter(answered).map(entry);
        if (fields.length) part.themes.push({ theme: theme, fields: fields });
      });
      if (section.list && !state.private[section.id]) {
        part.items = (state.lists[section.id] || []).filter(function (item) {
          return !self.isEmptyItem(section.id, item);
        }).map(function (item) { return GW.visibleItem(section.list.fields, item); });
      }
      return part;
    });
  };

  // Per section: 'answered' once anything in it is filled in (private or not), 'empty'
  // before, and null for a section with nothing of its own to fill in: a file to open,
  // or last year's agreements, which come from a file.
  FormModel.prototype.progress = function (state) {
    var self = this;
    function filled(field) { return !GW.isBlank(state.values[field.id]); }
    return this.data.sections.map(function (section) {
      var fields = section.fields.filter(function (field) { return field.control !== 'shown'; });
      var themes = section.themes || [];
      var list = section.list && !section.list.fixed;
      if (!fields.length && !themes.length && !list) return { id: section.id, status: null };
      var answered = fields.some(filled) || themes.some(function (theme) {
        return state.themes.indexOf(theme.id) !== -1 && theme.questions.some(filled);
      }) || Boolean(list && (state.lists[section.id] || []).some(function (item) {
        return !self.isEmptyItem(section.id, item);
      }));
      return { id: section.id, status: answered ? 'answered' : 'empty' };
    });
  };

  // The sections that hold anything typed or loaded, by id: a section with answers is
  // shown open, so the screen never hides what an export would share. A fixed list (last
  // year's agreements) counts once a file has filled it.
  FormModel.prototype.filledSections = function (state) {
    var filled = {};
    this.progress(state).forEach(function (section) {
      if (section.status === 'answered') filled[section.id] = true;
    });
    this.data.sections.forEach(function (section) {
      if (section.list && section.list.fixed && (state.lists[section.id] || []).length) filled[section.id] = true;
    });
    return filled;
  };

  // Answers to questions the form no longer has that may leave the device: not one marked
  // private itself, nor one whose theme is private. Once a question is gone its theme is
  // known only if a file named it; without that, any private theme keeps it home.
  FormModel.prototype.sharedLegacy = function (state) {
    var privateTheme = Object.keys(state.private).some(function (key) {
      return key.indexOf(GW.privateThemeKey('')) === 0 && state.private[key] === true;
    });
    return Object.keys(state.legacy).filter(function (id) {
      var entry = state.legacy[id];
      if (state.private[id] === true || entry.private === true) return false;
      if (typeof entry.theme === 'string') return state.private[GW.privateThemeKey(entry.theme)] !== true;
      return !privateTheme;
    });
  };

  // What the user keeps private and has filled in: answers, themes and lists, by name.
  FormModel.prototype.privateParts = function (state) {
    var names = [];
    this.data.sections.forEach(function (section) {
      section.fields.forEach(function (field) {
        if (state.private[field.id] && !GW.isBlank(state.values[field.id])) names.push(field.label);
      });
      (section.themes || []).forEach(function (theme) {
        if (state.themes.indexOf(theme.id) !== -1 && state.private[GW.privateThemeKey(theme.id)]) names.push(theme.title);
      });
      if (section.list && state.private[section.id]) names.push(section.title);
    });
    return names;
  };

  FormModel.prototype.layout = function (section) {
    return GW.layoutOf(this.kinds, section.kind);
  };

  // The first list section of a kind, e.g. where an agenda item taken over belongs.
  FormModel.prototype.listOfKind = function (kind) {
    var self = this;
    var ids = Object.keys(this.lists).filter(function (id) { return self.lists[id].kind === kind; });
    return ids.length ? this.lists[ids[0]] : null;
  };

  // The id of this form's field that plays a role in the cycle (see sectionkinds.py),
  // such as 'other-name' or 'employee-name'; '' when the form has none.
  FormModel.prototype.roleField = function (role) {
    var self = this;
    var ids = this.data.sections.map(function (section) {
      var name = (self.layout(section).roles || {})[role];
      return name ? section.id + '.' + name : '';
    }).filter(function (id) { return id && self.fields[id]; });
    return ids.length ? ids[0] : '';
  };

  // The text of a role's field, trimmed; '' when blank or absent.
  FormModel.prototype.roleValue = function (values, role) {
    var text = values[this.roleField(role)];
    return typeof text === 'string' ? text.trim() : '';
  };

  GW.FormModel = FormModel;
  GW.isObject = isObject;
})();
