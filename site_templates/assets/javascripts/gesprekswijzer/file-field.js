/*
 * What every field that opens an answers file shares (the import, the manager's
 * reading of the employee's file, the record's two files): reading and checking the
 * chosen file, and showing an error at the field, as GOV.UK's error message does.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function megabytes(bytes, language) {
    return (bytes / 1024 / 1024).toLocaleString(language, { maximumFractionDigits: 1 }) + ' MB';
  }

  // Reads and checks a chosen file; calls done(result) with {ok, file, count} or {ok: false, message}.
  GW.readAnswersFile = function (file, form, options, done) {
    if (!file) return done({ ok: false, message: form.t('import_no_file') });
    if (file.size > GW.AnswersFile.MAX_BYTES) {
      return done({ ok: false, message: form.t('import_too_big', { size: megabytes(file.size, form.language) }) });
    }
    var reader = new FileReader();
    reader.onload = GW.guard('reading a file', function () {
      done(GW.AnswersFile.parse(String(reader.result), form, options));
    });
    reader.onerror = GW.guard('reading a file', function () {
      done({ ok: false, message: form.t('import_read_error') });
    });
    reader.readAsText(file);
    return undefined;
  };

  GW.showFieldError = function (group, message, text, prefix) {
    group.classList.toggle('gw-field--error', Boolean(text));
    message.textContent = '';
    message.hidden = !text;
    if (!text) return;
    message.appendChild(GW.el('span', 'gw-visually-hidden', (prefix || '') + ' '));
    message.appendChild(document.createTextNode(text));
  };
})();
