"""Throughput and slow clients: the atlas under gunicorn against bare Flask.

Starts ``gunicorn -c gunicorn.conf.py`` (the production setup) for the atlas and,
separately, for ``benchmarks/bare.py`` (a 3 KB JSON answer), both on 127.0.0.1 only,
and drives each with wrk for 30 s at 10 and then 50 connections with a first visit's
real mix: every GET a cold visit makes, as recorded in headless Chromium with
Chromium's headers (``benchmarks/mix.py``), and five country-story calls. Prints
requests per second, latency p50, p95 and p99, errors, and the workers' memory, with
the ratios and the targets (at concurrency 10: 0.5 or more of bare Flask's rate, no
error, p99 under 100 ms). Then, with 50 slowloris connections, 16 partial requests and
200 idle keep-alive connections held open (``benchmarks/slow_clients.py``), how long a
normal GET of the page takes (target: within 1 s).

Why wrk: written in C with an event loop, it keeps 50 connections busy from one thread
per core while using a fraction of the CPU a Python load generator would take from the
two cores the server also runs on; its Lua hooks give the mix and the percentiles.
Run with ``make bench-load``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.mix import BROWSER, STORY_CALLS, UPDATE, first_visit, story_bodies
from benchmarks.slow_clients import IDLE, LIMIT_S, PARTIAL, SLOWLORIS, slow_clients, timed_get

REPO = Path(__file__).resolve().parent.parent
DURATION = "30s"
#: gunicorn.conf.py's default: one worker per core.
WORKERS = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 2))
CONNECTIONS = (10, 50)
#: Targets at concurrency 10.
RATIO_TARGET = 0.5
P99_TARGET_MS = 100.0
LUA = """
local requests = {REQUESTS}
local counter = 0

init = function(args)
  counter = math.random(#requests)
end

request = function()
  counter = counter % #requests + 1
  return requests[counter]
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %f, "p50": %d, "p95": %d, "p99": %d, '
    .. '"errors": %d, "status_errors": %d, "timeouts": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50),
    latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout, e.status, e.timeout))
end
"""


def lua_quoted(text: str) -> str:
    """``text`` as a quoted Lua string: a long string would turn each CRLF of the
    request into a bare LF, which is not HTTP."""
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n")
    )
    if not escaped.isascii() or not escaped.isprintable():
        raise ValueError("requests are printable ASCII apart from CR and LF")
    return f'"{escaped}"'


def visit() -> list[tuple[str, str, dict[str, str], str]]:
    """One first visit: (method, path, headers, body) of every GET the page makes, then
    five country-story calls spread through it, as the page makes them after its
    scripts have loaded."""
    import app
    from geodata.atlas import load_atlas

    atlas = load_atlas()
    gets = first_visit(app.server)
    app.server.test_client().get("/_dash-dependencies")  # Dash's first-request set-up
    shaped = [s.code for s in atlas.facts.states if not s.is_predecessor]
    bodies = story_bodies(app.app, shaped[:: max(1, len(shaped) // 60)], list(atlas.years))
    calls = {**BROWSER, "Accept": "application/json", "Content-Type": "application/json"}
    requests = [("GET", path, headers, "") for path, headers in gets]
    visits = []
    for start in range(0, len(bodies) - STORY_CALLS + 1, STORY_CALLS):
        posts = [
            ("POST", UPDATE, calls, json.dumps(b)) for b in bodies[start : start + STORY_CALLS]
        ]
        after = {len(requests) * (k + 1) // (STORY_CALLS + 1): post for k, post in enumerate(posts)}
        for index, request in enumerate(requests):
            visits.append(request)
            if index in after:
                visits.append(after[index])
    return visits


def raw(method: str, path: str, headers: dict[str, str], body: str, port: int) -> str:
    """The request as sent on the wire."""
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if body:
        lines.append(f"Content-Length: {len(body.encode())}")
    return "\r\n".join(lines) + "\r\n\r\n" + body


def write_script(folder: Path, visits: list, port: int) -> Path:
    """The wrk script with every request of the visits inlined, for ``port``."""
    requests = ",".join(lua_quoted(raw(*request, port)) for request in visits)
    path = folder / f"mix-{port}.lua"
    path.write_text(LUA.replace("{REQUESTS}", "{" + requests + "}"), encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(target: str, port: int, log: Path) -> subprocess.Popen:
    """gunicorn with the project's configuration, on 127.0.0.1 only; waits for /healthz
    (the bare app answers any path)."""
    env = {**os.environ, "CROSSROADS_ACCESS_LOG": str(log)}
    with log.with_suffix(".err").open("w") as errors:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{port}",
                target,
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            start_new_session=True,
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                if len(workers_rss(process.pid)) == WORKERS:
                    return process
        except OSError:
            pass
        time.sleep(0.3)
    process.kill()
    raise RuntimeError(f"{target} did not start; see {log.with_suffix('.err')}")


def workers_rss(master: int) -> list[int]:
    """Resident memory (KB) of each worker of the gunicorn ``master``."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]))
    return sizes


def run_wrk(script: Path, port: int, connections: int) -> dict:
    """One bounded wrk run (30 s, 127.0.0.1 only); its summary."""
    output = subprocess.run(
        [
            "wrk",
            "-t",
            "2",
            "-c",
            str(connections),
            "-d",
            DURATION,
            "--timeout",
            "10s",
            "-s",
            str(script),
            f"http://127.0.0.1:{port}/",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    line = next(row for row in output.splitlines() if row.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    result["rps"] = result["requests"] / result["seconds"]
    return result


def measure(target: str, visits: list, folder: Path) -> dict:
    port = free_port()
    script = write_script(folder, visits, port)
    process = start(target, port, folder / f"{target.split(':')[0].replace('.', '-')}.log")
    try:
        results: dict = {}
        for connections in CONNECTIONS:
            before = workers_rss(process.pid)
            result = run_wrk(script, port, connections)
            result["rss_before"], result["rss_after"] = before, workers_rss(process.pid)
            results[connections] = result
        with slow_clients(port) as held:
            answers = [timed_get(port, timeout=10) for _ in range(3)]
        results["slow"] = {
            "held": held,
            "seconds": max(seconds for seconds, _ in answers),
            "statuses": sorted({status for _, status in answers}),
        }
        return results
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)


def row(name: str, ours: float, bare: float, unit: str, digits: int = 0) -> str:
    ratio = f"{ours / bare:.2f}" if bare else "-"
    return f"  {name:<22}{ours:>14,.{digits}f} {unit:<5}{bare:>14,.{digits}f} {unit:<5}{ratio:>8}"


def main() -> int:
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk (make bench-load does it as root)")
    visits = visit()
    per_visit = len(visits) * STORY_CALLS // sum(1 for r in visits if r[0] == "POST")
    with tempfile.TemporaryDirectory(prefix="crossroads-load-") as name:
        folder = Path(name)
        ours = measure("app:server", visits, folder)
        bare = measure("benchmarks.bare:app", visits, folder)
    mix = f"first visit ({per_visit - STORY_CALLS} GETs, {STORY_CALLS} country calls)"
    print(f"{'':24}{'Crossroads':>20}{'bare Flask':>20}{'ratio':>8}")
    for connections in CONNECTIONS:
        a, b = ours[connections], bare[connections]
        print(f"concurrency {connections}, {DURATION}, {mix}:")
        print(row("requests/s", a["rps"], b["rps"], ""))
        for p in ("p50", "p95", "p99"):
            print(row(f"latency {p}", a[p] / 1000, b[p] / 1000, "ms", 1))
        print(row("errors", a["errors"], b["errors"], ""))
        for when in ("rss_before", "rss_after"):
            label = "worker RSS " + when.split("_")[1]
            print(
                row(label, max(a[when]) / 1024, max(b[when]) / 1024, "MB", 1)
                + f"   (each: {', '.join(f'{k / 1024:.0f}' for k in a[when])} MB)"
            )
    a, b = ours[10], bare[10]
    ratio = a["rps"] / b["rps"] if b["rps"] else 0.0
    print("targets at concurrency 10:")
    print(f"  rate / bare Flask: {ratio:.2f} (target >= {RATIO_TARGET})")
    print(f"  errors: {a['errors']} (target 0)")
    print(f"  p99: {a['p99'] / 1000:.1f} ms (target < {P99_TARGET_MS:.0f} ms)")
    print(f"slow clients held ({SLOWLORIS} slowloris, {PARTIAL} partial, {IDLE} idle keep-alive):")
    for name, result in (("Crossroads", ours), ("bare Flask", bare)):
        slow = result["slow"]
        held = slow["held"]
        print(
            f"  {name}: a GET of / answered in {slow['seconds']:.3f} s, status "
            f"{'/'.join(map(str, slow['statuses']))} (target < {LIMIT_S:.0f} s; held open "
            f"{held.slowloris}/{held.partial}/{held.idle})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
