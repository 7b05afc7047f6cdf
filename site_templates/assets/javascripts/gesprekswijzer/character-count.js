/*
 * A calm character count, after GOV.UK's character count: the soft limit is only
 * mentioned once three quarters of it are used, screen readers hear the count a
 * second after typing stops, and going over is never blocked: the limit is a hint,
 * and a long answer is exported and printed in full.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var THRESHOLD = 0.75;
  var ANNOUNCE_DELAY = 1000;

  function CharacterCount(root, form) {
    var self = this;
    this.form = form;
    this.textarea = root.querySelector('textarea');
    this.limit = parseInt(root.getAttribute('data-maxlength'), 10) || 5000;
    // The visible count is made only once it has something to say, and screen readers hear
    // it through the form's one live region: a long record has hundreds of text boxes.
    this.message = null;
    this.announce = GW.debounce(GW.guard('character count', function () {
      var text = self.text();
      if (text) form.announce(text);
    }), ANNOUNCE_DELAY);
    GW.on(this.textarea, 'input', 'character count', function () {
      self.update();
      self.announce();
    });
    GW.on(this.textarea, 'gw:sync', 'character count', function () {
      self.announce.cancel();
      self.update();
    });
    this.shown = '';
    this.over = false;
    this.update();
  }

  CharacterCount.prototype.text = function () {
    var length = this.textarea.value.length;
    if (length < this.limit * THRESHOLD) return '';
    var remaining = this.limit - length;
    var count = Math.abs(remaining);
    var key = remaining >= 0 ? 'count_remaining' : 'count_over';
    if (count === 1) key += '_one';
    return this.form.t(key, { count: count.toLocaleString(this.form.language) });
  };

  // Writes only what changed: a long record starts hundreds of these at once.
  CharacterCount.prototype.update = function () {
    var text = this.text();
    var over = this.textarea.value.length > this.limit;
    if (text === this.shown && over === this.over) return;
    this.shown = text;
    this.over = over;
    if (!this.message) {
      this.message = GW.el('div', 'gw-count__message');
      this.message.setAttribute('aria-hidden', 'true');
      this.textarea.parentNode.insertBefore(this.message, this.textarea.nextSibling);
    }
    this.message.textContent = text;
    this.message.hidden = !text;
    this.message.classList.toggle('gw-count__message--over', over);
    this.textarea.classList.toggle('gw-textarea--over', over);
  };

  GW.register('gw-character-count', CharacterCount);
})();
