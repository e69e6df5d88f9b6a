"""Pull: bring the server's returns, checklist templates and inspectors into the bench's cache.

Returns come from the delta feed: pages of changes after a cursor, stored in the database
after each page is cached, so a crash or a lost connection resumes where it stopped and a
page fetched twice is harmless (upserts). Templates and inspectors are small full lists,
fetched less often. After a pull, parcels the server knew scan instantly while offline.
The server's people list rules a bench that has one: people added at the bench while it
worked alone are deactivated unless the server lists their badge (storage/inspectors.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from inspector_app import wire
from inspector_app.records.return_records import return_from_wire
from inspector_app.storage.inspectors import Inspector, InspectorsRepo
from inspector_app.storage.returns_cache import CachedReturn, ReturnsCache
from inspector_app.storage.sync_state import SyncStateRepo
from inspector_app.storage.templates import TemplateConflictError, TemplatesRepo
from inspector_app.sync.client import BadAnswerError, ServerClient, ServerRefusedError
from inspector_app.sync.state import SyncReport

log = logging.getLogger("inspector_app.sync.pull")

PAGE_SIZE = 500
DIRECTORY_EVERY = dt.timedelta(minutes=5)
"""Templates and inspectors change rarely; fetch them at most this often (and on request)."""

_CURSOR = "pull.returns_cursor"
_DIRECTORY_AT = "pull.directory_at"


@dataclass(frozen=True, slots=True)
class PullStores:
    """Where pulled data goes."""

    returns: ReturnsCache
    templates: TemplatesRepo
    inspectors: InspectorsRepo
    state: SyncStateRepo


def to_cached(item: wire.ReturnOut) -> CachedReturn:
    """The bench's cached form of a return from the feed."""
    return CachedReturn(
        ret=return_from_wire(item),
        inspected=item.inspected,
        updated_at=item.updated_at,
        marketplace=item.marketplace.detail if item.marketplace is not None else "",
        marketplace_phrase=(
            item.marketplace.detail_phrase.model_dump()
            if item.marketplace is not None and item.marketplace.detail_phrase is not None
            else None
        ),
    )


class Puller:
    """Fetches and caches; errors propagate to the engine, which applies the policy."""

    def __init__(
        self,
        client: ServerClient,
        stores: PullStores,
        *,
        clock: Callable[[], dt.datetime],
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self._client = client
        self._stores = stores
        self._clock = clock
        self._should_stop = should_stop

    def pull(self, report: SyncReport, *, directory: bool = False) -> None:
        """The returns feed always; templates and inspectors when due or `directory`."""
        self._pull_returns(report)
        last = self._stores.state.get(_DIRECTORY_AT, "")
        now = self._clock()
        if directory or not last or now - dt.datetime.fromisoformat(last) >= DIRECTORY_EVERY:
            self._pull_checklists(report)
            self.pull_inspectors(report)
            self._stores.state.set(_DIRECTORY_AT, now.isoformat())

    def _pull_returns(self, report: SyncReport) -> None:
        cursor = self._stores.state.get(_CURSOR, "") or ""
        while not self._should_stop():
            try:
                page = self._client.returns_page(cursor, PAGE_SIZE)
            except ServerRefusedError as exc:
                if not (cursor and exc.from_api and exc.status in (400, 422)):
                    raise
                # The server no longer knows our cursor (restored or reset database):
                # read the whole feed again; upserts make that harmless.
                log.warning("returns feed refused the cursor (%s); starting over", exc)
                cursor = ""
                self._stores.state.set(_CURSOR, cursor)
                continue
            if page.items:
                self._stores.returns.upsert([to_cached(item) for item in page.items])
                report.returns_pulled += len(page.items)
            if page.next_cursor != cursor:
                self._stores.state.set(_CURSOR, page.next_cursor)
                cursor = page.next_cursor
            elif page.has_more:
                raise BadAnswerError("The server's returns feed did not advance its cursor.")
            if not page.has_more:
                return

    def _pull_checklists(self, report: SyncReport) -> None:
        for template in self._client.checklists():
            if hashlib.sha256(template.body.encode()).hexdigest() != template.sha256:
                report.add_error(
                    f"Checklist {template.id} v{template.version} arrived damaged "
                    "(checksum mismatch); the bench keeps its current version."
                )
                continue
            try:
                if self._stores.templates.add(
                    template.id, template.version, template.category.value, template.body
                ):
                    report.checklists_pulled += 1
            except TemplateConflictError as exc:
                report.add_error(f"Checklist {template.id} v{template.version}: {exc}.")

    def pull_inspectors(self, report: SyncReport, deadline_s: float | None = None) -> None:
        """Who may sign in: the server's list replaces the bench's (see the module doc)."""
        try:
            people = self._client.inspectors(deadline_s)
        except ServerRefusedError as exc:
            if exc.status == 404:
                return  # a server without the directory: people are added at the bench
            raise
        for person in people:
            try:
                self._stores.inspectors.put(
                    Inspector(person.badge, person.name, person.role, person.active),
                    person.pin_hash,
                )
            except ValueError as exc:
                report.add_error(f"Inspector {person.badge!r} from the server skipped: {exc}.")
                continue
            report.inspectors_pulled += 1
        retired = self._stores.inspectors.retire_local({person.badge for person in people})
        if retired:
            log.info("%d people added at this bench deactivated: the server's list rules", retired)
