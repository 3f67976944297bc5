/* Names on the map, placed for the zoom and the size on screen (components/labels.py
 * sends the candidates). States first, largest first; then cities by rank. A label that
 * would collide with one already placed is left out; at a small zoom a state's name is
 * shown only if it fits inside its shape, and only the main capitals are candidates. */

/** @typedef {import("../wire.js").Facts} Facts */
/** @typedef {import("../wire.js").LabelTables} LabelTables */
/** @typedef {{lon: number[], lat: number[], text: string[]}} LabelTrace */
/** @typedef {[number, number, number, number]} Box */

const PADDING = 2;
/** @type {CanvasRenderingContext2D|null} */
let context = null;

/** @param {string} text @param {number} size @param {string} family */
function textWidth(text, size, family) {
  context = context || document.createElement("canvas").getContext("2d");
  context.font = size + "px " + family;
  return context.measureText(text).width;
}

/** @param {Box} box @param {Box[]} boxes */
function overlaps(box, boxes) {
  return boxes.some((other) =>
    box[0] < other[2] + PADDING && other[0] < box[2] + PADDING &&
    box[1] < other[3] + PADDING && other[1] < box[3] + PADDING);
}

/** @param {number[]|null} point @param {{w: number, h: number}} size */
function inside(point, size) {
  return point && point[0] >= 0 && point[1] >= 0 && point[0] <= size.w && point[1] <= size.h;
}

/** The projected width of a lon/lat extent, from its corners and edge midpoints.
 * @param {(p: number[]) => number[]|null} project @param {number[]} bounds */
function projectedWidth(project, bounds) {
  /** @type {number[]} */
  const xs = [];
  [bounds[0], (bounds[0] + bounds[2]) / 2, bounds[2]].forEach((lon) => {
    [bounds[1], (bounds[1] + bounds[3]) / 2, bounds[3]].forEach((lat) => {
      const point = project([lon, lat]);
      if (point) {
        xs.push(point[0]);
      }
    });
  });
  return xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
}

/** @param {LabelTables} tables @param {number} scale */
function rankLimit(tables, scale) {
  let limit = { rank: -1, kind: null };
  tables.rankFromScale.forEach((step) => {
    if (scale >= step[0]) {
      limit = { rank: step[1], kind: step[2] };
    }
  });
  return limit;
}

/** What decides the names of a year besides the zoom: the states drawn and the places.
 * Two years with the same key get the same names at the same zoom.
 * @param {Facts} facts @param {number} year */
export function labelKey(facts, year) {
  return statesDrawn(facts, year) + "|" + facts.labels.years[year - facts.firstYear].join(",");
}

/** Which features a year draws, as one string: two years with the same one draw the same
 * paths. @param {Facts} facts @param {number} year */
export function statesDrawn(facts, year) {
  return facts.years[year - facts.firstYear].status.map((s) => (s === null ? "0" : "1")).join("");
}

/** The labels of ``year`` on the map as it is projected now.
 * @param {any} gd  plotly's graph div
 * @param {Facts} facts @param {number} year
 * @returns {{states: LabelTrace, cities: LabelTrace}} */
export function placeLabels(gd, facts, year) {
  const tables = facts.labels;
  const geo = gd._fullLayout.geo;
  const project = geo._subplot.projection;
  const size = gd._fullLayout._size;
  const scale = geo.projection.scale;
  const status = facts.years[year - facts.firstYear].status;
  /** @type {Box[]} */
  const boxes = [];
  /** @type {LabelTrace} */
  const states = { lon: [], lat: [], text: [] };
  /** @type {LabelTrace} */
  const cities = { lon: [], lat: [], text: [] };
  const height = tables.stateFont * 1.2;

  const candidates = [];
  tables.states.forEach((state, i) => {
    const lonlat = status[i] === null ? null
      : state.points.find((p) => inside(project(p), size));
    if (!lonlat) {
      return;
    }
    const width = textWidth(state.name, tables.stateFont, tables.fontFamily);
    const room = projectedWidth(project, state.extent);
    if (room < width && scale < tables.rankFromScale[1][0]) {
      return; // at the smallest zoom, a name that does not fit its shape stays off
    }
    candidates.push({ name: state.name, lonlat, point: project(lonlat), width, room });
  });
  candidates.sort((a, b) => b.room - a.room);
  candidates.forEach((c) => {
    /** @type {Box} */
    const box = [c.point[0] - c.width / 2, c.point[1] - height / 2,
      c.point[0] + c.width / 2, c.point[1] + height / 2];
    if (!overlaps(box, boxes)) {
      boxes.push(box);
      states.lon.push(c.lonlat[0]);
      states.lat.push(c.lonlat[1]);
      states.text.push(c.name);
    }
  });

  const limit = rankLimit(tables, scale);
  const cityHeight = tables.cityFont * 1.2;
  tables.years[year - facts.firstYear]
    .map((i) => tables.places[i])
    .filter((p) => p.rank <= limit.rank && (!limit.kind || p.kind === limit.kind))
    .sort((a, b) => a.rank - b.rank ||
      (a.kind === "capital" ? -1 : 0) - (b.kind === "capital" ? -1 : 0))
    .forEach((p) => {
      const point = project([p.lon, p.lat]);
      if (!inside(point, size)) {
        return;
      }
      const width = textWidth(p.name, tables.cityFont, tables.fontFamily);
      /** @type {Box} */
      const box = [point[0] - 3, point[1] - cityHeight / 2,
        point[0] + 6 + width, point[1] + cityHeight / 2];
      if (!overlaps(box, boxes)) {
        boxes.push(box);
        cities.lon.push(p.lon);
        cities.lat.push(p.lat);
        cities.text.push(p.name);
      }
    });
  return { states, cities };
}
