/* The native radio buttons and checkboxes freed of the roles Dash wraps them in, and
 * the country panel brought into view on a phone. */

import { revealPanel } from "./country_panel.js";

/* WORKAROUND(dash 4.4.1): its RadioItems and Checklist call their box a listbox and each
 * label an option, around native radio buttons and checkboxes (no prop changes it). A
 * listbox may hold only options and an option no control, so a screen reader meets a
 * broken list with controls inside. The native inputs already say what they are and
 * whether they are checked: drop the roles (and the aria-selected React keeps setting)
 * so they speak inside the group around them, a fieldset or a pill radiogroup. */
const WRONG_ROLES = ".dash-radioitems, .dash-checklist";

function nativeChoices() {
  document.querySelectorAll(WRONG_ROLES).forEach((box) => {
    box.removeAttribute("role");
    box.querySelectorAll("[role=option], [aria-selected]").forEach((option) => {
      option.removeAttribute("role");
      option.removeAttribute("aria-selected");
    });
  });
}

/** Watch the page as Dash renders it. */
export function watchRoles() {
  new MutationObserver(() => {
    nativeChoices();
    revealPanel();
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["role", "aria-selected"],
  });
}
