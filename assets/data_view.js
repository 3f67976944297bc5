/* The data behind the view, drawn in the browser from every year's rows sent once
 * (components/data_view.py): a sortable, filterable table and the citation of the view.
 * Rows are the memberships in force, for the layers shown, by country and legend order,
 * as components/data_view.py:view_rows gives them for the CSV. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var el = function () { return crossroads.el.apply(null, arguments); };
  var noUpdate = function () { return window.dash_clientside.no_update; };
  // row fields: country, org, status, since, until, publisher, url, start, end
  var SORT_FIELD = { country: 0, organisation: 1, status: 2, since: 7, until: 8, source: 5 };

  function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /* The rows the view shows, in the reference order (country, then legend order). */
  function viewRows(data, year, layers) {
    var rows = (data.years[year - data.firstYear] || []).map(function (i) { return data.rows[i]; });
    var order = function (row) { return data.orgs.indexOf(row[1]); };
    return rows
      .filter(function (row) { return layers.indexOf(row[1]) >= 0; })
      .sort(function (a, b) { return compare(a[0], b[0]) || compare(order(a), order(b)); });
  }

  function matches(row, words) {
    var text = row.slice(0, 6).join(" ").toLowerCase();
    return words.every(function (word) { return text.indexOf(word) >= 0; });
  }

  function sorted(rows, sort) {
    if (!sort || !sort.column) {
      return rows;
    }
    var field = SORT_FIELD[sort.column];
    var sign = sort.descending ? -1 : 1;
    return rows.slice().sort(function (a, b) { return sign * compare(a[field], b[field]); });
  }

  function header(data, sort) {
    return el("Thead", {}, [el("Tr", {}, data.columns.map(function (column) {
      var state = sort && sort.column === column ? (sort.descending ? "descending" : "ascending")
        : "none";
      var button = el("Button", {
        id: { type: data.sortType, index: column },
        className: "sort",
        title: "Sort by " + column,
      }, column);
      return el("Th", { scope: "col", "aria-sort": state }, [button]);
    }))]);
  }

  function line(row) {
    var link = el("A", { href: row[6], target: "_blank", rel: "noopener", title: row[6] }, row[5]);
    return el("Tr", {}, [
      el("Td", {}, row[0]), el("Td", {}, row[1]), el("Td", {}, row[2]),
      el("Td", {}, row[3]), el("Td", {}, row[4]), el("Td", {}, [link]),
    ]);
  }

  function citation(data, view, rows) {
    var url = window.location.origin + window.location.pathname +
      crossroads.viewQuery(view, data.orgs);
    var sources = {};
    rows.forEach(function (row) { sources[row[6]] = true; });
    return data.cite[view.year - data.firstYear]
      .replace("{layers}", crossroads.inLegendOrder(view.layers, data.orgs).join(", ") || "no layers")
      .replace("{lens}", view.lens)
      .replace("{url}", url)
      .replace("{count}", String(Object.keys(sources).length));
  }

  function dataTable(year, layers, lens, country, region, filter, sort, data) {
    var view = { year: year, layers: layers || [], lens: lens, country: country, region: region };
    var rows = viewRows(data, year, view.layers);
    var words = (filter || "").toLowerCase().split(/\s+/).filter(Boolean);
    var shown = sorted(rows.filter(function (row) { return matches(row, words); }), sort);
    var table = [
      el("Caption", { className: "visually-hidden" }, data.caption),
      header(data, sort),
      el("Tbody", {}, shown.map(line)),
    ];
    var count = shown.length + " of " + rows.length + " rows";
    return [table, count, citation(data, view, rows)];
  }

  /* A header press sorts by its column; a second press reverses the order. */
  function sortBy(clicks, sort) {
    var context = window.dash_clientside.callback_context;
    if (!context.triggered.length || !context.triggered[0].value) {
      return noUpdate();
    }
    var column = context.triggered_id.index;
    var again = sort && sort.column === column;
    return { column: column, descending: again ? !sort.descending : false };
  }

  crossroads.viewRows = viewRows;
  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    dataTable: dataTable,
    sortBy: sortBy,
  });
})();
