/*
 * A fillable form (data-module="gw-form"): owns the state, binds the section
 * fields, and starts the components inside it, which share the state through it.
 *
 * Events for components: form.on('change', fn) after every edit; form.on('render', fn)
 * after the whole state was replaced (restore, import, clear, another tab) and fields refilled.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  // The page holds each question once, as HTML: the data names the questions, and their
  // wording (and each theme's title) is read from the page. The texts every form shares,
  // such as each list kind's fields, come from form-texts.js.
  function withPageTexts(data, root) {
    var kinds = GW.formTexts.kinds;
    // One pass over the labels: asking each control for its labels searches the page each time.
    var labels = {};
    root.querySelectorAll('label[for]').forEach(function (label) { labels[label.htmlFor] = label.textContent; });
    var choosers = {};
    root.querySelectorAll('[data-gw-theme]').forEach(function (box) { choosers[box.getAttribute('data-gw-theme')] = box.id; });
    var panels = {};
    root.querySelectorAll('[data-gw-theme-panel]').forEach(function (panel) { panels[panel.getAttribute('data-gw-theme-panel')] = panel; });
    (data.sections || []).forEach(function (section) {
      if (section.list) {
        section.list.item_label = kinds[section.kind].item_label;
        section.list.fields = kinds[section.kind].fields;
      }
      if (section.themes) section.themes = section.themes.map(function (id) {
        var controls = panels[id] ? Array.prototype.slice.call(panels[id].querySelectorAll('[data-gw-field]')) : [];
        return {
          id: id,
          title: labels[choosers[id]] || id,
          questions: controls.map(function (control) {
            var fieldId = control.getAttribute('data-gw-field');
            return { id: fieldId, label: labels[control.id] || fieldId, control: 'textarea' };
          })
        };
      });
    });
    return Object.assign({}, GW.formTexts, data);
  }

  function Form(root) {
    this.root = root;
    this.data = withPageTexts(JSON.parse(root.querySelector('script.gw-form__data').textContent), root);
    this.model = new GW.FormModel(this.data);
    this.strings = this.data.strings || {};
    this.language = this.data.language;
    this.handlers = { change: [], render: [] };
    this.announcer = root.querySelector('[data-gw-announcer]');
    this.autosave = new GW.Autosave(this);
    // The saved answers are the state, and the fields show them, before the rest starts
    // in steps: what is typed meanwhile then goes into the state, and stays.
    this.state = this.model.normalise(this.autosave.read());
    this.showFields();
    this.bind();
    var self = this;
    GW.initAllInSteps(root, this, function () { GW.nextTask(function () { self.finishStart(); }); });
  }

  // Every behaviour has started: they draw the state, and the form is ready.
  Form.prototype.finishStart = function () {
    try {
      this.render();
      this.emit('change');
      this.autosave.restored();
      this.chooseLinkedTheme(window.location.search);
      this.started = true;
      GW.forms.push(this);
    } catch (error) {
      GW.fallBackToPlainForm('could not finish starting the form', error);
    }
  };

  // A theme page's "start your preparation" link names its theme (?theme=wellbeing):
  // it is added to the chosen themes, keeping any chosen before.
  Form.prototype.chooseLinkedTheme = function (search) {
    var themes = GW.withLinkedTheme(this.state.themes, this.model.themeOrder, search);
    if (themes === this.state.themes) return;
    this.state.themes = themes;
    this.render();
    this.changed();
  };

  Form.prototype.t = function (key, values) {
    var text = Object.prototype.hasOwnProperty.call(this.strings, key) ? this.strings[key] : key;
    return GW.format(text, values);
  };

  Form.prototype.on = function (name, handler) {
    this.handlers[name].push(GW.guard('form ' + name + ' handler', handler));
  };

  Form.prototype.emit = function (name) {
    this.handlers[name].forEach(function (handler) { handler(); });
  };

  Form.prototype.bind = function () {
    var self = this;
    function update(event) {
      var target = event.target;
      var id = target.getAttribute('data-gw-field');
      var privateId = target.getAttribute('data-gw-private');
      if (id) {
        self.state.values[id] = target.type === 'checkbox' ? target.checked : GW.controlValue(target);
        if (target.type === 'checkbox' && !target.checked) delete self.state.values[id];
        self.changed();
      } else if (privateId) {
        if (target.checked) self.state.private[privateId] = true;
        else delete self.state.private[privateId];
        self.changed();
      }
    }
    GW.on(this.root, 'input', 'form input', update);
    GW.on(this.root, 'change', 'form change', update);
  };

  Form.prototype.changed = function () {
    this.autosave.changed();
    this.emit('change');
  };

  // Sets a text field only when its value differs: assigning the same value would move
  // the cursor of someone typing in it while another tab's answers are merged in.
  function setText(element, text) {
    if (element.value === text) return;
    var typing = element === document.activeElement;
    var start = typing ? element.selectionStart : null;
    element.value = text;
    if (typing && typeof start === 'number') {
      try {
        element.setSelectionRange(Math.min(start, text.length), Math.min(start, text.length));
      } catch (error) {
        // Date fields have no cursor to put back.
      }
    }
  }

  function shownValue(element) {
    return element.type === 'checkbox' ? element.checked : element.value;
  }

  // Puts the fields in step with the state, then lets the components redraw theirs.
  Form.prototype.render = function () {
    this.showFields();
    this.emit('render');
  };

  Form.prototype.showFields = function () {
    var state = this.state;
    var language = this.language;
    this.root.querySelectorAll('[data-gw-field]').forEach(function (element) {
      var value = state.values[element.getAttribute('data-gw-field')];
      var before = shownValue(element);
      if (element.type === 'checkbox') {
        if (element.checked !== (value === true)) element.checked = value === true;
      } else {
        setText(element, GW.showValue(element, value, language));
      }
      // Only a field whose value changed tells its neighbours (the character count).
      if (shownValue(element) !== before) element.dispatchEvent(new CustomEvent('gw:sync', { bubbles: true }));
    });
    this.root.querySelectorAll('[data-gw-private]').forEach(function (element) {
      var checked = state.private[element.getAttribute('data-gw-private')] === true;
      if (element.checked !== checked) element.checked = checked;
    });
  };

  Form.prototype.setState = function (raw) {
    this.state = this.model.normalise(raw);
    this.render();
    this.emit('change');
  };

  // Shows a state merged with another tab's answers: the fields follow it, and nothing
  // that a restore or an import resets is reset, as the user may be typing.
  Form.prototype.applyState = function (raw) {
    this.state = this.model.normalise(raw);
    this.render();
    this.emit('change');
  };

  // Replaces every answer (import, clear) and saves at once.
  Form.prototype.replaceState = function (raw) {
    this.setState(raw);
    this.autosave.dirty = true;
    this.autosave.saveNow();
  };

  Form.prototype.hasAnswers = function () {
    return this.model.hasAnswers(this.state);
  };

  // Announces a short message in the form's polite live region; clearing first makes a
  // repeated message be read again.
  Form.prototype.announce = function (text) {
    var announcer = this.announcer;
    if (!announcer) return;
    announcer.textContent = '';
    setTimeout(function () { announcer.textContent = text; }, 50);
  };

  Form.prototype.exportFile = function () {
    var json = JSON.stringify(GW.AnswersFile.build(this.model, this.state), null, 2);
    return {
      json: json,
      blob: new Blob([json], { type: 'application/json' }),
      filename: GW.AnswersFile.filename(this.model, this.state, 'json')
    };
  };

  // Test and benchmark hooks: the same paths the buttons take, without dialogs.
  Form.prototype.saveNow = function () {
    this.autosave.dirty = true;
    return this.autosave.saveNow();
  };

  Form.prototype.importText = function (text) {
    var result = GW.AnswersFile.parse(text, this);
    if (result.ok) this.replaceState(GW.AnswersFile.toState(result.file, this.model));
    return result;
  };

  GW.register('gw-form', Form);
  GW.Form = Form;
})();
