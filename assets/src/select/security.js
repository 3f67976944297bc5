/* The security layer a view shows, selected from the facts Python sent once
 * (components/security_layer.py: security_tables, and each year's security_in). Pure:
 * which ties count in a year is decided in Python (data/security.py); this picks the
 * year's rows when the layer is on, shows their arcs and lists their marks.
 * components/security_layer.py:security_values is the reference it must equal. */

/** @typedef {import("../wire.js").SecurityTables} SecurityTables */
/** @typedef {import("../wire.js").SecurityValues} SecurityValues */

/** The security layer for a year's rows.
 * @param {SecurityTables} tables @param {number[]} indices @param {boolean} on
 * @returns {SecurityValues} */
export function selectSecurity(tables, indices, on) {
  /** @type {SecurityValues} */
  const values = { arcs: [], lon: [], lat: [], symbol: [], colour: [], customdata: [] };
  for (let i = 0; i < tables.arcCount; i++) {
    values.arcs.push(false);
  }
  if (!on) {
    return values;
  }
  indices.forEach((i) => {
    const row = tables.rows[i];
    if (row.arc >= 0) {
      values.arcs[row.arc] = true;
      return;
    }
    values.lon.push(row.lon);
    values.lat.push(row.lat);
    values.symbol.push(row.symbol);
    values.colour.push(row.colour);
    values.customdata.push([row.hover, row.host]);
  });
  return values;
}
