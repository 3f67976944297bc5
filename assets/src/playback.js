/* Play and Pause: one year per beat, each once the map shows the year before (so a slow
 * machine slows the beat and never skips a year); playback stops at the last year. */

import { id } from "./page.js";

const PLAY = "\u25B6 Play";
const PAUSE = "\u275A\u275A Pause";

/** The beat the speed pills choose (ms per year). */
function beat() {
  const checked = /** @type {HTMLInputElement|null} */ (
    document.querySelector("#" + id("SPEED") + " input:checked"));
  return checked ? Number(checked.value) || 900 : 900;
}

/** @param {HTMLElement} button @param {boolean} playing */
function label(button, playing) {
  button.setAttribute("aria-pressed", String(playing));
  // React wrote this text node; change its text, never the node, so React keeps it.
  if (button.firstChild) {
    button.firstChild.nodeValue = playing ? PAUSE : PLAY;
  }
}

/** Wire the play button to the hot path.
 * @param {import("./hot_path.js").HotPath} path @param {[number, number]} years */
export function wirePlayback(path, years) {
  let timer = 0;
  const stop = (/** @type {HTMLElement} */ button) => {
    clearTimeout(timer);
    timer = 0;
    label(button, false);
  };
  const step = (/** @type {HTMLElement} */ button) => {
    const year = path.view ? path.view.year : years[1];
    if (!path.hasDrawn(year)) {
      timer = window.setTimeout(() => step(button), 30);
      return;
    }
    const next = Math.min(year + 1, years[1]);
    path.setYear(next, true);
    if (next >= years[1]) {
      stop(button);
    } else {
      timer = window.setTimeout(() => step(button), beat());
    }
  };
  document.addEventListener("click", (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest &&
      /** @type {HTMLElement} */ (event.target).closest("#" + id("PLAY"));
    if (!button || !path.view) {
      return;
    }
    if (timer) {
      stop(/** @type {HTMLElement} */ (button));
      return;
    }
    label(/** @type {HTMLElement} */ (button), true);
    if (path.view.year >= years[1]) {
      path.setYear(years[0], true);
    }
    timer = window.setTimeout(() => step(/** @type {HTMLElement} */ (button)), beat());
  });
}
