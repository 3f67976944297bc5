/* The URL follows the view in the browser (components/url_sync.py). The query has the
 * canonical form components/view_state.py:view_query writes; only an address that is not
 * our own echo goes to the server to be read. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var noUpdate = function () { return window.dash_clientside.no_update; };

  function inLegendOrder(layers, orgs) {
    return orgs.filter(function (code) { return (layers || []).indexOf(code) >= 0; });
  }

  function viewQuery(view, orgs) {
    var params = [
      ["year", view.year],
      ["layers", inLegendOrder(view.layers, orgs).join(",")],
      ["overlays", inLegendOrder(view.overlays, crossroads.constants().overlays).join(",")],
      ["lens", view.lens],
    ];
    if (view.country) {
      params.push(["country", view.country]);
    }
    if (view.route) {
      params.push(["route", view.route]);
    }
    params.push(["region", view.region]);
    if (view.vs) {
      params.push(["vs", view.vs]);
    }
    if (view.story) {
      params.push(["story", view.story]);
    }
    return "?" + params.map(function (pair) {
      return pair[0] + "=" + encodeURIComponent(pair[1]).replace(/%2C/g, ",");
    }).join("&");
  }

  /* Arguments: every control of components/controls.py, then the facts. */
  function writeUrl() {
    if (crossroads.storyWalking && crossroads.storyWalking()) {
      return [noUpdate(), noUpdate()]; // the slider walks to a chapter's year: write it once
    }
    var values = Array.prototype.slice.call(arguments);
    var facts = values.pop();
    var query = viewQuery(crossroads.viewFrom(values), facts.orgs);
    return [query, query];
  }

  /* Our own echo stops here; a link opened, back or forward goes to be read. */
  function urlToRead(search, written) {
    return !search || search === written ? noUpdate() : search;
  }

  crossroads.viewQuery = viewQuery;
  crossroads.inLegendOrder = inLegendOrder;
  var clientside = (window.dash_clientside = window.dash_clientside || {});
  clientside.crossroads = Object.assign(clientside.crossroads || {}, {
    writeUrl: writeUrl,
    urlToRead: urlToRead,
  });
})();
