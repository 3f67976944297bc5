"""Every component id in one place, so a typo is an ImportError, not a silent no-op.

The browser's scripts get the same ids from ``browser_ids`` (written into the page), so
no id is typed twice.
"""

URL = "url"
URL_WRITTEN = "url-written"
URL_TO_READ = "url-to-read"
FACTS = "year-facts"
MAP = "map"
YEAR = "year-slider"
YEAR_CAPTION = "year-caption"
STRIP = "event-strip"
STRIP_YEAR = "strip-year"  # pattern-matching type: {"type": STRIP_YEAR, "index": year}
CAPTIONS = "year-captions"
PLAY = "play-button"
SPEED = "play-speed"
TICKER = "play-ticker"
LAYERS = "layer-toggles"
OVERLAYS = "overlay-toggles"
LENS = "lens"
REGION = "region"
LEGEND = "legend"
CHANGES = "year-changes"
CHANGES_LIST = "year-changes-list"
CHANGES_DATA = "year-changes-data"
COUNTRY = "country-select"
COUNTRY_LABEL = "country-select-label"
PANEL = "country-panel"
PANEL_CLOSE = "country-panel-close"
PANEL_TITLE = "panel-title"
PANEL_NOTE = "panel-note"
PANEL_YEAR = "panel-year"
PANEL_YEARS = "panel-years"
PANEL_CHART_BOX = "panel-chart-box"
PANEL_TIMELINE = "panel-timeline"
PANEL_MARKER = "panel-marker"
PANEL_EVENTS = "panel-events"
PANEL_ROUTES = "panel-routes"
PANEL_SOURCES = "panel-sources"
TABLE = "view-table"
TABLE_DATA = "view-table-data"
TABLE_FILTER = "view-table-filter"
TABLE_COUNT = "view-table-count"
DOWNLOAD_BUTTON = "download-csv"
DOWNLOAD = "download"
CITE = "cite-text"


def browser_ids() -> dict[str, str]:
    """Every id above by name, for the page's scripts."""
    return {name: value for name, value in globals().items() if name.isupper()}
