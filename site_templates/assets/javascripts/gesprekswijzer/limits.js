/*
 * Pure rules about limits, kept apart from the page so that Node tests them
 * (tests/js/limits.test.js): how long saved answers stay on a shared computer, and
 * what an answer close to its length limit says.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  // The count shows from three quarters of the limit on, so it does not distract before.
  var THRESHOLD = 0.75;

  // Whether answers saved at savedAt are past the organisation's limit for shared
  // computers (days without a change; 0 or none: kept).
  GW.savedAnswersExpired = function (savedAt, days, now) {
    var saved = Date.parse(savedAt || '');
    if (!days || !saved) return false;
    return now.getTime() - saved > days * 24 * 60 * 60 * 1000;
  };

  // The words for a length, or '' while the answer is well within the limit.
  GW.countText = function (length, limit, t) {
    if (length < limit * THRESHOLD) return '';
    var remaining = limit - length;
    var count = Math.abs(remaining);
    var key = remaining >= 0 ? (count === 1 ? 'count_remaining_one' : 'count_remaining')
      : (count === 1 ? 'count_over_one' : 'count_over');
    return t(key, count);
  };
})();
