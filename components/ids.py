"""Every component id in one place, so a typo is an ImportError, not a silent no-op."""

MAP = "map"
YEAR = "year-slider"
YEAR_CAPTION = "year-caption"
LAYERS = "layer-toggles"
LEGEND = "legend"
ROUTE_TABLE = "route-table"
