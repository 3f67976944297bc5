/* The year control the hand moves: a native range input with its marks and a number
 * box, built in the browser inside #year-slider (components/year_control.py renders the
 * empty box). React never renders them, so moving the thumb costs no pass of Dash's
 * renderer; the hot path reads their input events and writes the year to Dash at rest. */

import { dom } from "./dom.js";

/** @typedef {"held"|"keys"|"typed"} Hand  how a year was given */

/** The controls in the box, once built. */
export class YearControl {
  /** @param {HTMLElement} box @param {[number, number]} years @param {number[]} marks
   * @param {number} year */
  constructor(box, years, marks, year) {
    this.years = years;
    this.range = /** @type {HTMLInputElement} */ (dom("input", {
      type: "range", min: String(years[0]), max: String(years[1]), step: "1",
      value: String(year), "aria-label": "Year", class: "year-range",
    }));
    this.box = /** @type {HTMLInputElement} */ (dom("input", {
      type: "number", min: String(years[0]), max: String(years[1]), step: "1",
      value: String(year), "aria-label": "Year (type a year)", class: "year-box",
    }));
    const span = years[1] - years[0];
    const ticks = marks.map((mark) => {
      const tick = dom("span", { class: "slider-mark", "aria-hidden": "true" }, String(mark));
      tick.style.setProperty("--at", String((mark - years[0]) / span));
      return tick;
    });
    box.replaceChildren(
      dom("div", { class: "slider-track" }, [this.range, dom("div", { class: "slider-marks" }, ticks)]),
      this.box,
    );
  }

  /** The year the box holds, or null while it is not one the slider offers. */
  typed() {
    const year = Number(this.box.value);
    return this.box.value.length === 4 && Number.isInteger(year) &&
      year >= this.years[0] && year <= this.years[1] ? year : null;
  }

  /** Put both controls on ``year`` (a year set by a story, a link or playback). */
  show(year) {
    if (this.range.valueAsNumber !== year) {
      this.range.value = String(year);
    }
    if (document.activeElement !== this.box && this.box.value !== String(year)) {
      this.box.value = String(year);
    }
  }

  /** Call ``listener`` with every year the hand gives and how: a thumb a pointer holds
   * ("held"), the thumb's keys ("keys"), or a year typed in the box ("typed"); and
   * ``released`` when a pointer lets the thumb go.
   * @param {(year: number, hand: Hand) => void} listener
   * @param {() => void} released */
  listen(listener, released) {
    this.held = false;
    this.range.addEventListener("pointerdown", () => { this.held = true; });
    const release = () => {
      if (this.held) {
        this.held = false;
        released();
      }
    };
    this.range.addEventListener("pointerup", release);
    this.range.addEventListener("pointercancel", release);
    this.range.addEventListener("change", release);
    this.range.addEventListener("input", () => {
      const year = this.range.valueAsNumber;
      this.box.value = String(year);
      listener(year, this.held ? "held" : "keys");
    });
    this.box.addEventListener("input", () => {
      const year = this.typed();
      if (year !== null) {
        this.range.value = String(year);
        listener(year, "typed");
      }
    });
    this.box.addEventListener("change", () => {
      const year = this.typed();
      this.box.value = String(year === null ? this.range.valueAsNumber : year);
    });
  }
}
