"""gunicorn settings for Crossroads: ``gunicorn -c gunicorn.conf.py`` (``make serve``).

Why these values: the work is CPU-bound Python, so one process per core. Each worker
is a gevent event loop, the worker class gunicorn's documentation advises for clients
that may be slow: a connection that sends its request a byte a minute, or sits idle
between keep-alive requests, holds a greenlet of a few KB, not one of a handful of
threads (with gthread, 16 half-sent requests took the site down: ``tests/
test_slow_clients.py`` now holds 266 such connections open and checks a normal GET
still answers within a second). The answers themselves never wait on I/O, so one loop
per core loses nothing against threads. gevent patches the standard library here, in
the master, before the app is imported (the gevent worker would do it only after the
fork, when ``preload_app`` has already imported the app with unpatched locks).

The atlas is loaded once in the master (``preload_app``) so that a bad data file stops
start-up before any worker forks and workers share its memory; no ``max_requests``, so
a leak shows as growing memory instead of being hidden by restarts. gunicorn's control
socket is off: by default it sits at a fixed path in the user's runtime folder or home,
shared by every gunicorn that user runs, and nothing here uses ``gunicornc``.

What gunicorn answers itself (400, 414 and 431 for a request it cannot parse) carries
none of the app's security headers; behind a front server, that server should answer
those (see README, "Serving").
"""

from __future__ import annotations

import gc
import os

WORKER_CLASS = os.environ.get("CROSSROADS_WORKER_CLASS", "gevent")
if WORKER_CLASS == "gevent":
    from gevent import monkey

    monkey.patch_all()

wsgi_app = "app:server"
bind = os.environ.get("CROSSROADS_BIND", "127.0.0.1:8050")
workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 2))
worker_class = WORKER_CLASS
#: Open connections per worker, idle and slow ones included; beyond it, the kernel's
#: backlog queues them.
worker_connections = 1000
threads = int(os.environ.get("CROSSROADS_THREADS", "4"))
preload_app = True
control_socket_disable = True
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


def post_request(worker, req, environ, resp) -> None:
    """With gevent, let the other connections' greenlets run between two requests of one
    keep-alive connection. A greenlet only yields when it would wait, and a client that
    sends its next request as soon as it has an answer never makes it wait: measured
    with wrk at 10 connections, a quarter of the requests then waited 0.1 to 1.4 s while
    one connection was served again and again (p50 0.5 ms, p99 1.4 s; with this yield
    the spread is that of threads)."""
    if WORKER_CLASS == "gevent":
        from gevent import sleep

        sleep(0)
