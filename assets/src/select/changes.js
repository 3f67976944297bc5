/* The changes between two years, grouped by state: pure, tested against Python's
 * data.changes.year_changes through tests/js. */

/** @typedef {import("../wire.js").ChangeLine} ChangeLine */

/** Every change of ties in the years after ``first`` up to ``last``, by state name
 * (sorted), each state's lines in date order.
 * @param {ChangeLine[][]} years   the lists of first+1 .. last
 * @param {Record<string, string>} names   state code -> name
 * @param {string[]} compared   the kinds that are changes of ties
 * @returns {[string, string, ChangeLine[]][]}  name, code, lines */
export function comparedGroups(years, names, compared) {
  /** @type {Record<string, {code: string, lines: ChangeLine[]}>} */
  const groups = {};
  years.forEach((changes) => {
    changes.forEach((change) => {
      if (change.country !== null && compared.indexOf(change.kind) >= 0) {
        const name = names[change.country];
        (groups[name] = groups[name] || { code: change.country, lines: [] }).lines.push(change);
      }
    });
  });
  return Object.keys(groups).sort().map((name) => [name, groups[name].code, groups[name].lines]);
}
