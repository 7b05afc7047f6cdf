/*
 * Copying: the answers as plain text or Markdown (gw-copy), and a ready-made text such
 * as the feedback request (gw-copy-field). The clipboard API is not everywhere (older
 * browsers, some file:// set-ups), so when it fails the text is shown selected, with
 * instructions to copy it by hand.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  GW.copyText = function (text, done) {
    var clipboard = navigator.clipboard;
    if (!clipboard || typeof clipboard.writeText !== 'function') return done(false);
    clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    return undefined;
  };

  function selectAll(textarea) {
    textarea.focus();
    textarea.select();
  }

  function Copy(root, form) {
    var status = root.querySelector('[data-gw-copy-status]');
    var fallback = root.querySelector('[data-gw-copy-fallback]');
    var textarea = fallback.querySelector('textarea');
    GW.on(root, 'click', 'copy', function (event) {
      var button = event.target.closest('[data-gw-copy]');
      if (!button) return;
      var doc = GW.Document.build(form, 'answers');
      var markdown = button.getAttribute('data-gw-copy') === 'markdown';
      var text = markdown ? GW.Document.toMarkdown(doc) : GW.Document.toText(doc);
      textarea.value = text;
      GW.setMessage(status, '');
      GW.copyText(text, GW.guard('copy', function (copied) {
        fallback.hidden = copied;
        if (copied) GW.setMessage(status, form.t('copy_done'));
        else selectAll(textarea);
      }));
    });
  }

  function CopyField(root, form) {
    var textarea = root.querySelector('textarea');
    var status = root.querySelector('[data-gw-copy-status]');
    GW.on(root.querySelector('[data-gw-copy-field]'), 'click', 'copy field', function () {
      GW.setMessage(status, '');
      GW.copyText(textarea.value, GW.guard('copy field', function (copied) {
        if (copied) return GW.setMessage(status, form.t('copy_done'));
        selectAll(textarea);
        return GW.setMessage(status, form.t('copy_fallback_hint'));
      }));
    });
  }

  GW.register('gw-copy', Copy);
  GW.register('gw-copy-field', CopyField);
})();
