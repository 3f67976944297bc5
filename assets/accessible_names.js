/* Names for the controls Dash renders without one, so screen readers can tell them
 * apart; and the country panel brought into view on a phone. */
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
    /* dcc.Dropdown names itself by its value only ("Armenia"): put its label first. */
    var dropdown = document.getElementById(ids.COUNTRY);
    var labels = dropdown ? (dropdown.getAttribute("aria-labelledby") || "") : "";
    if (dropdown && labels.indexOf(ids.COUNTRY_LABEL) !== 0) {
      dropdown.setAttribute("aria-labelledby", (ids.COUNTRY_LABEL + " " + labels).trim());
    }
  }

  /* Every script of the page has run by then, and Dash renders after it. */
  document.addEventListener("DOMContentLoaded", function () {
    new MutationObserver(function () {
      nameControls(crossroads.constants().ids);
      crossroads.revealPanel();
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
})();
