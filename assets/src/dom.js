/* Elements built in the browser, for lists drawn outside React and for Dash children. */

/** A plain element: text is always text, never markup.
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node|string)[]|Node|string} [children]
 * @returns {HTMLElement} */
export function dom(tag, attributes, children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
  [].concat(children === undefined ? [] : children).forEach((child) => {
    element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  });
  return element;
}

/** A Dash html component: el("Li", {className: "x"}, [children]).
 * @param {string} type
 * @param {Record<string, unknown>} [props]
 * @param {unknown} [children] */
export function el(type, props, children) {
  /** @type {Record<string, unknown>} */
  const all = Object.assign({}, props || {});
  if (children !== undefined) {
    all.children = children;
  }
  return { type, namespace: "dash_html_components", props: all };
}

/** Whether the page is in its one-column layout (the breakpoint of assets/style.css),
 * where the aside (story, country panel, routes) sits below the map. */
export function narrowScreen() {
  return window.matchMedia("(max-width: 900px)").matches;
}
