"""Checklist templates (YAML, errors named by file:line:field) and the engine that runs them."""

from inspector_app.domain.checklist.engine import (
    ChecklistRun,
    Finding,
    Findings,
    Missing,
    Proposal,
)
from inspector_app.domain.checklist.kinds import AnswerError, Choice, ItemKind
from inspector_app.domain.checklist.marked import TemplateError
from inspector_app.domain.checklist.template import (
    ChecklistTemplate,
    Deduct,
    Item,
    Rule,
    Section,
    load_template,
    load_template_file,
    template_sha256,
)

__all__ = [
    "AnswerError",
    "ChecklistRun",
    "ChecklistTemplate",
    "Choice",
    "Deduct",
    "Finding",
    "Findings",
    "Item",
    "ItemKind",
    "Missing",
    "Proposal",
    "Rule",
    "Section",
    "TemplateError",
    "load_template",
    "load_template_file",
    "template_sha256",
]
