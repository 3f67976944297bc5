/* Draw a view on the map: restyle only the traces whose values changed since the view
 * drawn before, in one Plotly.restyle, and frame a new region first.
 *
 * The graph's figure is written once by the server (the first render); after that only
 * this drawer writes it. Fills change by restyling the choropleth's values; badges,
 * routes, events, contest overlays and the comparison's marks only when their selection
 * changes; names only when the zoom, the region or the set of names changes. */

import { selectMap } from "../select/map.js";
import { selectContest } from "../select/contest.js";
import { labelKey, placeLabels, statesDrawn } from "./labels.js";

/** @typedef {import("../wire.js").Facts} Facts */
/** @typedef {import("../wire.js").View} View */
/** @typedef {[number, string, unknown]} Entry  trace, attribute, value */

/** Whether two values to draw are the same (arrays element by element).
 * @param {unknown} a @param {unknown} b @returns {boolean} */
export function same(a, b) {
  if (a === b) {
    return true;
  }
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (!same(a[i], b[i])) {
      return false;
    }
  }
  return true;
}

/** Every trace attribute a view sets, but the names (placed from the projection).
 * @param {Facts} facts @param {View} view @returns {Entry[]} */
export function viewEntries(facts, view) {
  const t = facts.constants.traces;
  const values = selectMap(facts, view);
  const contest = selectContest(facts, view);
  /** @type {Entry[]} */
  const entries = [
    [t.countries, "z", values.z],
    [t.countries, "customdata", values.customdata],
    [t.countries, "hovertemplate", values.hovertemplate],
    [t.countries, "marker.line.width", values.lineWidth],
    [t.badges, "lon", values.badges.lon],
    [t.badges, "lat", values.badges.lat],
    [t.badges, "marker.color", values.badges.colour],
    [t.badges, "marker.symbol", values.badges.symbol],
  ];
  values.routes.forEach((state, i) => {
    entries.push([t.routes + i, "visible", state !== null]);
    entries.push([t.routes + i, "line.width", values.routeWidths[i]]);
    if (state !== null) {
      entries.push([t.routes + i, "line.dash", state[0]]);
      entries.push([t.routes + i, "text", state[1]]);
    }
  });
  entries.push(
    [t.territories, "locations", contest.territoryLocations],
    [t.territories, "z", contest.territoryZ],
    [t.territories, "customdata", contest.territoryCustomdata],
    [t.territories, "marker.line.color", contest.territoryLine],
    [t.territories, "marker.line.width", contest.territoryWidth],
    [t.hatching, "lon", contest.hatch[0]],
    [t.hatching, "lat", contest.hatch[1]],
    [t.approximate, "lon", contest.approximate[0]],
    [t.approximate, "lat", contest.approximate[1]],
    [t.borders, "lon", contest.border[0]],
    [t.borders, "lat", contest.border[1]],
    [t.borders, "text", contest.borderHover],
    [t.events, "lon", contest.eventLon],
    [t.events, "lat", contest.eventLat],
    [t.events, "customdata", contest.eventCustomdata],
    [t.events, "marker.symbol", contest.eventSymbol],
    [t.events, "marker.color", contest.eventColour],
    [t.events, "marker.size", contest.eventSize],
    [t.security, "lon", contest.security.lon],
    [t.security, "lat", contest.security.lat],
    [t.security, "customdata", contest.security.customdata],
    [t.security, "marker.symbol", contest.security.symbol],
    [t.security, "marker.color", contest.security.colour],
    [t.changes, "lon", values.changes.lon],
    [t.changes, "lat", values.changes.lat],
    [t.changes, "customdata", values.changes.customdata],
    [t.changes, "hovertemplate", values.changes.hovertemplate],
    [t.changes, "marker.symbol", values.changes.symbol],
    [t.changes, "marker.color", values.changes.colour],
  );
  contest.security.arcs.forEach((shown, i) => {
    entries.push([t["security arcs"] + i, "visible", shown]);
  });
  return entries;
}

/** The names' entries for ``year`` as the map is projected now.
 * @param {any} gd @param {Facts} facts @param {number} year @returns {Entry[]} */
function labelEntries(gd, facts, year) {
  const t = facts.constants.traces;
  const labels = placeLabels(gd, facts, year);
  /** @type {Entry[]} */
  const entries = [];
  [[t["state labels"], labels.states], [t["city labels"], labels.cities]].forEach(
    ([trace, names]) => {
      const index = /** @type {number} */ (trace);
      const placed = /** @type {import("./labels.js").LabelTrace} */ (names);
      entries.push([index, "lon", placed.lon], [index, "lat", placed.lat],
        [index, "text", placed.text]);
    });
  return entries;
}

/** Plotly's per-trace form of a restyle: attribute -> one value per listed trace, where
 * undefined leaves that trace's value alone.
 * @param {Entry[]} entries @returns {{update: Record<string, unknown[]>, traces: number[]}} */
export function restyleOf(entries) {
  /** @type {number[]} */
  const traces = [];
  /** @type {Record<string, unknown[]>} */
  const update = {};
  entries.forEach(([trace, key, value]) => {
    let index = traces.indexOf(trace);
    if (index < 0) {
      index = traces.push(trace) - 1;
    }
    (update[key] = update[key] || [])[index] = value;
  });
  Object.values(update).forEach((values) => { values.length = traces.length; });
  return { update, traces };
}

/** "#rrggbb" as plotly writes a fill: "rgb(r, g, b)". @param {string} hex */
export function rgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return "rgb(" + (n >> 16) + ", " + ((n >> 8) & 255) + ", " + (n & 255) + ")";
}

/** The view without its year, to tell a year step from any other change.
 * @param {View} view */
function yearless(view) {
  return JSON.stringify(Object.assign({}, view, { year: null }));
}

/** A drawer for one graph: what it drew last, trace by trace, and the frame it shows. */
export class MapDrawer {
  /** @param {Facts} facts */
  constructor(facts) {
    this.facts = facts;
    /** @type {Map<string, unknown>} */
    this.shown = new Map();
    /** @type {string} */
    this.framed = facts.constants.firstRegion;
    /** the names' key drawn last; null draws them again */
    this.labelsShown = null;
    /** bumped when a person zooms or pans */
    this.zoom = 0;
    /** how many trace attributes the last draw restyled */
    this.restyled = 0;
    /** @type {View|null} the view plotly's own state holds (the last full draw) */
    this.plotted = null;
    this.palette = facts.constants.fillPalette.map(rgb);
  }

  /** Move the fills alone to ``view``'s year, writing them onto plotly's paths: possible
   * when nothing but the year differs from the last full draw and the same states are
   * drawn. Returns whether it did; a full draw must follow once the hand rests.
   *
   * WORKAROUND(plotly 7.1.0): any restyle of a geo map (a choropleth's values as much as a
   * marker's place) redraws and re-projects every trace, ~90 ms on a two-core machine, so a
   * map restyled per frame holds the pointer back. While the hand moves, the fills are
   * written the way plotly writes them (a fill attribute per path, by its datum's index),
   * and the restyle that brings plotly's own state (hover texts, badges, events) along
   * runs when the hand rests.
   * @param {any} gd @param {View} view @returns {boolean} */
  fillsOnly(gd, view) {
    const plotted = this.plotted;
    if (!plotted || yearless(plotted) !== yearless(view) ||
      statesDrawn(this.facts, plotted.year) !== statesDrawn(this.facts, view.year)) {
      return false;
    }
    const z = selectMap(this.facts, view).z;
    const countries = this.facts.constants.traces.countries;
    const group = [...gd.querySelectorAll("g.trace.choropleth")].find(
      (/** @type {any} */ g) => g.__data__ && g.__data__[0].trace.index === countries);
    if (!group) {
      return false;
    }
    group.querySelectorAll(".choroplethlocation").forEach((/** @type {any} */ path) => {
      const value = z[path.__data__.index];
      const fill = value === null ? null : this.palette[value];
      if (fill !== null && path.getAttribute("fill") !== fill) {
        path.setAttribute("fill", fill);
      }
    });
    return true;
  }

  /** Only the entries whose value differs from what is drawn.
   * @param {Entry[]} entries @returns {Entry[]} */
  changed(entries) {
    return entries.filter(([trace, key, value]) => !same(this.shown.get(trace + " " + key), value));
  }

  /** Draw ``view`` on ``gd``: frame a new region, then restyle what changed.
   * @param {any} gd @param {View} view @returns {Promise<void>} */
  async draw(gd, view) {
    const Plotly = /** @type {any} */ (window).Plotly;
    if (view.region !== this.framed) {
      const frame = this.facts.constants.regions[view.region];
      this.framed = view.region;
      this.labelsShown = null;
      await Plotly.relayout(gd, {
        "geo.center.lon": frame.center.lon,
        "geo.center.lat": frame.center.lat,
        "geo.projection.scale": frame.projection.scale,
      });
    }
    let entries = viewEntries(this.facts, view);
    const names = view.region + " " + this.zoom + " " + labelKey(this.facts, view.year);
    if (names !== this.labelsShown) {
      entries = entries.concat(labelEntries(gd, this.facts, view.year));
      this.labelsShown = names;
    }
    const changed = this.changed(entries);
    this.restyled = changed.length;
    if (!changed.length) {
      this.plotted = view;
      return;
    }
    const { update, traces } = restyleOf(changed);
    changed.forEach(([trace, key, value]) => this.shown.set(trace + " " + key, value));
    this.plotted = view;
    await Plotly.restyle(gd, update, traces);
  }
}
