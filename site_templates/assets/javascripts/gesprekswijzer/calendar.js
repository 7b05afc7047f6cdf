/*
 * The "add to calendar" button (gw-calendar): reads the time, length and reminder the
 * user chose, and saves the .ics file that ics.js builds.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function Calendar(root, form) {
    var status = root.querySelector('[data-gw-calendar-status]');
    var time = root.querySelector('[data-gw-calendar-time]');
    var error = root.querySelector('[data-gw-calendar-error]');
    function chosen(name) {
      var select = root.querySelector('[data-gw-calendar-' + name + ']');
      return select ? select.value : '';
    }
    GW.on(root.querySelector('[data-gw-calendar]'), 'click', 'calendar', function () {
      var typed = time ? time.value : '';
      var start = GW.isBlank(typed) ? '' : GW.Calendar.timeFromText(typed);
      // A time that cannot be read is said at the field, as GOV.UK's error message.
      if (error) {
        error.hidden = start !== null;
        error.textContent = start === null ? form.t('calendar_time_error') : '';
        time.setAttribute('aria-invalid', String(start === null));
        // The error is read with the field whenever focus comes back to it.
        var described = (time.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && id !== error.id; });
        if (start === null) described.push(error.id);
        time.setAttribute('aria-describedby', described.join(' '));
        if (start === null) return time.focus();
      }
      var found = GW.Calendar.events(form, { time: start, duration: chosen('duration'), reminder: chosen('reminder') });
      if (!found.length) return GW.setMessage(status, form.t('calendar_none'));
      var filename = GW.AnswersFile.filename(form.model, form.state, 'ics');
      var text = GW.Calendar.build(found, form.data.form.id);
      GW.download(filename, new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      return GW.setMessage(status, form.t('calendar_done', { file: filename }));
    });
  }

  GW.register('gw-calendar', Calendar);
})();
