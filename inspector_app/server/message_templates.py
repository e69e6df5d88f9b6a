"""Customer message templates published on the server and pulled by stations.

An admin PUTs a template for one (language, kind): a decision's outcome or another step
the customer hears about (received, refund_sent, sent_back); it is checked by
inspector_app.messages.check_template before it is stored, so a typo or an unknown field is
refused here, naming the line (422, code `invalid_template`, `line` in the problem), and never
reaches a bench. Stations GET the whole set and let it replace their shipped templates.

Storage is one file per template under `<server data dir>/message_templates/`, written
atomically; the set is small, changes rarely and needs no queries, so it stays out of the
database schema. The data dir is the parent of the photo store (ServerConfig has no other).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from starlette.concurrency import run_in_threadpool

from inspector_app.atomic_write import write_atomically
from inspector_app.domain.vocabulary import LANGUAGES
from inspector_app.messages import MessageKind, MessageTemplateError, check_template
from inspector_app.messages.catalog import SUFFIX, template_path
from inspector_app.messages.published import PublishedTemplate, PublishTemplate
from inspector_app.server import audit
from inspector_app.server.audit import Actor, record_event
from inspector_app.server.config import ServerConfig
from inspector_app.server.deps import AppState, any_role, app_state, require
from inspector_app.server.openapi_docs import problems
from inspector_app.server.problems import ProblemError
from inspector_app.server.tokens import Principal

router = APIRouter(tags=["message templates"])
_admins = require("admin")
DIR_NAME = "message_templates"


def published_dir(config: ServerConfig) -> Path:
    """Where published templates live: beside the photo store, in the server's data dir."""
    return config.photo_dir.parent / DIR_NAME


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ProblemError(
            404,
            "unknown_language",
            "No templates in that language.",
            f"Languages: {', '.join(LANGUAGES)}.",
        )


def _published(path: Path, language: str, kind: MessageKind) -> PublishedTemplate:
    data = path.read_bytes()
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    return PublishedTemplate(
        language=language,
        kind=kind,
        text=data.decode("utf-8"),
        sha256=hashlib.sha256(data).hexdigest(),
        published_at=mtime,
    )


def list_published(directory: Path) -> list[PublishedTemplate]:
    """Every stored template, by language then kind."""
    return [
        _published(path, language, kind)
        for language in LANGUAGES
        for kind in MessageKind
        if (path := template_path(directory, language, kind)).is_file()
    ]


def publish(directory: Path, language: str, kind: MessageKind, text: str) -> tuple[bool, Path]:
    """Check and store one template; (created, path). MessageTemplateError if it is refused."""
    template = check_template(text, language, kind, f"{language}/{kind.value}{SUFFIX}")
    path = template_path(directory, language, kind)
    created = not path.exists()
    write_atomically(path, template.text.encode("utf-8"))
    return created, path


@router.get(
    "/message-templates",
    response_model=list[PublishedTemplate],
    responses=problems(401, 403),
    summary="The published customer message templates (each replaces the shipped one)",
)
def get_templates(
    _: Annotated[Principal, Depends(any_role)],
    state: Annotated[AppState, Depends(app_state)],
) -> list[PublishedTemplate]:
    return list_published(published_dir(state.config))


@router.put(
    "/message-templates/{language}/{kind}",
    response_model=PublishedTemplate,
    status_code=201,
    responses={200: {"model": PublishedTemplate, "description": "Replaced"}}
    | problems(401, 403, 404, 422),
    summary="Publish a customer message template after checking it (422 names the line)",
)
async def put_template(
    language: str,
    kind: MessageKind,
    body: PublishTemplate,
    *,
    request: Request,
    response: Response,
    principal: Annotated[Principal, Depends(_admins)],
    state: Annotated[AppState, Depends(app_state)],
) -> PublishedTemplate:
    _check_language(language)
    try:
        created, path = await run_in_threadpool(
            publish, published_dir(state.config), language, kind, body.text
        )
    except MessageTemplateError as exc:
        raise ProblemError(
            422, "invalid_template", "The template was refused.", str(exc), line=exc.line
        ) from None
    response.status_code = 201 if created else 200
    published = _published(path, language, kind)
    await run_in_threadpool(
        _audit,
        state,
        audit.MESSAGE_TEMPLATE_PUBLISHED,
        Actor.calling(principal, request),
        f"{language}/{kind.value}",
        f"sha256 {published.sha256}",
    )
    return published


@router.delete(
    "/message-templates/{language}/{kind}",
    status_code=204,
    responses=problems(401, 403, 404, 422),
    summary="Withdraw a published template; stations fall back to the shipped one",
)
def delete_template(
    language: str,
    kind: MessageKind,
    request: Request,
    principal: Annotated[Principal, Depends(_admins)],
    state: Annotated[AppState, Depends(app_state)],
) -> Response:
    _check_language(language)
    path = template_path(published_dir(state.config), language, kind)
    if not path.is_file():
        raise ProblemError(404, "no_published_template", "No template is published for that.")
    path.unlink()
    actor = Actor.calling(principal, request)
    _audit(state, audit.MESSAGE_TEMPLATE_WITHDRAWN, actor, f"{language}/{kind.value}", "")
    return Response(status_code=204)


def _audit(state: AppState, kind: str, actor: Actor, subject: str, detail: str) -> None:
    with state.db.write() as session:
        record_event(session, kind, actor, subject=subject, detail=detail)
