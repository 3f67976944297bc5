/*! regenerator-runtime 0.14.1, Copyright (c) 2014-present, Facebook, Inc., MIT licence */
/* WORKAROUND(dash 4.4.1): Dash's component bundles call a global regeneratorRuntime, which
 * Dash gets from the polyfill script it sends every browser (babel's, core-js 2, for
 * browsers from before 2017). That polyfill also replaces String.prototype.trim, which
 * plotly.js calls for every colour it parses: together they took about 140 ms of a cold
 * load and a few per cent of every redraw. components/layout.py drops the polyfill from
 * the page; this bundle (loaded before Dash's components) brings the one part of it they
 * need. */
import "regenerator-runtime/runtime.js";
