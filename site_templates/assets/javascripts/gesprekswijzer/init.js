/*
 * Starts every Gesprekswijzer component on the page. Loaded last, after all the
 * component scripts have registered themselves. Forms start first, so that the
 * components inside a form are started by (and share the state of) that form.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;
  if (!GW || GW.started) return;
  GW.started = true;

  function start() {
    document.querySelectorAll('[data-module~="gw-form"]').forEach(function (element) {
      GW.initAll(element, null);
    });
    GW.initAll(document, null);
  }

  try {
    start();
  } catch (error) {
    GW.log('could not start the forms', error);
  }
})();
