/* The event strip under the slider, drawn once from its cells (components/event_strip.py):
 * a button per year with its events' ticks; a press goes to that year. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});

  function cell(data) {
    var dom = crossroads.dom;
    var parts = [];
    if (data.ticks) {
      var ticks = dom("span", { class: "ticks" });
      Object.assign(ticks.style, data.ticks);
      parts.push(ticks);
    }
    if (data.more) {
      parts.push(dom("span", { class: "more" }, "+" + data.more));
    }
    var button = dom("button", {
      type: "button",
      class: "strip-year" + (data.ticks ? "" : " quiet"),
      title: data.label,
      "aria-label": "Go to " + data.label,
    }, parts);
    button.addEventListener("click", function () {
      window.dash_clientside.set_props(crossroads.constants().ids.YEAR, { value: data.year });
    });
    return button;
  }

  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    drawStrip: function (cells) {
      var strip = document.getElementById(crossroads.constants().ids.STRIP);
      strip.replaceChildren.apply(strip, cells.map(cell));
    },
  });
})();
