/* Show each route as it was in the chosen year, without a request to the server.
 * The table (year -> per route [dash, status text] or null) comes once with the page;
 * the server builds it with the same function that drew the first year. */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  crossroads: {
    showRoutes: function (year, table, figure) {
      var states = table && figure ? table.years[String(year)] : undefined;
      if (!states) {
        return window.dash_clientside.no_update;
      }
      var data = figure.data.slice();
      states.forEach(function (state, i) {
        var index = table.first_trace + i;
        var trace = Object.assign({}, data[index], { visible: state !== null });
        if (state !== null) {
          trace.line = Object.assign({}, trace.line, { dash: state[0] });
          trace.text = state[1];
        }
        data[index] = trace;
      });
      return Object.assign({}, figure, { data: data });
    },
  },
});
