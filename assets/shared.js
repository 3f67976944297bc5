/* What every browser module shares: the constants Python wrote into the page (ids and
 * the like, so none is typed twice), Dash components and plain elements built in the
 * browser, and a way to let the map paint before slower work. */
(function () {
  "use strict";
  var crossroads = (window.crossroads = window.crossroads || {});
  var constants = null;

  /* The JSON block components/layout.py:index_string puts in the page. */
  crossroads.constants = function () {
    if (constants === null) {
      constants = JSON.parse(document.getElementById("crossroads-constants").textContent);
    }
    return constants;
  };

  /* A view from the controls' values, given in components/controls.py's order. */
  crossroads.viewFrom = function (values) {
    var view = {};
    crossroads.constants().viewKeys.forEach(function (key, i) {
      view[key] = values[i] === undefined ? null : values[i];
    });
    view.layers = view.layers || [];
    view.overlays = view.overlays || [];
    view.vs = crossroads.comparedYear(view.vs);
    return view;
  };

  /* The year typed in "Compare with", or null while it is not a year the slider holds
   * (half typed, say): the slider's range comes from Python. */
  crossroads.comparedYear = function (vs) {
    var years = crossroads.constants().years;
    return Number.isInteger(vs) && vs >= years[0] && vs <= years[1] ? vs : null;
  };

  /* A Dash html component: el("Li", {className: "x"}, [children]). */
  crossroads.el = function (type, props, children) {
    var all = Object.assign({}, props || {});
    if (children !== undefined) {
      all.children = children;
    }
    return { type: type, namespace: "dash_html_components", props: all };
  };

  /* A plain element for lists drawn outside React: text is always text, never markup. */
  crossroads.dom = function (tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      element.setAttribute(name, attributes[name]);
    });
    [].concat(children === undefined ? [] : children).forEach(function (child) {
      element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return element;
  };

  /* Whether the page is in its one-column layout, where the aside (story, country
   * panel, routes) sits below the map: the breakpoint of assets/style.css. */
  crossroads.narrowScreen = function () {
    return window.matchMedia("(max-width: 900px)").matches;
  };

  /* Run ``work`` once the map's next frame is on screen, so a year change paints the map
   * first and lists follow. Never returned to Dash as a promise: Dash would wait for it
   * before running the map's own callback. */
  crossroads.afterPaint = function (work) {
    window.requestAnimationFrame(function () { setTimeout(work, 0); });
  };
})();
