"""The production setup stays up while slow clients hold connections open.

Starts ``gunicorn -c gunicorn.conf.py`` on a free port of 127.0.0.1 (its own process
group, stopped at the end), holds 50 slowloris connections, 16 partial requests and 200
idle keep-alive connections open at once, and times normal GETs of the page on fresh
connections: each must be answered within a second. With gthread workers 16 partial
requests were enough to make the page time out.
"""

from __future__ import annotations

import ast
import os
import signal
import socket
import tempfile
from pathlib import Path

import pytest

from benchmarks.load import free_port, start
from benchmarks.slow_clients import IDLE, LIMIT_S, PARTIAL, SLOWLORIS, slow_clients, timed_get
from tests.conftest import REPO
from web import MAX_BODY


@pytest.fixture(scope="module")
def production_port():
    with tempfile.TemporaryDirectory(prefix="crossroads-slow-") as folder:
        port = free_port()
        process = start("app:server", port, Path(folder) / "gunicorn.log")
        try:
            yield port
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except Exception:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


def test_slw001_a_normal_get_answers_within_a_second_while_slow_clients_hold_on(
    production_port,
) -> None:
    with slow_clients(production_port) as held:
        assert held.slowloris == SLOWLORIS and held.partial == PARTIAL and held.idle == IDLE
        answers = [timed_get(production_port, timeout=5) for _ in range(3)]
    for seconds, status in answers:
        assert status == 200
        assert seconds < LIMIT_S, f"a GET took {seconds:.2f} s with slow clients open"


def test_slw002_the_production_setup_has_no_control_socket_and_no_reload_route(
    production_port,
) -> None:
    _seconds, status = timed_get(production_port, "/_reload-hash")
    assert status == 404
    # Read, not run: running the file would patch this process with gevent.
    tree = ast.parse((REPO / "gunicorn.conf.py").read_text(encoding="utf-8"))
    settings = {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert ast.literal_eval(settings["control_socket_disable"]) is True
    assert "control_socket" not in settings


def chunked_post(port: int, size: int) -> int:
    body = b" " * size
    chunks = b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + 8192]), body[i : i + 8192])
        for i in range(0, size, 8192)
    )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            b"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
            b"Connection: close\r\n\r\n" + chunks + b"0\r\n\r\n"
        )
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return int(received.split(b" ", 2)[1])


def test_slw003_a_chunked_body_over_the_limit_gets_413_under_gunicorn(production_port) -> None:
    assert chunked_post(production_port, MAX_BODY + 1) == 413
    assert chunked_post(production_port, 100) == 400
