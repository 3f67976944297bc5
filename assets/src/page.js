/* The page around the modules: the constants Python wrote into it, Dash's way of
 * setting a component's props from outside a callback, and the data files it names. */

/** @typedef {import("./wire.js").PageConstants} PageConstants */

/** @type {PageConstants|null} */
let constants = null;

/** The JSON block components/layout.py:index_string puts in the page.
 * @returns {PageConstants} */
export function pageConstants() {
  if (constants === null) {
    constants = JSON.parse(document.getElementById("crossroads-constants").textContent);
  }
  return constants;
}

/** A component id by its name in components/ids.py.
 * @param {string} name */
export function id(name) {
  return pageConstants().ids[name];
}

/** Set a Dash component's props from the browser (what a callback output would do).
 * @param {string} name  the id's name in components/ids.py
 * @param {object} props */
export function setProps(name, props) {
  /** @type {any} */ (window).dash_clientside.set_props(id(name), props);
}

/** @type {Map<string, Promise<any>>} */
const loading = new Map();

/** Fetch ``names`` one at a time while the page is idle, so a later year change finds
 * its lists in memory; the document says `data-prefetched` once all are here.
 * @param {string[]} names */
export function prefetch(names) {
  const idle = /** @type {any} */ (window).requestIdleCallback ||
    ((/** @type {() => void} */ work) => window.setTimeout(work, 50));
  const next = (/** @type {number} */ i) => {
    if (i < names.length) {
      idle(() => dataFile(names[i]).then(() => next(i + 1), () => next(i + 1)));
    } else {
      document.documentElement.setAttribute("data-prefetched", "true");
    }
  };
  next(0);
}

/** A data file named in the page's constants, fetched once and shared; the URL is
 * fingerprinted, so the browser's cache keeps it for good.
 * @param {string} name
 * @returns {Promise<any>} */
export function dataFile(name) {
  let found = loading.get(name);
  if (!found) {
    const url = pageConstants().files[name];
    found = url === undefined
      ? Promise.reject(new Error("no data file " + name))
      : fetch(url).then((response) => {
        if (!response.ok) {
          throw new Error(url + ": " + response.status);
        }
        return response.json();
      });
    loading.set(name, found);
  }
  return found;
}
