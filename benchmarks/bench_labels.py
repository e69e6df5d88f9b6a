"""What a label and a customer message cost at finalize, and a ZPL job on loopback.

    .venv/bin/python benchmarks/bench_labels.py [--samples 200]

- label: layout + render for each stock at printer resolution (what PDF/OS printing draws)
  and the ZPL job (what a Zebra gets); the verdict screen's preview draws at 200 dpi;
- message: rendering the message for a decision, and the publish-time check of a template
  (what the server does per PUT);
- send: one ZPL job over raw TCP to a listener on 127.0.0.1 (connect, send, close).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import socket
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._stats import summary
from inspector_app.domain.demo import demo_returns
from inspector_app.domain.returns import Disposition, Grade, Outcome
from inspector_app.labels import (
    LabelContent,
    LabelSize,
    layout_label,
    render_image,
    send_zpl,
    to_zpl,
)
from inspector_app.messages import MessageCatalog, MessageKind, builtin_dir, check_template
from inspector_app.messages.catalog import template_path
from inspector_app.messages.examples import example_facts

TODAY = dt.date(2026, 11, 26)


def timed(fn: Callable[[], object], samples: int) -> list[float]:
    fn()
    out = []
    for _ in range(samples):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _sink() -> tuple[socket.socket, threading.Thread]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def drain() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                while conn.recv(65536):
                    pass

    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    return server, thread


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=200)
    n = parser.parse_args().samples
    ret = demo_returns(1, TODAY, seed=2)[0]
    content = LabelContent(
        uuid.uuid4(),
        ret.rma,
        Disposition.REFURBISH,
        TODAY,
        Grade.GOOD,
        ret.product.model,
        "bench-01",
    )
    for size in LabelSize:
        for dpi in (200, 300):
            print(
                summary(
                    f"label {size} render @{dpi} dpi",
                    timed(lambda s=size, d=dpi: render_image(layout_label(content, s, d)), n),
                )
            )
        print(
            summary(
                f"label {size} ZPL @203 dpi",
                timed(lambda s=size: to_zpl(layout_label(content, s, 203)), n),
            )
        )

    catalog = MessageCatalog.load()
    facts = dataclasses.replace(
        example_facts(MessageKind.PARTIAL_REFUND, with_optional=True), ret=ret
    )
    print(
        summary(
            "message render (partial refund, 2 deductions, fr)",
            timed(lambda: catalog.render(facts, "fr"), n),
        )
    )
    text = template_path(builtin_dir(), "fr", Outcome.PARTIAL_REFUND).read_text(encoding="utf-8")
    # Trailing newlines vary per call so the compiled-template cache does not hide the cost.
    print(
        summary(
            "template check (publish time)",
            timed(
                lambda: check_template(
                    text + "\n" * len(str(time.perf_counter())), "fr", Outcome.PARTIAL_REFUND
                ),
                n,
            ),
        )
    )

    server, thread = _sink()
    port = server.getsockname()[1]
    job = to_zpl(layout_label(content, LabelSize.SMALL, 203))
    print(
        summary(
            f"ZPL send on loopback ({len(job)} bytes)",
            timed(lambda: send_zpl(job, "127.0.0.1", port), n),
        )
    )
    server.close()
    thread.join(timeout=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
