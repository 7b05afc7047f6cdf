/*
 * Print: a hidden print view (gw-print-view) kept up to date from the state, and the
 * print controls (gw-print). Form fields do not print well (a textarea cuts long
 * answers off), so the print stylesheet hides the form and shows this view: every
 * answer as a text block with its line breaks kept.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var DELAY = 200;

  function lines(count) {
    var box = GW.el('div', 'gw-print__lines');
    for (var i = 0; i < count; i += 1) box.appendChild(GW.el('span', 'gw-print__line'));
    return box;
  }

  function qaElement(block) {
    var box = GW.el('div', 'gw-print__qa');
    if (block.check) {
      box.appendChild(GW.el('p', 'gw-print__question', '☐ ' + block.question));
      return box;
    }
    box.appendChild(GW.el('p', 'gw-print__question', block.question));
    box.appendChild(block.lines ? lines(block.lines) : GW.el('div', 'gw-print__answer', block.answer));
    return box;
  }

  function recordsElement(block) {
    var box = GW.el('div', 'gw-print__records');
    if (block.title) box.appendChild(GW.el('p', 'gw-print__question', block.title));
    block.records.forEach(function (record) {
      var item = GW.el('div', 'gw-print__record');
      item.appendChild(GW.el('p', 'gw-print__record-title', record.title));
      var parts = null;
      record.rows.forEach(function (row) {
        // Short parts of one group (SMART's letters) sit side by side, two to a row.
        var into = item;
        if (row.part) {
          if (!parts || parts.group !== row.part) parts = { group: row.part, box: item.appendChild(GW.el('div', 'gw-print__parts')) };
          into = parts.box.appendChild(GW.el('div', 'gw-print__part'));
        } else {
          parts = null;
        }
        into.appendChild(GW.el('p', 'gw-print__label', row.label));
        if (row.lines) into.appendChild(lines(row.lines));
        else if (row.value !== undefined) into.appendChild(GW.el('div', 'gw-print__answer', row.value));
      });
      box.appendChild(item);
    });
    return box;
  }

  function tableElement(block) {
    var table = GW.el('table', 'gw-print__table');
    var head = table.appendChild(GW.el('thead')).appendChild(GW.el('tr'));
    block.columns.forEach(function (text) { head.appendChild(GW.el('th', '', text)); });
    var body = table.appendChild(GW.el('tbody'));
    block.rows.forEach(function (row) {
      var tr = body.appendChild(GW.el('tr'));
      row.forEach(function (text) { tr.appendChild(GW.el('td', 'gw-print__cell', text)); });
    });
    return table;
  }

  function listElement(block) {
    var list = GW.el('ol', 'gw-print__list');
    block.items.forEach(function (text) { list.appendChild(GW.el('li', 'gw-print__answer', text)); });
    return list;
  }

  // Name, role, date and a line to sign on, for each person, side by side.
  function signaturesElement(block) {
    var box = GW.el('div', 'gw-print__signatures');
    box.appendChild(GW.el('p', 'gw-print__sign-meaning', block.title));
    var grid = box.appendChild(GW.el('div', 'gw-print__sign-grid'));
    block.records.forEach(function (record) {
      var person = grid.appendChild(GW.el('div', 'gw-print__signer'));
      person.appendChild(GW.el('p', 'gw-print__record-title', record.title));
      record.rows.forEach(function (row) {
        if (!row.label) return person.appendChild(GW.el('p', 'gw-print__signed', row.value));
        var line = person.appendChild(GW.el('p', 'gw-print__sign-row' + (row.line ? ' gw-print__sign-row--line' : '')));
        line.appendChild(GW.el('span', 'gw-print__sign-label', row.label));
        line.appendChild(GW.el('span', 'gw-print__sign-value', row.value));
        return line;
      });
    });
    if (block.fingerprint) box.appendChild(GW.el('p', 'gw-print__fingerprint', block.fingerprint));
    return box;
  }

  function blockElement(block) {
    switch (block.type) {
      case 'signatures': return signaturesElement(block);
      case 'heading': return GW.el('h3', 'gw-print__theme', block.text);
      case 'note': return GW.el('p', 'gw-print__note', block.text);
      case 'qa': return qaElement(block);
      case 'list': return listElement(block);
      case 'lines': return lines(block.count);
      case 'records': return recordsElement(block);
      case 'table': return tableElement(block);
      default: return GW.el('div');
    }
  }

  function metaElement(doc) {
    var list = GW.el('dl', 'gw-print__meta');
    doc.meta.forEach(function (row) {
      var pair = GW.el('div', 'gw-print__meta-row');
      pair.appendChild(GW.el('dt', '', row.label));
      pair.appendChild(row.value ? GW.el('dd', '', row.value) : GW.el('dd', 'gw-print__blank'));
      list.appendChild(pair);
    });
    return list;
  }

  GW.Document.render = function (doc, container, emptyText) {
    container.textContent = '';
    container.classList.toggle('gw-print--blank', Boolean(doc.blank));
    if (doc.meta.length) container.appendChild(metaElement(doc));
    if (doc.empty) container.appendChild(GW.el('p', '', emptyText));
    doc.sections.forEach(function (section) {
      var element = GW.el('section', 'gw-print__section');
      element.appendChild(GW.el('h2', 'gw-print__title', section.title));
      section.blocks.forEach(function (block) { element.appendChild(blockElement(block)); });
      container.appendChild(element);
    });
    container.appendChild(GW.el('p', 'gw-print__footer', doc.footer));
  };

  function PrintView(root, form) {
    var self = this;
    this.root = root;
    this.form = form;
    this.mode = 'answers';
    this.schedule = GW.debounce(GW.guard('print view', function () { self.refresh(); }), DELAY);
    form.printView = this;
    // Building the view of a long record takes a while: do it once typing stops, and
    // always right before printing; not while the page loads, which is busy enough.
    function later() { if (form.started) self.schedule(); }
    form.on('change', later);
    form.on('render', later);
    GW.on(window, 'beforeprint', 'print view', function () { self.refresh(); });
  }

  PrintView.prototype.refresh = function () {
    this.schedule.cancel();
    var doc = GW.Document.build(this.form, this.mode);
    GW.Document.render(doc, this.root, this.form.t('print_nothing'));
  };

  function Print(root, form) {
    function view() { return form.printView; }
    GW.on(root, 'change', 'print mode', function (event) {
      if (event.target.name !== 'gw-print-mode' || !view()) return;
      view().mode = event.target.value;
      view().refresh();
    });
    GW.on(root.querySelector('[data-gw-print]'), 'click', 'print', function () {
      if (view()) view().refresh();
      window.print();
    });
  }

  GW.register('gw-print-view', PrintView);
  GW.register('gw-print', Print);
})();
