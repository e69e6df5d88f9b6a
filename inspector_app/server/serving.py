"""Running the app under uvicorn: in the foreground (CLI) or in a background thread (embedded).

We bind the listening socket ourselves so that port 0 works (the OS picks a free port and we
can report it) and so that a restarted server can take its old port straight back
(SO_REUSEADDR).
"""

from __future__ import annotations

import socket

import uvicorn
from fastapi import FastAPI


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def make_server(app: FastAPI) -> uvicorn.Server:
    """A uvicorn server for `app` with our logging left alone (JSON lines, see logs.py)."""
    config = uvicorn.Config(
        app,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=10,
        server_header=False,
        proxy_headers=False,
    )
    return uvicorn.Server(config)


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{port}"
