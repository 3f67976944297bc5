/* The routes drawn in the year shown, listed once the hand rests, each with its colour
 * and line style, name and status; pressing one opens its card, as a click on its line
 * does. Routes come from components/route_card.py, their states from the map's facts. */

import { dom } from "../dom.js";
import { id, setProps } from "../page.js";

/** @typedef {import("../wire.js").Facts} Facts */

/** @param {number} year @param {string|null} chosen @param {Facts} facts
 * @param {{routes: [string, string, string][], dashCss: Record<string, string>}} data */
export function showRouteList(year, chosen, facts, data) {
  const box = document.getElementById(id("ROUTE_LIST"));
  const states = facts.years[year - facts.firstYear].routes;
  const items = [];
  data.routes.forEach(([route, name, colour], i) => {
    const state = states[i];
    if (state === null) {
      return;
    }
    const line = dom("span", { class: "line", style: "border-top: 3px " +
      data.dashCss[state[0]] + " " + colour }, []);
    const button = dom("button", { type: "button", class: "route-button",
      "aria-pressed": String(route === chosen) },
    [line, dom("span", { class: "route-name" }, name),
      dom("span", { class: "route-status" }, state[1])]);
    button.addEventListener("click", () => setProps("ROUTE", { data: route }));
    items.push(dom("li", {}, [button]));
  });
  box.replaceChildren(
    dom("h2", {}, "Routes in " + year),
    items.length ? dom("ul", { class: "route-list" }, items)
      : dom("p", { class: "hint" }, "No route is drawn this year."),
  );
}

/** The route a click on the map's line chose, or undefined.
 * @param {any} click @param {Facts} facts @returns {string|undefined} */
export function routeOnMap(click, facts) {
  const point = click && click.points && click.points[0];
  const index = point ? point.curveNumber - facts.constants.traces.routes : -1;
  return index >= 0 && index < facts.constants.routeIds.length
    ? facts.constants.routeIds[index] : undefined;
}
