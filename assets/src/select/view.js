/* A view's parts, pure: the compared year, the URL query, what a story points at.
 * components/view_state.py (year_in, view_query) is the reference; tests/js checks it. */

/** @typedef {import("../wire.js").View} View */
/** @typedef {import("../wire.js").Highlight} Highlight */

/** The compared year, or null while it is not a year the slider holds (half typed).
 * @param {unknown} vs
 * @param {[number, number]} years  the slider's first and last
 * @returns {number|null} */
export function comparedYear(vs, years) {
  return typeof vs === "number" && Number.isInteger(vs) && vs >= years[0] && vs <= years[1]
    ? vs : null;
}

/** ``codes`` in legend order, unknown ones dropped.
 * @param {string[]|null|undefined} codes
 * @param {string[]} order
 * @returns {string[]} */
export function inLegendOrder(codes, order) {
  return order.filter((code) => (codes || []).indexOf(code) >= 0);
}

/** The canonical query of a view: what components/view_state.py:view_query writes.
 * @param {View} view
 * @param {string[]} orgs      legend order
 * @param {string[]} overlays  legend order
 * @returns {string} */
export function viewQuery(view, orgs, overlays) {
  /** @type {[string, unknown][]} */
  const params = [
    ["year", view.year],
    ["layers", inLegendOrder(view.layers, orgs).join(",")],
    ["overlays", inLegendOrder(view.overlays, overlays).join(",")],
    ["lens", view.lens],
  ];
  if (view.ties && view.ties !== "organisations") {
    params.push(["ties", view.ties]);
  }
  if (view.country) {
    params.push(["country", view.country]);
  }
  if (view.route) {
    params.push(["route", view.route]);
  }
  params.push(["region", view.region]);
  if (view.vs) {
    params.push(["vs", view.vs]);
  }
  if (view.story) {
    params.push(["story", view.story]);
  }
  return "?" + params.map(([key, value]) =>
    key + "=" + encodeURIComponent(String(value)).replace(/%2C/g, ",")).join("&");
}

/** What a story chapter points at, every part a list.
 * @param {View} view
 * @returns {Required<Highlight>} */
export function highlightOf(view) {
  const h = view.highlight || {};
  return { countries: h.countries || [], routes: h.routes || [],
    territories: h.territories || [], events: h.events || [] };
}

/** A view from the controls' values, in components/controls.py's order.
 * @param {string[]} keys
 * @param {unknown[]} values
 * @param {[number, number]} years
 * @returns {View} */
export function viewFrom(keys, values, years) {
  /** @type {any} */
  const view = {};
  keys.forEach((key, i) => {
    view[key] = values[i] === undefined ? null : values[i];
  });
  view.layers = view.layers || [];
  view.overlays = view.overlays || [];
  view.ties = view.ties || "organisations";
  view.vs = comparedYear(view.vs, years);
  return view;
}
