/*
 * Lets the site search find a word in another form: "jaargesprekken" finds
 * "jaargesprek", "conversations" finds "conversation".
 *
 * The theme's search adds a trailing wildcard to every word, and lunr does not stem a
 * word with a wildcard, so a stemmed index would never match. The index stays as it is;
 * this reduces each word of the query to its stem before the theme's search worker sees
 * it, and the wildcard then finds every form that starts with that stem. It runs inside
 * the search worker, before the theme's own handler (see generator/site/search.py).
 */
(function () {
  'use strict';

  // The theme's worker messages: 0 sets up the index (with its languages), 2 is a query.
  var SETUP = 0;
  var QUERY = 2;
  var MIN_LENGTH = 4;
  var WORD = /^([+-]?)([\p{L}\p{N}]{4,})$/u;
  var language = 'en';

  function stemmer() {
    var lunr = self.lunr;
    if (!lunr) return null;
    if (language === 'en') return lunr.stemmer;
    return lunr[language] ? lunr[language].stemmer : null;
  }

  // The part of the word its stem shares: a stem may change the end ("energy" becomes
  // "energi"), and the wildcard must still find the word as typed.
  function sharedStart(word, stemmed) {
    var length = 0;
    while (length < word.length && word.charAt(length) === stemmed.charAt(length)) length += 1;
    return word.slice(0, length);
  }

  function stemQuery(query, stem) {
    stem = stem || stemmer();
    if (!stem || !self.lunr.Token) return query;
    return query.split(/(\s+)/).map(function (part) {
      var word = WORD.exec(part);
      if (!word) return part;
      var typed = word[2].toLowerCase();
      var start = sharedStart(typed, String(stem(new self.lunr.Token(typed, {}))));
      return start.length >= MIN_LENGTH ? word[1] + start : part;
    }).join('');
  }

  self.GesprekswijzerSearch = { stemQuery: stemQuery };

  self.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || typeof message !== 'object') return;
    try {
      if (message.type === SETUP && message.data && message.data.config) {
        language = (message.data.config.lang || ['en'])[0];
      } else if (message.type === QUERY && typeof message.data === 'string') {
        message.data = stemQuery(message.data, null);
      }
    } catch (error) {
      // The query goes on as typed: a search without stemming still works.
    }
  });
})();
