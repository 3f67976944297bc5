/* The country panel in the browser: choosing a country from the map, the country box or
 * a list, closing the panel, and showing the chosen year's part of a story sent once
 * with it (components/country_panel.py). */

import { dom, el, narrowScreen } from "./dom.js";
import { id, setProps } from "./page.js";

/** @typedef {import("./wire.js").Facts} Facts */

/** @param {string} text */
function markdown(text) {
  return {
    type: "Markdown",
    namespace: "dash_core_components",
    props: { children: text, className: "panel-list", link_target: "_blank" },
  };
}

/** @param {string} text @param {string} empty */
function listOr(text, empty) {
  return text ? markdown(text) : el("P", { className: "hint" }, empty);
}

/** What a click on the map opens: the unit drawn under it (a union such as the USSR is
 * itself), an event's first country, the state that claims a territory, or the state
 * that hosts a security tie (a mark) or receives a delivery (an arc).
 * @param {any} click @param {Facts} facts @returns {string|undefined} */
export function chooseOnMap(click, facts) {
  const point = click && click.points && click.points[0];
  if (!point) {
    return undefined;
  }
  const t = facts.constants.traces;
  if (point.curveNumber === t.events || point.curveNumber === t.territories ||
    point.curveNumber === t.security) {
    return point.customdata[1];
  }
  const arc = point.curveNumber - t["security arcs"];
  if (arc >= 0 && arc < facts.contest.security.arcCount) {
    return facts.contest.security.rows.filter((row) => row.arc === arc)[0].host;
  }
  const index = point.location === undefined ? -1 : facts.features.indexOf(point.location);
  return index >= 0 ? facts.units[index] : undefined; // a route's line opens its card
}

/** The country a name typed in the box chooses: an exact name; on Enter, the first name
 * that starts with it, or else contains it. An emptied box chooses none (null).
 * @param {string|null} text @param {boolean} submitted
 * @param {Record<string, string>} names @returns {string|null|undefined} */
export function countryOfText(text, submitted, names) {
  const wanted = (text || "").trim().toLowerCase();
  if (!wanted) {
    return null;
  }
  const codes = Object.keys(names);
  const named = (/** @type {(name: string) => boolean} */ test) =>
    codes.filter((code) => test(names[code].toLowerCase()))[0];
  let found = named((name) => name === wanted);
  if (found === undefined && submitted) {
    found = named((name) => name.indexOf(wanted) === 0) ||
      named((name) => name.indexOf(wanted) >= 0);
  }
  return found;
}

/** The country box's list of names, written once as the page starts.
 * @param {Record<string, string>} names */
export function listNames(names) {
  const list = document.getElementById(id("COUNTRY_LIST"));
  list.replaceChildren(...Object.keys(names).map((code) => dom("option", { value: names[code] })));
}

/** A country chosen anywhere writes its name in the box.
 * @param {string|null} chosen @param {string|null} text @param {Record<string, string>} names */
export function boxFromCountry(chosen, text, names) {
  const name = (chosen && names[chosen]) || "";
  if (name !== (text || "")) {
    setProps("COUNTRY_SEARCH", { value: name });
  }
}

/** The year's memberships, ties, routes and security ties, and where the timeline's marker stands.
 * @param {number} year @param {any} story */
export function panelYear(year, story) {
  const parts = story && story.years[year - story.firstYear];
  if (!parts) {
    setProps("PANEL_YEAR", { children: [] });
    setProps("PANEL_ROUTES", { children: [] });
    setProps("PANEL_SECURITY", { children: [] });
    setProps("PANEL_TIMELINE", { style: { display: "none" } });
    return;
  }
  setProps("PANEL_YEAR", { children: [
    el("H3", {}, "In " + year),
    el("P", { className: "ties" }, story.texts[parts[1]]),
    listOr(story.texts[parts[0]], story.empty[0]),
  ] });
  setProps("PANEL_ROUTES", { children: [
    el("H3", {}, "Routes"), listOr(story.texts[parts[2]], story.empty[1]),
  ] });
  setProps("PANEL_SECURITY", { children: [
    el("H3", {}, "Security ties in " + year), listOr(story.texts[parts[3]], story.empty[2]),
  ] });
  setProps("PANEL_TIMELINE", { style: {} });
  setProps("PANEL_MARKER", { style: { left: story.marker[year - story.firstYear] + "%" } });
}

/* Escape closes the country panel, as its close button does. */
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") {
    const close = document.getElementById(id("PANEL_CLOSE"));
    if (close) {
      close.click();
    }
  }
});

/* On a narrow screen the country panel sits below the map: once a person has chosen a
 * country (not when a shared link opens on one), scroll the panel into view. */
let interacted = false;
["pointerdown", "keydown"].forEach((type) => {
  document.addEventListener(type, () => { interacted = true; }, true);
});
let shownTitle = null;

export function revealPanel() {
  const panel = document.getElementById(id("PANEL"));
  const title = document.getElementById(id("PANEL_TITLE"));
  const shown = panel && title && !panel.classList.contains("hidden") ? title.textContent : null;
  if (shown === shownTitle) {
    return;
  }
  shownTitle = shown;
  if (shown && interacted && narrowScreen()) {
    panel.scrollIntoView({ block: "start" });
  }
}
