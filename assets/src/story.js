/* The guided story in the browser: a chapter's text, sources and progress, and the
 * chapter's view set on the map, the slider walking to its year. Chapters are sent once
 * (components/story.py); Previous, Next, the dots and the arrow keys move between them,
 * and "Explore from here" leaves the story and keeps the view. */

import { dom, narrowScreen } from "./dom.js";
import { id, setProps } from "./page.js";

const STEP_MS = 90; // one year of the walk to a chapter's year

/** What the story shows and where its walk is. */
const shown = { number: null, count: 0, walking: 0 };

/** Whether the slider is walking to a chapter's year: the address waits for its end. */
export function storyWalking() {
  return shown.walking !== 0;
}

/** @param {number|null} number */
function go(number) {
  setProps("STORY", { data: number });
}

/** The slider walks to ``year`` a year at a time through ``setYear`` (the map draws what
 * it keeps up with); Dash hears the year once, at the end.
 * @param {number|null} from @param {number} year
 * @param {(year: number, now: boolean) => void} setYear */
function walkTo(from, year, setYear) {
  clearInterval(shown.walking);
  shown.walking = 0;
  if (from === year || typeof from !== "number") {
    setYear(year, true);
    return;
  }
  let current = from;
  const step = year > from ? 1 : -1;
  shown.walking = window.setInterval(() => {
    current += step;
    const last = current === year;
    if (last) {
      clearInterval(shown.walking);
      shown.walking = 0;
    }
    setYear(current, last);
  }, STEP_MS);
}

/** @param {any[]} chapters @param {number} number */
function render(chapters, number) {
  const chapter = chapters[number - 1];
  const box = document.getElementById(id("STORY_BOX"));
  document.getElementById(id("STORY_TITLE")).textContent = chapter.title;
  document.getElementById(id("STORY_PROGRESS")).textContent =
    "Story · chapter " + number + " of " + chapters.length;
  const links = chapter.sources.flatMap((/** @type {[string, string]} */ source, i) => {
    const link = dom("a", { href: source[1], target: "_blank", rel: "noopener", title: source[1] },
      source[0]);
    return i ? [", ", link] : [link];
  });
  document.getElementById(id("STORY_BODY")).replaceChildren(
    ...chapter.paragraphs.map((/** @type {string} */ text) => dom("p", {}, text)),
    dom("p", { class: "story-sources" }, ["Sources: ", ...links]),
  );
  const dots = chapters.map((other, i) => {
    const dot = dom("button", { type: "button", class: "story-dot", title: other.title,
      "aria-label": "Chapter " + (i + 1) + ": " + other.title });
    if (i + 1 === number) {
      dot.setAttribute("aria-current", "step");
    }
    dot.addEventListener("click", () => go(i + 1));
    return dot;
  });
  document.getElementById(id("STORY_DOTS")).replaceChildren(...dots);
  /** @type {HTMLButtonElement} */ (document.getElementById(id("STORY_PREVIOUS"))).disabled = number === 1;
  /** @type {HTMLButtonElement} */ (document.getElementById(id("STORY_NEXT"))).disabled =
    number === chapters.length;
  box.classList.remove("hidden");
}

/** Show chapter ``number`` (or close the story) and set its view.
 * @param {number|null} number @param {any[]} chapters @param {number} year
 * @param {(year: number, now: boolean) => void} setYear */
export function showChapter(number, chapters, year, setYear) {
  const box = document.getElementById(id("STORY_BOX"));
  if (!number || !chapters || !chapters[number - 1]) {
    shown.number = null;
    clearInterval(shown.walking);
    shown.walking = 0;
    box.classList.add("hidden");
    setProps("HIGHLIGHT", { data: null });
    return;
  }
  const chapter = chapters[number - 1];
  const opening = shown.number === null;
  Object.assign(shown, { number, count: chapters.length });
  render(chapters, number);
  if (opening && narrowScreen()) {
    box.scrollIntoView({ block: "start" }); // below the map on a phone: bring it up
  }
  setProps("LAYERS", { value: chapter.layers });
  setProps("LENS", { value: chapter.lens });
  setProps("TIES", { value: chapter.ties });
  setProps("OVERLAYS", { value: chapter.overlays });
  setProps("REGION", { value: chapter.region });
  setProps("HIGHLIGHT", { data: chapter.highlight });
  walkTo(year, chapter.year, setYear);
}

document.addEventListener("click", (event) => {
  const target = /** @type {HTMLElement} */ (event.target).closest &&
    /** @type {HTMLElement} */ (event.target).closest("button");
  if (!target || shown.number === null) {
    return;
  }
  if (target.id === id("STORY_PREVIOUS") && shown.number > 1) {
    go(shown.number - 1);
  } else if (target.id === id("STORY_NEXT") && shown.number < shown.count) {
    go(shown.number + 1);
  } else if (target.id === id("STORY_CLOSE")) {
    go(null);
  }
});

/* The arrow keys move between chapters while the story is open, unless a control that
 * uses them (the slider, a text box) has the focus. */
document.addEventListener("keydown", (event) => {
  const active = document.activeElement;
  const busy = active && (active.matches("input, textarea, select, [role=slider]") ||
    active.closest("[role=slider], .dash-dropdown"));
  if (shown.number === null || busy || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  if (event.key === "ArrowRight" && shown.number < shown.count) {
    go(shown.number + 1);
    event.preventDefault();
  } else if (event.key === "ArrowLeft" && shown.number > 1) {
    go(shown.number - 1);
    event.preventDefault();
  }
});
