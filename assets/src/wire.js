/* What Python sends the browser, named and typed once. Python's side of each shape is
 * in components/wire.py (TypedDicts); tests/js/*.test.js check the pure modules against
 * fixtures Python writes, and `tsc` checks these types against the code that reads them.
 *
 * Codes: a feature's `status` in a year is one digit per organisation (legend order):
 * 0 none, then one per status group (member, partial, suspended); `ties` is a bit mask
 * of the power centres (CENTRES order in data/alignment.py).
 */

/**
 * @typedef {object} PageConstants  The JSON block in the page (components/layout.py).
 * @property {Record<string, string>} ids        every component id, by name (components/ids.py)
 * @property {string[]} overlays                 contest layers, in legend order
 * @property {string[]} viewKeys                 a view's fields, in components/controls.py order
 * @property {[number, number]} years            the slider's first and last year
 * @property {number[]} marks                    years marked under the slider
 * @property {Record<string, string>} files      data file name -> fingerprinted URL
 * @property {string[]} prefetch                 files to fetch ahead while the page is idle
 * @property {string} legend                     the legend's markup (components/legend.py)
 * @property {string} topojson                   plotly's base maps, served locally
 */

/**
 * @typedef {object} View  What the map and the lists show.
 * @property {number} year
 * @property {string[]} layers        organisation codes switched on
 * @property {"layers"|"alignment"} lens
 * @property {string|null} country
 * @property {string} region
 * @property {string[]} overlays      contest layers switched on
 * @property {string|null} route
 * @property {number|null} vs         the compared year, or null
 * @property {number|null} story
 * @property {string} [ties]          what the alignment lens counts: "organisations" or "security"
 * @property {Highlight|null} [highlight]
 */

/**
 * @typedef {object} Highlight  What a story chapter points at.
 * @property {string[]} [countries]
 * @property {string[]} [routes]
 * @property {string[]} [territories]
 * @property {string[]} [events]
 */

/**
 * @typedef {[string, string]|null} RouteState  line dash and status text, or not drawn
 */

/**
 * @typedef {object} ContestYear  Indices into ContestTables, for one year.
 * @property {number[]} territories
 * @property {number[]} borders
 * @property {number[]} events
 * @property {number[]} security   rows of SecurityTables in force that year
 */

/**
 * @typedef {object} YearFacts  One year, per feature (Facts.features order).
 * @property {(string|null)[]} status    status digits, null when the feature is not drawn
 * @property {(number|null)[]} ties      power-centre mask, null when not drawn
 * @property {number[]} hover            index into Facts.texts
 * @property {number[]} tiesHover        index into Facts.texts
 * @property {(number|null)[]} securityTies   mask of organisations and security ties
 * @property {number[]} securityTiesHover     index into Facts.texts
 * @property {RouteState[]} routes       per route, Constants.routeIds order
 * @property {ContestYear} contest
 */

/**
 * @typedef {object} TerritoryRow
 * @property {string} location   feature id in the territory geometry
 * @property {number} kind       index into territoryColour
 * @property {string} hover
 * @property {string} claimant   state code a click opens
 * @property {string} id         the row's id (story highlights name it)
 */

/**
 * @typedef {object} BorderRow
 * @property {string[]} states   the two states, sorted
 * @property {string} hover
 */

/**
 * @typedef {object} EventRow
 * @property {number} lon
 * @property {number} lat
 * @property {number} kind       index into eventSymbol / eventColour
 * @property {string} hover
 * @property {string} country    the state a click opens
 * @property {string} id
 */

/**
 * @typedef {object} SecurityRow  A security tie (components/security_layer.py).
 * @property {number} arc        its arc trace (from Traces["security arcs"]), or -1 for a mark
 * @property {number} lon
 * @property {number} lat
 * @property {string} symbol     the mark's symbol ("" for an arc)
 * @property {string} colour     the provider's power centre
 * @property {string} hover
 * @property {string} host       the state a click opens
 * @property {string} id
 */

/**
 * @typedef {object} SecurityTables
 * @property {SecurityRow[]} rows
 * @property {number} arcCount
 */

/**
 * @typedef {[number[], number[]]} Line  longitudes and latitudes
 */

/**
 * @typedef {object} ContestTables  Every contest row once (components/contest.py).
 * @property {TerritoryRow[]} territories
 * @property {BorderRow[]} borders
 * @property {EventRow[]} events
 * @property {Record<string, Line>} hatch          per territory location
 * @property {Record<string, Line>} approximate    per approximate territory location
 * @property {Record<string, Line>} borderLines    per "A|B" pair
 * @property {string[]} territoryColour
 * @property {number[]} territoryWidth             [normal, highlighted]
 * @property {string[]} eventSymbol
 * @property {string[]} eventColour
 * @property {number[]} eventSize                  [normal, highlighted]
 * @property {SecurityTables} security
 */

/**
 * @typedef {object} StateLabel
 * @property {string} name
 * @property {[number, number, number, number]} extent   lon/lat bounds
 * @property {[number, number][]} points    the usual point, then points for partial views
 */

/**
 * @typedef {object} PlaceLabel
 * @property {number} lon
 * @property {number} lat
 * @property {string} name
 * @property {string} kind       "capital" or another kind
 * @property {number} rank
 */

/**
 * @typedef {object} LabelTables  Candidates for names on the map (components/labels.py).
 * @property {StateLabel[]} states     per feature
 * @property {PlaceLabel[]} places
 * @property {number[][]} years        per year: indices into places
 * @property {[number, number, string|null][]} rankFromScale   [min scale, max rank, kind]
 * @property {number} stateFont
 * @property {number} cityFont
 * @property {string} fontFamily
 */

/**
 * @typedef {object} Frame
 * @property {{lon: number, lat: number}} center
 * @property {{scale: number}} projection
 */

/**
 * Each trace's index in the figure (components/map_figure.py:trace_order); the routes
 * take one trace each from `routes` on.
 * @typedef {{countries: number, territories: number, hatching: number, approximate: number,
 *   borders: number, routes: number, badges: number, "security arcs": number,
 *   security: number, events: number, changes: number,
 *   "state labels": number, "city labels": number}} Traces
 */

/**
 * @typedef {object} Constants  Tables that turn codes into drawn values.
 * @property {Traces} traces
 * @property {string[]} fillPalette       palette index -> the countries' fill colour
 * @property {number[][]} fill            fill[org][status code] -> palette index
 * @property {number[]} tiesFill          per number of centres
 * @property {(string|null)[]} badgeSymbol   per status code
 * @property {number[]} centreColour      per centre: palette index
 * @property {string} centreSymbol
 * @property {number} badgeSpacing
 * @property {number} borderWidth
 * @property {number} selectedWidth
 * @property {Record<string, string>} hovertemplate   per lens
 * @property {Record<string, Frame>} regions
 * @property {string[]} routeIds
 * @property {number[]} strength          per status code
 * @property {Record<string, [string, string]>} changeMark   way -> [symbol, colour]
 * @property {number} changeLift
 * @property {string} changeHover
 * @property {number} routeWidth
 * @property {number} chosenRouteWidth
 * @property {string} firstRegion
 */

/**
 * @typedef {object} Facts  Everything the map selects from (components/year_facts.py).
 * @property {number} firstYear
 * @property {string[]} orgs          legend order
 * @property {string[]} features
 * @property {string[]} units         the state each feature draws
 * @property {string[]} names
 * @property {string[][]} parts       states a union feature stands for
 * @property {[number, number][]} anchors    where a feature's badges sit
 * @property {string[]} texts
 * @property {YearFacts[]} years
 * @property {ContestTables} contest
 * @property {LabelTables} labels
 * @property {Constants} constants
 * @property {string[]} captions      per year: what the map shows, in words
 */

/**
 * @typedef {object} MapValues  What select/map.js gives the drawer.
 * @property {(number|null)[]} z
 * @property {[string, string][]} customdata
 * @property {string} hovertemplate
 * @property {number|number[]} lineWidth
 * @property {{lon: number[], lat: number[], colour: number[], symbol: string[]}} badges
 * @property {RouteState[]} routes
 * @property {number[]} routeWidths
 * @property {Changes} changes
 */

/**
 * @typedef {object} Changes  Marks of ties gained and lost since the compared year.
 * @property {number[]} lon
 * @property {number[]} lat
 * @property {string[]} symbol
 * @property {string[]} colour
 * @property {[string, number, number][]} customdata
 * @property {string} hovertemplate
 */

/**
 * @typedef {object} ContestValues  What select/contest.js gives the drawer.
 * @property {string[]} territoryLocations
 * @property {number[]} territoryZ
 * @property {string[]} territoryLine
 * @property {number[]} territoryWidth
 * @property {[string, string][]} territoryCustomdata
 * @property {Line} hatch
 * @property {Line} approximate
 * @property {Line} border
 * @property {(string|null)[]} borderHover
 * @property {number[]} eventLon
 * @property {number[]} eventLat
 * @property {[string, string][]} eventCustomdata
 * @property {string[]} eventSymbol
 * @property {string[]} eventColour
 * @property {number[]} eventSize
 * @property {SecurityValues} security
 */

/**
 * @typedef {object} SecurityValues  What select/security.js gives the drawer.
 * @property {boolean[]} arcs         per arc trace: shown
 * @property {number[]} lon
 * @property {number[]} lat
 * @property {string[]} symbol
 * @property {string[]} colour
 * @property {[string, string][]} customdata   hover, host
 */

/**
 * @typedef {object} ChangeLine  One change in a year (components/changes_list.py).
 * @property {string} when      the date as precisely as the row gives it
 * @property {string} kind
 * @property {string|null} country
 * @property {string} text
 * @property {string} publisher
 * @property {string} url
 */

/**
 * @typedef {object} ChangesData
 * @property {number} firstYear
 * @property {Record<string, string>} kindLabel
 * @property {string[]} compared    kinds that count as a change of ties
 * @property {Record<string, string>} names   state code -> name
 * @property {ChangeLine[][]} years
 */

/**
 * @typedef {object} TableRow  A membership in force (components/data_view.py).
 * @property {string} country
 * @property {string} org
 * @property {string} status
 * @property {string} since     as shown
 * @property {string} until     as shown
 * @property {string} publisher
 * @property {string} url
 * @property {string} start     ISO, for sorting
 * @property {string} end       ISO, for sorting
 */

/**
 * @typedef {object} TableData
 * @property {number} firstYear
 * @property {string[]} orgs
 * @property {string[]} columns
 * @property {string} caption
 * @property {TableRow[]} rows
 * @property {number[][]} years       per year: indices into rows
 * @property {string[]} cite          per year: the citation with {layers} {lens} {url} {count}
 */

export {};
