/* The URL follows the view in the browser (components/url_sync.py). The query has the
 * canonical form select/view.js:viewQuery writes; only an address that is not our own
 * echo goes to the server to be read. */

import { pageConstants } from "./page.js";
import { viewQuery } from "./select/view.js";

/** The query to write for ``view``, for the location and the record of our own echo.
 * @param {import("./wire.js").View} view @param {string[]} orgs @returns {string} */
export function urlOf(view, orgs) {
  return viewQuery(view, orgs, pageConstants().overlays);
}

/** Our own echo stops here; a link opened, back or forward goes to be read.
 * @param {string|null} search @param {string|null} written @returns {string|undefined} */
export function urlToRead(search, written) {
  return !search || search === written ? undefined : search;
}
