/* The map's values for a view, selected from the facts Python sent once
 * (components/year_facts.py). Pure: no DOM and no membership rule. Which statuses a
 * country held, which power centres it was tied to and every colour and symbol come as
 * codes and tables; this only picks the year, the switched-on layers in legend order
 * and the lens. components/map_figure.py:view_values is the reference it must equal. */

import { highlightOf } from "./view.js";

/** @typedef {import("../wire.js").Facts} Facts */
/** @typedef {import("../wire.js").YearFacts} YearFacts */
/** @typedef {import("../wire.js").Constants} Constants */
/** @typedef {import("../wire.js").View} View */
/** @typedef {import("../wire.js").MapValues} MapValues */
/** @typedef {import("../wire.js").Changes} Changes */

/** @param {Facts} facts @param {number} year @returns {YearFacts} */
export function yearEntry(facts, year) {
  return facts.years[year - facts.firstYear];
}

/** The first switched-on layer (legend order) the country is in gives its fill.
 * @param {string} codes @param {boolean[]} on @param {Constants} c */
function layerFill(codes, on, c) {
  for (let org = 0; org < codes.length; org++) {
    const code = Number(codes[org]);
    if (on[org] && code) {
      return c.fill[org][code];
    }
  }
  return 0;
}

/** @param {string} codes @param {boolean[]} on @param {Constants} c
 * @returns {[number, string][]} */
function layerBadges(codes, on, c) {
  /** @type {[number, string][]} */
  const entries = [];
  for (let org = 0; org < codes.length; org++) {
    const code = Number(codes[org]);
    if (on[org] && code) {
      entries.push([org, c.badgeSymbol[code]]);
    }
  }
  return entries;
}

/** @param {number} mask @param {Constants} c @returns {[number, string][]} */
function centreBadges(mask, c) {
  /** @type {[number, string][]} */
  const entries = [];
  for (let centre = 0; centre < c.centreColour.length; centre++) {
    if ((mask >> centre) & 1) {
      entries.push([c.centreColour[centre], c.centreSymbol]);
    }
  }
  return entries;
}

/** How many power centres a mask holds. @param {number} mask */
export function centreCount(mask) {
  let count = 0;
  for (; mask; mask >>= 1) {
    count += mask & 1;
  }
  return count;
}

/** A row of badges centred on the anchor, the same float operations as Python's.
 * @param {MapValues["badges"]} badges @param {[number, number]} anchor
 * @param {[number, string][]} entries @param {number} spacing */
function addRow(badges, anchor, entries, spacing) {
  entries.forEach((entry, slot) => {
    badges.lon.push(anchor[0] + (slot - (entries.length - 1) / 2) * spacing);
    badges.lat.push(anchor[1]);
    badges.colour.push(entry[0]);
    badges.symbol.push(entry[1]);
  });
}

/** Whether feature ``index`` shows one of ``countries`` (a union shows its parts).
 * @param {Facts} facts @param {number} index @param {string[]} countries */
function shows(facts, index, countries) {
  return countries.some((code) =>
    facts.units[index] === code || facts.parts[index].indexOf(code) >= 0);
}

/** The mask the alignment lens counts: organisations, or security ties as well.
 * @param {View} view @returns {"ties"|"securityTies"} */
export function tiesKey(view) {
  return view.ties === "security" ? "securityTies" : "ties";
}

/** Each unit's codes in a year, whichever feature drew it (Serbia with Kosovo, say).
 * @template {"status"|"ties"|"securityTies"} K
 * @param {Facts} facts @param {YearFacts} entry @param {K} key
 * @returns {Record<string, YearFacts[K][number]>} */
function byUnit(facts, entry, key) {
  /** @type {Record<string, any>} */
  const found = {};
  entry.status.forEach((codes, j) => {
    if (codes !== null) {
      found[facts.units[j]] = entry[key][j];
    }
  });
  return found;
}

/** Ties gained and lost since ``view.vs``: power centres in the alignment lens, else a
 * step up or down in each layer shown (components/map_figure.py:gains_and_losses).
 * @param {Facts} facts @param {View} view @param {boolean[]} on @returns {Changes} */
export function compare(facts, view, on) {
  const c = facts.constants;
  /** @type {Changes} */
  const out = { lon: [], lat: [], symbol: [], colour: [], customdata: [],
    hovertemplate: c.changeHover.replace("{vs}", String(view.vs || "")) };
  if (!view.vs) {
    return out;
  }
  const now = yearEntry(facts, view.year);
  const then = yearEntry(facts, view.vs);
  const thenStatus = byUnit(facts, then, "status");
  const key = tiesKey(view);
  const thenTies = byUnit(facts, then, key);
  facts.features.forEach((_id, i) => {
    if (now.status[i] === null) {
      return;
    }
    const unit = facts.units[i];
    let gains = 0;
    let losses = 0;
    if (view.lens === "alignment") {
      const before = centreCount(thenTies[unit] || 0);
      const after = centreCount(now[key][i]);
      gains = Math.max(after - before, 0);
      losses = Math.max(before - after, 0);
    } else {
      const old = thenStatus[unit] || "";
      for (let org = 0; org < on.length; org++) {
        if (on[org]) {
          const a = c.strength[Number(old[org] || 0)];
          const b = c.strength[Number(now.status[i][org])];
          gains += b > a ? 1 : 0;
          losses += b < a ? 1 : 0;
        }
      }
    }
    const way = gains && losses ? "both" : gains ? "up" : losses ? "down" : null;
    if (way === null) {
      return;
    }
    out.lon.push(facts.anchors[i][0]);
    out.lat.push(facts.anchors[i][1] + c.changeLift);
    out.symbol.push(c.changeMark[way][0]);
    out.colour.push(c.changeMark[way][1]);
    out.customdata.push([facts.names[i], gains, losses]);
  });
  return out;
}

/** The map's values for ``view``.
 * @param {Facts} facts @param {View} view @returns {MapValues} */
export function selectMap(facts, view) {
  const c = facts.constants;
  const entry = yearEntry(facts, view.year);
  const on = facts.orgs.map((code) => view.layers.indexOf(code) >= 0);
  const highlight = highlightOf(view);
  const outlined = (view.country ? [view.country] : []).concat(highlight.countries);
  /** @type {MapValues} */
  const values = {
    z: [],
    customdata: [],
    hovertemplate: c.hovertemplate[view.lens],
    lineWidth: c.borderWidth,
    badges: { lon: [], lat: [], colour: [], symbol: [] },
    routes: entry.routes,
    routeWidths: c.routeIds.map((id) => {
      const strong = id === view.route || highlight.routes.indexOf(id) >= 0;
      return strong ? c.chosenRouteWidth : c.routeWidth;
    }),
    changes: compare(facts, view, on),
  };
  const key = tiesKey(view);
  const lensHover = key === "securityTies" ? entry.securityTiesHover : entry.tiesHover;
  /** @type {number[]} */
  const chosen = [];
  facts.features.forEach((_id, i) => {
    values.customdata.push([facts.texts[entry.hover[i]], facts.texts[lensHover[i]]]);
    const codes = entry.status[i];
    if (codes === null) {
      values.z.push(null);
      return;
    }
    if (view.lens === "alignment") {
      values.z.push(c.tiesFill[centreCount(entry[key][i])]);
      addRow(values.badges, facts.anchors[i], centreBadges(entry[key][i], c), c.badgeSpacing);
    } else {
      values.z.push(layerFill(codes, on, c));
      addRow(values.badges, facts.anchors[i], layerBadges(codes, on, c), c.badgeSpacing);
    }
    if (outlined.length && shows(facts, i, outlined)) {
      chosen.push(i);
    }
  });
  if (chosen.length) {
    values.lineWidth = facts.features.map((_id, i) =>
      chosen.indexOf(i) >= 0 ? c.selectedWidth : c.borderWidth);
  }
  return values;
}
