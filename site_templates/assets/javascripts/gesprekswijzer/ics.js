/*
 * A calendar file (.ics, RFC 5545) with the conversation and the follow-up dates, built
 * in the browser. The conversation has the start time and length the user gives, or
 * takes the whole day; every event can carry a reminder (VALARM). Pure logic, tested in
 * Node (tests/js/calendar.test.js); the button that saves the file is calendar.js.
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

  function twoDigits(number) {
    return (number < 10 ? '0' : '') + number;
  }

  // A time as people type it (9:00, 9.00, 0900, 9 uur) as hh:mm, or null.
  function timeFromText(text) {
    var found = /^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*(?:uur|u|h)?\s*$/i.exec(String(text || ''));
    if (!found) return null;
    var hours = Number(found[1]);
    var minutes = Number(found[2] || 0);
    if (hours > 23 || minutes > 59) return null;
    return twoDigits(hours) + ':' + twoDigits(minutes);
  }

  // When: a time on the day for the given duration, or the whole day.
  function when(event) {
    if (!event.time) {
      return ['DTSTART;VALUE=DATE:' + compact(event.date), 'DTEND;VALUE=DATE:' + compact(nextDay(event.date)), 'TRANSP:TRANSPARENT'];
    }
    // Floating local time: the conversation is at this hour wherever the calendar is.
    var start = compact(event.date) + 'T' + event.time.replace(':', '') + '00';
    return ['DTSTART:' + start, 'DURATION:' + (event.duration || 'PT1H'), 'TRANSP:OPAQUE'];
  }

  // A reminder hours before a whole-day event would come the night before: it comes
  // at nine the morning before instead.
  function alarm(event) {
    if (!event.reminder) return [];
    var trigger = !event.time && /^-PT\d+[HM]$/.test(event.reminder) ? '-PT15H' : event.reminder;
    return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:' + escapeText(event.summary), 'TRIGGER:' + trigger, 'END:VALARM'];
  }

  // Two conversations on one day (a manager's, say) must not replace each other in a
  // calendar: the UID names who the conversation is with, as a short code.
  function code(text) {
    var hash = 0;
    Array.from(String(text || '')).forEach(function (character) {
      hash = (hash * 31 + character.codePointAt(0)) >>> 0;
    });
    return hash.toString(36);
  }

  // events: [{date: 'yyyy-mm-dd', summary, time?: 'hh:mm', duration?: 'PT1H', reminder?: '-P1D'}]
  function build(events, formId, now) {
    var lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Gesprekswijzer//Forms//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
    events.forEach(function (event, index) {
      lines.push('BEGIN:VEVENT', 'UID:' + formId + '-' + compact(event.date) + '-' + (index + 1) + '-' + code(event.with) + '@gesprekswijzer',
        'DTSTAMP:' + stamp(now || new Date()));
      lines.push.apply(lines, when(event));
      lines.push('SUMMARY:' + escapeText(event.summary));
      lines.push.apply(lines, alarm(event));
      lines.push('END:VEVENT');
    });
    lines.push('END:VCALENDAR');
    return lines.map(fold).join('\r\n') + '\r\n';
  }

  // options: {time, duration, reminder}; the time is for the conversation only. Which
  // sections give dates is the kinds table's (calendar: conversation or items).
  function events(form, options) {
    var state = form.state;
    var model = form.model;
    options = options || {};
    var list = [];
    var withWhom = model.roleValue(state.values, 'other-name');
    form.data.sections.forEach(function (section) {
      var layout = model.layout(section);
      var roles = layout.roles || {};
      if (layout.calendar === 'conversation') {
        var date = state.values[section.id + '.' + roles['conversation-date']];
        var other = state.values[section.id + '.' + roles['other-name']];
        if (GW.parseDate(date)) {
          list.push({
            date: date,
            time: options.time || '',
            duration: options.duration,
            reminder: options.reminder,
            with: other,
            summary: GW.isBlank(other) ? form.t('ics_conversation') : form.t('ics_conversation_with', { name: other.trim() })
          });
        }
      }
      // A private list stays on the device: its dates and notes too.
      if (layout.calendar === 'items' && !state.private[section.id]) {
        (state.lists[section.id] || []).forEach(function (item) {
          var date = item[roles.due];
          if (!GW.parseDate(date)) return;
          var note = (item[layout.main] || '').trim();
          list.push({ date: date, reminder: options.reminder, with: withWhom, summary: note ? form.t('ics_follow_up_note', { note: note }) : form.t('ics_follow_up') });
        });
      }
    });
    return list;
  }

  GW.Calendar = { build: build, events: events, escapeText: escapeText, fold: fold, timeFromText: timeFromText };
})();
