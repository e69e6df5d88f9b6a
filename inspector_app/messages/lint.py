"""The message linter behind `inspector-app message check`: what the publish-time check
cannot see from one template alone.

`check_template` proves a template's fields exist and that it renders with example data. The
linter renders every template in force with the findings of real checklists, in every
language, and reads the result as a customer would get it:

- each decision's template renders with every finding its checklist can give for that
  outcome (all of them at once: the longest message it can write), and with none where the
  outcome allows it;
- nothing internal leaks into the text: identifiers written the way code writes them
  (`cracked_screen`, `refuse_send_back`), content hashes, inspection ids, badges, and any name
  the caller says is internal (station names, people);
- the text and its photos stay within the marketplace's limits;
- every finding is written in every language a message goes out in.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from inspector_app.domain.checklist import ChecklistTemplate, Finding, ItemKind, Rule
from inspector_app.domain.vocabulary import LANGUAGES
from inspector_app.messages.catalog import MessageCatalog, RenderedMessage
from inspector_app.messages.examples import EXAMPLE_DAY, EXAMPLE_RETURN, EXAMPLE_TRACKING
from inspector_app.messages.fields import (
    DECISIONS,
    MAX_ATTACHMENTS,
    MessageFacts,
    MessageKind,
)
from inspector_app.messages.templates import MessageTemplateError

MAX_MARKETPLACE_CHARS = 5000
"""Longest message text (subject line, blank line, body) we send to a marketplace. The
published API gives no limit for an after-sales message; 5,000 characters is several
screens on a phone, so a longer one is a template mistake, not a customer's need."""

_CODE_WORD = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
_HASH = re.compile(r"\b[0-9a-f]{32,64}\b")
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
_BADGE = re.compile(r"\bbadge[-_ ]?[0-9a-z]+\b", re.I)


@dataclass(frozen=True, slots=True)
class LintProblem:
    """One thing wrong with what a customer would read; `where` names the template and the
    checklist scenario."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def leaks(text: str, internal: Iterable[str] = ()) -> list[str]:
    """What in `text` is internal: code identifiers, hashes, ids, badges, or one of
    `internal` (names of stations and people, internal return ids) as a whole word."""
    found = [
        m.group(0) for pattern in (_CODE_WORD, _HASH, _UUID, _BADGE) for m in pattern.finditer(text)
    ]
    for name in internal:
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I):
            found.append(name)
    return list(dict.fromkeys(found))


def size_problems(message: RenderedMessage) -> list[str]:
    """The marketplace's limits: the text's length and the number of photos."""
    problems = []
    length = len(message.subject) + 2 + len(message.body)
    if length > MAX_MARKETPLACE_CHARS:
        problems.append(f"{length} characters; a marketplace message takes {MAX_MARKETPLACE_CHARS}")
    if len(message.attachments) > MAX_ATTACHMENTS:
        problems.append(f"{len(message.attachments)} photos; a message carries {MAX_ATTACHMENTS}")
    return problems


def _example_photos(template: ChecklistTemplate, rule: Rule) -> tuple[str, ...]:
    """Two photos for each item that can show `rule`'s finding with photos."""
    named = rule.evidence or (rule.when.items() if rule.when is not None else ())
    items = [template.item(i) for i in named]
    with_photos = [
        i for i in items if i.kind is ItemKind.PHOTO or i.photos_min or i.photos_min_when
    ]
    return tuple(
        hashlib.sha256(f"{item.id}/{n}".encode()).hexdigest()
        for item in with_photos
        for n in (1, 2)
    )


def _findings(template: ChecklistTemplate, kind: MessageKind) -> tuple[Finding, ...]:
    """Every finding the checklist can give for `kind`'s outcome, with example photos."""
    return tuple(
        Finding(rule.id, rule.customer, _example_photos(template, rule), rule.deduct)
        for rule in template.rules
        if rule.customer is not None and rule.outcome is kind.outcome
    )


def scenarios(template: ChecklistTemplate) -> Iterator[tuple[str, MessageFacts]]:
    """(name, facts) for each decision this checklist can explain, with all its findings."""
    ret = EXAMPLE_RETURN
    for kind in sorted(DECISIONS):
        findings = _findings(template, kind)
        grades = [
            (r, r.customer)
            for r in template.rules
            if r.grade is not None and r.customer is not None
        ]
        grade_finding = Finding(grades[0][0].id, grades[0][1]) if grades else None
        deductions: tuple[tuple[Finding, Decimal], ...] = ()
        refund = None
        if kind is MessageKind.PARTIAL_REFUND and findings:
            share = (ret.price / (len(findings) + 1)).quantize(Decimal("0.01"))
            deductions = tuple((f, share) for f in findings)
            refund = ret.price - share * len(findings)
        facts = MessageFacts(
            ret=ret,
            kind=kind,
            day=EXAMPLE_DAY,
            grade=grades[0][0].grade if grades else None,
            refund_amount=refund,
            findings=findings,
            grade_finding=grade_finding,
            deductions=deductions,
            sendback_tracking=EXAMPLE_TRACKING,
        )
        yield (
            f"{template.id} v{template.version}, {kind.value} with {len(findings)} findings",
            facts,
        )


def lint(
    catalog: MessageCatalog,
    checklists: Iterable[ChecklistTemplate],
    internal: Iterable[str] = (),
    languages: Iterable[str] = LANGUAGES,
) -> list[LintProblem]:
    """Every problem a customer would meet in a message rendered from these templates and
    these checklists' findings (an empty list: all good)."""
    internal = [*internal, EXAMPLE_RETURN.id]
    problems: list[LintProblem] = []
    checklists = list(checklists)
    for template in checklists:
        problems += _finding_texts(template, languages)
    for language in languages:
        for template in checklists:
            for name, facts in scenarios(template):
                problems += _rendered(
                    catalog, facts, language, f"{language}/{facts.kind.value}: {name}", internal
                )
    return problems


def _finding_texts(template: ChecklistTemplate, languages: Iterable[str]) -> list[LintProblem]:
    problems = []
    for rule in template.rules:
        if rule.customer is None:
            if rule.outcome is not None or rule.grade is not None:
                problems.append(
                    LintProblem(
                        f"{template.id}: rule {rule.id}",
                        "decides an outcome or grade but has no customer sentence",
                    )
                )
            continue
        missing = [lang for lang in languages if lang in rule.customer.missing]
        if missing:
            problems.append(
                LintProblem(
                    f"{template.id}: rule {rule.id}",
                    f"the customer sentence is not written in {', '.join(missing)}",
                )
            )
        for language in languages:
            found = leaks(rule.customer.get(language))
            if found:
                problems.append(
                    LintProblem(
                        f"{template.id}: rule {rule.id} ({language})",
                        f"the customer sentence shows internal words: {', '.join(found)}",
                    )
                )
    return problems


def _rendered(
    catalog: MessageCatalog, facts: MessageFacts, language: str, where: str, internal: list[str]
) -> list[LintProblem]:
    try:
        message = catalog.render(facts, language)
    except MessageTemplateError as exc:
        return [LintProblem(where, f"does not render: {exc}")]
    problems = [LintProblem(where, p) for p in size_problems(message)]
    found = leaks(f"{message.subject}\n{message.body}", internal)
    if found:
        problems.append(LintProblem(where, f"shows internal words: {', '.join(found)}"))
    return problems
