/*
 * Autosave to localStorage, with a revision counter so that two tabs on the same
 * form never silently overwrite each other.
 *
 * The key holds the site root's full path: Chrome gives every file:// page one shared
 * localStorage, so two unzipped copies of the guide must not read each other's answers.
 * The revision also lives under its own small key, so checking it before each save
 * does not mean reading and parsing the whole saved state.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var DELAY = 250;

  function siteRoot(relative) {
    try {
      return new URL(relative || './', window.location.href).pathname;
    } catch (error) {
      return window.location.pathname;
    }
  }

  function Autosave(form) {
    var root = form.root;
    var data = form.data;
    this.form = form;
    this.key = ['gesprekswijzer', 'v1', siteRoot(data.root), data.form.id, data.language].join(':');
    this.revKey = this.key + ':rev';
    this.rev = 0;
    this.paused = false;
    this.dirty = false;
    this.savedAt = null;
    this.status = root.querySelector('[data-gw-save-status]');
    this.offNotice = root.querySelector('[data-gw-autosave-off]');
    this.panel = root.querySelector('[data-gw-conflict]');
    this.schedule = GW.debounce(GW.guard('autosave', this.saveNow.bind(this)), DELAY);
    this.storage = this.probe();
    this.listen();
  }

  Autosave.prototype.listen = function () {
    var self = this;
    GW.on(window, 'storage', 'autosave: storage event', function (event) {
      if (event.key === null || event.key === self.revKey) self.checkConflict();
    });
    GW.on(window, 'pagehide', 'autosave: pagehide', function () { self.flush(); });
    GW.on(document, 'visibilitychange', 'autosave: visibilitychange', function () {
      if (document.visibilityState === 'hidden') self.flush();
    });
    if (!this.panel) return;
    GW.on(this.panel.querySelector('[data-gw-conflict-load]'), 'click', 'conflict: load', function () {
      self.loadOther();
    });
    GW.on(this.panel.querySelector('[data-gw-conflict-keep]'), 'click', 'conflict: keep', function () {
      self.keepMine();
    });
  };

  Autosave.prototype.probe = function () {
    try {
      var storage = window.localStorage;
      var probe = this.key + ':probe';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return storage;
    } catch (error) {
      this.disable(error);
      return null;
    }
  };

  Autosave.prototype.active = function () {
    return Boolean(this.storage) && !this.paused;
  };

  Autosave.prototype.disable = function (error) {
    this.storage = null;
    this.schedule.cancel();
    var full = error && (error.name === 'QuotaExceededError' || error.code === 22);
    if (this.offNotice) {
      this.offNotice.textContent = this.form.t(full ? 'autosave_off_full' : 'autosave_off_blocked');
      this.offNotice.hidden = false;
    }
    if (this.status) this.status.hidden = true;
  };

  Autosave.prototype.storedRev = function () {
    return parseInt(this.storage.getItem(this.revKey), 10) || 0;
  };

  // The saved state, or null; remembers its revision as the one this tab has read.
  Autosave.prototype.read = function () {
    if (!this.storage) return null;
    try {
      this.rev = this.storedRev();
      var raw = this.storage.getItem(this.key);
      if (!raw) return null;
      var saved = JSON.parse(raw);
      this.rev = Math.max(this.rev, saved.rev || 0);
      this.savedAt = saved.saved_at || null;
      return saved.state || null;
    } catch (error) {
      GW.log('could not read the saved answers', error);
      return null;
    }
  };

  Autosave.prototype.changed = function () {
    this.dirty = true;
    if (this.active()) this.schedule();
  };

  Autosave.prototype.saveNow = function () {
    this.schedule.cancel();
    if (!this.active()) return false;
    try {
      var stored = this.storedRev();
      if (stored > this.rev) {
        this.conflict();
        return false;
      }
      var now = new Date();
      var rev = Math.max(stored, this.rev) + 1;
      var form = this.form;
      var payload = { rev: rev, saved_at: now.toISOString(), form: form.data.form.id, state: form.state };
      this.storage.setItem(this.key, JSON.stringify(payload));
      this.storage.setItem(this.revKey, String(rev));
      this.rev = rev;
      this.dirty = false;
      this.say(form.t('status_saved', { time: GW.formatTime(now, form.language) }));
      return true;
    } catch (error) {
      this.disable(error);
      return false;
    }
  };

  Autosave.prototype.flush = function () {
    if (this.dirty || this.schedule.pending()) this.saveNow();
  };

  Autosave.prototype.checkConflict = function () {
    if (!this.active()) return;
    if (this.storedRev() > this.rev) this.conflict();
  };

  Autosave.prototype.conflict = function () {
    this.paused = true;
    this.schedule.cancel();
    if (this.panel) this.panel.hidden = false;
  };

  Autosave.prototype.resume = function (message) {
    this.paused = false;
    if (this.panel) this.panel.hidden = true;
    this.say(message);
    GW.focus(this.status);
  };

  Autosave.prototype.loadOther = function () {
    var state = this.read();
    this.dirty = false;
    this.form.setState(state || this.form.model.emptyState());
    this.resume(this.form.t('conflict_loaded'));
  };

  Autosave.prototype.keepMine = function () {
    this.rev = this.storedRev();
    this.paused = false;
    this.saveNow();
    this.resume(this.form.t('conflict_kept'));
  };

  Autosave.prototype.restored = function () {
    if (this.savedAt) this.say(this.form.t('status_restored', { time: GW.formatDateTime(this.savedAt, this.form.language) }));
  };

  Autosave.prototype.say = function (text) {
    if (this.status && this.storage) this.status.textContent = text;
  };

  GW.Autosave = Autosave;
})();
