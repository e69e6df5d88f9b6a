"""Where labels go: a PDF file, a Zebra-style printer over raw TCP, or an OS printer.

The `labels.printer` setting names the target as text (`pdf`, `system:<name>`,
`zpl:<host>:<port>[:<dpi>]`); `PrinterTarget.parse` checks it once, so a typo is reported in
the settings page and not at the first finalize. OS printers need Qt, so their output lives in
inspector_app.gui.printer_output and is passed in to `output_for`.

Every output raises PrinterError with a sentence an inspector can act on ("is the printer
switched on?"). A failed print never touches the inspection: it is already stored when the
label is printed, and the label can be reprinted.
"""

from __future__ import annotations

import errno
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from inspector_app.atomic_write import write_atomically
from inspector_app.errors import UserError
from inspector_app.labels.layout import LabelContent, LabelLayout, LabelSize, layout_label
from inspector_app.labels.render import pdf_bytes
from inspector_app.labels.zpl import to_zpl

ZPL_PORT = 9100
ZPL_DPI = 203
PDF_DPI = 300
DEFAULT_TIMEOUT_S = 5.0


class PrinterError(UserError, RuntimeError):
    """A label that could not be printed; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class PrinterTarget:
    """A parsed `labels.printer` value."""

    kind: Literal["pdf", "system", "zpl"]
    name: str = ""
    """OS printer name for `system` (empty: the default printer)."""
    host: str = ""
    port: int = ZPL_PORT
    dpi: int = ZPL_DPI

    @classmethod
    def parse(cls, text: str) -> PrinterTarget:
        """Read a `labels.printer` value; ValueError with an example when it is malformed."""
        kind, _, rest = text.strip().partition(":")
        if kind == "pdf" and not rest:
            return cls("pdf", dpi=PDF_DPI)
        if kind == "system":
            return cls("system", name=rest.strip(), dpi=PDF_DPI)
        if kind == "zpl":
            return cls._parse_zpl(rest)
        raise ValueError(f"{text!r}: expected pdf, system:<printer name> or zpl:<host>:<port>")

    @classmethod
    def _parse_zpl(cls, rest: str) -> PrinterTarget:
        parts = rest.split(":")
        host = parts[0].strip()
        if not host or len(parts) > 3 or any(not p.strip().isdigit() for p in parts[1:]):
            raise ValueError(f"zpl:{rest!r}: expected zpl:<host>:<port>, e.g. zpl:10.0.0.20:9100")
        port = int(parts[1]) if len(parts) > 1 else ZPL_PORT
        dpi = int(parts[2]) if len(parts) > 2 else ZPL_DPI
        if not 1 <= port <= 65535:
            raise ValueError(f"zpl:{rest!r}: port {port} is outside 1-65535")
        if dpi not in (203, 300, 600):
            raise ValueError(f"zpl:{rest!r}: Zebra printers print at 203, 300 or 600 dpi")
        return cls("zpl", host=host, port=port, dpi=dpi)

    def __str__(self) -> str:
        if self.kind == "zpl":
            suffix = f":{self.dpi}" if self.dpi != ZPL_DPI else ""
            return f"zpl:{self.host}:{self.port}{suffix}"
        return f"system:{self.name}" if self.kind == "system" else "pdf"


class LabelOutput(Protocol):
    """Something that prints a laid-out label and says, in a sentence, where it went."""

    target: PrinterTarget

    def print_label(self, layout: LabelLayout) -> str: ...


def send_zpl(
    data: bytes, host: str, port: int = ZPL_PORT, timeout: float = DEFAULT_TIMEOUT_S
) -> None:
    """Send a ZPL job to a raw-TCP (JetDirect) printer; PrinterError on any failure.

    The timeout covers connecting and each send, so a printer that is off or unplugged costs
    at most a few seconds and never hangs the caller.
    """
    where = f"{host}:{port}"
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            conn.sendall(data)
            conn.shutdown(socket.SHUT_WR)
    except ConnectionRefusedError:
        raise PrinterError(
            f"The label printer at {where} refused the connection; "
            "is it switched on and set to raw printing on that port?"
        ) from None
    except TimeoutError:
        raise PrinterError(
            f"The label printer at {where} did not answer within "
            f"{timeout:g} s; is it switched on and on the network?"
        ) from None
    except socket.gaierror:
        raise PrinterError(
            f"The label printer's address {host!r} is unknown; check the printer setting."
        ) from None
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        if exc.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH):
            reason = "no route to it"
        raise PrinterError(f"Could not send the label to {where}: {reason}.") from None


class ZplOutput:
    """Labels as ZPL over raw TCP (port 9100 by default)."""

    def __init__(self, target: PrinterTarget, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.target = target
        self.timeout = timeout

    def print_label(self, layout: LabelLayout) -> str:
        send_zpl(to_zpl(layout), self.target.host, self.target.port, self.timeout)
        return f"Label sent to {self.target.host}:{self.target.port}."


class PdfOutput:
    """Labels saved as PDF files (one per inspection, replaced on reprint) in a folder."""

    def __init__(self, directory: Path) -> None:
        self.target = PrinterTarget("pdf", dpi=PDF_DPI)
        self.directory = directory

    def path_for(self, layout: LabelLayout) -> Path:
        return self.directory / f"label-{layout.barcode.data}.pdf"

    def print_label(self, layout: LabelLayout) -> str:
        path = self.path_for(layout)
        try:
            write_atomically(path, pdf_bytes(layout))
        except OSError as exc:
            raise PrinterError(f"Could not save the label to {path}: {exc.strerror}.") from None
        return f"Label saved to {path}."


def output_for(
    target: PrinterTarget, *, pdf_dir: Path, system: LabelOutput | None = None
) -> LabelOutput:
    """The output for `target`; `system` is the Qt printer output, needed only for system:..."""
    if target.kind == "zpl":
        return ZplOutput(target)
    if target.kind == "pdf":
        return PdfOutput(pdf_dir)
    if system is None:
        raise PrinterError(
            "OS printers are only available in the station window; "
            "choose a PDF or ZPL printer for headless use."
        )
    return system


def print_intake_label(
    content: LabelContent, size: LabelSize, output: LabelOutput, language: str = "en"
) -> str:
    """Lay out `content` at the output's resolution and print it; returns what happened."""
    return output.print_label(layout_label(content, size, output.target.dpi, language))
