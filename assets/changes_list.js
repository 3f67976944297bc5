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

  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    showChanges: function (year, data) {
      var box = document.getElementById(crossroads.constants().ids.CHANGES_LIST);
      crossroads.afterPaint(function () { draw(box, year, data); });
    },
  });
})();
