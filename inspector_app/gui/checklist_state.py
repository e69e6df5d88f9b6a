"""An immutable picture of a checklist run, taken on the station worker thread after each change.

The run (and the draft around it) is mutated on the bridge's worker thread, where the
autosave happens; the GUI renders only these snapshots, so it never reads an object another
thread is changing, and re-rendering never touches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inspector_app.domain.checklist import ChecklistRun, ChecklistTemplate, Item, Proposal
from inspector_app.domain.returns import Outcome
from inspector_app.domain.verdict import RefundProposal, propose_refund


@dataclass(frozen=True, slots=True)
class CodeMismatch:
    """A scanned device code that is not the order's: which item, what each side says."""

    item_id: str
    field: str
    expected: str
    scanned: str


def _mismatches(run: ChecklistRun) -> tuple[CodeMismatch, ...]:
    found = []
    for item_id, scanned in run.answers_in_force().items():
        compare_to = run.template.item(item_id).compare_to
        if compare_to and run.code_matches(item_id, scanned) is False:
            expected = run.expected_code(item_id) or ""
            found.append(CodeMismatch(item_id, compare_to, expected, scanned))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class ChecklistSnapshot:
    """Everything the checklist and verdict screens show, as plain values."""

    template: ChecklistTemplate
    answers: dict[str, Any]
    photos: dict[str, list[str]]
    visible: frozenset[str]
    missing: tuple[tuple[str, str], ...]
    photos_required: dict[str, int]
    flags: tuple[str, ...]
    proposal: Proposal
    answers_in_force: dict[str, Any] = field(default_factory=dict)
    mismatches: tuple[CodeMismatch, ...] = ()
    """Code-scan answers that differ from the order (a possible swap), in template order."""
    refund_proposal: RefundProposal | None = None
    """The partial refund the findings' deductions add up to, with its reasoning (None when
    a rule without a deduction is among them). A partial refund's findings do not depend on
    the grade, so one proposal serves every grade the inspector may pick."""

    @classmethod
    def of(cls, run: ChecklistRun) -> ChecklistSnapshot:
        """Read everything from `run` (call on the thread that owns it)."""
        visible = run.visible_items()
        return cls(
            template=run.template,
            answers=run.answers,
            photos=run.photos,
            visible=frozenset(item.id for item in visible),
            missing=tuple((m.item_id, m.message) for m in run.missing()),
            photos_required={item.id: run.photos_required(item.id) for item in visible},
            flags=tuple(run.flags()),
            proposal=run.propose(),
            answers_in_force=run.answers_in_force(),
            mismatches=_mismatches(run),
            refund_proposal=propose_refund(
                run.findings(Outcome.PARTIAL_REFUND, None), run.ret.price
            ),
        )

    def visible_items(self, section_index: int) -> list[Item]:
        """The visible items of one section, in template order."""
        section = self.template.sections[section_index]
        return [item for item in section.items if item.id in self.visible]

    def missing_in(self, section_index: int) -> list[tuple[str, str]]:
        ids = {item.id for item in self.template.sections[section_index].items}
        return [(item_id, message) for item_id, message in self.missing if item_id in ids]

    def is_done(self, item: Item) -> bool:
        """Answered (when it needs an answer) and with enough photos."""
        return not any(item_id == item.id for item_id, _ in self.missing) and (
            item.id in self.answers_in_force or not item.required or item.kind == "photo"
        )

    @property
    def is_complete(self) -> bool:
        return not self.missing

    def progress(self) -> tuple[int, int]:
        """(done, total) over every visible item of the checklist."""
        items = [item for item in self.template.items if item.id in self.visible]
        return sum(1 for item in items if self.is_done(item)), len(items)

    def sections_with_items(self) -> list[int]:
        """Indexes of sections that have at least one visible item (others are skipped)."""
        return [i for i in range(len(self.template.sections)) if self.visible_items(i)]
