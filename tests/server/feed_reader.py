"""The delta feed under concurrent writers: versioned imports, and a bench's reader that
keeps every version of every return it was served."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable

from inspector_app.domain.returns import Return

from .builders import make_return


def import_versions(
    add_returns: Callable[[Iterable[Return]], None],
    numbers: range,
    rounds: int,
    errors: list[BaseException],
) -> None:
    """Import returns `numbers` `rounds` times, version vN in `reason_detail` each round;
    a failure goes to `errors` (a thread target: the test asserts `errors` is empty)."""
    try:
        for r in range(rounds):
            add_returns([make_return(n, reason_detail=f"v{r}") for n in numbers])
    except BaseException as exc:
        errors.append(exc)


class FeedReader:
    """`fetch(cursor)` returns one page (the JSON of GET /returns); `version(item)` is what
    tells two versions of a return apart. `drain()` pages to the end, as a bench does."""

    def __init__(self, fetch: Callable[[str], dict], version: Callable[[dict], Hashable]) -> None:
        self.fetch = fetch
        self.version = version
        self.cursor = ""
        self.seen: dict[str, list] = {}

    def drain(self) -> None:
        while True:
            page = self.fetch(self.cursor)
            for item in page["items"]:
                self.seen.setdefault(item["id"], []).append(self.version(item))
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return

    def follow(self, writers: list[threading.Thread]) -> dict[str, list]:
        """Start `writers`, page the feed again and again while they write, then once more
        after they finished; every version seen, per return id."""
        for t in writers:
            t.start()
        while any(t.is_alive() for t in writers):
            self.drain()
        for t in writers:
            t.join()
        self.drain()
        return self.seen
