/* Fetch the map's geometry and base map while the page's scripts are still loading,
 * and hand them to plotly, which waits for an asset marked "pending" instead of asking
 * for it again. The addresses come from the page's constants (components/layout.py). */

import { pageConstants } from "./page.js";

/** @param {string} url @param {Record<string, unknown>} store @param {string} key */
function early(url, store, key) {
  store[key] = "pending";
  fetch(url).then((response) => {
    if (!response.ok) {
      throw new Error(String(response.status));
    }
    return response.json();
  }).then((data) => {
    store[key] = data;
  }).catch(() => {
    delete store[key]; // plotly fetches it itself, and reports what went wrong
  });
}

/* WORKAROUND(plotly 7.1.0): plotly.js looks in window.PlotlyGeoAssets for geometry and
 * base maps it has already been given, and asks the network otherwise; an entry set to
 * "pending" makes it wait for ours. */
export function preload() {
  const constants = pageConstants();
  const w = /** @type {any} */ (window);
  const assets = (w.PlotlyGeoAssets = w.PlotlyGeoAssets || { topojson: {} });
  early(constants.files.geometry, assets, constants.files.geometry);
  early(constants.topojson + "world_110m.json", assets.topojson, "world_110m");
}
