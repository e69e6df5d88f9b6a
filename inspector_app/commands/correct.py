"""`inspector-app correct`: a correction of an inspected return, with new answers, from a
bench without a window (a headless bench, IT fixing a mistake a lead reported by phone).

    inspector-app correct RETURN_ID --badge BADGE --answers FILE.json [--lead BADGE]
        [--photo ITEM=FILE ...] [--outcome O] [--grade G] [--disposition D]
        [--refund AMOUNT] [--reason TEXT] [--tracking CODE] [--note TEXT] [--language LANG]

It does what the window's "Correct this inspection" does, through the same Station calls:
the correction starts from the earlier answers and photos (Station.start_correction), the
file's answers replace the ones it names (`null` takes one back), and Station.finalize
queues it, superseding the earlier verdict. The answers file is one JSON object, item id
to answer, as the template names its items (a wrong id is refused with their list). The
verdict is the rules' proposal unless a flag says otherwise; changing it needs --reason, as
in the window. A lead is needed when the window would ask for one (another bench's verdict, one
older than a day, one the server refused): --lead names them; the same badge as --badge
when the lead makes the correction.

PINs are asked at the terminal, or read from standard input one a line: the inspector's,
then the lead's. The earlier verdict and the queue change only when the correction is final:
a file that is not JSON is refused before any PIN is asked; a wrong answer, a missing one,
or a verdict the rules refuse leaves no draft behind (the started one is discarded), the
earlier verdict stands, and the file is there to fix and run again (a lead's grant not used
is left to expire on the server). Every problem found is printed, one a line, and the exit
status is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from inspector_app.commands.prompts import ask_pin
from inspector_app.commands.station import open_station
from inspector_app.domain.returns import Disposition, Grade, Outcome

if TYPE_CHECKING:
    from inspector_app.domain.verdict import VerdictChoice
    from inspector_app.station import CorrectionAuthority, Draft, Station


def register(subparsers: argparse._SubParsersAction) -> None:
    correct = subparsers.add_parser(
        "correct",
        help="correct an inspected return with new answers (a lead authorises when needed)",
        description=__doc__.split("\n\n")[2],
    )
    correct.add_argument("return_id", metavar="RETURN_ID")
    correct.add_argument(
        "--badge", required=True, metavar="BADGE", help="who makes the correction (PIN asked)"
    )
    correct.add_argument(
        "--answers",
        required=True,
        type=Path,
        metavar="FILE",
        help="JSON object: item id -> new answer (null takes an earlier answer back)",
    )
    correct.add_argument(
        "--lead", default="", metavar="BADGE", help="the shift lead who authorises it, if needed"
    )
    correct.add_argument(
        "--photo",
        action="append",
        default=[],
        metavar="ITEM=FILE",
        help="add a JPEG or PNG to an item (repeatable): one the checklist now asks for",
    )
    correct.add_argument("--outcome", choices=[o.value for o in Outcome])
    correct.add_argument("--grade", choices=[g.value for g in Grade])
    correct.add_argument("--disposition", choices=[d.value for d in Disposition])
    correct.add_argument(
        "--refund", metavar="AMOUNT", help="a partial refund's amount (default: the rules')"
    )
    correct.add_argument("--reason", default="", help="why the verdict differs from the proposal")
    correct.add_argument("--tracking", help="a refusal's send-back tracking number")
    correct.add_argument("--note", default="", help="a note in the customer's message")
    correct.add_argument("--language", help="the customer message's language (default: theirs)")
    correct.set_defaults(handler=correct_command)


class RefusedError(Exception):
    """What stops the correction, one problem a line: printed, exit status 2."""

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Request:
    """What the command line and the answers file ask for, read before anything changes."""

    answers: Mapping[str, Any]
    photos: tuple[tuple[str, bytes], ...]


def correct_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout  # read now: a default bound at import outlives a replaced stdout
    from inspector_app.errors import UserError

    try:
        request = read_request(args.answers, args.photo)
        with open_station(args) as station:
            try:
                said = _correct(station, args, request)
            finally:
                station.sign_out()
    except RefusedError as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"{exc}", file=sys.stderr)
        return 2
    print(said, file=out)
    return 0


def read_request(answers_file: Path, photos: list[str]) -> Request:
    """The answers file and the photo files, or RefusedError saying what is wrong with them."""
    try:
        text = answers_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RefusedError(f"{answers_file}: cannot be read ({exc})") from None
    try:
        answers = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RefusedError(
            f"{answers_file}: not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(answers, dict):
        raise RefusedError(
            f'{answers_file}: one JSON object is expected, item id to answer, e.g. {{"works": '
            "false}"
        )
    taken = []
    for given in photos:
        item, sep, name = given.partition("=")
        if not sep or not item.strip() or not name:
            raise RefusedError(f"--photo {given}: write ITEM=FILE")
        try:
            taken.append((item.strip(), Path(name).read_bytes()))
        except OSError as exc:
            raise RefusedError(f"--photo {given}: cannot be read ({exc.strerror})") from None
    return Request(answers, tuple(taken))


def _correct(station: Station, args: argparse.Namespace, request: Request) -> str:
    """Sign the inspector in, get the lead's authority where needed, then the correction:
    final, or discarded with every problem (RefusedError)."""
    from inspector_app.domain.verdict import VerdictError

    return_id, badge, lead = args.return_id.strip(), args.badge.strip(), args.lead.strip()
    earlier = station.earlier_verdict(return_id)
    if earlier is None:
        raise RefusedError(f"Return {return_id} has no verdict on this bench to correct.")
    if earlier.needs_lead and not lead:
        raise RefusedError(
            f"Correcting the verdict on {return_id} needs a shift lead (it was made at another "
            "bench, more than a day ago, or the server refused it): --lead BADGE."
        )
    if station.sign_in(badge, ask_pin(f"PIN of {badge}: ")) is None:
        raise RefusedError(f"Wrong badge or PIN for {badge}.")
    authority = _authority(station, return_id, badge, lead) if lead else None
    if authority is not None and authority.photos_missing:
        print(
            f"{authority.photos_missing} photo(s) of the earlier inspection could not be "
            "fetched: the correction starts without them (take them again: --photo ITEM=FILE)",
            file=sys.stderr,
        )
    draft = station.start_correction(return_id, badge, authority)
    try:
        _fill(draft, request)
        verdict = _verdict(draft, args)
        result = station.finalize(
            draft,
            verdict,
            message_language=args.language,
            note=args.note,
            sendback_tracking=args.tracking,
        )
    except VerdictError as exc:
        station.discard(draft)
        raise RefusedError(*exc.problems) from None
    except Exception:
        station.discard(draft)
        raise
    record = station.inspection(result.uuid)
    replaced = record.supersedes if record is not None else None
    return (
        f"{result.uuid} corrects {replaced} on return {return_id}: {verdict.outcome.value}; it "
        "will be sent at the next sync (run `inspector-app sync --once` to send it now)"
    )


def _authority(station: Station, return_id: str, badge: str, lead: str) -> CorrectionAuthority:
    """The lead's grant: through the session the lead opened by signing in (--lead is
    --badge), else with the lead's own PIN."""
    if lead == badge:
        return station.authorise_correction(return_id)
    return station.authorise_correction(return_id, lead, ask_pin(f"PIN of {lead}: "))


def _fill(draft: Draft, request: Request) -> None:
    """Give the file's answers and photos to the draft (as the inspector would, in the
    template's order); RefusedError listing every problem found, the checklist's missing answers
    and photos too."""
    from inspector_app.domain.checklist import AnswerError
    from inspector_app.station.corrections import ordered_answers

    known = {item.id for item in draft.template.items}
    named = [*request.answers, *(item for item, _image in request.photos)]
    unknown = list(dict.fromkeys(item for item in named if item not in known))
    if unknown:
        raise RefusedError(
            *(f"{item}: checklist {draft.template.id} has no such item" for item in unknown),
            f"its items: {', '.join(item.id for item in draft.template.items)}",
        )
    problems = []
    for item, value in ordered_answers(draft.template, request.answers):
        try:
            if value is None:
                draft.clear(item)
            else:
                draft.answer(item, value)
        except AnswerError as exc:
            problems.append(f"{item}: {exc}")
    for item, image in request.photos:
        try:
            draft.add_photo(item, image)
        except AnswerError as exc:
            problems.append(f"--photo {item}: {exc}")
    problems += [f"{m.item_id}: {m.message}" for m in draft.run.missing()]
    if problems:
        raise RefusedError(*problems)


def _verdict(draft: Draft, args: argparse.Namespace) -> VerdictChoice:
    """The rules' proposal, field by field, unless the command line chose; a partial
    refund's amount is the rules' (price less each finding's deduction) unless --refund."""
    from inspector_app.domain.verdict import VerdictChoice, proposed_refund

    proposal = draft.run.propose()
    outcome = args.outcome or proposal.outcome
    disposition = args.disposition or proposal.disposition
    unset = [
        name for name, value in (("outcome", outcome), ("disposition", disposition)) if not value
    ]
    if unset:
        raise RefusedError(*(f"The rules propose no {name}: give --{name}." for name in unset))
    refund = args.refund
    if refund is None and outcome == Outcome.PARTIAL_REFUND:
        findings = draft.run.findings(Outcome.PARTIAL_REFUND, None)
        refund = proposed_refund(findings, draft.ret.price)
    try:
        return VerdictChoice(
            outcome,
            args.grade or proposal.grade,
            disposition,
            refund_amount=refund,
            override_reason=args.reason,
        )
    except ValueError as exc:
        raise RefusedError(f"--refund: {exc}") from None
