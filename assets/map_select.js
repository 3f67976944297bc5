/* The map's values for a view, selected from the facts Python sent once
 * (components/year_facts.py). Pure: no DOM and no membership rule. Which statuses a
 * country held, which power centres it was tied to and every colour and symbol come as
 * codes and tables; this only picks the year, the switched-on layers in legend order
 * and the lens. components/map_figure.py:view_values is the reference it must equal. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});

  function yearEntry(facts, year) {
    return facts.years[year - facts.firstYear];
  }

  /* The first switched-on layer (legend order) the country is in gives its fill. */
  function layerFill(codes, on, c) {
    for (var org = 0; org < codes.length; org++) {
      var code = Number(codes[org]);
      if (on[org] && code) {
        return c.fill[org][code];
      }
    }
    return 0;
  }

  function layerBadges(codes, on, c) {
    var entries = [];
    for (var org = 0; org < codes.length; org++) {
      var code = Number(codes[org]);
      if (on[org] && code) {
        entries.push([org, c.badgeSymbol[code]]);
      }
    }
    return entries;
  }

  function centreBadges(mask, c) {
    var entries = [];
    for (var centre = 0; centre < c.centreColour.length; centre++) {
      if ((mask >> centre) & 1) {
        entries.push([c.centreColour[centre], c.centreSymbol]);
      }
    }
    return entries;
  }

  function centreCount(mask) {
    var count = 0;
    for (; mask; mask >>= 1) {
      count += mask & 1;
    }
    return count;
  }

  /* A row of badges centred on the anchor, the same float operations as Python's. */
  function addRow(badges, anchor, entries, spacing) {
    entries.forEach(function (entry, slot) {
      badges.lon.push(anchor[0] + (slot - (entries.length - 1) / 2) * spacing);
      badges.lat.push(anchor[1]);
      badges.colour.push(entry[0]);
      badges.symbol.push(entry[1]);
    });
  }

  function shows(facts, index, countries) {
    return countries.some(function (code) {
      return facts.units[index] === code || facts.parts[index].indexOf(code) >= 0;
    });
  }

  /* Each unit's codes in a year, whichever feature drew it (Serbia with Kosovo, say). */
  function byUnit(facts, entry, key) {
    var found = {};
    entry.status.forEach(function (codes, j) {
      if (codes !== null) {
        found[facts.units[j]] = entry[key][j];
      }
    });
    return found;
  }

  /* Ties gained and lost since ``view.vs``: power centres in the alignment lens, else a
   * step up or down in each layer shown (components/map_figure.py:gains_and_losses). */
  function compare(facts, view, on) {
    var c = facts.constants;
    var out = { lon: [], lat: [], symbol: [], colour: [], customdata: [],
      hovertemplate: c.changeHover.replace("{vs}", String(view.vs || "")) };
    if (!view.vs) {
      return out;
    }
    var now = yearEntry(facts, view.year);
    var then = yearEntry(facts, view.vs);
    var thenStatus = byUnit(facts, then, "status");
    var thenTies = byUnit(facts, then, "ties");
    facts.features.forEach(function (id, i) {
      if (now.status[i] === null) {
        return;
      }
      var unit = facts.units[i];
      var gains = 0;
      var losses = 0;
      if (view.lens === "alignment") {
        var before = centreCount(thenTies[unit] || 0);
        var after = centreCount(now.ties[i]);
        gains = Math.max(after - before, 0);
        losses = Math.max(before - after, 0);
      } else {
        var old = thenStatus[unit] || "";
        for (var org = 0; org < on.length; org++) {
          if (on[org]) {
            var a = c.strength[Number(old[org] || 0)];
            var b = c.strength[Number(now.status[i][org])];
            gains += b > a ? 1 : 0;
            losses += b < a ? 1 : 0;
          }
        }
      }
      var way = gains && losses ? "both" : gains ? "up" : losses ? "down" : null;
      if (way === null) {
        return;
      }
      out.lon.push(facts.anchors[i][0]);
      out.lat.push(facts.anchors[i][1] + c.changeLift);
      out.symbol.push(c.changeMark[way][0]);
      out.colour.push(c.changeMark[way][1]);
      out.customdata.push([facts.names[i], gains, losses]);
    });
    return out;
  }

  /* view: {year, layers: [codes], lens, country}. */
  function select(facts, view) {
    var c = facts.constants;
    var entry = yearEntry(facts, view.year);
    var on = facts.orgs.map(function (code) { return view.layers.indexOf(code) >= 0; });
    var highlight = crossroads.map.highlightOf(view);
    var outlined = (view.country ? [view.country] : []).concat(highlight.countries);
    var values = {
      z: [],
      customdata: [],
      hovertemplate: c.hovertemplate[view.lens],
      lineWidth: c.borderWidth,
      badges: { lon: [], lat: [], colour: [], symbol: [] },
      routes: entry.routes,
      routeWidths: c.routeIds.map(function (id) {
        var strong = id === view.route || highlight.routes.indexOf(id) >= 0;
        return strong ? c.chosenRouteWidth : c.routeWidth;
      }),
      changes: compare(facts, view, on),
    };
    var chosen = [];
    facts.features.forEach(function (id, i) {
      values.customdata.push([facts.texts[entry.hover[i]], facts.texts[entry.tiesHover[i]]]);
      var codes = entry.status[i];
      if (codes === null) {
        values.z.push(null);
        return;
      }
      if (view.lens === "alignment") {
        values.z.push(c.tiesFill[centreCount(entry.ties[i])]);
        addRow(values.badges, facts.anchors[i], centreBadges(entry.ties[i], c), c.badgeSpacing);
      } else {
        values.z.push(layerFill(codes, on, c));
        addRow(values.badges, facts.anchors[i], layerBadges(codes, on, c), c.badgeSpacing);
      }
      if (outlined.length && shows(facts, i, outlined)) {
        chosen.push(i);
      }
    });
    if (chosen.length) {
      values.lineWidth = facts.features.map(function (id, i) {
        return chosen.indexOf(i) >= 0 ? c.selectedWidth : c.borderWidth;
      });
    }
    return values;
  }

  /* What a story chapter points at, or nothing. */
  function highlightOf(view) {
    var h = view.highlight || {};
    return { countries: h.countries || [], routes: h.routes || [],
      territories: h.territories || [], events: h.events || [] };
  }

  crossroads.map = Object.assign(crossroads.map || {}, { select: select, highlightOf: highlightOf });
})();
