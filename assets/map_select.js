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

  function shows(facts, index, country) {
    return facts.units[index] === country || facts.parts[index].indexOf(country) >= 0;
  }

  /* view: {year, layers: [codes], lens, country}. */
  function select(facts, view) {
    var c = facts.constants;
    var entry = yearEntry(facts, view.year);
    var on = facts.orgs.map(function (code) { return view.layers.indexOf(code) >= 0; });
    var values = {
      z: [],
      customdata: [],
      hovertemplate: c.hovertemplate[view.lens],
      lineWidth: c.borderWidth,
      badges: { lon: [], lat: [], colour: [], symbol: [] },
      routes: entry.routes,
      routeWidths: c.routeIds.map(function (id) {
        return id === view.route ? c.chosenRouteWidth : c.routeWidth;
      }),
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
      if (view.country && shows(facts, i, view.country)) {
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

  crossroads.map = Object.assign(crossroads.map || {}, { select: select });
})();
