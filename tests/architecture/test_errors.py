"""Every error whose message is meant for a person derives from the one base, UserError, so
the GUI and the CLI can tell it from a bug's by its class alone."""

from __future__ import annotations

import pytest

from inspector_app.config import ConfigError
from inspector_app.domain.checklist import AnswerError, TemplateError
from inspector_app.domain.codes import CodeError
from inspector_app.domain.sendback import SendbackError
from inspector_app.domain.verdict import VerdictError
from inspector_app.errors import UserError
from inspector_app.labels.layout import LabelError
from inspector_app.labels.printing import PrinterError
from inspector_app.messages import MessageTemplateError
from inspector_app.records.returns_io import ReturnsFileError
from inspector_app.scanning.formats import FormatError
from inspector_app.scanning.photo import PhotoError
from inspector_app.scanning.sources import CameraError
from inspector_app.settings import SettingError
from inspector_app.station import StationError
from inspector_app.storage.errors import StorageError
from inspector_app.storage.outbox import OutboxError
from inspector_app.sync.client import ClientConfigError, SyncError

TELL_THE_PERSON = [
    AnswerError,
    CameraError,
    ClientConfigError,
    CodeError,
    ConfigError,
    FormatError,
    LabelError,
    MessageTemplateError,
    OutboxError,
    PhotoError,
    PrinterError,
    ReturnsFileError,
    SendbackError,
    SettingError,
    StationError,
    StorageError,
    SyncError,
    TemplateError,
    VerdictError,
]


@pytest.mark.parametrize("error", TELL_THE_PERSON, ids=lambda e: e.__name__)
def test_errors_for_a_person_derive_from_user_error(error: type[Exception]) -> None:
    assert issubclass(error, UserError)


def test_a_bad_answer_is_for_the_person_and_still_a_value_error() -> None:
    # Existing handlers that catch ValueError keep working.
    assert issubclass(AnswerError, ValueError)
    assert issubclass(CodeError, ValueError)
