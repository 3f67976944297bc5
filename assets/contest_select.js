/* The contest a view shows, selected from the facts Python sent once
 * (components/contest.py: contest_tables, and each year's contest_years). Pure: which
 * territory rows, closed borders and events hold in a year is decided in Python; this
 * picks the year and the overlays switched on. components/contest.py:contest_values is
 * the reference it must equal. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});

  /* Several lines as one trace's coordinates, separated by null. */
  function joined(lines) {
    var lons = [];
    var lats = [];
    lines.forEach(function (line) {
      if (!line[0].length) {
        return;
      }
      if (lons.length) {
        lons.push(null);
        lats.push(null);
      }
      lons.push.apply(lons, line[0]);
      lats.push.apply(lats, line[1]);
    });
    return [lons, lats];
  }

  function territories(tables, indices, values, highlight) {
    var rows = indices.map(function (i) { return tables.territories[i]; });
    rows.forEach(function (row) {
      values.territoryLocations.push(row[0]);
      values.territoryZ.push(row[1]);
      values.territoryLine.push(tables.territoryColour[row[1]]);
      values.territoryWidth.push(tables.territoryWidth[highlight.territories.indexOf(row[4]) >= 0 ? 1 : 0]);
      values.territoryCustomdata.push([row[2], row[3]]);
    });
    values.hatch = joined(rows.map(function (row) { return tables.hatch[row[0]]; }));
    values.approximate = joined(rows
      .filter(function (row) { return tables.approximate[row[0]] !== undefined; })
      .map(function (row) { return tables.approximate[row[0]]; }));
  }

  function borders(tables, indices, values) {
    var lines = [];
    indices.forEach(function (i) {
      var row = tables.borders[i];
      var line = tables.borderLines[row[0].join("|")];
      lines.push(line);
      if (line[0].length) {
        if (values.borderHover.length) {
          values.borderHover.push(null);
        }
        line[0].forEach(function () { values.borderHover.push(row[1]); });
      }
    });
    values.border = joined(lines);
  }

  function events(tables, indices, values, highlight) {
    indices.forEach(function (i) {
      var event = tables.events[i];
      values.eventSize.push(tables.eventSize[highlight.events.indexOf(event[5]) >= 0 ? 1 : 0]);
      values.eventLon.push(event[0]);
      values.eventLat.push(event[1]);
      values.eventCustomdata.push([event[3], event[4]]);
      values.eventSymbol.push(tables.eventSymbol[event[2]]);
      values.eventColour.push(tables.eventColour[event[2]]);
    });
  }

  /* view: {year, overlays: [names]}. */
  function select(facts, view) {
    var tables = facts.contest;
    var year = facts.years[view.year - facts.firstYear].contest;
    var values = {
      territoryLocations: [], territoryZ: [], territoryLine: [], territoryWidth: [],
      territoryCustomdata: [], eventSize: [],
      hatch: [[], []], approximate: [[], []], border: [[], []], borderHover: [],
      eventLon: [], eventLat: [], eventCustomdata: [], eventSymbol: [], eventColour: [],
    };
    var on = view.overlays || [];
    var highlight = crossroads.map.highlightOf(view);
    if (on.indexOf("territories") >= 0) {
      territories(tables, year.territories, values, highlight);
    }
    if (on.indexOf("borders") >= 0) {
      borders(tables, year.borders, values);
    }
    if (on.indexOf("events") >= 0) {
      events(tables, year.events, values, highlight);
    }
    return values;
  }

  crossroads.contest = { select: select };
})();
