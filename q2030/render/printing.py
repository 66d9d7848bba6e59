"""The report as PDF, printed by a browser found on the machine, so that nobody has to
assemble a headless-browser command.

The browser is the one `Q2030_BROWSER` names, else the first of Chromium, Google Chrome
and Microsoft Edge found on the PATH, else at the places their installers use (Windows'
Program Files and local application data, macOS's Applications). It prints the page
headless with `--print-to-pdf`, without its own header and footer (`--no-pdf-header-footer`
since Chromium 111, `--print-to-pdf-no-header` before: each version ignores the flag it
does not know), from a private temporary folder (fsio.scratch) with a throw-away profile.
The page's CSS sets the paper (A4 landscape), the margins and what they hold.

The PDF's metadata: the browser writes the page's <title> (the report's title, the
territory and the as-of date) as the document's Title; `with_information` then appends a
Subject, Keywords and the tool as Creator as an incremental update (ISO 32000-1, 7.5.6):
the printed bytes stay as they are, a new information dictionary and a cross-reference
section for it follow them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from q2030.data import fsio
from q2030.errors import Q2030Error
from q2030.i18n import Message

BROWSER_VARIABLE = "Q2030_BROWSER"
NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "microsoft-edge",
    "microsoft-edge-stable",
    "msedge",
)
WINDOWS_PLACES = (  # below %ProgramFiles%, %ProgramFiles(x86)% or %LocalAppData%
    ("Google", "Chrome", "Application", "chrome.exe"),
    ("Microsoft", "Edge", "Application", "msedge.exe"),
    ("Chromium", "Application", "chrome.exe"),
)
MACOS_PLACES = (
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
)
TIMEOUT_SECONDS = 300


def _installed_places() -> list[Path]:
    places = [
        Path(os.environ[variable], *parts)
        for variable in ("ProgramFiles", "ProgramFiles(x86)", "LocalAppData")
        if os.environ.get(variable)
        for parts in WINDOWS_PLACES
    ]
    return places + [Path(place) for place in MACOS_PLACES]


def find_browser() -> Path:
    """The browser to print with; a Q2030Error saying what to install when there is none."""
    named = os.environ.get(BROWSER_VARIABLE)
    if named:
        if not (Path(named).is_file() and os.access(named, os.X_OK)):
            raise Q2030Error("pdf.browser_variable", variable=BROWSER_VARIABLE, path=named)
        return Path(named)
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    for place in _installed_places():
        if place.is_file() and os.access(place, os.X_OK):
            return place
    raise Q2030Error("pdf.no_browser", variable=BROWSER_VARIABLE)


def _last_line(output: bytes) -> str:
    lines = [line.strip() for line in output.decode("utf-8", "replace").splitlines()]
    return next((line for line in reversed(lines) if line), "")


def print_pdf(html: str, information: dict[str, str]) -> bytes:
    """`html` printed to PDF by the machine's browser, with `information` (Title,
    Subject, Keywords...) as its metadata."""
    browser = find_browser()
    with fsio.scratch({"report.html": html.encode("utf-8")}) as folder:
        pdf = folder / "report.pdf"
        command = [
            str(browser),
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={folder / 'profile'}",
            "--no-pdf-header-footer",
            "--print-to-pdf-no-header",
            f"--print-to-pdf={pdf}",
            (folder / "report.html").as_uri(),
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium refuses to start as root otherwise
        try:
            result = subprocess.run(
                command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise Q2030Error("pdf.failed", browser=str(browser), reason=str(error)) from None
        if not pdf.is_file() or pdf.stat().st_size == 0:
            said = _last_line(result.stderr)
            reason = said or Message("pdf.exit_code", code=result.returncode)
            raise Q2030Error("pdf.failed", browser=str(browser), reason=reason)
        printed = pdf.read_bytes()
    return with_information(printed, information)


def _pdf_text(value: str) -> bytes:
    """A PDF text string in UTF-16 with its byte-order mark, written in hexadecimal: any
    text, and nothing in it can end the string."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


_TRAILER = re.compile(
    rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s*(?P<start>\d+)\s*%%EOF\s*$", re.S
)
_CREATED = re.compile(rb"/CreationDate\s*\((?P<date>D:[0-9Z+\-']+)\)")


def with_information(pdf: bytes, information: dict[str, str]) -> bytes:
    """`pdf` with `information` as its document information dictionary, appended as an
    incremental update; a PDF whose last section is not a classic cross-reference table
    and trailer (a browser this tool does not know) is returned as it is."""
    found = _TRAILER.search(pdf[-4096:])
    if found is None:
        return pdf
    size = re.search(rb"/Size\s+(\d+)", found["body"])
    root = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", found["body"])
    if size is None or root is None:
        return pdf
    number = int(size.group(1))
    created = _CREATED.search(pdf)
    stamp = datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ").encode()
    entries = b"".join(
        b"/" + key.encode("ascii") + b" " + _pdf_text(value) for key, value in information.items()
    )
    entries += b"/CreationDate (" + (created["date"] if created else stamp) + b")"
    entries += b"/ModDate (" + stamp + b")"
    start = len(pdf) + 1
    body = b"\n%d 0 obj\n<<%s>>\nendobj\n" % (number, entries)
    table = len(pdf) + len(body)
    update = (
        b"xref\n%d 1\n%010d 00000 n \n" % (number, start)
        + b"trailer\n<</Size %d /Root %s /Info %d 0 R /Prev %s>>\n"
        % (number + 1, root.group(1), number, found["start"])
        + b"startxref\n%d\n%%%%EOF\n" % table
    )
    return pdf + body + update
