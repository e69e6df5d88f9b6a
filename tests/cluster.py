"""Several real `inspector-server serve` processes on one PostgreSQL database and one photo
store, as on several machines behind a load balancer.

    cluster = Cluster(tmp_path / "srv", db_url=pg_url, workers=3, returns=[...])
    cluster.start()
    cluster.url             # a round-robin proxy over the workers (what a bench is given)
    cluster.worker_urls     # each worker directly, to aim concurrent requests at different ones
    cluster.kill_worker(1); cluster.start_worker(1)
    cluster.close()

Seeding, tokens and headers are those of tests/live_server.py. Each worker is a separate
process with its own connection pool and nothing shared but the database and the photo
directory, which is what `serve --workers N` gives each of its workers too.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from live_server import SeededServer, ServerProcess
from sync.fault_proxy import FaultProxy


class Cluster(SeededServer):
    def __init__(
        self,
        workdir: Path,
        *,
        db_url: str,
        workers: int = 3,
        env: Mapping[str, str] | None = None,
        **seed: object,
    ) -> None:
        super().__init__(workdir, db_url=db_url, **seed)  # type: ignore[arg-type]
        self.workers = [
            ServerProcess(self.config, self.workdir, self.workdir / f"worker-{i}.log", env=env)
            for i in range(workers)
        ]
        self.proxy: FaultProxy | None = None

    @property
    def worker_urls(self) -> list[str]:
        return [worker.url for worker in self.workers]

    @property
    def url(self) -> str:
        assert self.proxy is not None, "start the cluster first"
        return self.proxy.url

    @property
    def port(self) -> int:
        assert self.proxy is not None, "start the cluster first"
        return self.proxy.port

    def start(self) -> str:
        for worker in self.workers:
            worker.start()
        self.proxy = FaultProxy([worker.port for worker in self.workers]).start()
        return self.url

    def started(self) -> Cluster:
        self.start()
        return self

    def kill_worker(self, index: int) -> None:
        """SIGKILL one worker; the proxy sends its share to the others."""
        self.workers[index].kill()

    def start_worker(self, index: int) -> None:
        """Start a stopped worker again on its port (the proxy finds it there)."""
        self.workers[index].start()

    def stop(self) -> None:
        if self.proxy is not None:
            self.proxy.stop()
            self.proxy = None
        for worker in self.workers:
            worker.stop()

    def close(self) -> None:
        self.stop()
        self._db.close()

    def logs(self) -> str:
        return "\n".join(
            worker.log_path.read_text(encoding="utf-8", errors="replace")
            for worker in self.workers
            if worker.log_path.exists()
        )


def worker_pids(supervisor: int) -> list[int]:
    """The worker processes `serve --workers N` (pid `supervisor`) runs now: its children
    started by multiprocessing's spawn, not its resource tracker."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue  # it exited while we looked
        if int(fields[1]) == supervisor and b"spawn_main" in cmdline:
            pids.append(int(stat.parent.name))
    return sorted(pids)
