/* The browser half of Crossroads, started once per page: the hot path of the map, the
 * year control, playback, and the functions Dash's clientside callbacks call (by name,
 * in the "crossroads" namespace; components/*.py register them). Bundled into
 * assets/crossroads.js by `make bundle`. */

import "./regenerator.js";
import { watchRoles } from "./accessible_names.js";
import {
  boxFromCountry, chooseOnMap, countryOfText, listNames, panelYear,
} from "./country_panel.js";
import { HotPath } from "./hot_path.js";
import { showChanges } from "./lists/changes.js";
import { routeOnMap, showRouteList } from "./lists/routes.js";
import { drawStrip } from "./lists/strip.js";
import { showTable } from "./lists/table.js";
import { dataFile, id, pageConstants, prefetch } from "./page.js";
import { wirePlayback } from "./playback.js";
import { preload } from "./preload.js";
import { comparedYear, viewFrom } from "./select/view.js";
import { showChapter, storyWalking } from "./story.js";
import { urlOf, urlToRead } from "./url.js";
import { YearControl } from "./year_control.js";

/** @typedef {import("./wire.js").Facts} Facts */

const w = /** @type {any} */ (window);
const noUpdate = () => w.dash_clientside.no_update;
const constants = pageConstants();
const path = new HotPath();
/** @type {Facts|null} */
let facts = null;
/** @type {YearControl|null} */
let control = null;
let prefetching = false;

preload();
dataFile("facts").then((loaded) => {
  facts = loaded;
  path.setFacts(loaded);
});
wirePlayback(path, constants.years);
document.addEventListener("DOMContentLoaded", watchRoles);

/** The legend, written once into its section: markup Python built and escaped. */
function legend() {
  const section = document.getElementById(id("LEGEND"));
  if (section && !section.firstChild) {
    section.innerHTML = constants.legend;
  }
}

/** The year control, built once Dash has rendered its box. @param {number} year */
function yearControl(year) {
  const box = document.getElementById(id("YEAR_SLIDER"));
  if (control === null && box) {
    control = new YearControl(box, constants.years, constants.marks, year);
    control.listen((year, hand) => path.fromHand(year, hand), () => path.release());
    path.yearWatchers.push((shown) => control.show(shown));
  }
}

/** Zooming or panning changes which names fit: place them again once it settles. */
function watchZoom() {
  const gd = /** @type {any} */ (document.querySelector("#" + id("MAP") + " .js-plotly-plot"));
  if (!gd || gd.crossroadsWatched) {
    return;
  }
  gd.crossroadsWatched = true;
  let timer = 0;
  gd.on("plotly_relayout", (/** @type {Record<string, unknown>} */ change) => {
    if (!("geo.projection.scale" in change || "geo.center.lon" in change || "autosize" in change)) {
      return;
    }
    clearTimeout(timer);
    timer = window.setTimeout(() => path.relabel(), 120);
  });
}
path.drawnWatchers.push(watchZoom);
path.drawnWatchers.push(() => {
  if (!prefetching) {
    prefetching = true;
    prefetch(constants.prefetch);
  }
});

/** @param {unknown[]} values  every control of components/controls.py, in order */
const view = (values) => viewFrom(constants.viewKeys, values, constants.years);

w.dash_clientside = Object.assign(w.dash_clientside || {}, {});
w.dash_clientside.crossroads = {
  /* Every control and the story's highlight: the view Dash holds. */
  viewChanged(...values) {
    const highlight = values.pop();
    const current = view(values);
    current.highlight = highlight || null;
    yearControl(current.year);
    legend();
    path.fromDash(current);
  },
  writeUrl(...values) {
    if (!facts || storyWalking()) {
      return [noUpdate(), noUpdate()];
    }
    const query = urlOf(view(values), facts.orgs);
    return [query, query];
  },
  urlToRead(search, written) {
    const found = urlToRead(search, written);
    return found === undefined ? noUpdate() : found;
  },
  showChanges(year, typed) {
    showChanges(year, comparedYear(typed, constants.years));
  },
  showRouteList(year, chosen, data) {
    dataFile("facts").then((loaded) => showRouteList(year, chosen, loaded, data));
  },
  routeOnMap(click) {
    const found = facts ? routeOnMap(click, facts) : undefined;
    return found === undefined ? noUpdate() : found;
  },
  chooseOnMap(click) {
    const found = facts ? chooseOnMap(click, facts) : undefined;
    return found === undefined ? noUpdate() : found;
  },
  countryFromBox(text, _submits, chosen, names) {
    const submitted = w.dash_clientside.callback_context.triggered.some(
      (/** @type {{prop_id: string}} */ t) => t.prop_id === id("COUNTRY_SEARCH") + ".n_submit");
    const found = countryOfText(text, submitted, names);
    if (found === null) {
      return chosen ? null : noUpdate();
    }
    return found === undefined || found === chosen ? noUpdate() : found;
  },
  listNames,
  boxFromCountry,
  panelYear,
  showTable(...values) {
    showTable(view(values));
  },
  drawStrip(cells) {
    drawStrip(cells, (year) => path.setYear(year, true));
  },
  showChapter(number, chapters, year) {
    showChapter(number, chapters, path.view ? path.view.year : year,
      (next, now) => path.setYear(next, now));
  },
};
