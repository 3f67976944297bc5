/* The event strip under the slider, drawn once from its cells (components/event_strip.py):
 * a button per year with its events' ticks; a press goes to that year. */

import { dom } from "../dom.js";
import { id } from "../page.js";

/** @typedef {{year: number, label: string, ticks: Record<string, string>|null, more: number}} Cell */

/** @param {Cell[]} cells @param {(year: number) => void} go */
export function drawStrip(cells, go) {
  const strip = document.getElementById(id("STRIP"));
  strip.replaceChildren(...cells.map((data) => {
    const parts = [];
    if (data.ticks) {
      const ticks = dom("span", { class: "ticks" });
      Object.assign(ticks.style, data.ticks);
      parts.push(ticks);
    }
    if (data.more) {
      parts.push(dom("span", { class: "more" }, "+" + data.more));
    }
    const button = dom("button", {
      type: "button",
      class: "strip-year" + (data.ticks ? "" : " quiet"),
      title: data.label,
      "aria-label": "Go to " + data.label,
    }, parts);
    button.addEventListener("click", () => go(data.year));
    return button;
  }));
}
