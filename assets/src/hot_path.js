/* The year path: input events -> one requestAnimationFrame -> select -> draw what
 * changed, latest view only; the Dash stores that other parts read (the URL, the lists,
 * the server's callbacks) are written once the hand rests.
 *
 * A view reaches the map two ways: from the year control's own input events (the hand;
 * nothing goes through Dash), and from Dash's stores (a toggle, a story chapter, a link,
 * playback), which report through one clientside callback. Either way it is drawn in the
 * next animation frame, and views asked for while a frame is drawn collapse into the
 * latest. */

import { MapDrawer } from "./draw/map.js";
import { id, setProps } from "./page.js";

/** @typedef {import("./wire.js").Facts} Facts */
/** @typedef {import("./wire.js").View} View */

/** How long the hand must rest before the year is written to Dash (ms). */
export const REST_MS = 250;
/** How long the hand must pause before badges, events, routes and names follow the
 * fills (ms): a full draw holds the page for about a tenth of a second. */
export const SETTLE_MS = 120;

/** The map of the page: the graph div once plotly has drawn its first render. */
function graph() {
  const gd = document.querySelector("#map .js-plotly-plot");
  return gd && /** @type {any} */ (gd)._fullLayout && gd.querySelector(".choroplethlocation")
    ? gd : null;
}

export class HotPath {
  constructor() {
    /** @type {Facts|null} */
    this.facts = null;
    /** @type {MapDrawer|null} */
    this.drawer = null;
    /** @type {View|null} the view wanted now */
    this.view = null;
    /** @type {string|null} the view on the map (JSON) */
    this.drawnKey = null;
    this.framePending = false;
    this.drawing = false;
    /** whether the next frame may move the fills alone, the rest following (a hand) */
    this.fillsFirst = false;
    /** whether the rest follows the fills right after they are on screen (a typed year)
     * rather than when the moving thumb pauses */
    this.settleAfterPaint = false;
    this.settleTimer = 0;
    /** whether Dash hears of the year once the map has drawn it (a typed year) */
    this.restAfterDraw = false;
    /** the year Dash's store holds, as far as this path knows */
    this.dashYear = null;
    this.restTimer = 0;
    /** @type {string[]} what the map shows, in words, per year */
    this.captions = [];
    /** @type {((year: number) => void)[]} */
    this.yearWatchers = [];
    /** @type {(() => void)[]} */
    this.drawnWatchers = [];
  }

  /** The facts arrived: draw whatever view is wanted. @param {Facts} facts */
  setFacts(facts) {
    this.facts = facts;
    this.captions = facts.captions;
    this.drawer = new MapDrawer(facts);
    this.request();
  }

  /** A view from Dash's stores. A year there that is not the one this path last wrote
   * was set elsewhere (story, link, playback, event strip) and is taken; otherwise the
   * hand's year stands, since Dash hears of it only at rest.
   * @param {View} view */
  fromDash(view) {
    const year = this.view && view.year === this.dashYear ? this.view.year : view.year;
    this.dashYear = view.year;
    this.view = Object.assign({}, view, { year });
    this.showYear(year);
    this.request();
  }

  /** The hand gave a year: its fills go on screen in the next frame, the rest of the map
   * follows, and Dash hears of the year. A thumb held by a pointer waits for its
   * release for both; one moved by keys, for a pause; a typed year, for nothing.
   * @param {number} year @param {import("./year_control.js").Hand} hand */
  fromHand(year, hand) {
    if (!this.view) {
      return;
    }
    this.view = Object.assign({}, this.view, { year });
    this.showYear(year);
    this.fillsFirst = true;
    this.request();
    clearTimeout(this.restTimer);
    clearTimeout(this.settleTimer);
    this.settleAfterPaint = hand === "typed";
    this.restAfterDraw = hand === "typed";
    if (hand === "keys") {
      this.restTimer = window.setTimeout(() => this.rest(), REST_MS);
      this.settleTimer = window.setTimeout(() => this.settle(), SETTLE_MS);
    }
  }

  /** A pointer let the thumb go: the rest of the map follows the fills on screen, and
   * Dash hears of the year once it is drawn. */
  release() {
    clearTimeout(this.restTimer);
    clearTimeout(this.settleTimer);
    this.restAfterDraw = true;
    if (this.framePending || this.drawing) {
      this.settleAfterPaint = true; // the year's fills are still to come
    } else {
      this.settle();
    }
  }

  /** Draw the whole view now: badges, events, routes and names catch up with the fills. */
  settle() {
    this.fillsFirst = false;
    this.request();
  }

  /** Set the year from code (playback, a story's walk) and tell Dash now or at rest.
   * @param {number} year @param {boolean} now */
  setYear(year, now) {
    if (!this.view) {
      return;
    }
    this.fillsFirst = false;
    this.restAfterDraw = false;
    this.view = Object.assign({}, this.view, { year });
    this.showYear(year);
    this.request();
    clearTimeout(this.restTimer);
    if (now) {
      this.rest();
    } else {
      this.restTimer = window.setTimeout(() => this.rest(), REST_MS);
    }
  }

  /** The hand rests: the stores and the URL follow. */
  rest() {
    if (this.view && this.view.year !== this.dashYear) {
      this.dashYear = this.view.year;
      setProps("YEAR", { data: this.view.year });
    }
  }

  /** The caption and every watcher of the year (the slider, playback).
   * @param {number} year */
  showYear(year) {
    const caption = document.getElementById(id("YEAR_CAPTION"));
    const text = this.facts ? this.captions[year - this.facts.firstYear] : undefined;
    if (caption && text !== undefined && caption.textContent !== text) {
      caption.textContent = text;
    }
    this.yearWatchers.forEach((watch) => watch(year));
  }

  /** Ask for a frame; many asks before it comes are one frame. */
  request() {
    if (!this.framePending && !this.drawing) {
      this.framePending = true;
      window.requestAnimationFrame(() => this.frame());
    }
  }

  frame() {
    this.framePending = false;
    const gd = graph();
    if (!this.view || !this.drawer) {
      return;
    }
    if (!gd) {
      this.request(); // the first render has not drawn its paths yet
      return;
    }
    const view = this.view;
    const key = JSON.stringify(view);
    if (key === this.drawnKey) {
      this.onScreen(); // drawn whole already (a year the thumb passed, drawn in full)
      return;
    }
    if (this.fillsFirst && this.drawer.fillsOnly(gd, view)) {
      gd.setAttribute("data-year-shown", String(view.year));
      if (this.settleAfterPaint) {
        this.settleAfterPaint = false;
        window.requestAnimationFrame(() => window.setTimeout(() => this.settle(), 0));
      }
      return; // the rest follows (settle)
    }
    this.fillsFirst = false;
    this.drawing = true;
    this.drawer.draw(gd, view).then(() => {
      this.drawnKey = key;
      gd.setAttribute("data-year-shown", String(view.year));
      gd.setAttribute("data-view", key);
    }, (error) => console.error(error)).then(() => {
      this.drawing = false;
      if (JSON.stringify(this.view) !== this.drawnKey) {
        this.request();
        return;
      }
      this.onScreen();
    });
  }

  /** The view wanted is on the map, whole: Dash hears of a year waiting for it, and the
   * watchers (playback's beat, the zoom watcher, the prefetch) are told. */
  onScreen() {
    if (this.restAfterDraw) {
      this.restAfterDraw = false;
      this.rest();
    }
    this.drawnWatchers.forEach((watch) => watch());
  }

  /** Draw the names again (the zoom or the map's size changed). */
  relabel() {
    if (this.drawer) {
      this.drawer.zoom += 1;
      this.drawnKey = null;
      this.request();
    }
  }

  /** Whether the map shows ``year`` and nothing is waiting. @param {number} year */
  hasDrawn(year) {
    return !this.drawing && !this.framePending && this.view !== null &&
      this.view.year === year && JSON.stringify(this.view) === this.drawnKey;
  }
}
