"""Throughput of the atlas under gunicorn against bare Flask, loaded the same way.

Starts ``gunicorn -c gunicorn.conf.py`` for the atlas and, separately, for
``benchmarks/bare.py`` (a 3 KB JSON answer), both on 127.0.0.1 only, and drives each
with wrk for 30 s at 10 and then 50 connections: 70% server callbacks (a country's
story, a route's card and the CSV download, from ``benchmarks/mix.py``), 20%
``/_dash-layout``, 10% the
page, all accepting gzip as browsers do. Prints requests per second, latency p50, p95
and p99, errors, and the workers' memory before and after, with the ratios.

Why wrk: written in C with an event loop, it keeps 50 connections busy from one thread
per core while using a fraction of the CPU a Python load generator would take from the
two cores the server also runs on; its Lua hooks give the weighted mix and the
percentiles. Figures only, no pass/fail. Run with ``make bench-load``.
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

from benchmarks.mix import UPDATE, callback_bodies

REPO = Path(__file__).resolve().parent.parent
DURATION = "30s"
#: gunicorn.conf.py's default: one worker per core.
WORKERS = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 2))
CONNECTIONS = (10, 50)
#: One cycle of ten requests: seven callbacks, two layouts, one page.
CYCLE = ("cb", "cb", "cb", "cb", "cb", "cb", "cb", "layout", "layout", "page")
LUA = """
local bodies = {BODIES}
local cycle = {CYCLE}
local requests = {}
local counter = 0
local gzip = { ["Accept-Encoding"] = "gzip" }
local json = { ["Content-Type"] = "application/json", ["Accept-Encoding"] = "gzip" }

init = function(args)
  local next_body = 1
  for i = 1, #bodies * #cycle / 7 do
    local kind = cycle[(i - 1) % #cycle + 1]
    if kind == "cb" then
      requests[i] = wrk.format("POST", "{UPDATE}", json, bodies[next_body])
      next_body = next_body % #bodies + 1
    elseif kind == "layout" then
      requests[i] = wrk.format("GET", "/_dash-layout", gzip)
    else
      requests[i] = wrk.format("GET", "/", gzip)
    end
  end
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


def lua_string(text: str) -> str:
    """``text`` as a Lua long string, which needs no escapes (JSON never holds ``]==]``)."""
    return f"[==[{text}]==]"


def write_script(folder: Path) -> Path:
    """The wrk script with every callback body inlined."""
    import app
    from geodata.atlas import load_atlas

    atlas = load_atlas()
    app.server.test_client().get("/_dash-dependencies")  # Dash's first-request set-up
    shaped = [s.code for s in atlas.facts.states if not s.is_predecessor][:60]
    bodies = callback_bodies(app.app, shaped, list(atlas.years), list(atlas.route_ids))
    script = (
        LUA.replace("{BODIES}", "{" + ",".join(lua_string(json.dumps(b)) for b in bodies) + "}")
        .replace("{CYCLE}", "{" + ",".join(lua_string(k) for k in CYCLE) + "}")
        .replace("{UPDATE}", UPDATE)
    )
    path = folder / "mix.lua"
    path.write_text(script, encoding="utf-8")
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


def measure(target: str, script: Path, folder: Path) -> dict[int, dict]:
    port = free_port()
    process = start(target, port, folder / f"{target.split(':')[0].replace('.', '-')}.log")
    try:
        results = {}
        for connections in CONNECTIONS:
            before = workers_rss(process.pid)
            result = run_wrk(script, port, connections)
            result["rss_before"], result["rss_after"] = before, workers_rss(process.pid)
            results[connections] = result
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
    with tempfile.TemporaryDirectory(prefix="crossroads-load-") as name:
        folder = Path(name)
        script = write_script(folder)
        ours = measure("app:server", script, folder)
        bare = measure("benchmarks.bare:app", script, folder)
    print(f"{'':24}{'Crossroads':>20}{'bare Flask':>20}{'ratio':>8}")
    for connections in CONNECTIONS:
        a, b = ours[connections], bare[connections]
        print(f"concurrency {connections}, {DURATION}, 70/20/10 mix:")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
