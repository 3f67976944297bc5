/* The guided story in the browser: a chapter's text, sources and progress, and the
 * chapter's view set on the map, the slider walking to its year. Chapters are sent once
 * (components/story.py); Previous, Next, the dots and the arrow keys move between them,
 * and "Explore from here" leaves the story and keeps the view. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var dom = function () { return crossroads.dom.apply(null, arguments); };
  var STEP_MS = 90; // one year of the walk to a chapter's year
  var walking = null;
  var shown = { number: null, count: 0 };

  function ids() {
    return crossroads.constants().ids;
  }

  function set(id, props) {
    window.dash_clientside.set_props(id, props);
  }

  function go(number) {
    set(ids().STORY, { data: number });
  }

  /* The slider walks to ``year`` a year at a time; the map draws what it can keep up
   * with, and the address is written once, at the end. */
  function walkTo(from, year) {
    clearInterval(walking);
    walking = null;
    if (from === year || typeof from !== "number") {
      set(ids().YEAR, { value: year });
      return;
    }
    var current = from;
    var step = year > from ? 1 : -1;
    walking = setInterval(function () {
      current += step;
      if (current === year) {
        clearInterval(walking);
        walking = null;
      }
      set(ids().YEAR, { value: current });
    }, STEP_MS);
  }

  function render(chapters, number) {
    var chapter = chapters[number - 1];
    var box = document.getElementById(ids().STORY_BOX);
    document.getElementById(ids().STORY_TITLE).textContent = chapter.title;
    document.getElementById(ids().STORY_PROGRESS).textContent =
      "Story · chapter " + number + " of " + chapters.length;
    var links = chapter.sources.map(function (source, i) {
      var link = dom("a", { href: source[1], target: "_blank", rel: "noopener", title: source[1] },
        source[0]);
      return i ? [", ", link] : [link];
    });
    document.getElementById(ids().STORY_BODY).replaceChildren.apply(
      document.getElementById(ids().STORY_BODY),
      chapter.paragraphs.map(function (text) { return dom("p", {}, text); }).concat([
        dom("p", { class: "story-sources" }, ["Sources: "].concat([].concat.apply([], links))),
      ])
    );
    var dots = chapters.map(function (other, i) {
      var dot = dom("button", { type: "button", class: "story-dot", title: other.title,
        "aria-label": "Chapter " + (i + 1) + ": " + other.title });
      if (i + 1 === number) {
        dot.setAttribute("aria-current", "step");
      }
      dot.addEventListener("click", function () { go(i + 1); });
      return dot;
    });
    document.getElementById(ids().STORY_DOTS).replaceChildren.apply(
      document.getElementById(ids().STORY_DOTS), dots);
    document.getElementById(ids().STORY_PREVIOUS).disabled = number === 1;
    document.getElementById(ids().STORY_NEXT).disabled = number === chapters.length;
    box.classList.remove("hidden");
  }

  function showChapter(number, chapters, year) {
    var box = document.getElementById(ids().STORY_BOX);
    if (!number || !chapters || !chapters[number - 1]) {
      shown.number = null;
      clearInterval(walking);
      walking = null;
      box.classList.add("hidden");
      set(ids().HIGHLIGHT, { data: null });
      return;
    }
    var chapter = chapters[number - 1];
    var opening = shown.number === null;
    shown = { number: number, count: chapters.length };
    render(chapters, number);
    if (opening && crossroads.narrowScreen()) {
      box.scrollIntoView({ block: "start" }); // below the map on a phone: bring it up
    }
    set(ids().LAYERS, { value: chapter.layers });
    set(ids().LENS, { value: chapter.lens });
    set(ids().REGION, { value: chapter.region });
    set(ids().HIGHLIGHT, { data: chapter.highlight });
    walkTo(year, chapter.year);
  }

  /* While the slider walks, the address waits for the chapter's year. */
  crossroads.storyWalking = function () {
    return walking !== null;
  };

  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("button");
    if (!target || shown.number === null) {
      return;
    }
    if (target.id === ids().STORY_PREVIOUS && shown.number > 1) {
      go(shown.number - 1);
    } else if (target.id === ids().STORY_NEXT && shown.number < shown.count) {
      go(shown.number + 1);
    } else if (target.id === ids().STORY_CLOSE) {
      go(null);
    }
  });

  /* The arrow keys move between chapters while the story is open, unless a control that
   * uses them (the slider, a text box) has the focus. */
  document.addEventListener("keydown", function (event) {
    var active = document.activeElement;
    var busy = active && (active.matches("input, textarea, select, [role=slider]") ||
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

  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    showChapter: showChapter,
  });
})();
