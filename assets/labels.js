/* Names on the map, placed for the zoom and the size on screen (components/labels.py
 * sends the candidates). States first, largest first; then cities by rank. A label that
 * would collide with one already placed is left out; at a small zoom a state's name is
 * shown only if it fits inside its shape, and only the main capitals are candidates. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var PADDING = 2;
  var context = null;

  function textWidth(text, size, family) {
    context = context || document.createElement("canvas").getContext("2d");
    context.font = size + "px " + family;
    return context.measureText(text).width;
  }

  function overlaps(box, boxes) {
    return boxes.some(function (other) {
      return box[0] < other[2] + PADDING && other[0] < box[2] + PADDING &&
        box[1] < other[3] + PADDING && other[1] < box[3] + PADDING;
    });
  }

  function inside(point, size) {
    return point && point[0] >= 0 && point[1] >= 0 && point[0] <= size.w && point[1] <= size.h;
  }

  /* The projected width of a lon/lat extent, from its corners and edge midpoints. */
  function projectedWidth(project, bounds) {
    var xs = [];
    [bounds[0], (bounds[0] + bounds[2]) / 2, bounds[2]].forEach(function (lon) {
      [bounds[1], (bounds[1] + bounds[3]) / 2, bounds[3]].forEach(function (lat) {
        var point = project([lon, lat]);
        if (point) {
          xs.push(point[0]);
        }
      });
    });
    return xs.length ? Math.max.apply(null, xs) - Math.min.apply(null, xs) : 0;
  }

  function rankLimit(tables, scale) {
    var limit = { rank: -1, kind: null };
    tables.rankFromScale.forEach(function (step) {
      if (scale >= step[0]) {
        limit = { rank: step[1], kind: step[2] };
      }
    });
    return limit;
  }

  /* The labels of ``view`` on the map as it is projected now. */
  function place(gd, facts, view) {
    var tables = facts.labels;
    var geo = gd._fullLayout.geo;
    var project = geo._subplot.projection;
    var size = gd._fullLayout._size;
    var scale = geo.projection.scale;
    var status = facts.years[view.year - facts.firstYear].status;
    var boxes = [];
    var states = { lon: [], lat: [], text: [] };
    var cities = { lon: [], lat: [], text: [] };
    var height = tables.stateFont * 1.2;

    var candidates = [];
    tables.states.forEach(function (state, i) {
      // state: [name, extent, [usual point, then points for partial views]]
      var lonlat = status[i] === null ? null : state[2].find(function (p) {
        return inside(project(p), size);
      });
      if (!lonlat) {
        return;
      }
      var width = textWidth(state[0], tables.stateFont, tables.fontFamily);
      var room = projectedWidth(project, state[1]);
      if (room < width && scale < tables.rankFromScale[1][0]) {
        return; // at the smallest zoom, a name that does not fit its shape stays off
      }
      candidates.push({ name: state[0], lonlat: lonlat, point: project(lonlat), width: width,
        room: room });
    });
    candidates.sort(function (a, b) { return b.room - a.room; });
    candidates.forEach(function (c) {
      var box = [c.point[0] - c.width / 2, c.point[1] - height / 2,
        c.point[0] + c.width / 2, c.point[1] + height / 2];
      if (!overlaps(box, boxes)) {
        boxes.push(box);
        states.lon.push(c.lonlat[0]);
        states.lat.push(c.lonlat[1]);
        states.text.push(c.name);
      }
    });

    var limit = rankLimit(tables, scale);
    var cityHeight = tables.cityFont * 1.2;
    tables.years[view.year - facts.firstYear]
      .map(function (i) { return tables.places[i]; })
      .filter(function (p) { return p[4] <= limit.rank && (!limit.kind || p[3] === limit.kind); })
      .sort(function (a, b) {
        return a[4] - b[4] || (a[3] === "capital" ? -1 : 0) - (b[3] === "capital" ? -1 : 0);
      })
      .forEach(function (p) {
        var point = project([p[0], p[1]]);
        if (!inside(point, size)) {
          return;
        }
        var width = textWidth(p[2], tables.cityFont, tables.fontFamily);
        var box = [point[0] - 3, point[1] - cityHeight / 2,
          point[0] + 6 + width, point[1] + cityHeight / 2];
        if (!overlaps(box, boxes)) {
          boxes.push(box);
          cities.lon.push(p[0]);
          cities.lat.push(p[1]);
          cities.text.push(p[2]);
        }
      });
    return { states: states, cities: cities };
  }

  crossroads.labels = { place: place };
})();
