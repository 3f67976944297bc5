/* "What changed in this year", drawn from every year's list sent once
 * (components/changes_list.py): a line about a country is a button that opens it. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var el = function () { return crossroads.el.apply(null, arguments); };

  function item(data, change, index) {
    var body = [
      el("Span", { className: "change-date" }, change[0]),
      el("Span", { className: "change-kind kind-" + change[1] }, data.kindLabel[change[1]]),
      el("Span", { className: "change-text" }, change[3]),
    ];
    if (change[2] === null) {
      return el("Li", { className: "change" }, body);
    }
    var button = el("Button", {
      id: { type: data.itemType, index: index + "-" + change[2] },
      className: "change-button",
      title: "Open this country's story",
    }, body);
    return el("Li", { className: "change" }, [button]);
  }

  function changesOf(year, data) {
    var changes = data.years[year - data.firstYear] || [];
    var heading = el("H2", {}, "What changed in " + year);
    if (!changes.length) {
      return [heading, el("P", { className: "hint" }, "No recorded change this year.")];
    }
    var items = changes.map(function (change, i) { return item(data, change, i); });
    return [heading, el("Ul", { className: "changes" }, items)];
  }

  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, { changesOf: changesOf });
})();
