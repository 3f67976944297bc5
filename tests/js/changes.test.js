/* select/changes.js groups the changes between two years by state as Python does
 * (data.changes.year_changes, grouped in tests/agreement.py:compared_changes). */
import { test } from "node:test";
import assert from "node:assert/strict";

import { comparedGroups } from "../../assets/src/select/changes.js";
import { fixture } from "./fixtures.js";

const data = fixture("changes");

for (const { vs, year, expected } of data.pairs) {
  test(`changes of ties between ${vs} and ${year}`, () => {
    const first = Math.min(vs, year);
    const last = Math.max(vs, year);
    const lists = data.years.slice(first + 1 - data.firstYear, last + 1 - data.firstYear);
    const groups = comparedGroups(lists, data.meta.names, data.meta.compared);
    const got = Object.fromEntries(groups.map(([name, , lines]) =>
      [name, lines.map((line) => `${line.when}: ${line.text}`)]));
    assert.deepEqual(got, expected);
    assert.deepEqual(groups.map(([name]) => name), Object.keys(expected));
  });
}
