/* The contest a view shows, selected from the facts Python sent once
 * (components/contest.py: contest_tables, and each year's contest_years). Pure: which
 * territory rows, closed borders and events hold in a year is decided in Python; this
 * picks the year and the overlays switched on. components/contest.py:contest_values is
 * the reference it must equal. */

import { selectSecurity } from "./security.js";
import { highlightOf } from "./view.js";

/** @typedef {import("../wire.js").Facts} Facts */
/** @typedef {import("../wire.js").ContestTables} ContestTables */
/** @typedef {import("../wire.js").ContestValues} ContestValues */
/** @typedef {import("../wire.js").View} View */
/** @typedef {import("../wire.js").Line} Line */

/** Several lines as one trace's coordinates, separated by null.
 * @param {Line[]} lines @returns {Line} */
function joined(lines) {
  /** @type {number[]} */
  const lons = [];
  /** @type {number[]} */
  const lats = [];
  lines.forEach((line) => {
    if (!line[0].length) {
      return;
    }
    if (lons.length) {
      lons.push(null);
      lats.push(null);
    }
    lons.push(...line[0]);
    lats.push(...line[1]);
  });
  return [lons, lats];
}

/** @param {ContestTables} tables @param {number[]} indices @param {ContestValues} values
 * @param {ReturnType<typeof highlightOf>} highlight */
function territories(tables, indices, values, highlight) {
  const rows = indices.map((i) => tables.territories[i]);
  rows.forEach((row) => {
    values.territoryLocations.push(row.location);
    values.territoryZ.push(row.kind);
    values.territoryLine.push(tables.territoryColour[row.kind]);
    values.territoryWidth.push(tables.territoryWidth[highlight.territories.indexOf(row.id) >= 0 ? 1 : 0]);
    values.territoryCustomdata.push([row.hover, row.claimant]);
  });
  values.hatch = joined(rows.map((row) => tables.hatch[row.location]));
  values.approximate = joined(rows
    .filter((row) => tables.approximate[row.location] !== undefined)
    .map((row) => tables.approximate[row.location]));
}

/** @param {ContestTables} tables @param {number[]} indices @param {ContestValues} values */
function borders(tables, indices, values) {
  /** @type {Line[]} */
  const lines = [];
  indices.forEach((i) => {
    const row = tables.borders[i];
    const line = tables.borderLines[row.states.join("|")];
    lines.push(line);
    if (line[0].length) {
      if (values.borderHover.length) {
        values.borderHover.push(null);
      }
      line[0].forEach(() => { values.borderHover.push(row.hover); });
    }
  });
  values.border = joined(lines);
}

/** @param {ContestTables} tables @param {number[]} indices @param {ContestValues} values
 * @param {ReturnType<typeof highlightOf>} highlight */
function events(tables, indices, values, highlight) {
  indices.forEach((i) => {
    const event = tables.events[i];
    values.eventSize.push(tables.eventSize[highlight.events.indexOf(event.id) >= 0 ? 1 : 0]);
    values.eventLon.push(event.lon);
    values.eventLat.push(event.lat);
    values.eventCustomdata.push([event.hover, event.country]);
    values.eventSymbol.push(tables.eventSymbol[event.kind]);
    values.eventColour.push(tables.eventColour[event.kind]);
  });
}

/** The contest overlays of ``view``.
 * @param {Facts} facts @param {View} view @returns {ContestValues} */
export function selectContest(facts, view) {
  const tables = facts.contest;
  const year = facts.years[view.year - facts.firstYear].contest;
  /** @type {ContestValues} */
  const values = {
    territoryLocations: [], territoryZ: [], territoryLine: [], territoryWidth: [],
    territoryCustomdata: [], eventSize: [],
    hatch: [[], []], approximate: [[], []], border: [[], []], borderHover: [],
    eventLon: [], eventLat: [], eventCustomdata: [], eventSymbol: [], eventColour: [],
    security: selectSecurity(tables.security, year.security, false),
  };
  const on = view.overlays || [];
  const highlight = highlightOf(view);
  if (on.indexOf("territories") >= 0) {
    territories(tables, year.territories, values, highlight);
  }
  if (on.indexOf("borders") >= 0) {
    borders(tables, year.borders, values);
  }
  if (on.indexOf("events") >= 0) {
    events(tables, year.events, values, highlight);
  }
  if (on.indexOf("security") >= 0) {
    values.security = selectSecurity(tables.security, year.security, true);
  }
  return values;
}
