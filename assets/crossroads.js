(() => {
  var __create = Object.create;
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __getProtoOf = Object.getPrototypeOf;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __commonJS = (cb, mod) => function __require() {
    try {
      return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    } catch (e) {
      throw mod = 0, e;
    }
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
    mod
  ));

  // node_modules/regenerator-runtime/runtime.js
  var require_runtime = __commonJS({
    "node_modules/regenerator-runtime/runtime.js"(exports, module) {
      var runtime = (function(exports2) {
        "use strict";
        var Op = Object.prototype;
        var hasOwn = Op.hasOwnProperty;
        var defineProperty = Object.defineProperty || function(obj, key, desc) {
          obj[key] = desc.value;
        };
        var undefined2;
        var $Symbol = typeof Symbol === "function" ? Symbol : {};
        var iteratorSymbol = $Symbol.iterator || "@@iterator";
        var asyncIteratorSymbol = $Symbol.asyncIterator || "@@asyncIterator";
        var toStringTagSymbol = $Symbol.toStringTag || "@@toStringTag";
        function define(obj, key, value) {
          Object.defineProperty(obj, key, {
            value,
            enumerable: true,
            configurable: true,
            writable: true
          });
          return obj[key];
        }
        try {
          define({}, "");
        } catch (err) {
          define = function(obj, key, value) {
            return obj[key] = value;
          };
        }
        function wrap(innerFn, outerFn, self, tryLocsList) {
          var protoGenerator = outerFn && outerFn.prototype instanceof Generator ? outerFn : Generator;
          var generator = Object.create(protoGenerator.prototype);
          var context2 = new Context(tryLocsList || []);
          defineProperty(generator, "_invoke", { value: makeInvokeMethod(innerFn, self, context2) });
          return generator;
        }
        exports2.wrap = wrap;
        function tryCatch(fn, obj, arg) {
          try {
            return { type: "normal", arg: fn.call(obj, arg) };
          } catch (err) {
            return { type: "throw", arg: err };
          }
        }
        var GenStateSuspendedStart = "suspendedStart";
        var GenStateSuspendedYield = "suspendedYield";
        var GenStateExecuting = "executing";
        var GenStateCompleted = "completed";
        var ContinueSentinel = {};
        function Generator() {
        }
        function GeneratorFunction() {
        }
        function GeneratorFunctionPrototype() {
        }
        var IteratorPrototype = {};
        define(IteratorPrototype, iteratorSymbol, function() {
          return this;
        });
        var getProto = Object.getPrototypeOf;
        var NativeIteratorPrototype = getProto && getProto(getProto(values([])));
        if (NativeIteratorPrototype && NativeIteratorPrototype !== Op && hasOwn.call(NativeIteratorPrototype, iteratorSymbol)) {
          IteratorPrototype = NativeIteratorPrototype;
        }
        var Gp = GeneratorFunctionPrototype.prototype = Generator.prototype = Object.create(IteratorPrototype);
        GeneratorFunction.prototype = GeneratorFunctionPrototype;
        defineProperty(Gp, "constructor", { value: GeneratorFunctionPrototype, configurable: true });
        defineProperty(
          GeneratorFunctionPrototype,
          "constructor",
          { value: GeneratorFunction, configurable: true }
        );
        GeneratorFunction.displayName = define(
          GeneratorFunctionPrototype,
          toStringTagSymbol,
          "GeneratorFunction"
        );
        function defineIteratorMethods(prototype) {
          ["next", "throw", "return"].forEach(function(method) {
            define(prototype, method, function(arg) {
              return this._invoke(method, arg);
            });
          });
        }
        exports2.isGeneratorFunction = function(genFun) {
          var ctor = typeof genFun === "function" && genFun.constructor;
          return ctor ? ctor === GeneratorFunction || // For the native GeneratorFunction constructor, the best we can
          // do is to check its .name property.
          (ctor.displayName || ctor.name) === "GeneratorFunction" : false;
        };
        exports2.mark = function(genFun) {
          if (Object.setPrototypeOf) {
            Object.setPrototypeOf(genFun, GeneratorFunctionPrototype);
          } else {
            genFun.__proto__ = GeneratorFunctionPrototype;
            define(genFun, toStringTagSymbol, "GeneratorFunction");
          }
          genFun.prototype = Object.create(Gp);
          return genFun;
        };
        exports2.awrap = function(arg) {
          return { __await: arg };
        };
        function AsyncIterator(generator, PromiseImpl) {
          function invoke(method, arg, resolve, reject) {
            var record = tryCatch(generator[method], generator, arg);
            if (record.type === "throw") {
              reject(record.arg);
            } else {
              var result = record.arg;
              var value = result.value;
              if (value && typeof value === "object" && hasOwn.call(value, "__await")) {
                return PromiseImpl.resolve(value.__await).then(function(value2) {
                  invoke("next", value2, resolve, reject);
                }, function(err) {
                  invoke("throw", err, resolve, reject);
                });
              }
              return PromiseImpl.resolve(value).then(function(unwrapped) {
                result.value = unwrapped;
                resolve(result);
              }, function(error) {
                return invoke("throw", error, resolve, reject);
              });
            }
          }
          var previousPromise;
          function enqueue(method, arg) {
            function callInvokeWithMethodAndArg() {
              return new PromiseImpl(function(resolve, reject) {
                invoke(method, arg, resolve, reject);
              });
            }
            return previousPromise = // If enqueue has been called before, then we want to wait until
            // all previous Promises have been resolved before calling invoke,
            // so that results are always delivered in the correct order. If
            // enqueue has not been called before, then it is important to
            // call invoke immediately, without waiting on a callback to fire,
            // so that the async generator function has the opportunity to do
            // any necessary setup in a predictable way. This predictability
            // is why the Promise constructor synchronously invokes its
            // executor callback, and why async functions synchronously
            // execute code before the first await. Since we implement simple
            // async functions in terms of async generators, it is especially
            // important to get this right, even though it requires care.
            previousPromise ? previousPromise.then(
              callInvokeWithMethodAndArg,
              // Avoid propagating failures to Promises returned by later
              // invocations of the iterator.
              callInvokeWithMethodAndArg
            ) : callInvokeWithMethodAndArg();
          }
          defineProperty(this, "_invoke", { value: enqueue });
        }
        defineIteratorMethods(AsyncIterator.prototype);
        define(AsyncIterator.prototype, asyncIteratorSymbol, function() {
          return this;
        });
        exports2.AsyncIterator = AsyncIterator;
        exports2.async = function(innerFn, outerFn, self, tryLocsList, PromiseImpl) {
          if (PromiseImpl === void 0) PromiseImpl = Promise;
          var iter = new AsyncIterator(
            wrap(innerFn, outerFn, self, tryLocsList),
            PromiseImpl
          );
          return exports2.isGeneratorFunction(outerFn) ? iter : iter.next().then(function(result) {
            return result.done ? result.value : iter.next();
          });
        };
        function makeInvokeMethod(innerFn, self, context2) {
          var state = GenStateSuspendedStart;
          return function invoke(method, arg) {
            if (state === GenStateExecuting) {
              throw new Error("Generator is already running");
            }
            if (state === GenStateCompleted) {
              if (method === "throw") {
                throw arg;
              }
              return doneResult();
            }
            context2.method = method;
            context2.arg = arg;
            while (true) {
              var delegate = context2.delegate;
              if (delegate) {
                var delegateResult = maybeInvokeDelegate(delegate, context2);
                if (delegateResult) {
                  if (delegateResult === ContinueSentinel) continue;
                  return delegateResult;
                }
              }
              if (context2.method === "next") {
                context2.sent = context2._sent = context2.arg;
              } else if (context2.method === "throw") {
                if (state === GenStateSuspendedStart) {
                  state = GenStateCompleted;
                  throw context2.arg;
                }
                context2.dispatchException(context2.arg);
              } else if (context2.method === "return") {
                context2.abrupt("return", context2.arg);
              }
              state = GenStateExecuting;
              var record = tryCatch(innerFn, self, context2);
              if (record.type === "normal") {
                state = context2.done ? GenStateCompleted : GenStateSuspendedYield;
                if (record.arg === ContinueSentinel) {
                  continue;
                }
                return {
                  value: record.arg,
                  done: context2.done
                };
              } else if (record.type === "throw") {
                state = GenStateCompleted;
                context2.method = "throw";
                context2.arg = record.arg;
              }
            }
          };
        }
        function maybeInvokeDelegate(delegate, context2) {
          var methodName = context2.method;
          var method = delegate.iterator[methodName];
          if (method === undefined2) {
            context2.delegate = null;
            if (methodName === "throw" && delegate.iterator["return"]) {
              context2.method = "return";
              context2.arg = undefined2;
              maybeInvokeDelegate(delegate, context2);
              if (context2.method === "throw") {
                return ContinueSentinel;
              }
            }
            if (methodName !== "return") {
              context2.method = "throw";
              context2.arg = new TypeError(
                "The iterator does not provide a '" + methodName + "' method"
              );
            }
            return ContinueSentinel;
          }
          var record = tryCatch(method, delegate.iterator, context2.arg);
          if (record.type === "throw") {
            context2.method = "throw";
            context2.arg = record.arg;
            context2.delegate = null;
            return ContinueSentinel;
          }
          var info = record.arg;
          if (!info) {
            context2.method = "throw";
            context2.arg = new TypeError("iterator result is not an object");
            context2.delegate = null;
            return ContinueSentinel;
          }
          if (info.done) {
            context2[delegate.resultName] = info.value;
            context2.next = delegate.nextLoc;
            if (context2.method !== "return") {
              context2.method = "next";
              context2.arg = undefined2;
            }
          } else {
            return info;
          }
          context2.delegate = null;
          return ContinueSentinel;
        }
        defineIteratorMethods(Gp);
        define(Gp, toStringTagSymbol, "Generator");
        define(Gp, iteratorSymbol, function() {
          return this;
        });
        define(Gp, "toString", function() {
          return "[object Generator]";
        });
        function pushTryEntry(locs) {
          var entry = { tryLoc: locs[0] };
          if (1 in locs) {
            entry.catchLoc = locs[1];
          }
          if (2 in locs) {
            entry.finallyLoc = locs[2];
            entry.afterLoc = locs[3];
          }
          this.tryEntries.push(entry);
        }
        function resetTryEntry(entry) {
          var record = entry.completion || {};
          record.type = "normal";
          delete record.arg;
          entry.completion = record;
        }
        function Context(tryLocsList) {
          this.tryEntries = [{ tryLoc: "root" }];
          tryLocsList.forEach(pushTryEntry, this);
          this.reset(true);
        }
        exports2.keys = function(val) {
          var object = Object(val);
          var keys = [];
          for (var key in object) {
            keys.push(key);
          }
          keys.reverse();
          return function next() {
            while (keys.length) {
              var key2 = keys.pop();
              if (key2 in object) {
                next.value = key2;
                next.done = false;
                return next;
              }
            }
            next.done = true;
            return next;
          };
        };
        function values(iterable) {
          if (iterable != null) {
            var iteratorMethod = iterable[iteratorSymbol];
            if (iteratorMethod) {
              return iteratorMethod.call(iterable);
            }
            if (typeof iterable.next === "function") {
              return iterable;
            }
            if (!isNaN(iterable.length)) {
              var i = -1, next = function next2() {
                while (++i < iterable.length) {
                  if (hasOwn.call(iterable, i)) {
                    next2.value = iterable[i];
                    next2.done = false;
                    return next2;
                  }
                }
                next2.value = undefined2;
                next2.done = true;
                return next2;
              };
              return next.next = next;
            }
          }
          throw new TypeError(typeof iterable + " is not iterable");
        }
        exports2.values = values;
        function doneResult() {
          return { value: undefined2, done: true };
        }
        Context.prototype = {
          constructor: Context,
          reset: function(skipTempReset) {
            this.prev = 0;
            this.next = 0;
            this.sent = this._sent = undefined2;
            this.done = false;
            this.delegate = null;
            this.method = "next";
            this.arg = undefined2;
            this.tryEntries.forEach(resetTryEntry);
            if (!skipTempReset) {
              for (var name in this) {
                if (name.charAt(0) === "t" && hasOwn.call(this, name) && !isNaN(+name.slice(1))) {
                  this[name] = undefined2;
                }
              }
            }
          },
          stop: function() {
            this.done = true;
            var rootEntry = this.tryEntries[0];
            var rootRecord = rootEntry.completion;
            if (rootRecord.type === "throw") {
              throw rootRecord.arg;
            }
            return this.rval;
          },
          dispatchException: function(exception) {
            if (this.done) {
              throw exception;
            }
            var context2 = this;
            function handle(loc, caught) {
              record.type = "throw";
              record.arg = exception;
              context2.next = loc;
              if (caught) {
                context2.method = "next";
                context2.arg = undefined2;
              }
              return !!caught;
            }
            for (var i = this.tryEntries.length - 1; i >= 0; --i) {
              var entry = this.tryEntries[i];
              var record = entry.completion;
              if (entry.tryLoc === "root") {
                return handle("end");
              }
              if (entry.tryLoc <= this.prev) {
                var hasCatch = hasOwn.call(entry, "catchLoc");
                var hasFinally = hasOwn.call(entry, "finallyLoc");
                if (hasCatch && hasFinally) {
                  if (this.prev < entry.catchLoc) {
                    return handle(entry.catchLoc, true);
                  } else if (this.prev < entry.finallyLoc) {
                    return handle(entry.finallyLoc);
                  }
                } else if (hasCatch) {
                  if (this.prev < entry.catchLoc) {
                    return handle(entry.catchLoc, true);
                  }
                } else if (hasFinally) {
                  if (this.prev < entry.finallyLoc) {
                    return handle(entry.finallyLoc);
                  }
                } else {
                  throw new Error("try statement without catch or finally");
                }
              }
            }
          },
          abrupt: function(type, arg) {
            for (var i = this.tryEntries.length - 1; i >= 0; --i) {
              var entry = this.tryEntries[i];
              if (entry.tryLoc <= this.prev && hasOwn.call(entry, "finallyLoc") && this.prev < entry.finallyLoc) {
                var finallyEntry = entry;
                break;
              }
            }
            if (finallyEntry && (type === "break" || type === "continue") && finallyEntry.tryLoc <= arg && arg <= finallyEntry.finallyLoc) {
              finallyEntry = null;
            }
            var record = finallyEntry ? finallyEntry.completion : {};
            record.type = type;
            record.arg = arg;
            if (finallyEntry) {
              this.method = "next";
              this.next = finallyEntry.finallyLoc;
              return ContinueSentinel;
            }
            return this.complete(record);
          },
          complete: function(record, afterLoc) {
            if (record.type === "throw") {
              throw record.arg;
            }
            if (record.type === "break" || record.type === "continue") {
              this.next = record.arg;
            } else if (record.type === "return") {
              this.rval = this.arg = record.arg;
              this.method = "return";
              this.next = "end";
            } else if (record.type === "normal" && afterLoc) {
              this.next = afterLoc;
            }
            return ContinueSentinel;
          },
          finish: function(finallyLoc) {
            for (var i = this.tryEntries.length - 1; i >= 0; --i) {
              var entry = this.tryEntries[i];
              if (entry.finallyLoc === finallyLoc) {
                this.complete(entry.completion, entry.afterLoc);
                resetTryEntry(entry);
                return ContinueSentinel;
              }
            }
          },
          "catch": function(tryLoc) {
            for (var i = this.tryEntries.length - 1; i >= 0; --i) {
              var entry = this.tryEntries[i];
              if (entry.tryLoc === tryLoc) {
                var record = entry.completion;
                if (record.type === "throw") {
                  var thrown = record.arg;
                  resetTryEntry(entry);
                }
                return thrown;
              }
            }
            throw new Error("illegal catch attempt");
          },
          delegateYield: function(iterable, resultName, nextLoc) {
            this.delegate = {
              iterator: values(iterable),
              resultName,
              nextLoc
            };
            if (this.method === "next") {
              this.arg = undefined2;
            }
            return ContinueSentinel;
          }
        };
        return exports2;
      })(
        // If this script is executing as a CommonJS module, use module.exports
        // as the regeneratorRuntime namespace. Otherwise create a new empty
        // object. Either way, the resulting object will be used to initialize
        // the regeneratorRuntime variable at the top of this file.
        typeof module === "object" ? module.exports : {}
      );
      try {
        regeneratorRuntime = runtime;
      } catch (accidentalStrictMode) {
        if (typeof globalThis === "object") {
          globalThis.regeneratorRuntime = runtime;
        } else {
          Function("r", "regeneratorRuntime = r")(runtime);
        }
      }
    }
  });

  // assets/src/regenerator.js
  var import_runtime = __toESM(require_runtime(), 1);
  /*! regenerator-runtime 0.14.1, Copyright (c) 2014-present, Facebook, Inc., MIT licence */

  // assets/src/dom.js
  function dom(tag, attributes, children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
    [].concat(children === void 0 ? [] : children).forEach((child) => {
      element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return element;
  }
  function el(type, props, children) {
    const all = Object.assign({}, props || {});
    if (children !== void 0) {
      all.children = children;
    }
    return { type, namespace: "dash_html_components", props: all };
  }
  function narrowScreen() {
    return window.matchMedia("(max-width: 900px)").matches;
  }

  // assets/src/page.js
  var constants = null;
  function pageConstants() {
    if (constants === null) {
      constants = JSON.parse(document.getElementById("crossroads-constants").textContent);
    }
    return constants;
  }
  function id(name) {
    return pageConstants().ids[name];
  }
  function setProps(name, props) {
    window.dash_clientside.set_props(id(name), props);
  }
  var loading = /* @__PURE__ */ new Map();
  function prefetch(names) {
    const idle = (
      /** @type {any} */
      window.requestIdleCallback || ((work) => window.setTimeout(work, 50))
    );
    const next = (i) => {
      if (i < names.length) {
        idle(() => dataFile(names[i]).then(() => next(i + 1), () => next(i + 1)));
      } else {
        document.documentElement.setAttribute("data-prefetched", "true");
      }
    };
    next(0);
  }
  function dataFile(name) {
    let found = loading.get(name);
    if (!found) {
      const url = pageConstants().files[name];
      found = url === void 0 ? Promise.reject(new Error("no data file " + name)) : fetch(url).then((response) => {
        if (!response.ok) {
          throw new Error(url + ": " + response.status);
        }
        return response.json();
      });
      loading.set(name, found);
    }
    return found;
  }

  // assets/src/country_panel.js
  function markdown(text) {
    return {
      type: "Markdown",
      namespace: "dash_core_components",
      props: { children: text, className: "panel-list", link_target: "_blank" }
    };
  }
  function listOr(text, empty) {
    return text ? markdown(text) : el("P", { className: "hint" }, empty);
  }
  function chooseOnMap(click, facts2) {
    const point = click && click.points && click.points[0];
    if (!point) {
      return void 0;
    }
    const t = facts2.constants.traces;
    if (point.curveNumber === t.events || point.curveNumber === t.territories || point.curveNumber === t.security) {
      return point.customdata[1];
    }
    const arc = point.curveNumber - t["security arcs"];
    if (arc >= 0 && arc < facts2.contest.security.arcCount) {
      return facts2.contest.security.rows.filter((row) => row.arc === arc)[0].host;
    }
    const index = point.location === void 0 ? -1 : facts2.features.indexOf(point.location);
    return index >= 0 ? facts2.units[index] : void 0;
  }
  function countryOfText(text, submitted, names) {
    const wanted = (text || "").trim().toLowerCase();
    if (!wanted) {
      return null;
    }
    const codes = Object.keys(names);
    const named = (test) => codes.filter((code) => test(names[code].toLowerCase()))[0];
    let found = named((name) => name === wanted);
    if (found === void 0 && submitted) {
      found = named((name) => name.indexOf(wanted) === 0) || named((name) => name.indexOf(wanted) >= 0);
    }
    return found;
  }
  function listNames(names) {
    const list = document.getElementById(id("COUNTRY_LIST"));
    list.replaceChildren(...Object.keys(names).map((code) => dom("option", { value: names[code] })));
  }
  function boxFromCountry(chosen, text, names) {
    const name = chosen && names[chosen] || "";
    if (name !== (text || "")) {
      setProps("COUNTRY_SEARCH", { value: name });
    }
  }
  function panelYear(year, story) {
    const parts = story && story.years[year - story.firstYear];
    if (!parts) {
      setProps("PANEL_YEAR", { children: [] });
      setProps("PANEL_ROUTES", { children: [] });
      setProps("PANEL_SECURITY", { children: [] });
      setProps("PANEL_TIMELINE", { style: { display: "none" } });
      return;
    }
    setProps("PANEL_YEAR", { children: [
      el("H3", {}, "In " + year),
      el("P", { className: "ties" }, story.texts[parts[1]]),
      listOr(story.texts[parts[0]], story.empty[0])
    ] });
    setProps("PANEL_ROUTES", { children: [
      el("H3", {}, "Routes"),
      listOr(story.texts[parts[2]], story.empty[1])
    ] });
    setProps("PANEL_SECURITY", { children: [
      el("H3", {}, "Security ties in " + year),
      listOr(story.texts[parts[3]], story.empty[2])
    ] });
    setProps("PANEL_TIMELINE", { style: {} });
    setProps("PANEL_MARKER", { style: { left: story.marker[year - story.firstYear] + "%" } });
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      const close = document.getElementById(id("PANEL_CLOSE"));
      if (close) {
        close.click();
      }
    }
  });
  var interacted = false;
  ["pointerdown", "keydown"].forEach((type) => {
    document.addEventListener(type, () => {
      interacted = true;
    }, true);
  });
  var shownTitle = null;
  function revealPanel() {
    const panel = document.getElementById(id("PANEL"));
    const title = document.getElementById(id("PANEL_TITLE"));
    const shown3 = panel && title && !panel.classList.contains("hidden") ? title.textContent : null;
    if (shown3 === shownTitle) {
      return;
    }
    shownTitle = shown3;
    if (shown3 && interacted && narrowScreen()) {
      panel.scrollIntoView({ block: "start" });
    }
  }

  // assets/src/accessible_names.js
  var WRONG_ROLES = ".dash-radioitems, .dash-checklist";
  function nativeChoices() {
    document.querySelectorAll(WRONG_ROLES).forEach((box) => {
      box.removeAttribute("role");
      box.querySelectorAll("[role=option], [aria-selected]").forEach((option) => {
        option.removeAttribute("role");
        option.removeAttribute("aria-selected");
      });
    });
  }
  function watchRoles() {
    new MutationObserver(() => {
      nativeChoices();
      revealPanel();
    }).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["role", "aria-selected"]
    });
  }

  // assets/src/select/view.js
  function comparedYear(vs, years) {
    return typeof vs === "number" && Number.isInteger(vs) && vs >= years[0] && vs <= years[1] ? vs : null;
  }
  function inLegendOrder(codes, order) {
    return order.filter((code) => (codes || []).indexOf(code) >= 0);
  }
  function viewQuery(view2, orgs, overlays) {
    const params = [
      ["year", view2.year],
      ["layers", inLegendOrder(view2.layers, orgs).join(",")],
      ["overlays", inLegendOrder(view2.overlays, overlays).join(",")],
      ["lens", view2.lens]
    ];
    if (view2.ties && view2.ties !== "organisations") {
      params.push(["ties", view2.ties]);
    }
    if (view2.country) {
      params.push(["country", view2.country]);
    }
    if (view2.route) {
      params.push(["route", view2.route]);
    }
    params.push(["region", view2.region]);
    if (view2.vs) {
      params.push(["vs", view2.vs]);
    }
    if (view2.story) {
      params.push(["story", view2.story]);
    }
    return "?" + params.map(([key, value]) => key + "=" + encodeURIComponent(String(value)).replace(/%2C/g, ",")).join("&");
  }
  function highlightOf(view2) {
    const h = view2.highlight || {};
    return {
      countries: h.countries || [],
      routes: h.routes || [],
      territories: h.territories || [],
      events: h.events || []
    };
  }
  function viewFrom(keys, values, years) {
    const view2 = {};
    keys.forEach((key, i) => {
      view2[key] = values[i] === void 0 ? null : values[i];
    });
    view2.layers = view2.layers || [];
    view2.overlays = view2.overlays || [];
    view2.ties = view2.ties || "organisations";
    view2.vs = comparedYear(view2.vs, years);
    return view2;
  }

  // assets/src/select/map.js
  function yearEntry(facts2, year) {
    return facts2.years[year - facts2.firstYear];
  }
  function layerFill(codes, on, c) {
    for (let org = 0; org < codes.length; org++) {
      const code = Number(codes[org]);
      if (on[org] && code) {
        return c.fill[org][code];
      }
    }
    return 0;
  }
  function layerBadges(codes, on, c) {
    const entries = [];
    for (let org = 0; org < codes.length; org++) {
      const code = Number(codes[org]);
      if (on[org] && code) {
        entries.push([org, c.badgeSymbol[code]]);
      }
    }
    return entries;
  }
  function centreBadges(mask, c) {
    const entries = [];
    for (let centre = 0; centre < c.centreColour.length; centre++) {
      if (mask >> centre & 1) {
        entries.push([c.centreColour[centre], c.centreSymbol]);
      }
    }
    return entries;
  }
  function centreCount(mask) {
    let count = 0;
    for (; mask; mask >>= 1) {
      count += mask & 1;
    }
    return count;
  }
  function addRow(badges, anchor, entries, spacing) {
    entries.forEach((entry, slot) => {
      badges.lon.push(anchor[0] + (slot - (entries.length - 1) / 2) * spacing);
      badges.lat.push(anchor[1]);
      badges.colour.push(entry[0]);
      badges.symbol.push(entry[1]);
    });
  }
  function shows(facts2, index, countries) {
    return countries.some((code) => facts2.units[index] === code || facts2.parts[index].indexOf(code) >= 0);
  }
  function tiesKey(view2) {
    return view2.ties === "security" ? "securityTies" : "ties";
  }
  function byUnit(facts2, entry, key) {
    const found = {};
    entry.status.forEach((codes, j) => {
      if (codes !== null) {
        found[facts2.units[j]] = entry[key][j];
      }
    });
    return found;
  }
  function compare(facts2, view2, on) {
    const c = facts2.constants;
    const out = {
      lon: [],
      lat: [],
      symbol: [],
      colour: [],
      customdata: [],
      hovertemplate: c.changeHover.replace("{vs}", String(view2.vs || ""))
    };
    if (!view2.vs) {
      return out;
    }
    const now = yearEntry(facts2, view2.year);
    const then = yearEntry(facts2, view2.vs);
    const thenStatus = byUnit(facts2, then, "status");
    const key = tiesKey(view2);
    const thenTies = byUnit(facts2, then, key);
    facts2.features.forEach((_id, i) => {
      if (now.status[i] === null) {
        return;
      }
      const unit = facts2.units[i];
      let gains = 0;
      let losses = 0;
      if (view2.lens === "alignment") {
        const before = centreCount(thenTies[unit] || 0);
        const after = centreCount(now[key][i]);
        gains = Math.max(after - before, 0);
        losses = Math.max(before - after, 0);
      } else {
        const old = thenStatus[unit] || "";
        for (let org = 0; org < on.length; org++) {
          if (on[org]) {
            const a = c.strength[Number(old[org] || 0)];
            const b = c.strength[Number(now.status[i][org])];
            gains += b > a ? 1 : 0;
            losses += b < a ? 1 : 0;
          }
        }
      }
      const way = gains && losses ? "both" : gains ? "up" : losses ? "down" : null;
      if (way === null) {
        return;
      }
      out.lon.push(facts2.anchors[i][0]);
      out.lat.push(facts2.anchors[i][1] + c.changeLift);
      out.symbol.push(c.changeMark[way][0]);
      out.colour.push(c.changeMark[way][1]);
      out.customdata.push([facts2.names[i], gains, losses]);
    });
    return out;
  }
  function selectMap(facts2, view2) {
    const c = facts2.constants;
    const entry = yearEntry(facts2, view2.year);
    const on = facts2.orgs.map((code) => view2.layers.indexOf(code) >= 0);
    const highlight = highlightOf(view2);
    const outlined = (view2.country ? [view2.country] : []).concat(highlight.countries);
    const values = {
      z: [],
      customdata: [],
      hovertemplate: c.hovertemplate[view2.lens],
      lineWidth: c.borderWidth,
      badges: { lon: [], lat: [], colour: [], symbol: [] },
      routes: entry.routes,
      routeWidths: c.routeIds.map((id2) => {
        const strong = id2 === view2.route || highlight.routes.indexOf(id2) >= 0;
        return strong ? c.chosenRouteWidth : c.routeWidth;
      }),
      changes: compare(facts2, view2, on)
    };
    const key = tiesKey(view2);
    const lensHover = key === "securityTies" ? entry.securityTiesHover : entry.tiesHover;
    const chosen = [];
    facts2.features.forEach((_id, i) => {
      values.customdata.push([facts2.texts[entry.hover[i]], facts2.texts[lensHover[i]]]);
      const codes = entry.status[i];
      if (codes === null) {
        values.z.push(null);
        return;
      }
      if (view2.lens === "alignment") {
        values.z.push(c.tiesFill[centreCount(entry[key][i])]);
        addRow(values.badges, facts2.anchors[i], centreBadges(entry[key][i], c), c.badgeSpacing);
      } else {
        values.z.push(layerFill(codes, on, c));
        addRow(values.badges, facts2.anchors[i], layerBadges(codes, on, c), c.badgeSpacing);
      }
      if (outlined.length && shows(facts2, i, outlined)) {
        chosen.push(i);
      }
    });
    if (chosen.length) {
      values.lineWidth = facts2.features.map((_id, i) => chosen.indexOf(i) >= 0 ? c.selectedWidth : c.borderWidth);
    }
    return values;
  }

  // assets/src/select/security.js
  function selectSecurity(tables, indices, on) {
    const values = { arcs: [], lon: [], lat: [], symbol: [], colour: [], customdata: [] };
    for (let i = 0; i < tables.arcCount; i++) {
      values.arcs.push(false);
    }
    if (!on) {
      return values;
    }
    indices.forEach((i) => {
      const row = tables.rows[i];
      if (row.arc >= 0) {
        values.arcs[row.arc] = true;
        return;
      }
      values.lon.push(row.lon);
      values.lat.push(row.lat);
      values.symbol.push(row.symbol);
      values.colour.push(row.colour);
      values.customdata.push([row.hover, row.host]);
    });
    return values;
  }

  // assets/src/select/contest.js
  function joined(lines) {
    const lons = [];
    const lats = [];
    lines.forEach((line2) => {
      if (!line2[0].length) {
        return;
      }
      if (lons.length) {
        lons.push(null);
        lats.push(null);
      }
      lons.push(...line2[0]);
      lats.push(...line2[1]);
    });
    return [lons, lats];
  }
  function territories(tables, indices, values, highlight) {
    const rows = indices.map((i) => tables.territories[i]);
    rows.forEach((row) => {
      values.territoryLocations.push(row.location);
      values.territoryZ.push(row.kind);
      values.territoryLine.push(tables.territoryColour[row.kind]);
      values.territoryWidth.push(tables.territoryWidth[highlight.territories.indexOf(row.id) >= 0 ? 1 : 0]);
      values.territoryCustomdata.push([row.hover, row.claimant]);
    });
    values.hatch = joined(rows.map((row) => tables.hatch[row.location]));
    values.approximate = joined(rows.filter((row) => tables.approximate[row.location] !== void 0).map((row) => tables.approximate[row.location]));
  }
  function borders(tables, indices, values) {
    const lines = [];
    indices.forEach((i) => {
      const row = tables.borders[i];
      const line2 = tables.borderLines[row.states.join("|")];
      lines.push(line2);
      if (line2[0].length) {
        if (values.borderHover.length) {
          values.borderHover.push(null);
        }
        line2[0].forEach(() => {
          values.borderHover.push(row.hover);
        });
      }
    });
    values.border = joined(lines);
  }
  function events(tables, indices, values, highlight) {
    indices.forEach((i) => {
      const event = tables.events[i];
      values.eventSize.push(tables.eventSize[highlight.events.indexOf(event.id) >= 0 ? 1 : 0]);
      values.eventLon.push(event.lon);
      values.eventLat.push(event.lat);
      values.eventCustomdata.push([event.hover, event.country]);
      values.eventSymbol.push(tables.eventSymbol[event.kind]);
      values.eventColour.push(tables.eventColour[event.kind]);
    });
  }
  function selectContest(facts2, view2) {
    const tables = facts2.contest;
    const year = facts2.years[view2.year - facts2.firstYear].contest;
    const values = {
      territoryLocations: [],
      territoryZ: [],
      territoryLine: [],
      territoryWidth: [],
      territoryCustomdata: [],
      eventSize: [],
      hatch: [[], []],
      approximate: [[], []],
      border: [[], []],
      borderHover: [],
      eventLon: [],
      eventLat: [],
      eventCustomdata: [],
      eventSymbol: [],
      eventColour: [],
      security: selectSecurity(tables.security, year.security, false)
    };
    const on = view2.overlays || [];
    const highlight = highlightOf(view2);
    if (on.indexOf("territories") >= 0) {
      territories(tables, year.territories, values, highlight);
    }
    if (on.indexOf("borders") >= 0) {
      borders(tables, year.borders, values);
    }
    if (on.indexOf("events") >= 0) {
      events(tables, year.events, values, highlight);
    }
    if (on.indexOf("security") >= 0) {
      values.security = selectSecurity(tables.security, year.security, true);
    }
    return values;
  }

  // assets/src/draw/labels.js
  var PADDING = 2;
  var context = null;
  function textWidth(text, size, family) {
    context = context || document.createElement("canvas").getContext("2d");
    context.font = size + "px " + family;
    return context.measureText(text).width;
  }
  function overlaps(box, boxes) {
    return boxes.some((other) => box[0] < other[2] + PADDING && other[0] < box[2] + PADDING && box[1] < other[3] + PADDING && other[1] < box[3] + PADDING);
  }
  function inside(point, size) {
    return point && point[0] >= 0 && point[1] >= 0 && point[0] <= size.w && point[1] <= size.h;
  }
  function projectedWidth(project, bounds) {
    const xs = [];
    [bounds[0], (bounds[0] + bounds[2]) / 2, bounds[2]].forEach((lon) => {
      [bounds[1], (bounds[1] + bounds[3]) / 2, bounds[3]].forEach((lat) => {
        const point = project([lon, lat]);
        if (point) {
          xs.push(point[0]);
        }
      });
    });
    return xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
  }
  function rankLimit(tables, scale) {
    let limit = { rank: -1, kind: null };
    tables.rankFromScale.forEach((step) => {
      if (scale >= step[0]) {
        limit = { rank: step[1], kind: step[2] };
      }
    });
    return limit;
  }
  function labelKey(facts2, year) {
    return statesDrawn(facts2, year) + "|" + facts2.labels.years[year - facts2.firstYear].join(",");
  }
  function statesDrawn(facts2, year) {
    return facts2.years[year - facts2.firstYear].status.map((s) => s === null ? "0" : "1").join("");
  }
  function placeLabels(gd, facts2, year) {
    const tables = facts2.labels;
    const geo = gd._fullLayout.geo;
    const project = geo._subplot.projection;
    const size = gd._fullLayout._size;
    const scale = geo.projection.scale;
    const status = facts2.years[year - facts2.firstYear].status;
    const boxes = [];
    const states = { lon: [], lat: [], text: [] };
    const cities = { lon: [], lat: [], text: [] };
    const height = tables.stateFont * 1.2;
    const candidates = [];
    tables.states.forEach((state, i) => {
      const lonlat = status[i] === null ? null : state.points.find((p) => inside(project(p), size));
      if (!lonlat) {
        return;
      }
      const width = textWidth(state.name, tables.stateFont, tables.fontFamily);
      const room = projectedWidth(project, state.extent);
      if (room < width && scale < tables.rankFromScale[1][0]) {
        return;
      }
      candidates.push({ name: state.name, lonlat, point: project(lonlat), width, room });
    });
    candidates.sort((a, b) => b.room - a.room);
    candidates.forEach((c) => {
      const box = [
        c.point[0] - c.width / 2,
        c.point[1] - height / 2,
        c.point[0] + c.width / 2,
        c.point[1] + height / 2
      ];
      if (!overlaps(box, boxes)) {
        boxes.push(box);
        states.lon.push(c.lonlat[0]);
        states.lat.push(c.lonlat[1]);
        states.text.push(c.name);
      }
    });
    const limit = rankLimit(tables, scale);
    const cityHeight = tables.cityFont * 1.2;
    tables.years[year - facts2.firstYear].map((i) => tables.places[i]).filter((p) => p.rank <= limit.rank && (!limit.kind || p.kind === limit.kind)).sort((a, b) => a.rank - b.rank || (a.kind === "capital" ? -1 : 0) - (b.kind === "capital" ? -1 : 0)).forEach((p) => {
      const point = project([p.lon, p.lat]);
      if (!inside(point, size)) {
        return;
      }
      const width = textWidth(p.name, tables.cityFont, tables.fontFamily);
      const box = [
        point[0] - 3,
        point[1] - cityHeight / 2,
        point[0] + 6 + width,
        point[1] + cityHeight / 2
      ];
      if (!overlaps(box, boxes)) {
        boxes.push(box);
        cities.lon.push(p.lon);
        cities.lat.push(p.lat);
        cities.text.push(p.name);
      }
    });
    return { states, cities };
  }

  // assets/src/draw/map.js
  function same(a, b) {
    if (a === b) {
      return true;
    }
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    for (let i = 0; i < a.length; i++) {
      if (!same(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }
  function viewEntries(facts2, view2) {
    const t = facts2.constants.traces;
    const values = selectMap(facts2, view2);
    const contest = selectContest(facts2, view2);
    const entries = [
      [t.countries, "z", values.z],
      [t.countries, "customdata", values.customdata],
      [t.countries, "hovertemplate", values.hovertemplate],
      [t.countries, "marker.line.width", values.lineWidth],
      [t.badges, "lon", values.badges.lon],
      [t.badges, "lat", values.badges.lat],
      [t.badges, "marker.color", values.badges.colour],
      [t.badges, "marker.symbol", values.badges.symbol]
    ];
    values.routes.forEach((state, i) => {
      entries.push([t.routes + i, "visible", state !== null]);
      entries.push([t.routes + i, "line.width", values.routeWidths[i]]);
      if (state !== null) {
        entries.push([t.routes + i, "line.dash", state[0]]);
        entries.push([t.routes + i, "text", state[1]]);
      }
    });
    entries.push(
      [t.territories, "locations", contest.territoryLocations],
      [t.territories, "z", contest.territoryZ],
      [t.territories, "customdata", contest.territoryCustomdata],
      [t.territories, "marker.line.color", contest.territoryLine],
      [t.territories, "marker.line.width", contest.territoryWidth],
      [t.hatching, "lon", contest.hatch[0]],
      [t.hatching, "lat", contest.hatch[1]],
      [t.approximate, "lon", contest.approximate[0]],
      [t.approximate, "lat", contest.approximate[1]],
      [t.borders, "lon", contest.border[0]],
      [t.borders, "lat", contest.border[1]],
      [t.borders, "text", contest.borderHover],
      [t.events, "lon", contest.eventLon],
      [t.events, "lat", contest.eventLat],
      [t.events, "customdata", contest.eventCustomdata],
      [t.events, "marker.symbol", contest.eventSymbol],
      [t.events, "marker.color", contest.eventColour],
      [t.events, "marker.size", contest.eventSize],
      [t.security, "lon", contest.security.lon],
      [t.security, "lat", contest.security.lat],
      [t.security, "customdata", contest.security.customdata],
      [t.security, "marker.symbol", contest.security.symbol],
      [t.security, "marker.color", contest.security.colour],
      [t.changes, "lon", values.changes.lon],
      [t.changes, "lat", values.changes.lat],
      [t.changes, "customdata", values.changes.customdata],
      [t.changes, "hovertemplate", values.changes.hovertemplate],
      [t.changes, "marker.symbol", values.changes.symbol],
      [t.changes, "marker.color", values.changes.colour]
    );
    contest.security.arcs.forEach((shown3, i) => {
      entries.push([t["security arcs"] + i, "visible", shown3]);
    });
    return entries;
  }
  function labelEntries(gd, facts2, year) {
    const t = facts2.constants.traces;
    const labels = placeLabels(gd, facts2, year);
    const entries = [];
    [[t["state labels"], labels.states], [t["city labels"], labels.cities]].forEach(
      ([trace, names]) => {
        const index = (
          /** @type {number} */
          trace
        );
        const placed = (
          /** @type {import("./labels.js").LabelTrace} */
          names
        );
        entries.push(
          [index, "lon", placed.lon],
          [index, "lat", placed.lat],
          [index, "text", placed.text]
        );
      }
    );
    return entries;
  }
  function restyleOf(entries) {
    const traces = [];
    const update = {};
    entries.forEach(([trace, key, value]) => {
      let index = traces.indexOf(trace);
      if (index < 0) {
        index = traces.push(trace) - 1;
      }
      (update[key] = update[key] || [])[index] = value;
    });
    Object.values(update).forEach((values) => {
      values.length = traces.length;
    });
    return { update, traces };
  }
  function rgb(hex) {
    const n = parseInt(hex.slice(1), 16);
    return "rgb(" + (n >> 16) + ", " + (n >> 8 & 255) + ", " + (n & 255) + ")";
  }
  function yearless(view2) {
    return JSON.stringify(Object.assign({}, view2, { year: null }));
  }
  var MapDrawer = class {
    /** @param {Facts} facts */
    constructor(facts2) {
      this.facts = facts2;
      this.shown = /* @__PURE__ */ new Map();
      this.framed = facts2.constants.firstRegion;
      this.labelsShown = null;
      this.zoom = 0;
      this.restyled = 0;
      this.plotted = null;
      this.palette = facts2.constants.fillPalette.map(rgb);
    }
    /** Move the fills alone to ``view``'s year, writing them onto plotly's paths: possible
     * when nothing but the year differs from the last full draw and the same states are
     * drawn. Returns whether it did; a full draw must follow once the hand rests.
     *
     * WORKAROUND(plotly 7.1.0): any restyle of a geo map (a choropleth's values as much as a
     * marker's place) redraws and re-projects every trace, ~90 ms on a two-core machine, so a
     * map restyled per frame holds the pointer back. While the hand moves, the fills are
     * written the way plotly writes them (a fill attribute per path, by its datum's index),
     * and the restyle that brings plotly's own state (hover texts, badges, events) along
     * runs when the hand rests.
     * @param {any} gd @param {View} view @returns {boolean} */
    fillsOnly(gd, view2) {
      const plotted = this.plotted;
      if (!plotted || yearless(plotted) !== yearless(view2) || statesDrawn(this.facts, plotted.year) !== statesDrawn(this.facts, view2.year)) {
        return false;
      }
      const z = selectMap(this.facts, view2).z;
      const countries = this.facts.constants.traces.countries;
      const group = [...gd.querySelectorAll("g.trace.choropleth")].find(
        (g) => g.__data__ && g.__data__[0].trace.index === countries
      );
      if (!group) {
        return false;
      }
      group.querySelectorAll(".choroplethlocation").forEach((path2) => {
        const value = z[path2.__data__.index];
        const fill = value === null ? null : this.palette[value];
        if (fill !== null && path2.getAttribute("fill") !== fill) {
          path2.setAttribute("fill", fill);
        }
      });
      return true;
    }
    /** Only the entries whose value differs from what is drawn.
     * @param {Entry[]} entries @returns {Entry[]} */
    changed(entries) {
      return entries.filter(([trace, key, value]) => !same(this.shown.get(trace + " " + key), value));
    }
    /** Draw ``view`` on ``gd``: frame a new region, then restyle what changed.
     * @param {any} gd @param {View} view @returns {Promise<void>} */
    async draw(gd, view2) {
      const Plotly = (
        /** @type {any} */
        window.Plotly
      );
      if (view2.region !== this.framed) {
        const frame = this.facts.constants.regions[view2.region];
        this.framed = view2.region;
        this.labelsShown = null;
        await Plotly.relayout(gd, {
          "geo.center.lon": frame.center.lon,
          "geo.center.lat": frame.center.lat,
          "geo.projection.scale": frame.projection.scale
        });
      }
      let entries = viewEntries(this.facts, view2);
      const names = view2.region + " " + this.zoom + " " + labelKey(this.facts, view2.year);
      if (names !== this.labelsShown) {
        entries = entries.concat(labelEntries(gd, this.facts, view2.year));
        this.labelsShown = names;
      }
      const changed = this.changed(entries);
      this.restyled = changed.length;
      if (!changed.length) {
        this.plotted = view2;
        return;
      }
      const { update, traces } = restyleOf(changed);
      changed.forEach(([trace, key, value]) => this.shown.set(trace + " " + key, value));
      this.plotted = view2;
      await Plotly.restyle(gd, update, traces);
    }
  };

  // assets/src/hot_path.js
  var REST_MS = 250;
  var SETTLE_MS = 120;
  function graph() {
    const gd = document.querySelector("#map .js-plotly-plot");
    return gd && /** @type {any} */
    gd._fullLayout && gd.querySelector(".choroplethlocation") ? gd : null;
  }
  var HotPath = class {
    constructor() {
      this.facts = null;
      this.drawer = null;
      this.view = null;
      this.drawnKey = null;
      this.framePending = false;
      this.drawing = false;
      this.fillsFirst = false;
      this.settleAfterPaint = false;
      this.settleTimer = 0;
      this.restAfterDraw = false;
      this.dashYear = null;
      this.restTimer = 0;
      this.captions = [];
      this.yearWatchers = [];
      this.drawnWatchers = [];
    }
    /** The facts arrived: draw whatever view is wanted. @param {Facts} facts */
    setFacts(facts2) {
      this.facts = facts2;
      this.captions = facts2.captions;
      this.drawer = new MapDrawer(facts2);
      this.request();
    }
    /** A view from Dash's stores. A year there that is not the one this path last wrote
     * was set elsewhere (story, link, playback, event strip) and is taken; otherwise the
     * hand's year stands, since Dash hears of it only at rest.
     * @param {View} view */
    fromDash(view2) {
      const year = this.view && view2.year === this.dashYear ? this.view.year : view2.year;
      this.dashYear = view2.year;
      this.view = Object.assign({}, view2, { year });
      this.showYear(year);
      this.request();
    }
    /** The hand gave a year: its fills go on screen in the next frame, the rest of the map
     * follows, and Dash hears of the year. A thumb held by a pointer waits for its
     * release for both; one moved by keys, for a pause; a typed year, for nothing.
     * @param {number} year @param {import("./year_control.js").Hand} hand */
    fromHand(year, hand) {
      if (!this.view) {
        return;
      }
      this.view = Object.assign({}, this.view, { year });
      this.showYear(year);
      this.fillsFirst = true;
      this.request();
      clearTimeout(this.restTimer);
      clearTimeout(this.settleTimer);
      this.settleAfterPaint = hand === "typed";
      this.restAfterDraw = hand === "typed";
      if (hand === "keys") {
        this.restTimer = window.setTimeout(() => this.rest(), REST_MS);
        this.settleTimer = window.setTimeout(() => this.settle(), SETTLE_MS);
      }
    }
    /** A pointer let the thumb go: the rest of the map follows the fills on screen, and
     * Dash hears of the year once it is drawn. */
    release() {
      clearTimeout(this.restTimer);
      clearTimeout(this.settleTimer);
      this.restAfterDraw = true;
      if (this.framePending || this.drawing) {
        this.settleAfterPaint = true;
      } else {
        this.settle();
      }
    }
    /** Draw the whole view now: badges, events, routes and names catch up with the fills. */
    settle() {
      this.fillsFirst = false;
      this.request();
    }
    /** Set the year from code (playback, a story's walk) and tell Dash now or at rest.
     * @param {number} year @param {boolean} now */
    setYear(year, now) {
      if (!this.view) {
        return;
      }
      this.fillsFirst = false;
      this.restAfterDraw = false;
      this.view = Object.assign({}, this.view, { year });
      this.showYear(year);
      this.request();
      clearTimeout(this.restTimer);
      if (now) {
        this.rest();
      } else {
        this.restTimer = window.setTimeout(() => this.rest(), REST_MS);
      }
    }
    /** The hand rests: the stores and the URL follow. */
    rest() {
      if (this.view && this.view.year !== this.dashYear) {
        this.dashYear = this.view.year;
        setProps("YEAR", { data: this.view.year });
      }
    }
    /** The caption and every watcher of the year (the slider, playback).
     * @param {number} year */
    showYear(year) {
      const caption = document.getElementById(id("YEAR_CAPTION"));
      const text = this.facts ? this.captions[year - this.facts.firstYear] : void 0;
      if (caption && text !== void 0 && caption.textContent !== text) {
        caption.textContent = text;
      }
      this.yearWatchers.forEach((watch) => watch(year));
    }
    /** Ask for a frame; many asks before it comes are one frame. */
    request() {
      if (!this.framePending && !this.drawing) {
        this.framePending = true;
        window.requestAnimationFrame(() => this.frame());
      }
    }
    frame() {
      this.framePending = false;
      const gd = graph();
      if (!this.view || !this.drawer) {
        return;
      }
      if (!gd) {
        this.request();
        return;
      }
      const view2 = this.view;
      const key = JSON.stringify(view2);
      if (key === this.drawnKey) {
        this.onScreen();
        return;
      }
      if (this.fillsFirst && this.drawer.fillsOnly(gd, view2)) {
        gd.setAttribute("data-year-shown", String(view2.year));
        if (this.settleAfterPaint) {
          this.settleAfterPaint = false;
          window.requestAnimationFrame(() => window.setTimeout(() => this.settle(), 0));
        }
        return;
      }
      this.fillsFirst = false;
      this.drawing = true;
      this.drawer.draw(gd, view2).then(() => {
        this.drawnKey = key;
        gd.setAttribute("data-year-shown", String(view2.year));
        gd.setAttribute("data-view", key);
      }, (error) => console.error(error)).then(() => {
        this.drawing = false;
        if (JSON.stringify(this.view) !== this.drawnKey) {
          this.request();
          return;
        }
        this.onScreen();
      });
    }
    /** The view wanted is on the map, whole: Dash hears of a year waiting for it, and the
     * watchers (playback's beat, the zoom watcher, the prefetch) are told. */
    onScreen() {
      if (this.restAfterDraw) {
        this.restAfterDraw = false;
        this.rest();
      }
      this.drawnWatchers.forEach((watch) => watch());
    }
    /** Draw the names again (the zoom or the map's size changed). */
    relabel() {
      if (this.drawer) {
        this.drawer.zoom += 1;
        this.drawnKey = null;
        this.request();
      }
    }
    /** Whether the map shows ``year`` and nothing is waiting. @param {number} year */
    hasDrawn(year) {
      return !this.drawing && !this.framePending && this.view !== null && this.view.year === year && JSON.stringify(this.view) === this.drawnKey;
    }
  };

  // assets/src/select/changes.js
  function comparedGroups(years, names, compared) {
    const groups = {};
    years.forEach((changes) => {
      changes.forEach((change) => {
        if (change.country !== null && compared.indexOf(change.kind) >= 0) {
          const name = names[change.country];
          (groups[name] = groups[name] || { code: change.country, lines: [] }).lines.push(change);
        }
      });
    });
    return Object.keys(groups).sort().map((name) => [name, groups[name].code, groups[name].lines]);
  }

  // assets/src/lists/changes.js
  function item(kindLabel, change) {
    const body = [
      dom("span", { class: "change-date" }, change.when),
      dom("span", { class: "change-kind kind-" + change.kind }, kindLabel[change.kind]),
      dom("span", { class: "change-text" }, change.text)
    ];
    if (change.country === null) {
      return dom("li", { class: "change" }, body);
    }
    const button = dom("button", {
      type: "button",
      class: "change-button",
      title: "Open this country's story"
    }, body);
    button.addEventListener("click", () => setProps("COUNTRY", { data: change.country }));
    return dom("li", { class: "change" }, [button]);
  }
  function draw(box, year, meta, changes) {
    const list = changes.length ? dom("ul", { class: "changes" }, changes.map((change) => item(meta.kindLabel, change))) : dom("p", { class: "hint" }, "No recorded change this year.");
    box.replaceChildren(dom("h2", {}, "What changed in " + year), list);
  }
  function drawComparison(box, first, last, meta, years) {
    const sections = comparedGroups(years, meta.names, meta.compared).map(([name, code, lines]) => {
      const heading = dom("button", { type: "button", class: "change-state" }, name);
      heading.addEventListener("click", () => setProps("COUNTRY", { data: code }));
      const items = lines.map((change) => {
        const source = dom(
          "a",
          { href: change.url, target: "_blank", rel: "noopener" },
          change.publisher
        );
        return dom("li", { class: "change" }, [
          dom("span", { class: "change-date" }, change.when),
          dom("span", { class: "change-text" }, [change.text + " \xB7 ", source])
        ]);
      });
      return dom("li", { class: "change-group" }, [heading, dom("ul", { class: "changes" }, items)]);
    });
    box.replaceChildren(
      dom("h2", {}, "What changed between " + first + " and " + last),
      sections.length ? dom("ul", { class: "compared" }, sections) : dom("p", { class: "hint" }, "No change of ties between these years.")
    );
  }
  var asked = 0;
  function showChanges(year, vs) {
    const ask = ++asked;
    const box = document.getElementById(id("CHANGES_LIST"));
    const first = vs && vs !== year ? Math.min(year, vs) : year - 1;
    const last = vs && vs !== year ? Math.max(year, vs) : year;
    const names = [];
    for (let y = first + 1; y <= last; y++) {
      names.push(dataFile("changes-" + y));
    }
    Promise.all([dataFile("changes"), Promise.all(names)]).then(([meta, years]) => {
      if (ask !== asked) {
        return;
      }
      if (vs && vs !== year) {
        drawComparison(box, first, last, meta, years);
      } else {
        draw(box, year, meta, years[0]);
      }
    });
  }

  // assets/src/lists/routes.js
  function showRouteList(year, chosen, facts2, data) {
    const box = document.getElementById(id("ROUTE_LIST"));
    const states = facts2.years[year - facts2.firstYear].routes;
    const items = [];
    data.routes.forEach(([route, name, colour], i) => {
      const state = states[i];
      if (state === null) {
        return;
      }
      const line2 = dom("span", { class: "line", style: "border-top: 3px " + data.dashCss[state[0]] + " " + colour }, []);
      const button = dom(
        "button",
        {
          type: "button",
          class: "route-button",
          "aria-pressed": String(route === chosen)
        },
        [
          line2,
          dom("span", { class: "route-name" }, name),
          dom("span", { class: "route-status" }, state[1])
        ]
      );
      button.addEventListener("click", () => setProps("ROUTE", { data: route }));
      items.push(dom("li", {}, [button]));
    });
    box.replaceChildren(
      dom("h2", {}, "Routes in " + year),
      items.length ? dom("ul", { class: "route-list" }, items) : dom("p", { class: "hint" }, "No route is drawn this year.")
    );
  }
  function routeOnMap(click, facts2) {
    const point = click && click.points && click.points[0];
    const index = point ? point.curveNumber - facts2.constants.traces.routes : -1;
    return index >= 0 && index < facts2.constants.routeIds.length ? facts2.constants.routeIds[index] : void 0;
  }

  // assets/src/lists/strip.js
  function drawStrip(cells, go2) {
    const strip = document.getElementById(id("STRIP"));
    strip.replaceChildren(...cells.map((data) => {
      const parts = [];
      if (data.ticks) {
        const ticks = dom("span", { class: "ticks" });
        Object.assign(ticks.style, data.ticks);
        parts.push(ticks);
      }
      if (data.more) {
        parts.push(dom("span", { class: "more" }, "+" + data.more));
      }
      const button = dom("button", {
        type: "button",
        class: "strip-year" + (data.ticks ? "" : " quiet"),
        title: data.label,
        "aria-label": "Go to " + data.label
      }, parts);
      button.addEventListener("click", () => go2(data.year));
      return button;
    }));
  }

  // assets/src/select/rows.js
  function compare2(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  function viewRows(rows, orgs, layers) {
    return rows.filter((row) => layers.indexOf(row.org) >= 0).sort((a, b) => compare2(a.country, b.country) || orgs.indexOf(a.org) - orgs.indexOf(b.org));
  }
  function citation(template, layers, orgs, lens, url, rows) {
    const sources = new Set(rows.map((row) => row.url));
    return template.replace("{layers}", inLegendOrder(layers, orgs).join(", ") || "no layers").replace("{lens}", lens).replace("{url}", url).replace("{count}", String(sources.size));
  }

  // assets/src/lists/table.js
  var SORT_FIELD = {
    country: "country",
    organisation: "org",
    status: "status",
    since: "start",
    until: "end",
    source: "publisher"
  };
  var shown = { meta: null, view: null, rows: [], cite: "", sort: { column: null, descending: false } };
  var asked2 = 0;
  function matching(rows, filter) {
    const words = (filter || "").toLowerCase().split(/\s+/).filter(Boolean);
    return rows.filter((row) => {
      const text = [row.country, row.org, row.status, row.since, row.until, row.publisher].join(" ").toLowerCase();
      return words.every((word) => text.indexOf(word) >= 0);
    });
  }
  function sorted(rows, sort) {
    if (!sort.column) {
      return rows;
    }
    const field = SORT_FIELD[sort.column];
    const sign = sort.descending ? -1 : 1;
    return rows.slice().sort((a, b) => sign * (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0));
  }
  function header(columns) {
    return dom("thead", {}, [dom("tr", {}, columns.map((column) => {
      const sort = shown.sort;
      const state = sort.column === column ? sort.descending ? "descending" : "ascending" : "none";
      const button = dom("button", { type: "button", class: "sort" }, column);
      button.addEventListener("click", () => {
        const again = sort.column === column;
        shown.sort = { column, descending: again ? !sort.descending : false };
        draw2();
        document.querySelector("#" + id("TABLE") + " th[data-column=" + column + "] button").focus();
      });
      return dom("th", { scope: "col", "aria-sort": state, "data-column": column }, [button]);
    }))]);
  }
  function line(row) {
    const link = dom(
      "a",
      { href: row.url, target: "_blank", rel: "noopener", title: row.url },
      row.publisher
    );
    return dom("tr", {}, [
      dom("td", {}, row.country),
      dom("td", {}, row.org),
      dom("td", {}, row.status),
      dom("td", {}, row.since),
      dom("td", {}, row.until),
      dom("td", {}, [link])
    ]);
  }
  function draw2() {
    const meta = shown.meta;
    const view2 = shown.view;
    const rows = viewRows(shown.rows, meta.orgs, view2.layers);
    const filter = (
      /** @type {HTMLInputElement|null} */
      document.getElementById(id("TABLE_FILTER"))
    );
    const visible = sorted(matching(rows, filter ? filter.value : ""), shown.sort);
    document.getElementById(id("TABLE")).replaceChildren(
      dom("caption", { class: "visually-hidden" }, meta.caption),
      header(meta.columns),
      dom("tbody", {}, visible.map(line))
    );
    document.getElementById(id("TABLE_COUNT")).textContent = visible.length + " of " + rows.length + " rows";
    const url = window.location.origin + window.location.pathname + viewQuery(view2, meta.orgs, pageConstants().overlays);
    document.getElementById(id("CITE")).textContent = citation(shown.cite, view2.layers, meta.orgs, view2.lens, url, rows);
  }
  document.addEventListener("input", (event) => {
    const target = (
      /** @type {HTMLElement} */
      event.target
    );
    if (shown.meta && target.id === id("TABLE_FILTER")) {
      draw2();
    }
  });
  function showTable(view2) {
    const ask = ++asked2;
    Promise.all([dataFile("table"), dataFile("table-" + view2.year)]).then(([meta, year]) => {
      if (ask === asked2) {
        Object.assign(shown, { meta, view: view2, rows: year.rows, cite: year.cite });
        draw2();
      }
    });
  }

  // assets/src/playback.js
  var PLAY = "\u25B6 Play";
  var PAUSE = "\u275A\u275A Pause";
  function beat() {
    const checked = (
      /** @type {HTMLInputElement|null} */
      document.querySelector("#" + id("SPEED") + " input:checked")
    );
    return checked ? Number(checked.value) || 900 : 900;
  }
  function label(button, playing) {
    button.setAttribute("aria-pressed", String(playing));
    if (button.firstChild) {
      button.firstChild.nodeValue = playing ? PAUSE : PLAY;
    }
  }
  function wirePlayback(path2, years) {
    let timer = 0;
    const stop = (button) => {
      clearTimeout(timer);
      timer = 0;
      label(button, false);
    };
    const step = (button) => {
      const year = path2.view ? path2.view.year : years[1];
      if (!path2.hasDrawn(year)) {
        timer = window.setTimeout(() => step(button), 30);
        return;
      }
      const next = Math.min(year + 1, years[1]);
      path2.setYear(next, true);
      if (next >= years[1]) {
        stop(button);
      } else {
        timer = window.setTimeout(() => step(button), beat());
      }
    };
    document.addEventListener("click", (event) => {
      const button = (
        /** @type {HTMLElement} */
        event.target.closest && /** @type {HTMLElement} */
        event.target.closest("#" + id("PLAY"))
      );
      if (!button || !path2.view) {
        return;
      }
      if (timer) {
        stop(
          /** @type {HTMLElement} */
          button
        );
        return;
      }
      label(
        /** @type {HTMLElement} */
        button,
        true
      );
      if (path2.view.year >= years[1]) {
        path2.setYear(years[0], true);
      }
      timer = window.setTimeout(() => step(
        /** @type {HTMLElement} */
        button
      ), beat());
    });
  }

  // assets/src/preload.js
  function early(url, store, key) {
    store[key] = "pending";
    fetch(url).then((response) => {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    }).then((data) => {
      store[key] = data;
    }).catch(() => {
      delete store[key];
    });
  }
  function preload() {
    const constants3 = pageConstants();
    const w2 = (
      /** @type {any} */
      window
    );
    const assets = w2.PlotlyGeoAssets = w2.PlotlyGeoAssets || { topojson: {} };
    early(constants3.files.geometry, assets, constants3.files.geometry);
    early(constants3.topojson + "world_110m.json", assets.topojson, "world_110m");
  }

  // assets/src/story.js
  var STEP_MS = 90;
  var shown2 = { number: null, count: 0, walking: 0 };
  function storyWalking() {
    return shown2.walking !== 0;
  }
  function go(number) {
    setProps("STORY", { data: number });
  }
  function walkTo(from, year, setYear) {
    clearInterval(shown2.walking);
    shown2.walking = 0;
    if (from === year || typeof from !== "number") {
      setYear(year, true);
      return;
    }
    let current = from;
    const step = year > from ? 1 : -1;
    shown2.walking = window.setInterval(() => {
      current += step;
      const last = current === year;
      if (last) {
        clearInterval(shown2.walking);
        shown2.walking = 0;
      }
      setYear(current, last);
    }, STEP_MS);
  }
  function render(chapters, number) {
    const chapter = chapters[number - 1];
    const box = document.getElementById(id("STORY_BOX"));
    document.getElementById(id("STORY_TITLE")).textContent = chapter.title;
    document.getElementById(id("STORY_PROGRESS")).textContent = "Story \xB7 chapter " + number + " of " + chapters.length;
    const links = chapter.sources.flatMap((source, i) => {
      const link = dom(
        "a",
        { href: source[1], target: "_blank", rel: "noopener", title: source[1] },
        source[0]
      );
      return i ? [", ", link] : [link];
    });
    document.getElementById(id("STORY_BODY")).replaceChildren(
      ...chapter.paragraphs.map((text) => dom("p", {}, text)),
      dom("p", { class: "story-sources" }, ["Sources: ", ...links])
    );
    const dots = chapters.map((other, i) => {
      const dot = dom("button", {
        type: "button",
        class: "story-dot",
        title: other.title,
        "aria-label": "Chapter " + (i + 1) + ": " + other.title
      });
      if (i + 1 === number) {
        dot.setAttribute("aria-current", "step");
      }
      dot.addEventListener("click", () => go(i + 1));
      return dot;
    });
    document.getElementById(id("STORY_DOTS")).replaceChildren(...dots);
    document.getElementById(id("STORY_PREVIOUS")).disabled = number === 1;
    document.getElementById(id("STORY_NEXT")).disabled = number === chapters.length;
    box.classList.remove("hidden");
  }
  function showChapter(number, chapters, year, setYear) {
    const box = document.getElementById(id("STORY_BOX"));
    if (!number || !chapters || !chapters[number - 1]) {
      shown2.number = null;
      clearInterval(shown2.walking);
      shown2.walking = 0;
      box.classList.add("hidden");
      setProps("HIGHLIGHT", { data: null });
      return;
    }
    const chapter = chapters[number - 1];
    const opening = shown2.number === null;
    Object.assign(shown2, { number, count: chapters.length });
    render(chapters, number);
    if (opening && narrowScreen()) {
      box.scrollIntoView({ block: "start" });
    }
    setProps("LAYERS", { value: chapter.layers });
    setProps("LENS", { value: chapter.lens });
    setProps("TIES", { value: chapter.ties });
    setProps("OVERLAYS", { value: chapter.overlays });
    setProps("REGION", { value: chapter.region });
    setProps("HIGHLIGHT", { data: chapter.highlight });
    walkTo(year, chapter.year, setYear);
  }
  document.addEventListener("click", (event) => {
    const target = (
      /** @type {HTMLElement} */
      event.target.closest && /** @type {HTMLElement} */
      event.target.closest("button")
    );
    if (!target || shown2.number === null) {
      return;
    }
    if (target.id === id("STORY_PREVIOUS") && shown2.number > 1) {
      go(shown2.number - 1);
    } else if (target.id === id("STORY_NEXT") && shown2.number < shown2.count) {
      go(shown2.number + 1);
    } else if (target.id === id("STORY_CLOSE")) {
      go(null);
    }
  });
  document.addEventListener("keydown", (event) => {
    const active = document.activeElement;
    const busy = active && (active.matches("input, textarea, select, [role=slider]") || active.closest("[role=slider], .dash-dropdown"));
    if (shown2.number === null || busy || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === "ArrowRight" && shown2.number < shown2.count) {
      go(shown2.number + 1);
      event.preventDefault();
    } else if (event.key === "ArrowLeft" && shown2.number > 1) {
      go(shown2.number - 1);
      event.preventDefault();
    }
  });

  // assets/src/url.js
  function urlOf(view2, orgs) {
    return viewQuery(view2, orgs, pageConstants().overlays);
  }
  function urlToRead(search, written) {
    return !search || search === written ? void 0 : search;
  }

  // assets/src/year_control.js
  var YearControl = class {
    /** @param {HTMLElement} box @param {[number, number]} years @param {number[]} marks
     * @param {number} year */
    constructor(box, years, marks, year) {
      this.years = years;
      this.range = /** @type {HTMLInputElement} */
      dom("input", {
        type: "range",
        min: String(years[0]),
        max: String(years[1]),
        step: "1",
        value: String(year),
        "aria-label": "Year",
        class: "year-range"
      });
      this.box = /** @type {HTMLInputElement} */
      dom("input", {
        type: "number",
        min: String(years[0]),
        max: String(years[1]),
        step: "1",
        value: String(year),
        "aria-label": "Year (type a year)",
        class: "year-box"
      });
      const span = years[1] - years[0];
      const ticks = marks.map((mark) => {
        const tick = dom("span", { class: "slider-mark", "aria-hidden": "true" }, String(mark));
        tick.style.setProperty("--at", String((mark - years[0]) / span));
        return tick;
      });
      box.replaceChildren(
        dom("div", { class: "slider-track" }, [this.range, dom("div", { class: "slider-marks" }, ticks)]),
        this.box
      );
    }
    /** The year the box holds, or null while it is not one the slider offers. */
    typed() {
      const year = Number(this.box.value);
      return this.box.value.length === 4 && Number.isInteger(year) && year >= this.years[0] && year <= this.years[1] ? year : null;
    }
    /** Put both controls on ``year`` (a year set by a story, a link or playback). */
    show(year) {
      if (this.range.valueAsNumber !== year) {
        this.range.value = String(year);
      }
      if (document.activeElement !== this.box && this.box.value !== String(year)) {
        this.box.value = String(year);
      }
    }
    /** Call ``listener`` with every year the hand gives and how: a thumb a pointer holds
     * ("held"), the thumb's keys ("keys"), or a year typed in the box ("typed"); and
     * ``released`` when a pointer lets the thumb go.
     * @param {(year: number, hand: Hand) => void} listener
     * @param {() => void} released */
    listen(listener, released) {
      this.held = false;
      this.range.addEventListener("pointerdown", () => {
        this.held = true;
      });
      const release = () => {
        if (this.held) {
          this.held = false;
          released();
        }
      };
      this.range.addEventListener("pointerup", release);
      this.range.addEventListener("pointercancel", release);
      this.range.addEventListener("change", release);
      this.range.addEventListener("input", () => {
        const year = this.range.valueAsNumber;
        this.box.value = String(year);
        listener(year, this.held ? "held" : "keys");
      });
      this.box.addEventListener("input", () => {
        const year = this.typed();
        if (year !== null) {
          this.range.value = String(year);
          listener(year, "typed");
        }
      });
      this.box.addEventListener("change", () => {
        const year = this.typed();
        this.box.value = String(year === null ? this.range.valueAsNumber : year);
      });
    }
  };

  // assets/src/main.js
  var w = (
    /** @type {any} */
    window
  );
  var noUpdate = () => w.dash_clientside.no_update;
  var constants2 = pageConstants();
  var path = new HotPath();
  var facts = null;
  var control = null;
  var prefetching = false;
  preload();
  dataFile("facts").then((loaded) => {
    facts = loaded;
    path.setFacts(loaded);
  });
  wirePlayback(path, constants2.years);
  document.addEventListener("DOMContentLoaded", watchRoles);
  function legend() {
    const section = document.getElementById(id("LEGEND"));
    if (section && !section.firstChild) {
      section.innerHTML = constants2.legend;
    }
  }
  function yearControl(year) {
    const box = document.getElementById(id("YEAR_SLIDER"));
    if (control === null && box) {
      control = new YearControl(box, constants2.years, constants2.marks, year);
      control.listen((year2, hand) => path.fromHand(year2, hand), () => path.release());
      path.yearWatchers.push((shown3) => control.show(shown3));
    }
  }
  function watchZoom() {
    const gd = (
      /** @type {any} */
      document.querySelector("#" + id("MAP") + " .js-plotly-plot")
    );
    if (!gd || gd.crossroadsWatched) {
      return;
    }
    gd.crossroadsWatched = true;
    let timer = 0;
    gd.on("plotly_relayout", (change) => {
      if (!("geo.projection.scale" in change || "geo.center.lon" in change || "autosize" in change)) {
        return;
      }
      clearTimeout(timer);
      timer = window.setTimeout(() => path.relabel(), 120);
    });
  }
  path.drawnWatchers.push(watchZoom);
  path.drawnWatchers.push(() => {
    if (!prefetching) {
      prefetching = true;
      prefetch(constants2.prefetch);
    }
  });
  var view = (values) => viewFrom(constants2.viewKeys, values, constants2.years);
  w.dash_clientside = Object.assign(w.dash_clientside || {}, {});
  w.dash_clientside.crossroads = {
    /* Every control and the story's highlight: the view Dash holds. */
    viewChanged(...values) {
      const highlight = values.pop();
      const current = view(values);
      current.highlight = highlight || null;
      yearControl(current.year);
      legend();
      path.fromDash(current);
    },
    writeUrl(...values) {
      if (!facts || storyWalking()) {
        return [noUpdate(), noUpdate()];
      }
      const query = urlOf(view(values), facts.orgs);
      return [query, query];
    },
    urlToRead(search, written) {
      const found = urlToRead(search, written);
      return found === void 0 ? noUpdate() : found;
    },
    showChanges(year, typed) {
      showChanges(year, comparedYear(typed, constants2.years));
    },
    showRouteList(year, chosen, data) {
      dataFile("facts").then((loaded) => showRouteList(year, chosen, loaded, data));
    },
    routeOnMap(click) {
      const found = facts ? routeOnMap(click, facts) : void 0;
      return found === void 0 ? noUpdate() : found;
    },
    chooseOnMap(click) {
      const found = facts ? chooseOnMap(click, facts) : void 0;
      return found === void 0 ? noUpdate() : found;
    },
    countryFromBox(text, _submits, chosen, names) {
      const submitted = w.dash_clientside.callback_context.triggered.some(
        (t) => t.prop_id === id("COUNTRY_SEARCH") + ".n_submit"
      );
      const found = countryOfText(text, submitted, names);
      if (found === null) {
        return chosen ? null : noUpdate();
      }
      return found === void 0 || found === chosen ? noUpdate() : found;
    },
    listNames,
    boxFromCountry,
    panelYear,
    showTable(...values) {
      showTable(view(values));
    },
    drawStrip(cells) {
      drawStrip(cells, (year) => path.setYear(year, true));
    },
    showChapter(number, chapters, year) {
      showChapter(
        number,
        chapters,
        path.view ? path.view.year : year,
        (next, now) => path.setYear(next, now)
      );
    }
  };
})();
