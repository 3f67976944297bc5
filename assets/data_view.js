/* The data behind the view, drawn in the browser once the map has painted, from every
 * year's rows sent once (components/data_view.py): a sortable, filterable table and the
 * citation of the view. Rows are the memberships in force for the layers shown, by
 * country and then legend order, as components/data_view.py:view_rows gives the CSV. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var dom = function () { return crossroads.dom.apply(null, arguments); };
  // row fields: country, org, status, since, until, publisher, url, start, end
  var SORT_FIELD = { country: 0, organisation: 1, status: 2, since: 7, until: 8, source: 5 };
  var shown = { data: null, view: null, sort: { column: null, descending: false } };

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

  function matching(rows, filter) {
    var words = (filter || "").toLowerCase().split(/\s+/).filter(Boolean);
    return rows.filter(function (row) {
      var text = row.slice(0, 6).join(" ").toLowerCase();
      return words.every(function (word) { return text.indexOf(word) >= 0; });
    });
  }

  function sorted(rows, sort) {
    if (!sort.column) {
      return rows;
    }
    var field = SORT_FIELD[sort.column];
    var sign = sort.descending ? -1 : 1;
    return rows.slice().sort(function (a, b) { return sign * compare(a[field], b[field]); });
  }

  /* A header press sorts by its column; a second press reverses the order. */
  function header(data) {
    return dom("thead", {}, [dom("tr", {}, data.columns.map(function (column) {
      var sort = shown.sort;
      var state = sort.column === column ? (sort.descending ? "descending" : "ascending") : "none";
      var button = dom("button", { type: "button", class: "sort" }, column);
      button.addEventListener("click", function () {
        var again = sort.column === column;
        shown.sort = { column: column, descending: again ? !sort.descending : false };
        draw();
        document.querySelector("#" + crossroads.constants().ids.TABLE + " th[data-column=" +
          column + "] button").focus();
      });
      return dom("th", { scope: "col", "aria-sort": state, "data-column": column }, [button]);
    }))]);
  }

  function line(row) {
    var link = dom("a", { href: row[6], target: "_blank", rel: "noopener", title: row[6] }, row[5]);
    return dom("tr", {}, [
      dom("td", {}, row[0]), dom("td", {}, row[1]), dom("td", {}, row[2]),
      dom("td", {}, row[3]), dom("td", {}, row[4]), dom("td", {}, [link]),
    ]);
  }

  function citation(data, view, rows) {
    var url = window.location.origin + window.location.pathname +
      crossroads.viewQuery(view, data.orgs);
    var sources = {};
    rows.forEach(function (row) { sources[row[6]] = true; });
    var layers = crossroads.inLegendOrder(view.layers, data.orgs).join(", ") || "no layers";
    return data.cite[view.year - data.firstYear]
      .replace("{layers}", layers)
      .replace("{lens}", view.lens)
      .replace("{url}", url)
      .replace("{count}", String(Object.keys(sources).length));
  }

  function draw() {
    var ids = crossroads.constants().ids;
    var data = shown.data;
    var rows = viewRows(data, shown.view.year, shown.view.layers);
    var filter = document.getElementById(ids.TABLE_FILTER);
    var visible = sorted(matching(rows, filter ? filter.value : ""), shown.sort);
    document.getElementById(ids.TABLE).replaceChildren(
      dom("caption", { class: "visually-hidden" }, data.caption),
      header(data),
      dom("tbody", {}, visible.map(line))
    );
    document.getElementById(ids.TABLE_COUNT).textContent =
      visible.length + " of " + rows.length + " rows";
    document.getElementById(ids.CITE).textContent = citation(data, shown.view, rows);
  }

  document.addEventListener("input", function (event) {
    if (shown.data && event.target.id === crossroads.constants().ids.TABLE_FILTER) {
      draw();
    }
  });

  crossroads.viewRows = viewRows;
  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    /* Arguments: every control of components/controls.py, then the table's data. */
    showTable: function () {
      var values = Array.prototype.slice.call(arguments);
      var data = values.pop();
      var view = crossroads.viewFrom(values);
      crossroads.afterPaint(function () {
        shown.data = data;
        shown.view = view;
        draw();
      });
    },
  });
})();
