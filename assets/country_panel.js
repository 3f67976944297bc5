/* The country panel in the browser: choosing a country from the map, the country box or
 * a list, closing the panel, and showing the chosen year's part of a story sent once
 * with it (components/country_panel.py). */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var el = function () { return crossroads.el.apply(null, arguments); };
  var noUpdate = function () { return window.dash_clientside.no_update; };

  function markdown(text) {
    return {
      type: "Markdown",
      namespace: "dash_core_components",
      props: { children: text, className: "panel-list", link_target: "_blank" },
    };
  }

  function listOr(text, empty) {
    return text ? markdown(text) : el("P", { className: "hint" }, empty);
  }

  /* What a click on the map opens: the unit drawn under it (a union such as the USSR is
   * itself), an event's first country, or the state that claims a territory. */
  function chooseOnMap(click, facts) {
    var point = click && click.points && click.points[0];
    if (!point) {
      return noUpdate();
    }
    var t = facts.constants.traces;
    if (point.curveNumber === t.events || point.curveNumber === t.territories) {
      return point.customdata[1];
    }
    var index = point.location === undefined ? -1 : facts.features.indexOf(point.location);
    return index >= 0 ? facts.units[index] : noUpdate(); // a route's line opens its card
  }

  /* A name typed or picked from the country box's list chooses its country; Enter takes
   * the first name that starts with what is typed, or else contains it; an emptied box
   * closes the panel. */
  function countryFromBox(text, submits, chosen, names) {
    var submitted = window.dash_clientside.callback_context.triggered.some(function (t) {
      return t.prop_id === crossroads.constants().ids.COUNTRY_SEARCH + ".n_submit";
    });
    var wanted = (text || "").trim().toLowerCase();
    if (!wanted) {
      return chosen ? null : noUpdate();
    }
    var codes = Object.keys(names);
    var named = function (test) {
      return codes.filter(function (code) { return test(names[code].toLowerCase()); })[0];
    };
    var found = named(function (name) { return name === wanted; });
    if (found === undefined && submitted) {
      found = named(function (name) { return name.indexOf(wanted) === 0; }) ||
        named(function (name) { return name.indexOf(wanted) >= 0; });
    }
    return found === undefined || found === chosen ? noUpdate() : found;
  }

  /* The country box's list of names, written once as the page starts. */
  function listNames(names) {
    var list = document.getElementById(crossroads.constants().ids.COUNTRY_LIST);
    list.replaceChildren.apply(list, Object.keys(names).map(function (code) {
      return crossroads.dom("option", { value: names[code] });
    }));
  }

  /* A country chosen anywhere (map, box, "What changed", a link, closing) writes its
   * name in the box. */
  function boxFromCountry(chosen, text, names) {
    var name = (chosen && names[chosen]) || "";
    if (name !== (text || "")) {
      window.dash_clientside.set_props(crossroads.constants().ids.COUNTRY_SEARCH, { value: name });
    }
  }

  /* The year's memberships, ties and routes, and where the timeline's marker stands,
   * set once the map has painted. */
  function panelYear(year, story) {
    crossroads.afterPaint(function () {
      var ids = crossroads.constants().ids;
      var parts = yearParts(year, story);
      var set = window.dash_clientside.set_props;
      set(ids.PANEL_YEAR, { children: parts[0] });
      set(ids.PANEL_ROUTES, { children: parts[1] });
      set(ids.PANEL_TIMELINE, { style: parts[2] });
      set(ids.PANEL_MARKER, { style: parts[3] });
    });
  }

  function yearParts(year, story) {
    var parts = story && story.years[year - story.firstYear];
    if (!parts) {
      return [[], [], { display: "none" }, {}];
    }
    var held = [
      el("H3", {}, "In " + year),
      el("P", { className: "ties" }, story.texts[parts[1]]),
      listOr(story.texts[parts[0]], story.empty[0]),
    ];
    var routes = [el("H3", {}, "Routes"), listOr(story.texts[parts[2]], story.empty[1])];
    return [held, routes, {}, { left: story.marker[year - story.firstYear] + "%" }];
  }

  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    boxFromCountry: boxFromCountry,
    listNames: listNames,
    chooseOnMap: chooseOnMap,
    countryFromBox: countryFromBox,
    panelYear: panelYear,
  });

  /* Escape closes the country panel, as its close button does. */
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      var close = document.getElementById(crossroads.constants().ids.PANEL_CLOSE);
      if (close) {
        close.click();
      }
    }
  });

  /* On a narrow screen the country panel sits below the map: once a person has chosen
   * a country (not when a shared link opens on one), scroll the panel into view. */
  var interacted = false;
  ["pointerdown", "keydown"].forEach(function (type) {
    document.addEventListener(type, function () { interacted = true; }, true);
  });
  var shownTitle = null;

  crossroads.revealPanel = function () {
    var ids = crossroads.constants().ids;
    var panel = document.getElementById(ids.PANEL);
    var title = document.getElementById(ids.PANEL_TITLE);
    var shown = panel && title && !panel.classList.contains("hidden") ? title.textContent : null;
    if (shown === shownTitle) {
      return;
    }
    shownTitle = shown;
    if (shown && interacted && crossroads.narrowScreen()) {
      panel.scrollIntoView({ block: "start" });
    }
  };
})();
