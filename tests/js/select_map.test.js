/* select/map.js and select/contest.js give what components/map_figure.py:view_values
 * and components/contest.py:contest_values decide, for a sample of every year's views. */
import { test } from "node:test";
import assert from "node:assert/strict";

import { selectContest } from "../../assets/src/select/contest.js";
import { selectMap } from "../../assets/src/select/map.js";
import { canonical, fixture } from "./fixtures.js";

const { facts, years } = fixture("map");
const NAMES = { line_width: "lineWidth", route_widths: "routeWidths" };

for (const { year, expected, contests } of years) {
  test(`every sampled view of ${year}`, () => {
    for (const item of expected) {
      const got = /** @type {Record<string, unknown>} */ (selectMap(facts, item.view));
      got.contest = selectContest(facts, item.view);
      const wanted = Object.assign({ contest: contests[item.contest] }, item.values);
      for (const key of Object.keys(wanted)) {
        assert.equal(canonical(got[NAMES[key] || key]), canonical(wanted[key]),
          `${year} ${JSON.stringify(item.view)}: ${key}`);
      }
    }
  });
}
