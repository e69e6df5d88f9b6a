"""One inspection's walk through a checklist: answers, photos, what is missing, what is proposed.

Answers to items that later become hidden (an earlier answer changed, so their `show_if`
no longer holds) are kept, so flipping an answer back restores them, but they are ignored:
they do not make other items visible, do not count towards completeness, do not fire rules
or flags, and are left out of `answers_in_force()`, which is what an inspection submits.

The run is plain data plus the template, so a draft can be autosaved with `to_state()` and
resumed after a crash with `ChecklistRun.from_state(...)`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inspector_app.domain.checklist.kinds import AnswerError, ItemKind, check_answer
from inspector_app.domain.checklist.shapes import shape_problem
from inspector_app.domain.checklist.template import ChecklistTemplate, Deduct, Item, Rule
from inspector_app.domain.codes import imei_check_digit_ok, normalize_code
from inspector_app.domain.eligibility import Eligibility
from inspector_app.domain.returns import Disposition, Grade, Outcome, Return
from inspector_app.domain.texts import Phrase, Translated

_CONTEXT = "Checklist"

MAX_PHOTOS = 100
"""Photos per inspection, as the wire contract allows."""

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_IMEI_BODY = 14
"""An IMEI without its check digit; an IMEISV shares these 14 digits with the IMEI."""


@dataclass(frozen=True, slots=True)
class Missing:
    """Something that stops the checklist from being complete, in words for the inspector."""

    item_id: str
    message: str


@dataclass(frozen=True, slots=True)
class Proposal:
    """What the template's rules propose; `fired` are the rules that decided a field."""

    outcome: Outcome | None = None
    grade: Grade | None = None
    disposition: Disposition | None = None
    fired: tuple[Rule, ...] = ()

    @property
    def rules(self) -> tuple[str, ...]:
        """Ids of the rules that decided, in template order (recorded with the verdict)."""
        return tuple(rule.id for rule in self.fired)


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the inspection found, as the customer is told it.

    `rule` is the template rule's id (for reports and the marketplace connector, never shown
    to the customer); `photos` are the SHA-256 of the photos that show it.
    """

    rule: str
    text: Translated
    photos: tuple[str, ...] = ()
    deduct: Deduct | None = None


@dataclass(frozen=True, slots=True)
class Findings:
    """The findings that explain one verdict: those behind its outcome, and its grade's."""

    outcome: tuple[Finding, ...] = ()
    grade: Finding | None = None


class _Facts:
    """The answers in force and the return, as conditions see them."""

    def __init__(self, run: ChecklistRun, in_force: Mapping[str, Any]) -> None:
        self._run = run
        self._in_force = in_force

    def value(self, item_id: str) -> Any:
        return self._in_force.get(item_id)

    def matches_order(self, item_id: str) -> bool | None:
        return self._run.code_matches(item_id, self._in_force.get(item_id))

    def return_value(self, field: str) -> Any:
        ret, eligibility = self._run.ret, self._run.eligibility
        if field == "reason":
            return ret.reason
        if field == "category":
            return ret.product.category
        if eligibility is None:
            return None
        return eligibility.eligible if field == "eligible" else eligibility.rule


@dataclass(frozen=True, slots=True)
class _Evaluation:
    visible: tuple[Item, ...]
    visible_ids: frozenset[str]
    in_force: dict[str, Any]


class ChecklistRun:
    """The state of one checklist for one return.

    Every mutation validates first and changes nothing when it raises, so a bad scan or a
    mistyped number never costs an earlier answer.
    """

    def __init__(
        self,
        template: ChecklistTemplate,
        ret: Return,
        eligibility: Eligibility | None = None,
    ) -> None:
        self.template = template
        self.ret = ret
        self.eligibility = eligibility
        self._items: dict[str, Item] = {item.id: item for item in template.items}
        self._answers: dict[str, Any] = {}
        self._photos: dict[str, list[str]] = {}
        self._cache: _Evaluation | None = None

    # -- changing the run ------------------------------------------------------------------

    def answer(self, item_id: str, value: Any) -> None:
        """Record an answer; ValueError with a plain message if it does not fit the item.

        A code must also have its item's shape (shapes.py). Drafts restored by `from_state`
        are not held to it, so one saved before a template gained a pattern still resumes.
        """
        item = self._visible_item(item_id)
        answer = check_answer(item, value)
        if item.kind is ItemKind.CODE_SCAN:
            problem = shape_problem(item.compare_to, item.pattern, str(answer))  # a code: text
            if problem:
                raise AnswerError(
                    Phrase(_CONTEXT, "“{label}”: {problem}", label=item.label, problem=problem)
                )
        self._answers[item_id] = answer
        self._cache = None

    def clear(self, item_id: str) -> None:
        """Forget the answer to `item_id` (no error if there was none)."""
        self._item(item_id)
        if self._answers.pop(item_id, None) is not None:
            self._cache = None

    def add_photo(self, item_id: str, sha256: str) -> None:
        """Attach a stored photo (by content hash) to an item; adding it twice is harmless."""
        self._visible_item(item_id)
        if not isinstance(sha256, str) or not _SHA256_RE.match(sha256):
            raise AnswerError(
                Phrase(_CONTEXT, "A photo is referenced by its SHA-256 (64 lower-case hex digits).")
            )
        photos = self._photos.setdefault(item_id, [])
        if sha256 in photos:
            return
        if sum(len(p) for p in self._photos.values()) >= MAX_PHOTOS:
            raise AnswerError(
                Phrase(
                    _CONTEXT,
                    "An inspection holds at most {limit} photos; remove one first.",
                    limit=MAX_PHOTOS,
                )
            )
        photos.append(sha256)

    def remove_photo(self, item_id: str, sha256: str) -> bool:
        """Detach a photo; False if it was not attached (a repeated click is harmless)."""
        self._item(item_id)
        photos = self._photos.get(item_id, [])
        if sha256 not in photos:
            return False
        photos.remove(sha256)
        if not photos:
            del self._photos[item_id]
        return True

    # -- reading the run -------------------------------------------------------------------

    @property
    def answers(self) -> dict[str, Any]:
        """Every stored answer, including those of items now hidden (see the module doc)."""
        return dict(self._answers)

    @property
    def photos(self) -> dict[str, list[str]]:
        """Photo hashes per item, in the order they were taken."""
        return {item_id: list(shas) for item_id, shas in self._photos.items()}

    def answers_in_force(self) -> dict[str, Any]:
        """Answers of visible items, in template order: what the inspection submits."""
        return dict(self._evaluate().in_force)

    def photos_in_force(self) -> dict[str, list[str]]:
        """Photos of visible items, in template order."""
        return {
            i.id: list(self._photos[i.id]) for i in self.visible_items() if i.id in self._photos
        }

    def visible_items(self) -> list[Item]:
        """Items whose `show_if` holds given the answers above them, in template order."""
        return list(self._evaluate().visible)

    def is_visible(self, item_id: str) -> bool:
        self._item(item_id)
        return item_id in self._evaluate().visible_ids

    def photos_required(self, item_id: str) -> int:
        """How many photos the item needs now (0 when hidden); conditions may raise it."""
        item = self._item(item_id)
        evaluation = self._evaluate()
        if item_id not in evaluation.visible_ids:
            return 0
        facts = _Facts(self, evaluation.in_force)
        needed = max(
            [item.photos_min, *(p.min for p in item.photos_min_when if p.when.holds(facts))]
        )
        if item.kind is ItemKind.PHOTO and item.required:
            needed = max(needed, 1)
        return needed

    def missing(self) -> list[Missing]:
        """What still stops the checklist from being complete, in template order."""
        evaluation = self._evaluate()
        in_force = evaluation.in_force
        result = []
        for item in evaluation.visible:
            if item.kind is not ItemKind.PHOTO and item.required and item.id not in in_force:
                result.append(
                    Missing(item.id, Phrase(_CONTEXT, "Not answered: {label}", label=item.label))
                )
            needed = self.photos_required(item.id)
            have = len(self._photos.get(item.id, ()))
            if have < needed:
                message = (
                    Phrase(
                        _CONTEXT, "{label}: {have} of 1 photo taken", label=item.label, have=have
                    )
                    if needed == 1
                    else Phrase(
                        _CONTEXT,
                        "{label}: {have} of {needed} photos taken",
                        label=item.label,
                        have=have,
                        needed=needed,
                    )
                )
                result.append(Missing(item.id, message))
        return result

    @property
    def is_complete(self) -> bool:
        return not self.missing()

    def propose(self) -> Proposal:
        """Outcome, grade and disposition proposed by the rules, field by field.

        Rules are read top to bottom; each field takes its value from the first rule that
        holds and sets it. So a fraud rule written first decides the outcome even when a later
        grading rule also holds, and the grading rule still decides the grade.
        """
        facts = _Facts(self, self._evaluate().in_force)
        decided: dict[str, Any] = {"outcome": None, "grade": None, "disposition": None}
        fired: list[Rule] = []
        for rule in self.template.rules:
            if not rule.holds(facts):
                continue
            took = False
            for name in ("outcome", "grade", "disposition"):
                value = getattr(rule, name)
                if value is not None and decided[name] is None:
                    decided[name] = value
                    took = True
            if took:
                fired.append(rule)
        return Proposal(fired=tuple(fired), **decided)

    def holding_rules(self) -> list[Rule]:
        """Every rule whose condition holds now, in template order, whether or not it decided
        a field (a second reason for the same outcome is still a reason)."""
        facts = _Facts(self, self._evaluate().in_force)
        return [rule for rule in self.template.rules if rule.holds(facts)]

    def evidence(self, rule: Rule) -> tuple[str, ...]:
        """Photos (SHA-256, in template order) that show `rule`'s finding: those of the items
        it names as `evidence`, else of the items whose answers make it hold."""
        if rule.evidence:
            items = rule.evidence
        elif rule.when is not None:
            items = rule.when.witnesses(_Facts(self, self._evaluate().in_force))
        else:
            items = ()
        in_force = self.photos_in_force()
        wanted = set(items)
        return tuple(sha for item_id, shas in in_force.items() if item_id in wanted for sha in shas)

    def findings(self, outcome: Outcome, grade: Grade | None) -> Findings:
        """What to tell the customer about a verdict of `outcome` and `grade`: every holding
        rule with a customer sentence that proposes this outcome, and the one that decided
        the grade (see docs/checklists.md, "Findings")."""
        holding = [rule for rule in self.holding_rules() if rule.customer is not None]
        for_outcome = tuple(self._finding(r) for r in holding if r.outcome is outcome)
        graded = next((r for r in holding if grade is not None and r.grade is grade), None)
        return Findings(for_outcome, self._finding(graded) if graded else None)

    def _finding(self, rule: Rule) -> Finding:
        assert rule.customer is not None
        return Finding(rule.id, rule.customer, self.evidence(rule), rule.deduct)

    def flags(self) -> list[str]:
        """Machine-readable warnings for the lead: code mismatches first, then rule flags.

        `<field>_mismatch`: a scanned code differs from the order (IMEI swap, wrong serial);
        `<field>_unverified`: the order carries no such code to compare with;
        `imei_invalid`: a 15-digit IMEI fails its check digit (new answers cannot, see
        `answer`; a draft restored from before that rule may).
        """
        evaluation = self._evaluate()
        in_force = evaluation.in_force
        found: list[str] = []
        for item in evaluation.visible:
            if (
                item.kind is not ItemKind.CODE_SCAN
                or not item.compare_to
                or item.id not in in_force
            ):
                continue
            scanned = in_force[item.id]
            match = self.code_matches(item.id, scanned)
            if match is None:
                found.append(f"{item.compare_to}_unverified")
            elif not match:
                found.append(f"{item.compare_to}_mismatch")
            if (
                item.compare_to == "imei"
                and len(scanned) == 15
                and not imei_check_digit_ok(scanned)
            ):
                found.append("imei_invalid")
        facts = _Facts(self, in_force)
        found += [rule.flag for rule in self.template.rules if rule.flag and rule.holds(facts)]
        return list(dict.fromkeys(found))

    def code_matches(self, item_id: str, scanned: str | None) -> bool | None:
        """Whether a scanned code equals the order's; None if unanswered or nothing to compare."""
        item = self._item(item_id)
        expected = self._order_code(item.compare_to)
        if scanned is None or expected is None:
            return None
        if scanned == expected:
            return True
        if item.compare_to == "imei" and len(scanned) != len(expected):
            # A box label may carry the IMEISV (16 digits) or the IMEI without its check
            # digit (14); both share the first 14 digits with the IMEI.
            return (
                min(len(scanned), len(expected)) >= _IMEI_BODY
                and scanned[:_IMEI_BODY] == expected[:_IMEI_BODY]
                and scanned[:_IMEI_BODY].isdigit()
            )
        return False

    def expected_code(self, item_id: str) -> str | None:
        """The order's code a code-scan item is compared with (normalised), or None."""
        item = self._item(item_id)
        return self._order_code(item.compare_to) if item.compare_to else None

    # -- drafts ----------------------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """The run as JSON-safe plain data, for autosaving a draft."""
        return {
            "template": {
                "id": self.template.id,
                "version": self.template.version,
                "sha256": self.template.sha256,
            },
            "answers": dict(self._answers),
            "photos": self.photos,
        }

    @classmethod
    def from_state(
        cls,
        template: ChecklistTemplate,
        ret: Return,
        state: Mapping[str, Any],
        eligibility: Eligibility | None = None,
    ) -> ChecklistRun:
        """Resume a draft saved by `to_state`; ValueError if it does not fit this template.

        Answers are validated again (a draft file is input like any other), but visibility is
        not checked: hidden answers were legitimately kept and are restored as they were.
        """
        saved = state.get("template", {})
        if (saved.get("id"), saved.get("version")) != (template.id, template.version):
            raise ValueError(
                Phrase(
                    _CONTEXT,
                    "The draft was made with checklist {saved} v{saved_version}, "
                    "not {template} v{version}.",
                    saved=saved.get("id"),
                    saved_version=saved.get("version"),
                    template=template.id,
                    version=template.version,
                )
            )
        run = cls(template, ret, eligibility)
        for item_id, value in dict(state.get("answers", {})).items():
            run._answers[item_id] = check_answer(run._item(item_id), value)
        for item_id, shas in dict(state.get("photos", {})).items():
            run._item(item_id)
            for sha in shas:
                if not isinstance(sha, str) or not _SHA256_RE.match(sha):
                    raise ValueError(
                        Phrase(
                            _CONTEXT,
                            "The draft holds a malformed photo reference: {sha}.",
                            sha=repr(sha),
                        )
                    )
                if sha not in run._photos.setdefault(item_id, []):
                    run._photos[item_id].append(sha)
        return run

    # -- internals -------------------------------------------------------------------------

    def _item(self, item_id: str) -> Item:
        try:
            return self._items[item_id]
        except KeyError:
            raise AnswerError(
                Phrase(_CONTEXT, "This checklist has no item '{item}'.", item=item_id)
            ) from None

    def _visible_item(self, item_id: str) -> Item:
        item = self._item(item_id)
        if item_id not in self._evaluate().visible_ids:
            raise AnswerError(
                Phrase(
                    _CONTEXT,
                    "“{label}” does not apply given the answers above it.",
                    label=item.label,
                )
            )
        return item

    def _order_code(self, field: str) -> str | None:
        product = self.ret.product
        raw = (
            getattr(product, field, None)
            if field in ("imei", "serial", "sku")
            else getattr(self.ret, field, None)
        )
        if not raw:
            return None
        try:
            return normalize_code(raw)
        except ValueError:
            return None

    def _evaluate(self) -> _Evaluation:
        """Visible items and answers in force; one pass, since show_if only looks upwards."""
        if self._cache is None:
            visible: list[Item] = []
            in_force: dict[str, Any] = {}
            facts = _Facts(self, in_force)
            for item in self.template.items:
                if item.show_if is None or item.show_if.holds(facts):
                    visible.append(item)
                    if item.id in self._answers:
                        in_force[item.id] = self._answers[item.id]
            self._cache = _Evaluation(tuple(visible), frozenset(i.id for i in visible), in_force)
        return self._cache
