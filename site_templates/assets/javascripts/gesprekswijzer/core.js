/*
 * Gesprekswijzer forms: the shared namespace and small helpers.
 *
 * Classic scripts, no modules and no build step: ES modules do not load from
 * file://, and the guide must work from an unzipped folder. Each behaviour is a
 * class registered under a data-module name, like GOV.UK Frontend's components.
 */
(function () {
  'use strict';

  var GW = (window.Gesprekswijzer = window.Gesprekswijzer || {});
  GW.modules = GW.modules || {};
  GW.forms = GW.forms || [];

  GW.register = function (name, Component) {
    GW.modules[name] = Component;
  };

  GW.log = function (where, error) {
    // One failing component must not take the others down; the console keeps the trace.
    if (window.console && console.error) console.error('Gesprekswijzer: ' + where, error);
  };

  // The page's <head> drew the forms as the scripts would show them (gw-js). When a form
  // cannot start, the page falls back to the plain form, which works and prints without them.
  GW.fallBackToPlainForm = function (where, error) {
    document.documentElement.classList.remove('gw-js');
    GW.log(where, error);
  };

  // Wraps an event handler so that an exception stays inside this one behaviour.
  GW.guard = function (where, handler) {
    return function () {
      try {
        return handler.apply(this, arguments);
      } catch (error) {
        GW.log(where, error);
        return undefined;
      }
    };
  };

  GW.on = function (target, type, where, handler, options) {
    target.addEventListener(type, GW.guard(where, handler), options);
  };

  function initialised(element) {
    return (element.getAttribute('data-gw-init') || '').split(' ');
  }

  // The behaviours in scope, leaving out those of a form that scope is not part of: a
  // form starts its own, with itself as their form.
  function modulesIn(scope) {
    var elements = Array.prototype.slice.call(scope.querySelectorAll('[data-module]'));
    if (scope.hasAttribute && scope.hasAttribute('data-module')) elements.unshift(scope);
    return elements.filter(function (element) {
      if (element.closest('template')) return false;
      var form = element.parentElement && element.parentElement.closest('[data-module~="gw-form"]');
      return !form || form.contains(scope);
    });
  }

  // Starts the behaviours one element names, each once.
  function startModules(element, form) {
    element.getAttribute('data-module').split(/\s+/).forEach(function (name) {
      var Component = GW.modules[name];
      var done = initialised(element);
      if (!Component || done.indexOf(name) !== -1) return;
      element.setAttribute('data-gw-init', done.concat(name).join(' ').trim());
      try {
        var instance = new Component(element, form);
        element.gwComponents = element.gwComponents || {};
        element.gwComponents[name] = instance;
      } catch (error) {
        GW.log('could not start ' + name, error);
      }
    });
  }

  GW.initElement = startModules;

  // Initialises every data-module element inside scope (and scope itself) exactly once.
  GW.initAll = function (scope, form) {
    modulesIn(scope).forEach(function (element) { startModules(element, form); });
  };

  // As initAll, in tasks of at most about STEP_BUDGET ms each, then calls done: a long
  // form starts without holding up a tap or a paint for long.
  var STEP_BUDGET = 8;
  GW.initAllInSteps = function (scope, form, done) {
    var elements = modulesIn(scope);
    var next = 0;
    var step = GW.guard('start in steps', function () {
      var until = Date.now() + STEP_BUDGET;
      while (next < elements.length && Date.now() < until) startModules(elements[next++], form);
      if (next < elements.length) GW.nextTask(step);
      else done();
    });
    GW.nextTask(step);
  };

  // Runs fn in a task of its own, after what the browser has queued (a tap, a paint), so
  // that long work in steps never holds the page up for long. A message, not a timer:
  // timers wait for seconds in a background tab.
  GW.nextTask = (function () {
    if (typeof MessageChannel !== 'function') return function (fn) { setTimeout(fn, 0); };
    var queue = [];
    var channel = new MessageChannel();
    channel.port1.onmessage = function () { queue.shift()(); };
    return function (fn) {
      queue.push(fn);
      channel.port2.postMessage(null);
    };
  })();

  GW.format = function (template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (match, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
    });
  };

  // Runs fn once calls stop for `wait` ms; flush() runs a pending call now.
  GW.debounce = function (fn, wait) {
    var timer = null;
    function debounced() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(function () {
        timer = null;
        fn();
      }, wait);
    }
    debounced.cancel = function () {
      if (timer) clearTimeout(timer);
      timer = null;
    };
    debounced.flush = function () {
      if (!timer) return;
      debounced.cancel();
      fn();
    };
    debounced.pending = function () {
      return timer !== null;
    };
    return debounced;
  };

  // Builds an element whose text is set as text: user and file content never becomes markup.
  GW.el = function (tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  };

  // "Label: value", without a colon after a label that ends in its own punctuation
  // ("Who takes it on? Both", not "Who takes it on?: Both").
  GW.labelled = function (label, value) {
    return /[?:!]$/.test(label) ? label + ' ' + value : label + ': ' + value;
  };

  GW.isBlank = function (value) {
    return value === undefined || value === null || value === false || String(value).trim() === '';
  };

  function pad(number) {
    return (number < 10 ? '0' : '') + number;
  }

  GW.isoDate = function (date) {
    var day = date || new Date();
    return day.getFullYear() + '-' + pad(day.getMonth() + 1) + '-' + pad(day.getDate());
  };

  // "2027-03-12" as a local date, or null: new Date("2027-03-12") would be UTC midnight.
  GW.parseDate = function (text) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text || '').trim());
    if (!match) return null;
    var date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return date.getMonth() === Number(match[2]) - 1 ? date : null;
  };

  // The chosen themes with the one a link names (?theme=id) added in the form's order;
  // the same array when the link names none, an unknown one, or one already chosen.
  GW.withLinkedTheme = function (chosen, order, search) {
    var match = /[?&]theme=([a-z0-9-]+)/.exec(String(search || ''));
    var id = match && match[1];
    if (!id || order.indexOf(id) === -1 || chosen.indexOf(id) !== -1) return chosen;
    var wanted = chosen.concat([id]);
    return order.filter(function (themeId) { return wanted.indexOf(themeId) !== -1; });
  };

  // A date as people type it, in the page's order (day, month, year; 15-3-2027 or
  // 15/3/2027), or as ISO; the answers always hold ISO. Anything else gives null.
  GW.dateFromText = function (text) {
    var trimmed = String(text || '').trim();
    if (GW.parseDate(trimmed)) return trimmed;
    var match = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})$/.exec(trimmed);
    if (!match) return null;
    var iso = match[3] + '-' + ('0' + match[2]).slice(-2) + '-' + ('0' + match[1]).slice(-2);
    return GW.parseDate(iso) ? iso : null;
  };

  // How a stored ISO date is shown in a date field: 15-3-2027 in Dutch, 15/3/2027 in English.
  GW.dateForInput = function (iso, language) {
    var date = GW.parseDate(iso);
    if (!date) return String(iso || '');
    var separator = language === 'nl' ? '-' : '/';
    return [date.getDate(), date.getMonth() + 1, date.getFullYear()].join(separator);
  };

  // What a control holds as an answer: a date field's text becomes ISO once it is a date,
  // and stays as typed until then, so nothing typed is lost.
  GW.controlValue = function (element) {
    if (!element.hasAttribute('data-gw-date')) return element.value;
    return GW.dateFromText(element.value) || element.value;
  };

  // Shows an answer in a control; a date field keeps what is typed while it means the same date.
  GW.showValue = function (element, value, language) {
    var text = typeof value === 'string' ? value : '';
    if (!element.hasAttribute('data-gw-date')) return text;
    var typed = GW.dateFromText(element.value);
    return typed && typed === text ? element.value : GW.dateForInput(text, language);
  };

  // The guide's English is British: 15 January 2027, not January 15, 2027.
  GW.locale = function (language) {
    return language === 'en' ? 'en-GB' : language;
  };

  // Making a formatter is slow (toLocaleDateString makes one per call): one per language.
  var dateFormats = {};

  GW.formatDate = function (text, language) {
    var date = GW.parseDate(text);
    if (!date) return String(text || '');
    try {
      if (!dateFormats[language]) {
        dateFormats[language] = new Intl.DateTimeFormat(GW.locale(language), { day: 'numeric', month: 'long', year: 'numeric' });
      }
      return dateFormats[language].format(date);
    } catch (error) {
      return String(text);
    }
  };

  GW.formatDateTime = function (iso, language) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return String(iso || '');
    try {
      return date.toLocaleString(GW.locale(language), { dateStyle: 'long', timeStyle: 'short' });
    } catch (error) {
      return date.toISOString();
    }
  };

  GW.formatTime = function (date, language) {
    try {
      return date.toLocaleTimeString(GW.locale(language), { hour: '2-digit', minute: '2-digit' });
    } catch (error) {
      return pad(date.getHours()) + ':' + pad(date.getMinutes());
    }
  };

  // Texts people typed, compared as the same when they differ only in case and spacing.
  GW.fold = function (text) {
    return String(text || '').toLowerCase().replace(/\s+/g, ' ').trim();
  };

  // "Sam de Vriës" -> "sam-de-vries": a name as part of a file name, on any system.
  GW.slug = function (text) {
    var plain = String(text || '');
    if (plain.normalize) plain = plain.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return plain.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  };

  // Saves a Blob through a temporary link: works hosted and from file://, with no server.
  GW.download = function (filename, blob) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () {
      URL.revokeObjectURL(url);
      link.remove();
    }, 2000);
  };

  // Live regions stay in the page (an element that appears with its text is often not read).
  GW.setMessage = function (element, text) {
    if (element) element.textContent = text || '';
  };

  // Moves focus to an element that is not focusable by nature, as GOV.UK does for headings.
  GW.focus = function (element) {
    if (!element) return;
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
  };
})();
