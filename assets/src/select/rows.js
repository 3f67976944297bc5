/* The data table's rows and the view's citation: pure, tested through tests/js against
 * components/data_view.py:view_rows (which the CSV download uses). */

import { inLegendOrder } from "./view.js";

/** @typedef {import("../wire.js").TableRow} TableRow */

/** @param {string} a @param {string} b */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rows the view shows: the layers shown, by country, then legend order.
 * @param {TableRow[]} rows  the year's rows in force
 * @param {string[]} orgs    legend order
 * @param {string[]} layers  switched on
 * @returns {TableRow[]} */
export function viewRows(rows, orgs, layers) {
  return rows
    .filter((row) => layers.indexOf(row.org) >= 0)
    .sort((a, b) => compare(a.country, b.country) ||
      orgs.indexOf(a.org) - orgs.indexOf(b.org));
}

/** The citation of a view from its year's template.
 * @param {string} template  with {layers} {lens} {url} {count}
 * @param {string[]} layers @param {string[]} orgs @param {string} lens
 * @param {string} url  the canonical address of the view
 * @param {TableRow[]} rows  the rows shown (their sources are counted)
 * @returns {string} */
export function citation(template, layers, orgs, lens, url, rows) {
  const sources = new Set(rows.map((row) => row.url));
  return template
    .replace("{layers}", inLegendOrder(layers, orgs).join(", ") || "no layers")
    .replace("{lens}", lens)
    .replace("{url}", url)
    .replace("{count}", String(sources.size));
}
