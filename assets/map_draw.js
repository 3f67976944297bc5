/* Draw a view on the map in the browser: one Plotly.update per view, no request.
 *
 * The graph's figure is written once by the server (the first render). Every later
 * change of year, layers, lens, country or region is drawn here, so nothing else may
 * write the map's figure. While an update is in flight, newer views wait and only the
 * latest is drawn: dragging the slider never queues up stale years. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var busy = false;
  var waiting = null;
  var framed = null;
  var drawn = null;
  var watched = null;
  var relabel = null;
  var framing = false;

  /* Zooming or panning changes which names fit: place them again once it settles. */
  function watchZoom(gd) {
    if (watched === gd) {
      return;
    }
    watched = gd;
    gd.on("plotly_relayout", function () {
      if (framing) {
        framing = false; // our own framing: the draw that follows places the names
        return;
      }
      clearTimeout(relabel);
      relabel = setTimeout(function () {
        if (!drawn || busy) {
          return;
        }
        var changes = traceChanges();
        var labels = crossroads.labels.place(gd, drawn.facts, drawn.view);
        setLabels(changes.set, drawn.facts.constants.traces, labels);
        window.Plotly.restyle(gd, changes.update(), changes.traces);
      }, 120);
    });
  }

  function graph() {
    return document.querySelector("#map .js-plotly-plot");
  }

  /* Drawn once: the first render has fetched its geometry and drawn its paths. */
  function ready(gd) {
    return Boolean(gd && gd._fullLayout && gd.querySelector(".choroplethlocation"));
  }

  function setLabels(set, t, labels) {
    [["state labels", labels.states], ["city labels", labels.cities]].forEach(function (pair) {
      set(t[pair[0]], "lon", pair[1].lon);
      set(t[pair[0]], "lat", pair[1].lat);
      set(t[pair[0]], "text", pair[1].text);
    });
  }

  /* Plotly's per-trace form of an update: attribute -> one value per listed trace, where
   * undefined leaves that trace's value alone. */
  function traceChanges() {
    var traces = [];
    var update = {};
    return {
      traces: traces,
      set: function (trace, key, value) {
        var index = traces.indexOf(trace);
        if (index < 0) {
          index = traces.push(trace) - 1;
        }
        update[key] = update[key] || [];
        update[key][index] = value;
      },
      update: function () {
        Object.keys(update).forEach(function (key) { update[key].length = traces.length; });
        return update;
      },
    };
  }

  function traceUpdate(facts, values) {
    var t = facts.constants.traces;
    var changes = traceChanges();
    var set = changes.set;
    set(t.countries, "z", values.z);
    set(t.countries, "customdata", values.customdata);
    set(t.countries, "hovertemplate", values.hovertemplate);
    set(t.countries, "marker.line.width", values.lineWidth);
    set(t.badges, "lon", values.badges.lon);
    set(t.badges, "lat", values.badges.lat);
    set(t.badges, "marker.color", values.badges.colour);
    set(t.badges, "marker.symbol", values.badges.symbol);
    values.routes.forEach(function (state, i) {
      set(t.routes + i, "visible", state !== null);
      set(t.routes + i, "line.width", values.routeWidths[i]);
      if (state !== null) {
        set(t.routes + i, "line.dash", state[0]);
        set(t.routes + i, "text", state[1]);
      }
    });
    var contest = values.contest;
    set(t.territories, "locations", contest.territoryLocations);
    set(t.territories, "z", contest.territoryZ);
    set(t.territories, "customdata", contest.territoryCustomdata);
    set(t.territories, "marker.line.color", contest.territoryLine);
    set(t.territories, "marker.line.width", contest.territoryWidth);
    [["hatching", contest.hatch], ["approximate", contest.approximate],
      ["borders", contest.border]].forEach(function (pair) {
      set(t[pair[0]], "lon", pair[1][0]);
      set(t[pair[0]], "lat", pair[1][1]);
    });
    set(t.borders, "text", contest.borderHover);
    set(t.events, "lon", contest.eventLon);
    set(t.events, "lat", contest.eventLat);
    set(t.events, "customdata", contest.eventCustomdata);
    set(t.events, "marker.symbol", contest.eventSymbol);
    set(t.events, "marker.color", contest.eventColour);
    set(t.events, "marker.size", contest.eventSize);
    set(t.changes, "lon", values.changes.lon);
    set(t.changes, "lat", values.changes.lat);
    set(t.changes, "customdata", values.changes.customdata);
    set(t.changes, "hovertemplate", values.changes.hovertemplate);
    set(t.changes, "marker.symbol", values.changes.symbol);
    set(t.changes, "marker.color", values.changes.colour);
    setLabels(set, t, values.labels);
    return { update: changes.update(), traces: changes.traces };
  }

  /* Re-frame only on a change of region, so zoom and pan survive year changes. */
  function frameUpdate(facts, region) {
    if (framed === null) {
      framed = facts.constants.firstRegion;
    }
    if (region === framed) {
      return {};
    }
    var frame = facts.constants.regions[region];
    return {
      "geo.center.lon": frame.center.lon,
      "geo.center.lat": frame.center.lat,
      "geo.projection.scale": frame.projection.scale,
    };
  }

  /* A new region is framed first: the names placed next depend on the projection. */
  function draw(gd, facts, view) {
    var layout = frameUpdate(facts, view.region);
    framed = view.region;
    var reframe = Object.keys(layout).length > 0;
    framing = reframe && watched === gd; // the zoom watcher is to ignore this relayout
    return Promise.resolve(reframe ? window.Plotly.relayout(gd, layout) : null)
      .then(function () {
        var values = crossroads.map.select(facts, view);
        values.contest = crossroads.contest.select(facts, view);
        values.labels = crossroads.labels.place(gd, facts, view);
        watchZoom(gd);
        drawn = { facts: facts, view: view };
        var data = traceUpdate(facts, values);
        return window.Plotly.update(gd, data.update, {}, data.traces);
      })
      .then(function () {
        gd.setAttribute("data-view", JSON.stringify(view));
      });
  }

  function next() {
    var gd = graph();
    busy = true;
    if (!ready(gd)) {
      window.requestAnimationFrame(function () {
        busy = false;
        next();
      });
      return;
    }
    var job = waiting;
    waiting = null;
    draw(gd, job.facts, job.view).then(finish, finish);
  }

  function finish(error) {
    busy = false;
    if (error instanceof Error) {
      console.error(error);
    }
    if (waiting) {
      next();
    }
  }

  /* Draw ``view`` as soon as the map can take it; views asked for meanwhile collapse
   * into the latest, and the view already drawn is not drawn again. */
  function show(facts, view) {
    var gd = graph();
    var wanted = JSON.stringify(view);
    if (!busy && gd && gd.getAttribute("data-view") === wanted) {
      return;
    }
    waiting = { facts: facts, view: view };
    if (!busy) {
      next();
    }
  }

  /* Whether the map has finished drawing ``year`` (playback waits for it). */
  function hasDrawn(year) {
    var gd = graph();
    var view = gd && gd.getAttribute("data-view");
    return !busy && !waiting && (view ? JSON.parse(view).year === year : true);
  }

  crossroads.map = Object.assign(crossroads.map || {}, { show: show, hasDrawn: hasDrawn });
  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    /* Every change of the view, from the controls to the map (components/map_view.py). */
    /* Arguments: every control of components/controls.py, the story's highlight, the
     * facts. */
    drawMap: function () {
      var values = Array.prototype.slice.call(arguments);
      var facts = values.pop();
      var highlight = values.pop();
      var view = crossroads.viewFrom(values);
      view.highlight = highlight || null;
      show(facts, view);
    },
  });
})();
