/*
 * The menu button of narrow screens (WCAG 2.1.1, 2.4.3, 4.1.2).
 *
 * Material opens its drawer with a <label> for a hidden checkbox, which a
 * keyboard cannot reach. This real button toggles the same checkbox, says
 * whether the drawer is open, moves the focus to the first link when opened
 * from the keyboard, and Escape closes the drawer and gives the focus back.
 * While closed, the drawer is hidden (extra.css), so Tab never lands on links
 * nobody can see.
 */
(function () {
  'use strict';

  var GW = window.Gesprekswijzer;

  function DrawerButton(button) {
    var toggle = document.getElementById('__drawer');
    if (!toggle) return;
    this.button = button;
    this.toggle = toggle;
    GW.on(toggle, 'change', 'drawer button', this.sync.bind(this));
    GW.on(button, 'click', 'drawer button', this.onClick.bind(this));
    GW.on(document, 'keydown', 'drawer button', this.onKeydown.bind(this));
  }

  DrawerButton.prototype.sync = function () {
    this.button.setAttribute('aria-expanded', String(this.toggle.checked));
  };

  DrawerButton.prototype.onClick = function (event) {
    this.toggle.click();
    var first = document.querySelector('.md-sidebar--primary .md-nav__link[href]');
    // event.detail is 0 for a keyboard activation: only then move the focus.
    if (this.toggle.checked && first && event.detail === 0) first.focus();
  };

  DrawerButton.prototype.onKeydown = function (event) {
    if (event.key !== 'Escape' || !this.toggle.checked) return;
    this.toggle.click();
    this.button.focus();
  };

  GW.register('gw-drawer-button', DrawerButton);
})();
