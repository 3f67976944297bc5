/* Browser-side behaviour of the atlas: routes by year, playback, and keyboard help.
 * Everything here works on values the server sent once; none of it asks the server. */
(function () {
  "use strict";
  var noUpdate = function () { return window.dash_clientside.no_update; };
  var PLAY = "\u25B6 Play";
  var PAUSE = "\u275A\u275A Pause";

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    crossroads: {
      /* Show each route as it was in the chosen year (table: year -> [dash, text] or null). */
      showRoutes: function (year, table, figure) {
        var states = table && figure ? table.years[String(year)] : undefined;
        if (!states) {
          return noUpdate();
        }
        var data = figure.data.slice();
        states.forEach(function (state, i) {
          var index = table.first_trace + i;
          var trace = Object.assign({}, data[index], { visible: state !== null });
          if (state !== null) {
            trace.line = Object.assign({}, trace.line, { dash: state[0] });
            trace.text = state[1];
          }
          data[index] = trace;
        });
        return Object.assign({}, figure, { data: data });
      },

      /* Close (no country) or a "What changed" line (its country, the index's tail). */
      chooseFromList: function () {
        var context = window.dash_clientside.callback_context;
        var trigger = context.triggered_id;
        var clicked = context.triggered.length && context.triggered[0].value;
        if (!clicked) {
          return noUpdate();
        }
        if (trigger === "country-panel-close") {
          return null;
        }
        return String(trigger.index).split("-").pop();
      },

      /* The caption of the year shown, from the table of captions sent once. */
      caption: function (year, captions) {
        var text = captions ? captions[String(year)] : undefined;
        return text === undefined ? noUpdate() : text;
      },

      /* Play starts from the beginning when the slider is already at the end. */
      togglePlay: function (clicks, paused, year, min, max) {
        if (paused) {
          var start = year >= max ? min : year;
          return [false, PAUSE, "true", start];
        }
        return [true, PLAY, "false", noUpdate()];
      },

      /* One year per tick; playback stops by itself at the last year. */
      tick: function (n, year, max) {
        var next = Math.min(year + 1, max);
        if (next >= max) {
          return [max, true, PLAY, "false"];
        }
        return [next, noUpdate(), noUpdate(), noUpdate()];
      },
    },
  });

  /* Escape closes the country panel, as its close button does. */
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      var close = document.getElementById("country-panel-close");
      if (close) {
        close.click();
      }
    }
  });

  /* The slider's thumb and its number box are rendered by dcc.Slider without names:
   * give them the names screen readers read. */
  var NAMES = {
    "#year-slider [role=slider]": "Year",
    "#year-slider input[type=number]": "Year (type a year)",
    "#view-table .current-page": "Page number",
    "#view-table .first-page": "First page",
    "#view-table .previous-page": "Previous page",
    "#view-table .next-page": "Next page",
    "#view-table .last-page": "Last page",
  };

  /* The data table's filter boxes: "Filter country", "Filter status", ... */
  function nameFilters() {
    document.querySelectorAll("#view-table .dash-filter input:not([aria-label])").forEach(
      function (input) {
        var column = (input.closest("th").className.match(/column-\d+/) || [])[0];
        var header = column && document.querySelector(
          "#view-table .dash-header." + column + " .column-header-name");
        input.setAttribute("aria-label", "Filter " + (header ? header.textContent : "column"));
      }
    );
  }

  /* dcc.Dropdown names itself by its value only ("Armenia"): put its label first. */
  var LABELLED_BY = { "country-select": "country-select-label" };

  function nameControls() {
    nameFilters();
    Object.keys(NAMES).forEach(function (selector) {
      document.querySelectorAll(selector + ":not([aria-label])").forEach(function (el) {
        el.setAttribute("aria-label", NAMES[selector]);
      });
    });
    Object.keys(LABELLED_BY).forEach(function (id) {
      var el = document.getElementById(id);
      var names = el ? (el.getAttribute("aria-labelledby") || "") : "";
      if (el && names.indexOf(LABELLED_BY[id]) !== 0) {
        el.setAttribute("aria-labelledby", (LABELLED_BY[id] + " " + names).trim());
      }
    });
  }

  /* On a narrow screen the country panel sits below the map: once a person has chosen
   * a country (not when a shared link opens on one), scroll the panel into view. */
  var interacted = false;
  ["pointerdown", "keydown"].forEach(function (type) {
    document.addEventListener(type, function () { interacted = true; }, true);
  });
  var shownTitle = null;

  function revealPanel() {
    var panel = document.getElementById("country-panel");
    var title = document.getElementById("panel-title");
    var shown = panel && title && !panel.classList.contains("hidden") ? title.textContent : null;
    if (shown === shownTitle) {
      return;
    }
    shownTitle = shown;
    if (shown && interacted && window.matchMedia("(max-width: 900px)").matches) {
      panel.scrollIntoView({ block: "start" });
    }
  }

  new MutationObserver(function () {
    nameControls();
    revealPanel();
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
