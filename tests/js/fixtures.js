/* Read a fixture Python wrote (tests/test_js_agreement.py). */
import { readFileSync } from "node:fs";

/** @param {string} name */
export function fixture(name) {
  const url = new URL("./fixtures/" + name + ".json", import.meta.url);
  return JSON.parse(readFileSync(url, "utf-8"));
}

/** JSON with object keys sorted, so two values compare by content.
 * @param {unknown} value */
export function canonical(value) {
  return JSON.stringify(value, (_key, v) => (v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort()) : v));
}
