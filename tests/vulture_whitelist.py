"""Names vulture cannot see used, because only a framework calls or reads them.

``make lint`` runs vulture over the project (``[tool.vulture]`` in pyproject.toml) with
this file among its paths: every attribute named below counts as used. Add a line
only for what a framework finds by itself (a decorator registers it, a config file's
name is a setting, a model's field is a column), with where it stands; anything else
vulture reports is dead and goes.
"""

# Each line is an expression whose only purpose is to name an attribute.
# ruff: noqa: B018

from vulture.whitelist_utils import Whitelist

_ = Whitelist()

# Dash callbacks, registered by the ``@app.callback`` that decorates them.
_.draw_story  # components/country_panel.py
_.download  # components/data_view.py
_.draw_card  # components/route_card.py
_.read_url  # components/url_sync.py
# Dash reads the app's ``validation_layout`` when it checks callback ids.
_.validation_layout  # app.py

# Flask hooks and views, registered by decorator (``before_request``, ``errorhandler``,
# ``route``), and a werkzeug response attribute set so the body can be read.
_._refuse  # web/__init__.py
_._unknown_resource  # web/errors.py
_._any  # web/errors.py
_.anything  # benchmarks/bare.py
_.direct_passthrough  # web/cache.py

# pydantic: the model's settings, validators registered by ``@field_validator`` and
# ``@model_validator`` (their ``cls`` is pydantic's), and fields no code reads but that
# are columns of the tables (``extra="forbid"`` refuses a column without a field).
_.model_config  # data/schema.py
_._end_not_before_start  # data/schema.py
_._parse_days  # data/schema.py
_._two_different_states  # data/schema.py
_.cls  # data/schema.py
_._quantity_of_deliveries  # data/schema.py
_._point_where_drawn  # data/schema.py
_._lat_with_lon  # data/schema.py
_.accessed  # data/schema.py: sources.csv
_.former_names  # data/schema.py: organisations.csv

# pytest finds fixtures by their parameter names, which vulture sees as uses; selenium
# reads the Chromium options' ``binary_location``.
_.binary_location  # tests/conftest.py, benchmarks/harness.py

# gunicorn reads its settings and hooks from gunicorn.conf.py by name.
_.wsgi_app
_.bind
_.workers
_.worker_class
_.threads
_.preload_app
_.timeout
_.graceful_timeout
_.keepalive
_.accesslog
_.access_log_format
_.errorlog
_.loglevel
_.when_ready
_.worker_connections
_.control_socket_disable
_.post_request  # and its arguments, named by gunicorn
_.req
_.resp
_.worker

# Fields of what Python sends the browser (components/wire.py): read by the browser's
# modules (assets/src), which vulture does not read.
_.arc
_.extent
_.since

# Flask's request globals: set in one hook, read back in another (web/cache.py).
_.crossroads_answer_key
