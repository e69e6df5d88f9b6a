"""What the pure domain costs per parcel: eligibility, template loading, a checklist step.

    .venv/bin/python benchmarks/bench_domain.py [--samples 2000]

- eligibility: `EligibilityPolicy.evaluate` on demo returns (holiday tables cached, as on a
  running bench), and the first evaluation for a (country, year) that builds the table;
- template load: parsing and validating the smartphone default (done once per version);
- checklist step: one answer followed by what the screen redraws from (`missing`,
  `propose`, `flags`), on a run half-way through the smartphone checklist.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._stats import summary
from inspector_app.domain import eligibility
from inspector_app.domain.checklist import ChecklistRun, load_template
from inspector_app.domain.demo import demo_returns
from inspector_app.domain.returns import ProductCategory

TODAY = dt.date(2026, 11, 26)
REPO = Path(__file__).resolve().parent.parent
SMARTPHONE = (REPO / "resources" / "checklists" / "smartphone.yaml").read_text(encoding="utf-8")


def timed(samples: int, step) -> list[float]:
    times = []
    for i in range(samples):
        start = time.perf_counter()
        step(i)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000)
    samples = parser.parse_args().samples

    returns = demo_returns(1000, TODAY)
    policy = eligibility.EligibilityPolicy()
    cold = []
    for year in range(1980, 2020):  # each year is a first lookup: its table is built
        start = time.perf_counter()
        eligibility.next_business_day(dt.date(year, 5, 1), "FR")
        cold.append(time.perf_counter() - start)
    warm = timed(samples, lambda i: policy.evaluate(returns[i % len(returns)], TODAY))
    print(summary("eligibility, cached holidays", warm, "goal: well under 1 ms per scan"))
    print(summary("eligibility, first lookup of a (country, year)", cold))

    load = timed(max(20, samples // 50), lambda i: load_template(SMARTPHONE, "smartphone.yaml"))
    print(summary("smartphone template load", load, "once per template version"))

    template = load_template(SMARTPHONE, "smartphone.yaml")
    phone = next(r for r in returns if r.product.category is ProductCategory.SMARTPHONE)
    run = ChecklistRun(template, phone, policy.evaluate(phone, TODAY))
    for item_id, value in [
        ("imei", phone.product.imei or "356938035643809"),
        ("powers_on", True),
        ("activation_lock", False),
        ("data_wiped", True),
        ("screen_condition", "light_scratches"),
    ]:
        run.answer(item_id, value)

    def step(i: int) -> None:
        run.answer("battery_health", 80 + i % 20)
        run.missing()
        run.propose()
        run.flags()

    print(
        summary(
            "checklist answer + missing + propose + flags",
            timed(samples, step),
            "goal: under 16 ms (one frame)",
        )
    )
    warm_median = sorted(warm)[len(warm) // 2]
    cold_median = sorted(cold)[len(cold) // 2]
    print(f"holiday cache: first lookup costs {cold_median / warm_median:.0f}x a cached evaluation")


if __name__ == "__main__":
    main()
