/* select/rows.js: the table shows the rows components/data_view.py:view_rows gives the
 * CSV, in its order, and the citation names the day, layers, lens, URL and sources. */
import { test } from "node:test";
import assert from "node:assert/strict";

import { citation, viewRows } from "../../assets/src/select/rows.js";
import { fixture } from "./fixtures.js";

const { meta, cases } = fixture("rows");

for (const item of cases) {
  test(`the rows of ${item.day.trim()} for ${item.layers.join(", ") || "no layer"}`, () => {
    const rows = viewRows(item.year.rows, meta.orgs, item.layers);
    assert.deepEqual(rows.map((row) => [row.country, row.org]), item.expected);
    const url = "http://127.0.0.1:8050/?year=x";
    const text = citation(item.year.cite, item.layers, meta.orgs, "alignment", url, rows);
    assert.ok(text.includes(item.day.trim()), text);
    assert.ok(text.includes("alignment view"), text);
    assert.ok(text.includes(url), text);
    assert.ok(text.includes(`Based on ${item.sources} cited sources`), text);
    const layers = meta.orgs.filter((org) => item.layers.includes(org)).join(", ");
    assert.ok(text.includes(`(${layers || "no layers"};`), text);
    assert.ok(!text.includes("{"), text);
  });
}
