"""How start-up, a country call and the first page grow with the data: 100,000 rows.

Generates 100,000 valid membership rows (every rule of ``data/README.md`` holds: no
overlaps, no short gaps, nothing before an organisation was founded or while a state
was drawn inside a predecessor, every source cited) into a temporary copy of ``data/``,
then prints, beside the same figures for the real data:

- the app's figures, with their targets: start-up (``create_app`` and the constant
  responses gunicorn's master builds before it forks: until the first page can be
  answered), a country call (the country-story server callback, as the page posts it,
  over 20 countries), and the first page's transfer (a cold load in headless Chromium:
  the page, every script, the layout, the geometry and whatever else the page fetches,
  as the browser's resource timing counts the bytes on the wire, so files the page
  fetches later are counted without being listed here);
- loading the facts, loading the whole atlas, the slowest year's change list (the data,
  and its size as the page sends it), and every year's lists as the page sends them.

Run with ``make bench-scale``.
"""

from __future__ import annotations

import csv
import gc
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from plotly.io.json import to_json_plotly

from benchmarks.harness import chromium, once_quiet, serving
from components import changes_list, ids
from components.layer_toggles import DEFAULT_LAYERS
from data.changes import year_changes
from data.dates import parse_partial
from data.facts import DATA_DIR, load_facts
from geodata.atlas import load_atlas, load_inputs
from web import warm
from web.envelope import call_of

ROWS = 100_000
#: Targets at 100,000 rows.
STARTUP_TARGET_S = 4.0
COUNTRY_CALL_TARGET_MS = 100.0
FIRST_PAGE_TARGET_MB = 1.5
COUNTRIES = 20
#: What Chromium sends, so the server picks the encoding a reader gets.
BROWSER_ENCODINGS = "gzip, deflate, br, zstd"
TODAY = date(2026, 11, 25)
LAST_DAY = date(2026, 6, 30)
STATUSES = ("member", "observer", "associate", "dialogue_partner", "partner", "suspended")
#: A row ends this many days before the next starts when it is an exit and a re-join:
#: more than a month, so no "short gap" rule fires.
GAP = 40
COLUMNS = ("country", "org", "status", "start", "end", "source", "note")


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def spans(data_dir: Path) -> dict[tuple[str, str], tuple[date, date]]:
    """(state, organisation) → the days a membership may cover: after the organisation
    was founded and after the state stopped being drawn inside another."""
    inside_until: dict[str, date] = {}
    for row in read(data_dir / "part_of.csv"):
        end = parse_partial(row["end"], last=True) if row["end"] else date.max
        inside_until[row["state"]] = max(inside_until.get(row["state"], date.min), end)
    founded = {
        o["code"]: parse_partial(o["founded"], last=False)
        for o in read(data_dir / "organisations.csv")
    }
    found = {}
    for state in read(data_dir / "states.csv"):
        if not state["iso_numeric"] and not state["ne_name"]:
            continue  # a predecessor
        free = inside_until.get(state["code"], date(1987, 12, 31)) + timedelta(days=1)
        for org, day in founded.items():
            first = max(free, day, date(1988, 1, 1))
            if first < LAST_DAY - timedelta(days=400):
                found[(state["code"], org)] = (first, LAST_DAY)
    return found


def counts(spans_: dict[tuple[str, str], tuple[date, date]], total: int) -> dict:
    """Rows per key in proportion to its span, adding up to ``total``."""
    days = {key: (last - first).days for key, (first, last) in spans_.items()}
    whole = sum(days.values())
    share = {key: total * d / whole for key, d in days.items()}
    result = {key: int(s) for key, s in share.items()}
    for key in sorted(share, key=lambda k: share[k] - result[k], reverse=True)[
        : total - sum(result.values())
    ]:
        result[key] += 1
    return result


def generate(data_dir: Path, total: int = ROWS, seed: int = 1988) -> int:
    """Replace ``data_dir/memberships.csv`` with ``total`` valid rows; return the count."""
    rng = random.Random(seed)
    sources = sorted({row["source"] for row in read(data_dir / "memberships.csv")})
    allowed = spans(data_dir)
    rows = []
    for (country, org), n in sorted(counts(allowed, total).items()):
        first, last = allowed[(country, org)]
        slot = (last - first).days // max(n, 1)
        start = first
        for index in range(n):
            end = start + timedelta(days=slot - 1)
            exit_after = slot > 2 * GAP and rng.random() < 0.5
            shown_end = end - timedelta(days=GAP) if exit_after else end
            final = index == n - 1
            rows.append(
                {
                    "country": country,
                    "org": org,
                    "status": rng.choice(STATUSES),
                    "start": start.isoformat(),
                    "end": "" if final and rng.random() < 0.5 else shown_end.isoformat(),
                    "source": sources[len(rows) % len(sources)],
                    "note": "",
                }
            )
            start = end + timedelta(days=1)
    with (data_dir / "memberships.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def seconds(function: Callable[[], object]) -> tuple[float, object]:
    """Wall time of one call, and its result."""
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def timed(function: Callable[[], object]) -> tuple[str, object]:
    """Wall and CPU time of one call (CPU time is what other processes on a shared
    machine do not inflate), and its result."""
    cpu = time.process_time()
    wall, result = seconds(function)
    return f"{wall:.2f} s ({time.process_time() - cpu:.2f} s CPU)", result


def measure(data_dir: Path) -> dict[str, str]:
    """The figures for one data folder."""
    facts_time, facts = timed(lambda: load_facts(data_dir))
    atlas_time, atlas = timed(lambda: load_atlas(TODAY, data_dir=data_dir))
    worst_year, worst_data, worst_count = 0, 0.0, 0
    for year in atlas.years:
        data_time, changes = seconds(lambda year=year: year_changes(atlas.facts, year, TODAY))
        if data_time >= worst_data:
            worst_year, worst_data, worst_count = year, data_time, len(changes)
    lists_time, lists = timed(
        lambda: [to_json_plotly(changes_list.year_lines(atlas, y)).encode() for y in atlas.years]
    )
    worst_bytes = len(lists[worst_year - atlas.years[0]])
    return {
        "membership rows": f"{len(facts.memberships):,}",
        "load_facts": facts_time,
        "load_atlas (facts + shapes + features)": atlas_time,
        "slowest year's changes (data)": f"{worst_data * 1000:.1f} ms ({worst_year}, "
        f"{worst_count:,} changes)",
        "that year's list, its file": f"{worst_bytes / 1e3:,.1f} kB",
        "every year's list files: built + JSON": f"{lists_time}, "
        f"{sum(len(text) for text in lists) / 1e6:.1f} MB",
    }


def start_app(data_dir: Path):
    """``create_app`` on ``data_dir``, then what gunicorn's master does before forking
    (``web.warm``): wall and CPU seconds, and the app."""
    import app as app_module

    real_load_inputs = load_inputs

    def inputs(*args, **kwargs):
        return real_load_inputs(data_dir)

    with mock.patch.object(app_module, "load_inputs", inputs):
        cpu = time.process_time()
        wall, dash_app = seconds(lambda: app_module.create_app(lambda: TODAY))
        wall_warm, _ = seconds(lambda: warm(dash_app.server))
    cpu = time.process_time() - cpu
    # As gunicorn.conf.py's when_ready does: what start-up loaded is moved out of the
    # collector's sight (without it, the first country call pays a full collection of
    # the 100,000 rows, half a second, which no production worker pays).
    gc.freeze()
    return wall + wall_warm, cpu, dash_app


def country_calls(dash_app) -> list[float]:
    """Milliseconds of the country-story callback for ``COUNTRIES`` countries, each as
    the page posts it (the first call of each is the one timed: no cache is warm)."""
    client = dash_app.server.test_client()
    client.get("/_dash-dependencies")  # Dash's first-request set-up
    atlas = dash_app.pages().atlas
    shaped = [s.code for s in atlas.facts.states if not s.is_predecessor]
    step = max(1, len(shaped) // COUNTRIES)
    timings = []
    for index, country in enumerate(shaped[::step][:COUNTRIES]):
        year = atlas.years[index * 7 % len(atlas.years)]
        body = call_of(
            dash_app,
            ids.PANEL_TITLE,
            {ids.COUNTRY: country, ids.YEAR: year, ids.LAYERS: list(DEFAULT_LAYERS)},
        )
        start = time.perf_counter()
        response = client.post(
            "/_dash-update-component", json=body, headers={"Accept-Encoding": BROWSER_ENCODINGS}
        )
        timings.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"country call for {country}: {response.status_code}")
    return timings


#: After a cold load: every request the page made (the document included) and its bytes
#: on the wire, once nothing new has been fetched for a second.
TRANSFER = """
const nav = performance.getEntriesByType('navigation')[0];
const res = performance.getEntriesByType('resource');
return [[nav.name, nav.transferSize], ...res.map(e => [e.name, e.transferSize])];
"""
MAP_DRAWN = "document.querySelectorAll('.choroplethlocation').length > 0"


def first_page(dash_app) -> list[tuple[str, int]]:
    """(url, bytes on the wire) of everything a cold first visit fetches."""
    with serving(dash_app.server) as base, chromium() as driver:
        driver.get(base + "/")
        entries = once_quiet(driver, TRANSFER, 1.0, MAP_DRAWN)
        return [(url.removeprefix(base), size) for url, size in entries]


def app_figures(data_dir: Path) -> dict[str, str]:
    """The targets' figures for one data folder."""
    wall, cpu, dash_app = start_app(data_dir)
    try:
        calls = country_calls(dash_app)
        fetched = first_page(dash_app)
    finally:
        gc.unfreeze()
    total = sum(size for _, size in fetched)
    largest = sorted(fetched, key=lambda item: -item[1])[:2]
    return {
        f"start-up, to the first page (target < {STARTUP_TARGET_S:.0f} s)": (
            f"{wall:.2f} s ({cpu:.2f} s CPU)"
        ),
        f"country call (target < {COUNTRY_CALL_TARGET_MS:.0f} ms)": (
            f"median {statistics.median(calls):.0f} ms, max {max(calls):.0f} ms"
        ),
        f"first page, on the wire (target < {FIRST_PAGE_TARGET_MB} MB)": (
            f"{total / 1e6:.2f} MB, {len(fetched)} requests"
        ),
        "  its largest": ", ".join(
            f"{url.split('?')[0].rsplit('/', 1)[-1][:14]} {size / 1e3:,.0f} kB"
            for url, size in largest
        ),
    }


def main() -> int:
    real = app_figures(DATA_DIR) | measure(DATA_DIR)
    with tempfile.TemporaryDirectory(prefix="crossroads-scale-") as folder:
        data_dir = Path(folder) / "data"
        shutil.copytree(DATA_DIR, data_dir)
        seconds_taken, count = seconds(lambda: generate(data_dir))
        print(f"generated {count:,} membership rows in {seconds_taken:.1f} s into {data_dir}")
        big = app_figures(data_dir) | measure(data_dir)
    width = max(len(k) for k in real) + 2
    print(f"{'':{width}}{'real data':>40}  {'100,000 rows':>40}")
    for key in real:
        print(f"{key:{width}}{real[key]:>40}  {big[key]:>40}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
