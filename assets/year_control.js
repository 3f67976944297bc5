/* The year control in the browser: the caption of the year shown, and playback. */
(function () {
  "use strict";
  var noUpdate = function () { return window.dash_clientside.no_update; };
  var PLAY = "\u25B6 Play";
  var PAUSE = "\u275A\u275A Pause";

  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
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

    /* One year per tick, once the map shows the year before (so a slow machine slows
     * the beat and never skips a year); playback stops by itself at the last year. */
    tick: function (n, year, max) {
      if (!window.crossroads.map.hasDrawn(year)) {
        return [noUpdate(), noUpdate(), noUpdate(), noUpdate()];
      }
      var next = Math.min(year + 1, max);
      if (next >= max) {
        return [max, true, PLAY, "false"];
      }
      return [next, noUpdate(), noUpdate(), noUpdate()];
    },
  });
})();
