/*
 * The answers document as plain text and as Markdown, for pasting into an HR system.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function underline(text, character) {
    return text + '\n' + new Array(Math.min(text.length, 60) + 1).join(character);
  }

  function records(block, style) {
    var lines = [];
    if (block.title) lines.push(style.strong(block.title));
    block.records.forEach(function (record) {
      lines.push(style.record(record.title));
      record.rows.forEach(function (row) {
        if (row.value === undefined || GW.isBlank(row.value)) return;
        lines.push(row.label ? style.row(row.label, row.value) : style.text(row.value));
      });
      lines.push('');
    });
    return lines.join('\n').replace(/\n+$/, '');
  }

  function block(item, style) {
    switch (item.type) {
      case 'heading':
        return style.heading(item.text);
      case 'qa':
        return style.strong(item.question) + style.afterQuestion + style.text(item.answer);
      case 'list':
        return item.items.map(function (text, index) {
          return (index + 1) + '. ' + style.listText(text);
        }).join('\n');
      case 'records':
      case 'table':
        return records(item, style);
      case 'signatures':
        return [style.text(item.title), records(item, style), style.text(item.fingerprint)].filter(Boolean).join('\n\n');
      default:
        return '';
    }
  }

  function render(doc, style) {
    var parts = [style.title(doc.title)];
    if (doc.meta.length) {
      parts.push(doc.meta.map(function (row) { return style.row(row.label, row.value); }).join('\n'));
    }
    doc.sections.forEach(function (section) {
      parts.push(style.section(section.title));
      section.blocks.forEach(function (item) { parts.push(block(item, style)); });
    });
    parts.push(style.text(doc.footer));
    return parts.join('\n\n') + '\n';
  }

  var PLAIN = {
    title: function (text) { return underline(text, '='); },
    section: function (text) { return underline(text, '-'); },
    heading: function (text) { return text.toUpperCase(); },
    strong: function (text) { return text; },
    afterQuestion: '\n',
    text: function (text) { return text; },
    listText: function (text) { return text.replace(/\n/g, '\n   '); },
    record: function (text) { return text; },
    row: function (label, value) { return GW.labelled(label, String(value).replace(/\n/g, '\n  ')); }
  };

  // Escapes what Markdown would read as markup, so the text shows as typed.
  function escapeMarkdown(text) {
    return String(text)
      .replace(/([\\`*_{}\[\]<>#|~])/g, '\\$1')
      .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
      .replace(/^(\s*\d+)([.)])(\s)/gm, '$1\\$2$3');
  }

  // Single line breaks become hard breaks; blank lines stay paragraph breaks.
  function markdownText(text) {
    return escapeMarkdown(text).replace(/([^\n])\n(?!\n)/g, '$1  \n');
  }

  var MARKDOWN = {
    title: function (text) { return '# ' + escapeMarkdown(text); },
    section: function (text) { return '## ' + escapeMarkdown(text); },
    heading: function (text) { return '### ' + escapeMarkdown(text); },
    strong: function (text) { return '**' + escapeMarkdown(text) + '**'; },
    afterQuestion: '\n\n',
    text: markdownText,
    listText: function (text) { return escapeMarkdown(text).replace(/\n/g, '  \n   '); },
    record: function (text) { return '*' + escapeMarkdown(text) + '*\n'; },
    row: function (label, value) {
      return '- **' + escapeMarkdown(label) + ':** ' + escapeMarkdown(value).replace(/\n/g, '  \n  ');
    }
  };

  GW.Document.toText = function (doc) { return render(doc, PLAIN); };
  GW.Document.toMarkdown = function (doc) { return render(doc, MARKDOWN); };
  GW.Document.escapeMarkdown = escapeMarkdown;
})();
