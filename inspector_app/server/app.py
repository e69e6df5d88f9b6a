"""The FastAPI application: routes under /api/v1, problem+json errors, limits, JSON logs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.concurrency import run_in_threadpool

from inspector_app import __version__
from inspector_app.server import message_templates, problems
from inspector_app.server.config import ServerConfig
from inspector_app.server.db import Database
from inspector_app.server.deps import AppState
from inspector_app.server.job_catalog import server_jobs
from inspector_app.server.jobs import JobRunner
from inspector_app.server.limits import BodyLimitMiddleware
from inspector_app.server.logs import RequestLogMiddleware
from inspector_app.server.openapi_docs import problems as problems_for
from inspector_app.server.photo_store import open_photo_store
from inspector_app.server.routes import (
    customer_messages,
    directory,
    inspections,
    lead,
    marketplace,
    meta,
    ops,
    photos,
    returns,
)
from inspector_app.server.upload_limits import UploadGate
from inspector_app.wire import API_PREFIX, InspectionPayload, Problem

DESCRIPTION = (
    "The Return Inspector v1 contract. Errors are RFC 9457 problem+json with a stable `code`. "
    "See docs/api.md for the semantics and the retry rules clients must follow."
)


def create_app(
    config: ServerConfig, *, db: Database | None = None, migrate: bool = True
) -> FastAPI:
    """An app serving `config`'s database and photo store (migrated first unless told not to)."""
    database = db or Database(config.db_url)
    if migrate:
        database.migrate()
    app = FastAPI(
        title="Return Inspector server",
        version=__version__,
        description=DESCRIPTION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=_run_jobs,
    )
    app.state.inspector = AppState(
        db=database,
        config=config,
        photos=open_photo_store(config),
        uploads=UploadGate(config.uploads_at_once, config.uploads_at_once_per_token),
    )
    problems.install(app)
    for module in (
        meta,
        ops,
        returns,
        directory,
        photos,
        inspections,
        customer_messages,
        message_templates,
        lead,
        marketplace,
    ):
        app.include_router(module.router, prefix=API_PREFIX)
    app.add_middleware(
        BodyLimitMiddleware, json_limit=config.max_json_bytes, photo_limit=config.max_photo_bytes
    )
    app.add_middleware(RequestLogMiddleware)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


@asynccontextmanager
async def _run_jobs(app: FastAPI) -> AsyncIterator[None]:
    """While the app serves, its process competes for the server's jobs (see jobs.py)."""
    state: AppState = app.state.inspector
    config = state.config
    runner = None
    if config.run_jobs:
        runner = JobRunner(
            state.db, server_jobs(state), lease_s=config.job_lease_s, every=dict(config.job_every)
        )
        runner.start()
    try:
        yield
    finally:
        if runner is not None:
            await run_in_threadpool(runner.stop)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document plus the models routes reference but do not parse themselves, and
    the answers every route with a body can give whatever it declares: 400 for a body that is
    not JSON (problems.install) and 413 over the size limit (limits.BodyLimitMiddleware)."""
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    ref = "#/components/schemas/{model}"
    for model in (InspectionPayload, Problem):
        schema = model.model_json_schema(ref_template=ref)
        for name, sub in schema.pop("$defs", {}).items():
            schemas.setdefault(name, sub)
        schemas[model.__name__] = schema
    for operations in doc["paths"].values():
        for operation in operations.values():
            if "requestBody" in operation:
                for status in (400, 413):
                    operation["responses"].setdefault(str(status), problems_for(status)[status])
    app.openapi_schema = doc
    return doc
