/*
 * "Clear all answers", confirmed in an in-page panel rather than window.confirm:
 * a panel can be read, reached by keyboard and tested like the rest of the page.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function Clear(root, form) {
    var button = root.querySelector('[data-gw-clear]');
    var panel = root.querySelector('[data-gw-clear-confirm]');
    var status = root.querySelector('[data-gw-clear-status]');
    GW.on(button, 'click', 'clear', function () {
      GW.setMessage(status, '');
      panel.hidden = false;
      GW.focus(panel.querySelector('.gw-panel__title'));
    });
    GW.on(root.querySelector('[data-gw-clear-no]'), 'click', 'clear cancel', function () {
      panel.hidden = true;
      button.focus();
    });
    GW.on(root.querySelector('[data-gw-clear-yes]'), 'click', 'clear confirm', function () {
      panel.hidden = true;
      form.replaceState(form.model.emptyState());
      GW.setMessage(status, form.t('clear_done'));
      button.focus();
    });
  }

  GW.register('gw-clear', Clear);
})();
