"""A real `inspector-server` in a subprocess on loopback, for tests that talk HTTP to it.

    server = LiveServer(tmp_path / "server", returns=[...], checklists=[yaml_text])
    server.start()
    server.url                      # http://127.0.0.1:PORT
    server.tokens["station"]        # also "inspector", "lead", "admin"
    server.token_ids["station"]     # for server.revoke("station")
    server.kill(); server.restart() # SIGKILL, then the same database and port again
    server.stop()                   # graceful (SIGTERM), in-flight requests finish

Data is seeded in-process with the server's own admin functions on the same SQLite file
(or `db_url`) the subprocess serves, so `add_returns()` works while it runs, exactly as an
`inspector-server import-returns` would. tests/cluster.py runs several such processes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import requests

from inspector_app.domain.returns import Return
from inspector_app.server import admin
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 90.0  # generous: a cold start is slow on a loaded CI machine
STOP_TIMEOUT_S = 45.0  # beyond the server's own 30 s grace for in-flight requests
PEOPLE = {
    # role: (name, badge, PIN)
    "inspector": ("Ines Inspector", "badge-0042", "1234"),
    "lead": ("Luc Lead", "lead-0001", "432100"),
}


class ServerProcess:
    """One `inspector-server serve` subprocess over `config`, logging to `log_path`."""

    def __init__(
        self,
        config: ServerConfig,
        workdir: Path,
        log_path: Path,
        *,
        serve_args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.config = config
        self.workdir = workdir
        self.log_path = log_path
        self.serve_args = list(serve_args)
        self.env = dict(env or {})
        self.url = ""
        self.port = 0
        self.returncode: int | None = None  # of the last run, once stopped or killed
        self._proc: subprocess.Popen | None = None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid

    def start(self) -> str:
        """Start (on the previous port after a stop or kill); returns the URL once healthy."""
        if self.running:
            raise RuntimeError("the live server is already running")
        url_file = self.log_path.with_suffix(".url")
        url_file.unlink(missing_ok=True)
        cmd = [
            sys.executable, "-m", "inspector_app.server.cli",
            "--data-dir", str(self.workdir), "--db", self.config.db_url,
            "serve", "--host", "127.0.0.1", "--port", str(self.port),
            "--port-file", str(url_file), *self.serve_args,
        ]  # fmt: skip
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **self.env}
        with self.log_path.open("ab") as log:
            self._proc = subprocess.Popen(
                cmd,
                cwd=REPO,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,  # its own process group: kill() reaches its workers
            )
        try:
            return self._wait_until_healthy(url_file)
        except BaseException:
            self.kill()
            raise

    def _wait_until_healthy(self, url_file: Path) -> str:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not url_file.exists():
            self._check_alive(deadline)
        self.url = url_file.read_text(encoding="utf-8").strip()
        self.port = int(self.url.rsplit(":", 1)[1])
        while True:
            self._check_alive(deadline)
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=2).status_code == 200:
                    return self.url
            except (requests.ConnectionError, requests.Timeout):
                continue  # not listening yet, or its workers are still starting

    def _check_alive(self, deadline: float) -> None:
        assert self._proc is not None
        if self._proc.poll() is not None:
            raise RuntimeError(
                f"server exited with {self._proc.returncode}; the end of {self.log_path}:\n"
                + self.log_tail()
            )
        if time.monotonic() > deadline:
            raise RuntimeError(f"server did not start in {START_TIMEOUT_S}s; see {self.log_path}")
        time.sleep(0.05)

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the server's log, so a failed start explains itself in CI output."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            return f"(log unreadable: {exc})"
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        """Graceful stop: SIGTERM, uvicorn finishes in-flight requests, then exits."""
        if self._proc is None:
            return
        if self._proc.poll() is None:
            self._proc.send_signal(signal.SIGTERM)
            try:
                self._proc.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.kill()
                return
        self.returncode = self._proc.returncode
        self._proc = None

    def kill(self) -> None:
        """SIGKILL: the server (and its workers, if any) dies mid-whatever, as on a power cut."""
        if self._proc is None:
            return
        if self._proc.poll() is None:
            os.killpg(self._proc.pid, signal.SIGKILL)
            self._proc.wait()
        self.returncode = self._proc.returncode
        self._proc = None


class SeededServer:
    """A server's database seeded with returns, checklists, a bench and a token per role."""

    def __init__(
        self,
        workdir: Path,
        *,
        returns: Iterable[Return] = (),
        checklists: Iterable[str] = (),
        station: str = "bench-1",
        db_url: str | None = None,
    ) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.config = ServerConfig.for_data_dir(self.workdir, db_url)
        self.station = station
        self.tokens: dict[str, str] = {}
        self.token_ids: dict[str, str] = {}
        self._db = Database(self.config.db_url)
        self._db.migrate()
        self._seed(list(returns), list(checklists))

    def _seed(self, returns: list[Return], checklists: list[str]) -> None:
        with self._db.write() as session:
            admin.import_returns(session, returns)
            for i, body in enumerate(checklists):
                admin.publish_checklist(session, body, source=f"checklist-{i}.yaml")
            issued = {"station": admin.add_station(session, self.station)}
            for role, (name, badge, pin) in PEOPLE.items():
                issued[role] = admin.add_person(session, name, role, badge=badge, pin=pin)
            issued["admin"] = admin.issue_admin_token(session)
        self.tokens = {role: t.secret for role, t in issued.items()}
        self.token_ids = {role: t.id for role, t in issued.items()}

    def add_returns(self, returns: Iterable[Return]) -> None:
        """Import or update returns, as `inspector-server import-returns` would."""
        with self._db.write() as session:
            admin.import_returns(session, returns)

    def add_person(self, name: str, role: str, badge: str, pin: str) -> None:
        """Register a person, as `inspector-server add-user` would."""
        with self._db.write() as session:
            admin.add_person(session, name, role, badge=badge, pin=pin)

    def add_station(self, name: str) -> str:
        """Register another bench, as `inspector-server add-station` would; its token."""
        with self._db.write() as session:
            return admin.add_station(session, name).secret

    def publish_checklist(self, body: str) -> None:
        with self._db.write() as session:
            admin.publish_checklist(session, body)

    def add_bench(self, name: str) -> dict[str, str]:
        """Register another bench; the headers of its token."""
        with self._db.write() as session:
            token = admin.add_station(session, name)
        return {"Authorization": f"Bearer {token.secret}"}

    def revoke(self, role: str) -> None:
        """Revoke the token issued for `role` (the server notices on the next request)."""
        with self._db.write() as session:
            admin.revoke(session, self.token_ids[role])

    def headers(self, role: str = "station") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


class LiveServer(SeededServer):
    """One seeded server process; `serve_args` and `env` reach its `serve` command."""

    def __init__(
        self,
        workdir: Path,
        *,
        serve_args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
        **seed: object,
    ) -> None:
        super().__init__(workdir, **seed)  # type: ignore[arg-type]
        self.log_path = self.workdir / "server.log"
        self.process = ServerProcess(
            self.config, self.workdir, self.log_path, serve_args=serve_args, env=env
        )

    @property
    def url(self) -> str:
        return self.process.url

    @property
    def port(self) -> int:
        return self.process.port

    @property
    def running(self) -> bool:
        return self.process.running

    def start(self) -> str:
        return self.process.start()

    def stop(self) -> None:
        self.process.stop()

    def kill(self) -> None:
        self.process.kill()

    def restart(self) -> str:
        """Stop if running, then start again on the same port with the same data."""
        self.stop()
        return self.start()

    def close(self) -> None:
        self.stop()
        self._db.close()

    def __enter__(self) -> LiveServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
