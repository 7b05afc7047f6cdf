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
      GW.initElement(element, null);
      if (!(element.gwComponents || {})['gw-form']) throw new Error('a form did not start');
    });
    GW.initAll(document, null);
  }

  // Material starts its own behaviours when the document is parsed; the forms start in
  // the next task, so the two are not one long wait for someone tapping the page.
  GW.nextTask(function () {
    try {
      start();
    } catch (error) {
      GW.fallBackToPlainForm('could not start the forms', error);
    }
  });
})();
