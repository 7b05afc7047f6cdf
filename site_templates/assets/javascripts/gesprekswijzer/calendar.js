/*
 * A calendar file (.ics, RFC 5545) with the conversation date and the follow-up
 * dates as all-day events, built in the browser.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var encoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;

  function octets(text) {
    return encoder ? encoder.encode(text).length : unescape(encodeURIComponent(text)).length;
  }

  // RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT.
  function escapeText(text) {
    return String(text)
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n');
  }

  // RFC 5545 3.1: lines longer than 75 octets are folded; a continuation starts with a
  // space. Characters are never split, so multi-byte UTF-8 stays whole.
  function fold(line) {
    var out = [];
    var current = '';
    var size = 0;
    Array.from(line).forEach(function (character) {
      var length = octets(character);
      var room = out.length ? 74 : 75;
      if (size + length > room) {
        out.push(current);
        current = '';
        size = 0;
      }
      current += character;
      size += length;
    });
    out.push(current);
    return out.join('\r\n ');
  }

  function compact(isoDate) {
    return isoDate.replace(/-/g, '');
  }

  function stamp(date) {
    return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  }

  function nextDay(isoDate) {
    var date = GW.parseDate(isoDate);
    date.setDate(date.getDate() + 1);
    return GW.isoDate(date);
  }

  // events: [{date: 'yyyy-mm-dd', summary}]
  function build(events, formId, now) {
    var lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Gesprekswijzer//Forms//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
    events.forEach(function (event, index) {
      lines.push(
        'BEGIN:VEVENT',
        'UID:' + formId + '-' + compact(event.date) + '-' + (index + 1) + '@gesprekswijzer',
        'DTSTAMP:' + stamp(now || new Date()),
        'DTSTART;VALUE=DATE:' + compact(event.date),
        'DTEND;VALUE=DATE:' + compact(nextDay(event.date)),
        'SUMMARY:' + escapeText(event.summary),
        'TRANSP:TRANSPARENT',
        'END:VEVENT'
      );
    });
    lines.push('END:VCALENDAR');
    return lines.map(fold).join('\r\n') + '\r\n';
  }

  function events(form) {
    var state = form.state;
    var list = [];
    form.data.sections.forEach(function (section) {
      if (section.kind === 'about') {
        var date = state.values[section.id + '.date'];
        var other = state.values[section.id + '.other-party'];
        if (GW.parseDate(date)) {
          list.push({ date: date, summary: GW.isBlank(other) ? form.t('ics_conversation') : form.t('ics_conversation_with', { name: other.trim() }) });
        }
      }
      if (section.kind === 'follow-up') {
        (state.lists[section.id] || []).forEach(function (item) {
          if (!GW.parseDate(item.date)) return;
          var note = (item.note || '').trim();
          list.push({ date: item.date, summary: note ? form.t('ics_follow_up_note', { note: note }) : form.t('ics_follow_up') });
        });
      }
    });
    return list;
  }

  function Calendar(root, form) {
    var status = root.querySelector('[data-gw-calendar-status]');
    GW.on(root.querySelector('[data-gw-calendar]'), 'click', 'calendar', function () {
      var found = events(form);
      if (!found.length) return GW.setMessage(status, form.t('calendar_none'));
      var filename = GW.AnswersFile.filename(form.model, form.state, 'ics');
      var text = build(found, form.data.form.id);
      GW.download(filename, new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      return GW.setMessage(status, form.t('calendar_done', { file: filename }));
    });
  }

  GW.Calendar = { build: build, events: events, escapeText: escapeText, fold: fold };
  GW.register('gw-calendar', Calendar);
})();
