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

  /* The slider's thumb is the focusable control: give it a name screen readers read. */
  new MutationObserver(function () {
    document.querySelectorAll("#year-slider [role=slider]:not([aria-label])").forEach(
      function (thumb) {
        thumb.setAttribute("aria-label", "Year");
      }
    );
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
