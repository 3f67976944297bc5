"""gunicorn settings for Crossroads: ``gunicorn -c gunicorn.conf.py`` (``make serve``).

Why these values: the work is CPU-bound Python, so one process per core (threads add
little under the GIL but let a worker keep idle keep-alive connections open, which
spares the load balancer a TCP handshake per request); the atlas is loaded once in
the master (``preload_app``) so that a bad data file stops start-up before any worker
forks and workers share its memory; no ``max_requests``, so a leak shows as growing
memory instead of being hidden by restarts.
"""

from __future__ import annotations

import gc
import os

wsgi_app = "app:server"
bind = os.environ.get("CROSSROADS_BIND", "127.0.0.1:8050")
workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 2))
worker_class = "gthread"
threads = int(os.environ.get("CROSSROADS_THREADS", "4"))
preload_app = True
#: A callback that runs longer than this is a bug: the worker is killed and replaced.
timeout = 30
graceful_timeout = 20
keepalive = 5
#: Client, request line, status, bytes, time in microseconds, user agent.
accesslog = os.environ.get("CROSSROADS_ACCESS_LOG", "-")
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(D)sus "%(a)s"'
errorlog = "-"
loglevel = "info"


def when_ready(server) -> None:
    """In the master, before any worker forks: build the day's constant responses once
    and move everything loaded so far out of the collector's sight, so that the pages
    stay shared between workers instead of being copied when the collector touches them."""
    from web import warm

    warm(server.app.wsgi())
    gc.freeze()
