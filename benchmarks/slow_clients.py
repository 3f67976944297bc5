"""Slow clients against a server on 127.0.0.1, and how long a normal GET then takes.

Shared by ``tests/test_slow_clients.py`` (which asserts the answer comes within a
second) and ``make bench-load`` (which prints the same beside bare Flask). Three kinds
of connection, held open at once:

- slowloris: a request line and half a header, then one more header byte now and then,
  never the blank line that ends the headers;
- partial requests: complete headers announcing a body, and only part of the body;
- idle keep-alive: one complete request answered, then nothing (as a browser's
  connection pool holds them).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass

SLOWLORIS = 50
PARTIAL = 16
IDLE = 200
#: What a normal GET must answer within while they are held.
LIMIT_S = 1.0


@dataclass(frozen=True)
class Held:
    """How many connections of each kind were open when the GET was timed."""

    slowloris: int
    partial: int
    idle: int


def connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=5)


def open_slowloris(port: int) -> socket.socket:
    sock = connect(port)
    sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a")
    return sock


def open_partial(port: int) -> socket.socket:
    sock = connect(port)
    sock.sendall(
        b"POST /_dash-update-component HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
        b'{"output":'
    )
    return sock


def open_idle(port: int) -> socket.socket:
    """A keep-alive connection that has had its answer and now waits."""
    sock = connect(port)
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n")
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = sock.recv(4096)
        if not chunk:
            return sock
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    length = next(
        (
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        ),
        0,
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return sock


@contextmanager
def slow_clients(
    port: int, slowloris: int = SLOWLORIS, partial: int = PARTIAL, idle: int = IDLE
) -> Iterator[Held]:
    """Hold the three kinds of connection open (a trickle keeps the slowloris ones
    sending a byte a second); close them all on exit."""
    with ExitStack() as stack:
        sockets: dict[str, list[socket.socket]] = {"slowloris": [], "partial": [], "idle": []}
        for kind, opener, count in (
            ("idle", open_idle, idle),
            ("slowloris", open_slowloris, slowloris),
            ("partial", open_partial, partial),
        ):
            for _ in range(count):
                sock = opener(port)
                stack.callback(sock.close)
                sockets[kind].append(sock)
        stop = threading.Event()

        def trickle() -> None:
            while not stop.wait(1.0):
                for sock in sockets["slowloris"]:
                    with suppress(OSError):
                        sock.send(b"a")

        thread = threading.Thread(target=trickle, daemon=True)
        thread.start()
        stack.callback(thread.join, 5)
        stack.callback(stop.set)
        yield Held(*(sum(alive(s) for s in sockets[k]) for k in ("slowloris", "partial", "idle")))


def alive(sock: socket.socket) -> bool:
    """Whether the server has not closed ``sock`` (nothing to read, no end of file)."""
    sock.setblocking(False)
    try:
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        sock.setblocking(True)


def timed_get(port: int, path: str = "/", timeout: float = 10.0) -> tuple[float, int]:
    """Seconds until a fresh connection's GET is fully answered, and its status (0 when
    it timed out or was refused)."""
    start = time.perf_counter()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(
                f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n"
                "Connection: close\r\n\r\n".encode()
            )
            received = b""
            while chunk := sock.recv(65536):
                received += chunk
    except OSError:
        return time.perf_counter() - start, 0
    status = int(received.split(b" ", 2)[1]) if received.startswith(b"HTTP/") else 0
    return time.perf_counter() - start, status
