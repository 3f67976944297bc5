/* The data behind the view, drawn in the browser once the hand rests from the year's
 * rows fetched as a file (components/data_view.py): a sortable, filterable table and
 * the citation of the view. */

import { dom } from "../dom.js";
import { dataFile, id, pageConstants } from "../page.js";
import { citation, viewRows } from "../select/rows.js";
import { viewQuery } from "../select/view.js";

/** @typedef {import("../wire.js").TableRow} TableRow */
/** @typedef {import("../wire.js").View} View */

/** @type {Record<string, keyof TableRow>} */
const SORT_FIELD = { country: "country", organisation: "org", status: "status", since: "start",
  until: "end", source: "publisher" };

/** What the table shows now; redrawn on sorting and filtering. */
const shown = { meta: null, view: null, rows: [], cite: "", sort: { column: null, descending: false } };
let asked = 0;

/** @param {TableRow[]} rows @param {string} filter */
function matching(rows, filter) {
  const words = (filter || "").toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    const text = [row.country, row.org, row.status, row.since, row.until, row.publisher]
      .join(" ").toLowerCase();
    return words.every((word) => text.indexOf(word) >= 0);
  });
}

/** @param {TableRow[]} rows @param {{column: string|null, descending: boolean}} sort */
function sorted(rows, sort) {
  if (!sort.column) {
    return rows;
  }
  const field = SORT_FIELD[sort.column];
  const sign = sort.descending ? -1 : 1;
  return rows.slice().sort((a, b) => sign * (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0));
}

/** A header press sorts by its column; a second press reverses the order.
 * @param {string[]} columns */
function header(columns) {
  return dom("thead", {}, [dom("tr", {}, columns.map((column) => {
    const sort = shown.sort;
    const state = sort.column === column ? (sort.descending ? "descending" : "ascending") : "none";
    const button = dom("button", { type: "button", class: "sort" }, column);
    button.addEventListener("click", () => {
      const again = sort.column === column;
      shown.sort = { column, descending: again ? !sort.descending : false };
      draw();
      /** @type {HTMLElement} */ (document.querySelector("#" + id("TABLE") +
        " th[data-column=" + column + "] button")).focus();
    });
    return dom("th", { scope: "col", "aria-sort": state, "data-column": column }, [button]);
  }))]);
}

/** @param {TableRow} row */
function line(row) {
  const link = dom("a", { href: row.url, target: "_blank", rel: "noopener", title: row.url },
    row.publisher);
  return dom("tr", {}, [
    dom("td", {}, row.country), dom("td", {}, row.org), dom("td", {}, row.status),
    dom("td", {}, row.since), dom("td", {}, row.until), dom("td", {}, [link]),
  ]);
}

function draw() {
  const meta = shown.meta;
  const view = shown.view;
  const rows = viewRows(shown.rows, meta.orgs, view.layers);
  const filter = /** @type {HTMLInputElement|null} */ (document.getElementById(id("TABLE_FILTER")));
  const visible = sorted(matching(rows, filter ? filter.value : ""), shown.sort);
  document.getElementById(id("TABLE")).replaceChildren(
    dom("caption", { class: "visually-hidden" }, meta.caption),
    header(meta.columns),
    dom("tbody", {}, visible.map(line)),
  );
  document.getElementById(id("TABLE_COUNT")).textContent =
    visible.length + " of " + rows.length + " rows";
  const url = window.location.origin + window.location.pathname +
    viewQuery(view, meta.orgs, pageConstants().overlays);
  document.getElementById(id("CITE")).textContent =
    citation(shown.cite, view.layers, meta.orgs, view.lens, url, rows);
}

document.addEventListener("input", (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  if (shown.meta && target.id === id("TABLE_FILTER")) {
    draw();
  }
});

/** The table and citation of ``view``. @param {View} view */
export function showTable(view) {
  const ask = ++asked;
  Promise.all([dataFile("table"), dataFile("table-" + view.year)]).then(([meta, year]) => {
    if (ask === asked) {
      Object.assign(shown, { meta, view, rows: year.rows, cite: year.cite });
      draw();
    }
  });
}
