/* "What changed in this year" (or between two years), drawn once the hand rests, from
 * each year's list fetched as a file (components/changes_list.py). A line about a
 * country is a button that opens it. */

import { dom } from "../dom.js";
import { dataFile, id, setProps } from "../page.js";
import { comparedGroups } from "../select/changes.js";

/** @typedef {import("../wire.js").ChangeLine} ChangeLine */

/** @param {Record<string, string>} kindLabel @param {ChangeLine} change */
function item(kindLabel, change) {
  const body = [
    dom("span", { class: "change-date" }, change.when),
    dom("span", { class: "change-kind kind-" + change.kind }, kindLabel[change.kind]),
    dom("span", { class: "change-text" }, change.text),
  ];
  if (change.country === null) {
    return dom("li", { class: "change" }, body);
  }
  const button = dom("button", { type: "button", class: "change-button",
    title: "Open this country's story" }, body);
  button.addEventListener("click", () => setProps("COUNTRY", { data: change.country }));
  return dom("li", { class: "change" }, [button]);
}

/** @param {HTMLElement} box @param {number} year @param {any} meta @param {ChangeLine[]} changes */
function draw(box, year, meta, changes) {
  const list = changes.length
    ? dom("ul", { class: "changes" }, changes.map((change) => item(meta.kindLabel, change)))
    : dom("p", { class: "hint" }, "No recorded change this year.");
  box.replaceChildren(dom("h2", {}, "What changed in " + year), list);
}

/** @param {HTMLElement} box @param {number} first @param {number} last @param {any} meta
 * @param {ChangeLine[][]} years */
function drawComparison(box, first, last, meta, years) {
  const sections = comparedGroups(years, meta.names, meta.compared).map(([name, code, lines]) => {
    const heading = dom("button", { type: "button", class: "change-state" }, name);
    heading.addEventListener("click", () => setProps("COUNTRY", { data: code }));
    const items = lines.map((change) => {
      const source = dom("a", { href: change.url, target: "_blank", rel: "noopener" },
        change.publisher);
      return dom("li", { class: "change" }, [
        dom("span", { class: "change-date" }, change.when),
        dom("span", { class: "change-text" }, [change.text + " \u00b7 ", source]),
      ]);
    });
    return dom("li", { class: "change-group" }, [heading, dom("ul", { class: "changes" }, items)]);
  });
  box.replaceChildren(
    dom("h2", {}, "What changed between " + first + " and " + last),
    sections.length ? dom("ul", { class: "compared" }, sections)
      : dom("p", { class: "hint" }, "No change of ties between these years."),
  );
}

/** How many lists were asked for: an answer to an older ask is dropped. */
let asked = 0;

/** The list for ``year``, or for the years between it and ``vs``; the latest call wins.
 * @param {number} year @param {number|null} vs */
export function showChanges(year, vs) {
  const ask = ++asked;
  const box = document.getElementById(id("CHANGES_LIST"));
  const first = vs && vs !== year ? Math.min(year, vs) : year - 1;
  const last = vs && vs !== year ? Math.max(year, vs) : year;
  const names = [];
  for (let y = first + 1; y <= last; y++) {
    names.push(dataFile("changes-" + y));
  }
  Promise.all([dataFile("changes"), Promise.all(names)]).then(([meta, years]) => {
    if (ask !== asked) {
      return;
    }
    if (vs && vs !== year) {
      drawComparison(box, first, last, meta, years);
    } else {
      draw(box, year, meta, years[0]);
    }
  });
}
