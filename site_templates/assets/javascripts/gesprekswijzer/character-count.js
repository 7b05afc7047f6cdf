/*
 * A calm character count, after GOV.UK's character count: the soft limit is only
 * mentioned once three quarters of it are used, screen readers hear the count a
 * second after typing stops, and going over is never blocked: the limit is a hint,
 * and a long answer is exported and printed in full.
 *
 * One count serves every text box of a section (data-module on the section): a form
 * has over a hundred of them, and a record hundreds, so the page does not repeat the
 * module on each, and list items added later are counted without starting anything.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var ANNOUNCE_DELAY = 1000;
  var COUNTED = 'textarea[data-gw-field], textarea[data-gw-item-field]';
  var HINT_ID = 'gw-count-hint';

  function CharacterCount(root, form) {
    var self = this;
    this.root = root;
    this.form = form;
    this.limit = form.data.limit;
    this.shown = new WeakMap();
    this.typed = null;
    this.announce = GW.debounce(GW.guard('character count', function () {
      var text = self.typed && self.text(self.typed);
      if (text) form.announce(text);
    }), ANNOUNCE_DELAY);
    GW.on(root, 'input', 'character count', function (event) {
      if (!event.target.matches(COUNTED)) return;
      self.update(event.target);
      self.typed = event.target;
      self.announce();
    });
    // The form refilled its fields (restore, import, another tab), or a list redrew its items.
    GW.on(root, 'gw:sync', 'character count', function (event) {
      if (event.target === self.typed) self.announce.cancel();
      if (event.target.matches(COUNTED)) self.update(event.target);
      else self.updateAll(event.target);
    });
    this.updateAll(root);
  }

  CharacterCount.prototype.updateAll = function (scope) {
    scope.querySelectorAll(COUNTED).forEach(this.update, this);
  };

  CharacterCount.prototype.text = function (textarea) {
    var language = this.form.language;
    var form = this.form;
    return GW.countText(textarea.value.length, this.limit, function (key, count) {
      return form.t(key, { count: count.toLocaleString(language) });
    });
  };

  // Writes only what changed: a long record has hundreds of text boxes.
  CharacterCount.prototype.update = function (textarea) {
    var text = this.text(textarea);
    var over = textarea.value.length > this.limit;
    var shown = this.shown.get(textarea);
    if (!shown) {
      shown = { text: '', over: false, message: null };
      this.shown.set(textarea, shown);
      var described = (textarea.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (described.indexOf(HINT_ID) === -1) textarea.setAttribute('aria-describedby', described.concat(HINT_ID).join(' '));
    }
    if (text === shown.text && over === shown.over) return;
    shown.text = text;
    shown.over = over;
    // The visible count is made only once it has something to say; screen readers hear it
    // through the form's one live region.
    if (!shown.message) {
      shown.message = GW.el('div', 'gw-count__message');
      shown.message.setAttribute('aria-hidden', 'true');
      textarea.parentNode.insertBefore(shown.message, textarea.nextSibling);
    }
    shown.message.textContent = text;
    shown.message.hidden = !text;
    shown.message.classList.toggle('gw-count__message--over', over);
    textarea.classList.toggle('gw-textarea--over', over);
  };

  GW.register('gw-character-count', CharacterCount);
})();
