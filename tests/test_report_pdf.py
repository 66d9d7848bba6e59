"""`q2030 report --format pdf` prints the PDF itself, with the browser it finds (Chromium,
Chrome, Edge, or the one Q2030_BROWSER names), says in one line what to install when there
is none, and never pours a page onto a terminal: without --out, at a terminal, the HTML
or the PDF goes to a dated file in the current folder (the terminal is a real one here, a
pseudo-terminal). The printed PDF itself is checked in tests/test_report_print.py."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_DATA, REPO, find_browser, fingerprint, plain, run

AS_OF = "2026-11-26"


def _no_browser_anywhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    for name in ("Q2030_BROWSER", "ProgramFiles", "ProgramFiles(x86)", "LocalAppData"):
        monkeypatch.delenv(name, raising=False)


def test_without_a_browser_one_french_line_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _no_browser_anywhere(monkeypatch, tmp_path)
    before = fingerprint(tmp_path)
    out = tmp_path / "copil.pdf"
    result = run("--data", DEMO_DATA, "--lang", "fr", "report", "-f", "pdf", "--out", out)
    assert result.exit_code == 1
    assert plain(result.stderr) == (
        "q2030 : erreur : aucun navigateur pour imprimer le PDF : installez Chromium, Google "
        "Chrome ou Microsoft Edge (ou indiquez-en un dans Q2030_BROWSER), ou produisez le "
        "HTML (--format html) et imprimez-le depuis un navigateur\n"
    )
    assert fingerprint(tmp_path) == before and not out.exists()


def test_a_browser_variable_that_names_no_program_is_said(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("Q2030_BROWSER", str(tmp_path / "nowhere" / "chrome"))
    result = run("--data", DEMO_DATA, "report", "-f", "pdf", "--out", tmp_path / "r.pdf")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Q2030_BROWSER names" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_edge_is_found_where_windows_installs_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe, as on a préfecture's
    workstation: here a stand-in that runs this machine's Chromium."""
    chromium = find_browser()
    place = tmp_path / "Program Files (x86)" / "Microsoft" / "Edge" / "Application"
    place.mkdir(parents=True)
    edge = place / "msedge.exe"
    edge.write_text(f'#!/bin/sh\nPATH=/usr/bin:/bin exec "{chromium}" "$@"\n', encoding="utf-8")
    edge.chmod(0o755)
    _no_browser_anywhere(monkeypatch, tmp_path)
    monkeypatch.setenv("ProgramFiles(x86)", str(tmp_path / "Program Files (x86)"))
    out = tmp_path / "copil.pdf"
    result = run("--data", DEMO_DATA, "report", "-f", "pdf", "--out", out, "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_pdf_goes_to_a_pipe_when_asked_without_out() -> None:
    find_browser()
    result = run("--data", DEMO_DATA, "report", "-f", "pdf", "--operator", "CAF", "--as-of", AS_OF)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"%PDF-") and result.stdout_bytes.rstrip().endswith(
        b"%%EOF"
    )


def _at_a_terminal(folder: Path, *args: str) -> tuple[int, str, str]:
    """The tool run in `folder` with a pseudo-terminal as its standard output: its exit
    code, what the terminal showed and what it said on its standard error."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "q2030", "--data", str(DEMO_DATA), *args],
        stdout=terminal,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    os.close(terminal)
    shown = b""
    while True:
        ready, _, _ = select.select([controller], [], [], 120)
        if not ready:
            process.kill()
            raise AssertionError("the tool said nothing for 120 s")
        try:
            chunk = os.read(controller, 1 << 16)
        except OSError:  # the terminal closed: the tool is done
            break
        if not chunk:
            break
        shown += chunk
    said = process.stderr.read() if process.stderr else b""
    code = process.wait(timeout=120)
    os.close(controller)
    return code, shown.decode("utf-8", "replace"), said.decode("utf-8")


@pytest.mark.parametrize(
    ("args", "name"),
    [
        ((), "copil-report-2026-11-26.html"),
        (("--lang", "fr", "--operator", "CAF"), "rapport-copil-2026-11-26-caf.html"),
        (("--format", "pdf"), "copil-report-2026-11-26.pdf"),
    ],
)
def test_at_a_terminal_the_report_goes_to_a_dated_file(
    tmp_path: Path, args: tuple[str, ...], name: str
) -> None:
    if "pdf" in args:
        find_browser()
    code, shown, said = _at_a_terminal(tmp_path, "report", "--as-of", AS_OF, *args)
    assert code == 0, said
    assert shown == ""  # nothing poured onto the screen
    assert [path.name for path in tmp_path.iterdir()] == [name]
    assert name in said and said.count("\n") == 1
    written = (tmp_path / name).read_bytes()
    assert written.startswith(b"%PDF-" if name.endswith(".pdf") else b"<!DOCTYPE html>")


def test_at_a_terminal_markdown_is_shown_and_a_pdf_is_not(tmp_path: Path) -> None:
    code, shown, _ = _at_a_terminal(
        tmp_path, "report", "-f", "markdown", "--operator", "DRAAF", "--as-of", AS_OF
    )
    assert code == 0 and shown.startswith("# Quartiers 2030") and not list(tmp_path.iterdir())
    code, shown, said = _at_a_terminal(tmp_path, "report", "-f", "pdf", "--out", "-")
    assert code == 2 and shown == "" and "--out FILE.pdf" in said
    assert not list(tmp_path.iterdir())
