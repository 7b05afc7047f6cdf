/*
 * Autosave to localStorage, with a revision counter so that two tabs on the same
 * form never silently overwrite each other: when the other tab saved, its answers are
 * merged with this tab's (merge.js), and the user is asked (conflict-panel.js) only
 * when both changed the same answer differently.
 *
 * The key holds the site root's full path: Chrome gives every file:// page one shared
 * localStorage, so two unzipped copies of the guide must not read each other's answers.
 * It does not hold the language: answers are keyed by ids, so the Dutch and the English
 * page of a form show the same answers. The revision also lives under its own small
 * key, which other tabs listen to; the check before each save reads only the mark at
 * the start of the saved text, without parsing the saved state.
 *
 * Reading and writing are apart: a browser whose storage is full can still show the
 * answers saved earlier, even though it cannot save new ones.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  var DELAY = 250;
  var HISTORY = 20;
  var RECHECK = 1000;
  var LANGUAGES = ['nl', 'en'];

  function siteRoot(relative) {
    try {
      return new URL(relative || './', window.location.href).pathname;
    } catch (error) {
      return window.location.pathname;
    }
  }

  function clone(value) {
    return JSON.parse(JSON.stringify(value));
  }

  function isFull(error) {
    return Boolean(error) && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
  }

  // A saved payload, or null when there is none or it cannot be read.
  function parse(raw) {
    if (!raw) return null;
    try {
      var saved = JSON.parse(raw);
      if (!GW.isObject(saved) || !GW.isObject(saved.state)) return null;
      var rev = parseInt(saved.rev, 10) || 0;
      // Saves from before the marks have a bare revision as theirs.
      var history = Array.isArray(saved.history) ? saved.history.filter(function (mark) { return typeof mark === 'string'; }) : [];
      if (!history.length) history = [typeof saved.mark === 'string' ? saved.mark : String(rev)];
      return { rev: rev, savedAt: saved.saved_at || null, state: saved.state, history: history };
    } catch (error) {
      GW.log('could not read the saved answers', error);
      return null;
    }
  }

  function savedTime(saved) {
    return Date.parse(saved.savedAt || '') || 0;
  }

  function Autosave(form) {
    var self = this;
    var root = form.root;
    var data = form.data;
    var place = siteRoot(data.root);
    this.form = form;
    this.key = ['gesprekswijzer', 'v2', place, data.form.id].join(':');
    this.revKey = this.key + ':rev';
    // Version 1 kept one set of answers per language: this page's language is tried first.
    this.oldKeys = [data.language].concat(LANGUAGES.filter(function (language) { return language !== data.language; }))
      .map(function (language) { return ['gesprekswijzer', 'v1', place, data.form.id, language].join(':'); });
    this.tab = 't' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    // The saved state this tab last read or wrote (the base of a merge), its revision
    // and mark, and the marks of the saves it came from.
    this.base = form.model.emptyState();
    this.rev = 0;
    this.mark = '';
    this.history = [];
    this.lost = null;
    this.paused = false;
    this.dirty = false;
    this.merged = false;
    this.writable = false;
    this.writeError = null;
    this.savedAt = null;
    this.status = root.querySelector('[data-gw-save-status]');
    this.offNotice = root.querySelector('[data-gw-autosave-off]');
    this.schedule = GW.debounce(GW.guard('autosave', this.saveNow.bind(this)), DELAY);
    // Two tabs saving at the same moment: the one whose write was overwritten may get no
    // storage event for the other's, so each save is followed by one more look.
    this.recheck = GW.debounce(GW.guard('autosave: recheck', this.otherTabSaved.bind(this)), RECHECK);
    this.storage = this.open();
    this.panel = new GW.ConflictPanel(form, this.status, function (side) { self.resolve(side); });
    this.listen();
  }

  Autosave.prototype.listen = function () {
    var self = this;
    GW.on(window, 'storage', 'autosave: storage event', function (event) {
      if (event.key === null || event.key === self.key || event.key === self.revKey) self.otherTabSaved();
    });
    GW.on(window, 'pagehide', 'autosave: pagehide', function () { self.flush(); });
    GW.on(document, 'visibilitychange', 'autosave: visibilitychange', function () {
      if (document.visibilityState === 'hidden') self.flush();
    });
  };

  // The storage if it can be read; whether it can also be written is found out apart.
  Autosave.prototype.open = function () {
    var storage;
    try {
      storage = window.localStorage;
      storage.getItem(this.revKey);
    } catch (error) {
      this.warn('autosave_off_blocked');
      return null;
    }
    try {
      var probe = this.key + ':probe';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      this.writable = true;
    } catch (error) {
      this.stopWriting(error);
    }
    return storage;
  };

  Autosave.prototype.stopWriting = function (error) {
    this.writable = false;
    this.writeError = error;
    this.schedule.cancel();
    this.warn(isFull(error) ? 'autosave_off_full' : 'autosave_off_blocked');
  };

  Autosave.prototype.warn = function (key) {
    if (this.offNotice) {
      this.offNotice.textContent = this.form.t(key);
      this.offNotice.hidden = false;
    }
    if (this.status) this.status.hidden = true;
  };

  Autosave.prototype.active = function () {
    return Boolean(this.storage) && this.writable && !this.paused;
  };

  // The mark ("<rev>:<tab>") of the saved state. The saved text starts with it, so it is
  // read without parsing the state. It is the saved state's own: two tabs that save at
  // the same moment each write two keys, and the revision key may end up the other's.
  Autosave.prototype.storedMark = function () {
    var raw = this.storage.getItem(this.key);
    if (raw === null) return null;
    var head = /^\{"mark":"([^"\\]*)"/.exec(raw.slice(0, 200));
    if (head) return head[1];
    var saved = parse(raw);
    return saved ? saved.history[0] : null;
  };

  // Whether another tab saved since this one last read or wrote.
  Autosave.prototype.behind = function () {
    var mark = this.storedMark();
    return mark !== null && mark !== this.mark;
  };

  // Takes a saved state as the one this tab now has in common with storage.
  Autosave.prototype.adopt = function (saved, state) {
    this.base = clone(state);
    this.rev = saved.rev;
    this.mark = saved.history[0] || '';
    this.history = saved.history;
    this.savedAt = saved.savedAt;
    this.lost = null;
  };

  // The saved state, or null; remembers it as the base of later merges.
  Autosave.prototype.read = function () {
    if (!this.storage) return null;
    try {
      var raw = this.storage.getItem(this.key);
      var saved = parse(raw === null ? this.migrate() : raw);
      if (!saved) return null;
      if (GW.savedAnswersExpired(saved.savedAt, this.form.data.saved_days, new Date())) {
        this.forget(saved);
        return null;
      }
      this.adopt(saved, this.form.model.normalise(saved.state));
      return saved.state;
    } catch (error) {
      GW.log('could not read the saved answers', error);
      return null;
    }
  };

  // The newest answers saved under a version 1 key (one per language), copied to the
  // current key. The old keys stay: if anything goes wrong, nothing is lost.
  Autosave.prototype.migrate = function () {
    var storage = this.storage;
    var newest = null;
    this.oldKeys.forEach(function (key) {
      var raw = storage.getItem(key);
      var saved = parse(raw);
      if (saved && (!newest || savedTime(saved) > savedTime(newest.saved))) newest = { raw: raw, saved: saved };
    });
    if (!newest) return null;
    if (this.writable) {
      try {
        storage.setItem(this.key, newest.raw);
        storage.setItem(this.revKey, newest.saved.history[0]);
      } catch (error) {
        this.stopWriting(error);
      }
    }
    return newest.raw;
  };

  Autosave.prototype.changed = function () {
    this.dirty = true;
    if (this.active()) this.schedule();
  };

  Autosave.prototype.saveNow = function () {
    this.schedule.cancel();
    if (!this.active()) return false;
    var form = this.form;
    try {
      // Another tab saved since this one last read: take its changes in first.
      if (this.behind() && !this.sync()) return false;
    } catch (error) {
      GW.log('could not take in the other tab\'s answers', error);
      return false;
    }
    try {
      var now = new Date();
      var rev = Math.max(parseInt(this.storage.getItem(this.revKey), 10) || 0, this.rev) + 1;
      var mark = rev + ':' + this.tab;
      var history = [mark].concat(this.history).slice(0, HISTORY);
      var payload = { mark: mark, rev: rev, saved_at: now.toISOString(), form: form.data.form.id, history: history, state: form.state };
      this.storage.setItem(this.key, JSON.stringify(payload));
      this.storage.setItem(this.revKey, mark);
      // Should another tab overwrite this save at the same moment, what this tab had in
      // common with storage before it is what both saves grew from.
      this.lost = { mark: this.mark, base: this.base };
      this.rev = rev;
      this.mark = mark;
      this.history = history;
      this.base = clone(form.state);
      this.dirty = false;
      this.say(form.t(this.merged ? 'status_merged' : 'status_saved', { time: GW.formatTime(now, form.language) }));
      this.merged = false;
      this.recheck();
      return true;
    } catch (error) {
      this.stopWriting(error);
      return false;
    }
  };

  Autosave.prototype.flush = function () {
    if (this.dirty || this.schedule.pending()) this.saveNow();
  };

  Autosave.prototype.otherTabSaved = function () {
    if (!this.storage || !this.behind()) return;
    if (!this.sync()) return;
    if (this.dirty && this.writable) {
      this.saveNow();
    } else if (this.merged) {
      this.merged = false;
      this.say(this.form.t('status_merged', { time: GW.formatTime(new Date(this.savedAt || Date.now()), this.form.language) }));
    }
  };

  // The last state this tab and the other tab's save have in common: found by the marks
  // of the saves that save grew from. When none is known, an empty base keeps every
  // answer of both and asks about every difference.
  Autosave.prototype.baseFor = function (history) {
    if (!this.mark || history.indexOf(this.mark) !== -1) return this.base;
    if (this.lost && history.indexOf(this.lost.mark) !== -1) return this.lost.base;
    return this.form.model.emptyState();
  };

  // This tab's state merged with the other tab's saved one.
  Autosave.prototype.merge = function (saved, theirs) {
    return GW.mergeTabStates(this.form.model, this.baseFor(saved.history), this.form.state, theirs);
  };

  // Takes in what another tab saved. Returns whether this tab can go on saving: false
  // while a conflict waits for the user.
  Autosave.prototype.sync = function () {
    if (!this.behind()) return !this.paused;
    var saved = parse(this.storage.getItem(this.key));
    if (!saved) return !this.paused;
    var theirs = this.form.model.normalise(saved.state);
    var result = this.merge(saved, theirs);
    if (result.conflicts.length) {
      // Everything that does not clash shows at once; the clashes keep this tab's version.
      if (!GW.sameStates(result.state, this.form.state)) this.form.applyState(result.state);
      this.ask(result.conflicts, theirs);
      return false;
    }
    var answered = this.paused;
    if (answered) this.close();
    this.adopt(saved, theirs);
    this.take(result.state, theirs);
    // The other tab settled the question itself: the panel closes, focus goes back.
    if (answered) this.panel.focusBack();
    return true;
  };

  // Shows a merged state and notes whether it still needs saving (it has this tab's
  // changes that the other tab's save does not).
  Autosave.prototype.take = function (state, theirs) {
    var model = this.form.model;
    if (!GW.sameStates(state, this.form.state)) {
      this.form.applyState(state);
      this.merged = true;
    }
    this.dirty = !GW.sameStates(GW.withoutPlaceholders(model, this.form.state), GW.withoutPlaceholders(model, theirs));
    if (!this.dirty) this.schedule.cancel();
  };

  // Stops saving until the user (or the other tab) settles the conflicts.
  Autosave.prototype.ask = function (conflicts, theirs) {
    this.paused = true;
    this.schedule.cancel();
    this.panel.show(conflicts, theirs);
  };

  // Settles the conflicts for one side; every other change of both tabs is kept. The
  // saved state is read again: the other tab may have saved since the question came.
  Autosave.prototype.resolve = function (side) {
    if (!this.paused) return;
    var saved = parse(this.storage.getItem(this.key));
    this.close();
    if (saved) {
      var theirs = this.form.model.normalise(saved.state);
      var result = this.merge(saved, theirs);
      this.adopt(saved, theirs);
      this.take(GW.resolveConflicts(result.state, result.conflicts, side), theirs);
      this.merged = false;
      if (this.dirty) this.saveNow();
    }
    this.say(this.form.t(side === 'theirs' ? 'conflict_loaded' : 'conflict_kept'));
    this.panel.focusBack();
  };

  Autosave.prototype.close = function () {
    this.paused = false;
    this.panel.close();
  };

  // Wipes answers past the limit from this device, every copy of them.
  Autosave.prototype.forget = function (saved) {
    var storage = this.storage;
    [this.key].concat(this.oldKeys).forEach(function (key) { storage.removeItem(key); });
    this.expired = saved.savedAt;
  };

  Autosave.prototype.restored = function () {
    if (this.expired) {
      this.say(this.form.t('status_expired', {
        date: GW.formatDate(GW.isoDate(new Date(this.expired)), this.form.language),
        days: this.form.data.saved_days
      }));
      return;
    }
    if (this.storage && !this.writable && isFull(this.writeError) && this.form.hasAnswers()) {
      this.warn('autosave_off_full_restored');
    }
    if (this.savedAt) this.say(this.form.t('status_restored', { time: GW.formatDateTime(this.savedAt, this.form.language) }));
  };

  Autosave.prototype.say = function (text) {
    if (this.status && this.storage && this.writable) this.status.textContent = text;
  };

  GW.Autosave = Autosave;
})();
