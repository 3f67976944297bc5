/* Fetch the map's geometry and base map while the page's scripts are still loading,
 * and hand them to plotly, which waits for an asset marked "pending" instead of asking
 * for it again. The addresses come from the page's constants (components/layout.py). */
(function () {
  "use strict";
  var block = document.getElementById("crossroads-constants");
  if (!block || !window.fetch) {
    return;
  }
  var constants = JSON.parse(block.textContent);
  var assets = (window.PlotlyGeoAssets = window.PlotlyGeoAssets || { topojson: {} });

  function early(url, store, key) {
    store[key] = "pending";
    fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    }).then(function (data) {
      store[key] = data;
    }).catch(function () {
      delete store[key]; // plotly fetches it itself, and reports what went wrong
    });
  }

  early(constants.geometry, assets, constants.geometry);
  early(constants.topojson + "world_110m.json", assets.topojson, "world_110m");
})();
