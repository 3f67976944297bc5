/* What every browser module shares: the constants Python wrote into the page (ids and
 * the like, so none is typed twice) and Dash components built in the browser. */
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

  /* An html component: el("Li", {className: "x"}, [children]). */
  crossroads.el = function (type, props, children) {
    var all = Object.assign({}, props || {});
    if (children !== undefined) {
      all.children = children;
    }
    return { type: type, namespace: "dash_html_components", props: all };
  };
})();
