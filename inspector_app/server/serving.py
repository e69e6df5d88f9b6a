"""Running the app under uvicorn: one process (`serve`, `demo`) or a supervisor and N workers.

We bind the listening socket ourselves so that port 0 works (the OS picks a free port and we
can report it) and so that a restarted server can take its old port straight back
(SO_REUSEADDR). With `workers > 1` the socket is handed to N worker processes that uvicorn's
supervisor spawns, health-checks and replaces when one dies; the kernel spreads connections
over them. Workers share nothing but the database and the photo store (see
docs/deployment.md), so the same app runs unchanged in one process or in many, on one
machine or several.
"""

from __future__ import annotations

import ctypes
import functools
import signal
import socket
import sys

import uvicorn
from fastapi import FastAPI
from uvicorn.supervisors import Multiprocess

from inspector_app.server.config import ServerConfig

GRACEFUL_SHUTDOWN_S = 30
"""How long a stopping server lets in-flight requests finish: a 15 MiB photo from a bench
on a slow warehouse link takes seconds, and a cut upload only costs the bench a retry."""

PR_SET_PDEATHSIG = 1  # linux/prctl.h

WORKER_HEALTHCHECK_S = 30
"""How long the supervisor waits for a worker to answer its ping before replacing it. Long,
because on a machine whose cores are saturated a healthy worker can answer late, and killing
it would abort its in-flight requests."""


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _uvicorn_config(app: object, *, workers: int = 1) -> uvicorn.Config:
    """Our logging left alone (JSON lines, see logs.py), no server header, no proxy headers
    (the reverse proxy's X-Forwarded-For is not used for anything)."""
    return uvicorn.Config(
        app,
        factory=workers > 1,
        workers=workers,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_S,
        server_header=False,
        proxy_headers=False,
    )


def make_server(app: FastAPI) -> uvicorn.Server:
    """A uvicorn server for `app` in this process."""
    return uvicorn.Server(_uvicorn_config(app))


def worker_app(config: ServerConfig) -> FastAPI:
    """The app of one worker process; the supervisor migrated the database before spawning."""
    from inspector_app.server.app import create_app
    from inspector_app.server.logs import configure_logging

    _stop_with_the_supervisor()
    configure_logging()
    return create_app(config, migrate=False)


def _stop_with_the_supervisor() -> None:
    """Have Linux send this worker SIGTERM (a graceful stop) if its supervisor dies, even by
    SIGKILL: an orphaned worker would go on serving the socket with nobody to replace it
    or stop it. Elsewhere the service manager's process group does that job."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def run_workers(config: ServerConfig, sock: socket.socket, workers: int) -> None:
    """Serve on `sock` with `workers` processes until SIGTERM or SIGINT, which each worker
    answers by finishing its in-flight requests. SIGHUP replaces the workers one by one."""
    app_factory = functools.partial(worker_app, config)  # pickled into each spawned worker
    Multiprocess(_uvicorn_config(app_factory, workers=workers), sockets=[sock]).run()


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{port}"
