/* The routes drawn in the year shown, listed once the map has painted, each with its
 * colour and line style, name and status; pressing one opens its card, as a click on its
 * line does. Routes and their states come from components/route_card.py and the map's
 * facts (components/year_facts.py). */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var dom = function () { return crossroads.dom.apply(null, arguments); };
  var noUpdate = function () { return window.dash_clientside.no_update; };

  function open(id) {
    window.dash_clientside.set_props(crossroads.constants().ids.ROUTE, { data: id });
  }

  function draw(box, year, chosen, facts, data) {
    var states = facts.years[year - facts.firstYear].routes;
    var items = [];
    data.routes.forEach(function (route, i) {
      var state = states[i];
      if (state === null) {
        return;
      }
      var line = dom("span", { class: "line", style: "border-top: 3px " +
        data.dashCss[state[0]] + " " + route[2] }, []);
      var button = dom("button", { type: "button", class: "route-button",
        "aria-pressed": String(route[0] === chosen) },
        [line, dom("span", { class: "route-name" }, route[1]),
          dom("span", { class: "route-status" }, state[1])]);
      button.addEventListener("click", function () { open(route[0]); });
      items.push(dom("li", {}, [button]));
    });
    box.replaceChildren(
      dom("h2", {}, "Routes in " + year),
      items.length ? dom("ul", { class: "route-list" }, items)
        : dom("p", { class: "hint" }, "No route is drawn this year.")
    );
  }

  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    showRouteList: function (year, chosen, facts, data) {
      var box = document.getElementById(crossroads.constants().ids.ROUTE_LIST);
      crossroads.afterPaint(function () { draw(box, year, chosen, facts, data); });
    },

    /* A click on a route's line opens its card. */
    routeOnMap: function (click, facts) {
      var point = click && click.points && click.points[0];
      var first = facts.constants.traces.routes;
      var index = point ? point.curveNumber - first : -1;
      return index >= 0 && index < facts.constants.routeIds.length
        ? facts.constants.routeIds[index] : noUpdate();
    },
  });
})();
