/* "What changed in this year", drawn after the map paints, from every year's list sent
 * once (components/changes_list.py). A line about a country is a button that opens it. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var dom = function () { return crossroads.dom.apply(null, arguments); };

  function item(data, change) {
    var body = [
      dom("span", { class: "change-date" }, change[0]),
      dom("span", { class: "change-kind kind-" + change[1] }, data.kindLabel[change[1]]),
      dom("span", { class: "change-text" }, change[3]),
    ];
    if (change[2] === null) {
      return dom("li", { class: "change" }, body);
    }
    var button = dom("button", { type: "button", class: "change-button",
      title: "Open this country's story" }, body);
    button.addEventListener("click", function () {
      window.dash_clientside.set_props(crossroads.constants().ids.COUNTRY, { data: change[2] });
    });
    return dom("li", { class: "change" }, [button]);
  }

  function draw(box, year, data) {
    var changes = data.years[year - data.firstYear] || [];
    var list = changes.length
      ? dom("ul", { class: "changes" }, changes.map(function (change) { return item(data, change); }))
      : dom("p", { class: "hint" }, "No recorded change this year.");
    box.replaceChildren(dom("h2", {}, "What changed in " + year), list);
  }

  /* Between two years: every change of ties, grouped by state, each with its date and
   * source (components/changes_list.py:compared_changes is the reference). */
  function drawComparison(box, year, vs, data) {
    var first = Math.min(year, vs);
    var last = Math.max(year, vs);
    var groups = {};
    for (var y = first + 1; y <= last; y++) {
      (data.years[y - data.firstYear] || []).forEach(function (change) {
        if (change[2] !== null && data.compared.indexOf(change[1]) >= 0) {
          var name = data.names[change[2]];
          (groups[name] = groups[name] || { code: change[2], lines: [] }).lines.push(change);
        }
      });
    }
    var names = Object.keys(groups).sort();
    var sections = names.map(function (name) {
      var heading = dom("button", { type: "button", class: "change-state" }, name);
      heading.addEventListener("click", function () {
        window.dash_clientside.set_props(crossroads.constants().ids.COUNTRY,
          { data: groups[name].code });
      });
      var lines = groups[name].lines.map(function (change) {
        var source = dom("a", { href: change[5], target: "_blank", rel: "noopener" }, change[4]);
        return dom("li", { class: "change" }, [
          dom("span", { class: "change-date" }, change[0]),
          dom("span", { class: "change-text" }, [change[3] + " \u00b7 ", source]),
        ]);
      });
      return dom("li", { class: "change-group" }, [heading, dom("ul", { class: "changes" }, lines)]);
    });
    box.replaceChildren(
      dom("h2", {}, "What changed between " + first + " and " + last),
      sections.length ? dom("ul", { class: "compared" }, sections)
        : dom("p", { class: "hint" }, "No change of ties between these years.")
    );
  }

  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    showChanges: function (year, typed, data) {
      var vs = crossroads.comparedYear(typed);
      var box = document.getElementById(crossroads.constants().ids.CHANGES_LIST);
      crossroads.afterPaint(function () {
        if (vs && vs !== year) {
          drawComparison(box, year, vs, data);
        } else {
          draw(box, year, data);
        }
      });
    },
  });
})();
