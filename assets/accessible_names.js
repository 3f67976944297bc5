/* Names for the controls Dash renders without one, so screen readers can tell them
 * apart; the native radio buttons and checkboxes freed of the roles Dash 4 wraps them
 * in; and the country panel brought into view on a phone. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});

  function nameControls(ids) {
    /* The slider's thumb and its number box are rendered by dcc.Slider without names. */
    var names = [
      ["#" + ids.YEAR + " [role=slider]", "Year"],
      ["#" + ids.YEAR + " input[type=number]", "Year (type a year)"],
    ];
    names.forEach(function (pair) {
      document.querySelectorAll(pair[0] + ":not([aria-label])").forEach(function (element) {
        element.setAttribute("aria-label", pair[1]);
      });
    });
  }

  /* Dash 4.4's RadioItems and Checklist call their box a listbox and each label an
   * option, around native radio buttons and checkboxes (no prop changes it). A listbox
   * may hold only options and an option no control, so a screen reader meets a broken
   * list with controls inside. The native inputs already say what they are and whether
   * they are checked: drop the roles (and the aria-selected React keeps setting) so
   * they speak inside the group around them, a fieldset or a pill radiogroup. */
  var WRONG_ROLES = ".dash-radioitems, .dash-checklist";

  function nativeChoices() {
    document.querySelectorAll(WRONG_ROLES).forEach(function (box) {
      box.removeAttribute("role");
      box.querySelectorAll("[role=option], [aria-selected]").forEach(function (option) {
        option.removeAttribute("role");
        option.removeAttribute("aria-selected");
      });
    });
  }

  /* Every script of the page has run by then, and Dash renders after it. */
  document.addEventListener("DOMContentLoaded", function () {
    new MutationObserver(function () {
      nameControls(crossroads.constants().ids);
      nativeChoices();
      crossroads.revealPanel();
    }).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["role", "aria-selected"],
    });
  });
})();
