/* select/view.js: the compared year follows components/view_state.py:year_in, and a
 * view's query is the canonical form that components/view_state.py:parse_view reads. */
import { test } from "node:test";
import assert from "node:assert/strict";

import { comparedYear, highlightOf, inLegendOrder, viewQuery } from "../../assets/src/select/view.js";
import { fixture } from "./fixtures.js";

const data = fixture("view");

test("a compared year is one the slider holds, else none", () => {
  for (const { value, expected } of data.compared) {
    assert.equal(comparedYear(value, data.years), expected, JSON.stringify(value));
  }
});

test("a view's query is the canonical one", () => {
  for (const { view, query } of data.queries) {
    assert.equal(viewQuery(view, data.orgs, data.overlays), query);
  }
});

test("codes come back in legend order, unknown ones dropped", () => {
  assert.deepEqual(inLegendOrder(["NATO", "XXX", "OTS"], data.orgs), ["OTS", "NATO"]);
  assert.deepEqual(inLegendOrder(null, data.orgs), []);
});

test("a view without a story highlights nothing", () => {
  const view = data.queries[0].view;
  assert.deepEqual(highlightOf(Object.assign({}, view, { highlight: null })),
    { countries: [], routes: [], territories: [], events: [] });
});
