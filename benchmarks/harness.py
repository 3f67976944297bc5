"""What the benchmarks share: serving a WSGI app on 127.0.0.1, a headless Chromium, and
timings taken inside the page (so the WebDriver's own round trips are not counted)."""

from __future__ import annotations

import logging
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from werkzeug.serving import make_server

CHROMIUM = "/usr/bin/chromium"
WINDOW = "1440,900"


@contextmanager
def serving(wsgi_app: Callable) -> Iterator[str]:
    """Serve ``wsgi_app`` on a free port of 127.0.0.1; yields its base URL."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", 0, wsgi_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


@contextmanager
def chromium() -> Iterator[webdriver.Chrome]:
    """Headless Chromium with software rendering, off the network, a fresh profile."""
    options = Options()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--window-size={WINDOW}",
        f"--user-data-dir={tempfile.mkdtemp(prefix='crossroads-bench-')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options)
    driver.set_script_timeout(300)
    try:
        yield driver
    finally:
        driver.quit()


@dataclass(frozen=True)
class Spread:
    """Median and maximum of a set of samples, in milliseconds."""

    median: float
    maximum: float
    count: int

    @classmethod
    def of(cls, samples_ms: Sequence[float]) -> Spread:
        """The spread of ``samples_ms`` (at least one sample)."""
        return cls(statistics.median(samples_ms), max(samples_ms), len(samples_ms))

    def __str__(self) -> str:
        return f"median {self.median:.0f} ms, max {self.maximum:.0f} ms (n={self.count})"


#: Prefix of an in-page script: ``painted()`` resolves after the next frame is painted,
#: so a change counts once it is on screen.
PAINTED = "const painted = () => new Promise(r => requestAnimationFrame(() => setTimeout(r)));\n"

#: Requests and bytes the page sent and received from now on (resource timing).
NETWORK_MARK = "window.__mark = performance.getEntriesByType('resource').length;"
NETWORK_SINCE = """
return performance.getEntriesByType('resource').slice(window.__mark)
  .map(e => [e.name, e.transferSize, e.encodedBodySize]);
"""


def network_since(driver: webdriver.Chrome) -> list[tuple[str, int, int]]:
    """(url, bytes on the wire, body bytes) of every request since ``NETWORK_MARK``."""
    return [tuple(entry) for entry in driver.execute_script(NETWORK_SINCE)]


def once_quiet(driver: webdriver.Chrome, script: str, quiet: float, ready: str = "") -> list:
    """What ``script`` returns (a list of the page's requests) once it has not grown for
    ``quiet`` seconds, and ``ready`` (a JS expression), if given, holds; two minutes at
    most. Why: a cold visit keeps fetching after its first paint (data files, ahead)."""
    deadline = time.monotonic() + 120
    count, quiet_since, entries = -1, time.monotonic(), []
    while time.monotonic() < deadline:
        entries = driver.execute_script(script)
        if len(entries) != count:
            count, quiet_since = len(entries), time.monotonic()
        elif time.monotonic() - quiet_since > quiet and (
            not ready or driver.execute_script(f"return {ready}")
        ):
            break
        time.sleep(0.2)
    return entries
