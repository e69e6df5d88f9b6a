"""The inspections file: a bench's finalized inspections, carried to a server by hand.

A bench without a server (or cut off from it for days) writes its unsent inspections into
one zip, and the server's administrator imports it (`inspector-app export-inspections`,
`inspector-server import-inspections`). The bench writes, the server reads; both go through
this module, so the format is written down in one place:

    manifest.json             what is inside and the SHA-256 of every member
    inspections/<uuid>.json   each payload, the exact bytes the sync would PUT
    messages/<id>.json        each customer-message record, the exact bytes the sync would PUT
    photos/<sha256>           each photo the payloads name, named by its own hash

The server imports the members as they are, through the functions that store a PUT, so an
import and a later sync of the same inspection are one stored inspection (a replay).

The hashes make a damaged or edited file fail as a whole, before anything is stored: a
payload or a message whose bytes differ from its hash, a photo whose bytes do not hash to
its name, a member the manifest lists and the zip lacks. They do not prove who wrote the
file (anyone who edits a payload can edit the manifest too): the file is as trustworthy as
the hands that carried it, which is why only the server's administrator imports it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, BinaryIO, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from inspector_app.errors import UserError

FORMAT: Final = "return-inspector-inspections"
VERSION: Final = 1
MANIFEST = "manifest.json"
MAX_MANIFEST_BYTES = 32 * 1024 * 1024
"""About 100,000 inspections' worth: a bench's months, never a forged size's gigabytes."""

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class InspectionsFileError(UserError, ValueError):
    """The file is not an inspections file, or not the one the bench wrote; nothing was
    imported."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FiledMessage(_Strict):
    id: uuid.UUID
    sha256: Sha256


class FiledInspection(_Strict):
    uuid: uuid.UUID
    return_id: str
    sha256: Sha256
    photos: list[Sha256] = Field(default_factory=list)
    """The photos in the file (a photo the bench had already sent, and no longer has, is
    not: the server holds it)."""
    messages: list[FiledMessage] = Field(default_factory=list)
    """The unsent customer messages of its return fired at this bench, in firing order."""


class FiledPerson(_Strict):
    """Who inspected: a server that does not know a badge refuses its inspections, and the
    import's error names the person to add."""

    badge: str
    name: str
    role: str


class Manifest(_Strict):
    format: Literal["return-inspector-inspections"]
    version: Literal[1]
    station: str
    exported_at: dt.datetime
    inspections: list[FiledInspection]
    """Oldest first, so a correction comes after the inspection it corrects."""
    people: list[FiledPerson] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class OutgoingInspection:
    """One queued inspection as the bench hands it to `write_file`."""

    uuid: str
    return_id: str
    payload: bytes
    photos: tuple[str, ...]
    messages: tuple[tuple[str, bytes], ...]
    """(id, record bytes) of each message."""


def payload_name(inspection_uuid: uuid.UUID | str) -> str:
    return f"inspections/{inspection_uuid}.json"


def message_name(message_id: uuid.UUID | str) -> str:
    return f"messages/{message_id}.json"


def photo_name(sha256: str) -> str:
    return f"photos/{sha256}"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_file(
    out: BinaryIO,
    *,
    station: str,
    exported_at: dt.datetime,
    inspections: Iterable[OutgoingInspection],
    people: Iterable[FiledPerson],
    photo_path: Callable[[str], Path],
) -> Manifest:
    """Write the zip into `out`; photos are copied from `photo_path(sha256)` a chunk at a
    time (a week of a bench's photos does not fit in memory). Returns the manifest."""
    filed: list[FiledInspection] = []
    written: set[str] = set()
    with zipfile.ZipFile(out, "w") as archive:
        for entry in inspections:
            archive.writestr(payload_name(entry.uuid), entry.payload, zipfile.ZIP_DEFLATED)
            messages = []
            for message_id, record in entry.messages:
                if (name := message_name(message_id)) not in written:  # a return's, shared
                    archive.writestr(name, record, zipfile.ZIP_DEFLATED)
                    written.add(name)
                messages.append(FiledMessage(id=uuid.UUID(message_id), sha256=_sha256(record)))
            for sha256 in entry.photos:
                if (name := photo_name(sha256)) not in written:  # JPEG, PNG: no compressing
                    archive.write(photo_path(sha256), name, zipfile.ZIP_STORED)
                    written.add(name)
            filed.append(
                FiledInspection(
                    uuid=uuid.UUID(entry.uuid),
                    return_id=entry.return_id,
                    sha256=_sha256(entry.payload),
                    photos=list(entry.photos),
                    messages=messages,
                )
            )
        manifest = Manifest(
            format=FORMAT,
            version=VERSION,
            station=station,
            exported_at=exported_at,
            inspections=filed,
            people=list(people),
        )
        archive.writestr(MANIFEST, manifest.model_dump_json(indent=2), zipfile.ZIP_DEFLATED)
    return manifest


@dataclass(frozen=True, slots=True)
class Limits:
    """The largest member read, so a forged size cannot fill the importer's memory: the
    server's own limits of a request body."""

    json_bytes: int
    photo_bytes: int


class InspectionsFile:
    """An inspections file opened for import: `open_file` has checked every member, and
    each read checks its member's hash again (the file could change while it is imported)."""

    def __init__(self, archive: zipfile.ZipFile, manifest: Manifest, limits: Limits) -> None:
        self._archive = archive
        self.manifest = manifest
        self._limits = limits

    def __enter__(self) -> InspectionsFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._archive.close()

    def payload(self, inspection: FiledInspection) -> bytes:
        return self._member(
            payload_name(inspection.uuid), inspection.sha256, self._limits.json_bytes
        )

    def message(self, message: FiledMessage) -> bytes:
        return self._member(message_name(message.id), message.sha256, self._limits.json_bytes)

    def photo(self, sha256: str) -> bytes:
        return self._member(photo_name(sha256), sha256, self._limits.photo_bytes)

    def _member(self, name: str, sha256: str, limit: int) -> bytes:
        try:
            info = self._archive.getinfo(name)
        except KeyError:
            raise InspectionsFileError(
                f"{name} is listed in the manifest but not in the file"
            ) from None
        if info.file_size > limit:
            raise InspectionsFileError(f"{name} is larger than {limit} bytes")
        try:
            data = self._archive.read(info)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InspectionsFileError(f"{name} cannot be read ({exc})") from None
        if _sha256(data) != sha256:
            raise InspectionsFileError(
                f"{name} is not what the bench wrote (its SHA-256 differs from the manifest's): "
                "the file was damaged or edited"
            )
        return data

    def check(self) -> None:
        """Read every member once, so a damaged or edited file is refused before anything
        is stored."""
        for inspection in self.manifest.inspections:
            self.payload(inspection)
            for message in inspection.messages:
                self.message(message)
            for sha256 in inspection.photos:
                self.photo(sha256)


def _manifest(archive: zipfile.ZipFile) -> Manifest:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise InspectionsFileError(
            f"no {MANIFEST} inside; is this a file `inspector-app export-inspections` wrote?"
        ) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise InspectionsFileError(f"{MANIFEST} is larger than {MAX_MANIFEST_BYTES} bytes")
    try:
        return Manifest.model_validate_json(archive.read(info))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InspectionsFileError(f"{MANIFEST} cannot be read ({exc})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        raise InspectionsFileError(
            f"{MANIFEST} is not an inspections manifest of version {VERSION} "
            f"({where}: {first['msg']})"
        ) from None


def open_file(path: Path, limits: Limits) -> InspectionsFile:
    """Open and check the file at `path`; InspectionsFileError says what is wrong with it.
    Use it in a `with` block: it holds the file open."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InspectionsFileError(f"{path}: not a readable zip file ({exc})") from None
    try:
        opened = InspectionsFile(archive, _manifest(archive), limits)
        opened.check()
    except InspectionsFileError as exc:
        archive.close()
        raise InspectionsFileError(f"{path}: {exc}") from None
    return opened
