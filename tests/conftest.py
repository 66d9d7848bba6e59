"""Shared fixtures: a data folder built from a {path: text} dict, and the CLI driven in-process."""

from __future__ import annotations

import hashlib
import json
import os
import select
import shutil
import subprocess
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from q2030.cli.app import app

REPO = Path(__file__).resolve().parent.parent
SHIPPED_DATA = REPO / "data"
DEMO_DATA = REPO / "examples" / "demo"

MINIMAL_PLAN = """\
plan:
  title: Test plan
  territory: Nord
  reference_date: 2023-12-31
  end_year: 2030
  source: test.txt
operators:
  - id: DSDEN
    name: Education
  - id: SDJES
    name: Youth and sports
    parent: DSDEN
  - id: ARS
    name: Health
    leads: [Jane Doe]
objectives:
  - id: youth
    title: Youth
    actions:
      - id: snu
        title: SNU participants from QPV
        operator: SDJES
        due: 2027
        due_text: "2027"
        source_line: 20
        unit: percent
        baseline: {value: 10, date: 2023-12-31}
        target: {kind: at_least, value: 20}
      - id: schools
        title: Schools roadmap
        operator: DSDEN
        due: 2030
        due_text: "2030"
        source_line: 12
        target: {kind: none}
  - id: health
    title: Health
    actions:
      - id: mediators
        title: Health mediators in every QPV
        operator: ARS
        due: 2030
        due_text: "2030"
        source_line: 30
        unit: percent
        target: {kind: at_least, value: 100}
"""


@pytest.fixture(autouse=True)
def _pinned_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Same output everywhere: a fixed width, no colour, no data folder from the environment."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")
    for name in (
        "FORCE_COLOR",
        "NO_COLOR",
        "Q2030_DATA",
        "GITHUB_ACTIONS",
        "Q2030_FAST_READER",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_data(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write files (paths relative to a new data folder) and return the folder."""

    def make(files: dict[str, str]) -> Path:
        root = tmp_path / "data"
        for relative, text in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return make


@pytest.fixture
def minimal_data(make_data: Callable[[dict[str, str]], Path]) -> Path:
    return make_data({"objectives.yaml": MINIMAL_PLAN})


def fingerprint(root: Path) -> dict[str, str]:
    """Every file below `root` with the hash of its bytes: what "nothing written" compares."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def run(*args: str | Path) -> Result:
    """Run the CLI in-process, as a user would type it."""
    return CliRunner().invoke(app, [str(arg) for arg in args], prog_name="q2030")


def plain(text: str) -> str:
    """French output with its no-break spaces (before ':' and '%', inside « ») as spaces,
    for tests about the words; tests/test_i18n.py checks the spaces themselves."""
    return text.replace("\u00a0", " ")


def required_tool(name: str, requirement: str = "Q2030_REQUIRE_CHROMIUM") -> str:
    """A program the tests of real programs need: its path; a failure where CI requires it
    (`requirement`=1: Q2030_REQUIRE_CHROMIUM, Q2030_REQUIRE_LIBREOFFICE), else a skip."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get(requirement) == "1":
            pytest.fail(f"{name} is required here ({requirement}=1) but not installed")
        pytest.skip(f"no {name} on this machine: .ci/run installs it")
    return found


def find_browser() -> str:
    """Chromium (or Chrome), found under one of its names."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return required_tool(name)
    return required_tool("chromium")


# Headless Chromium, as every browser test starts it: no sandbox (root in CI), no GPU, no
# network or updates of its own, no first-run pages, no scrollbars in screenshots
HEADLESS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def run_browser(program: str, profile: Path, *args: str) -> None:
    """Headless Chromium with a throw-away profile and no network of its own."""
    subprocess.run(
        [
            program,
            *HEADLESS,
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )


DEVTOOLS_TIMEOUT = 60  # seconds without a word from the browser: a test fails, never hangs


class DevTools:
    """Headless Chromium driven through its DevTools protocol over a pipe
    (`--remote-debugging-pipe`: commands on the browser's descriptor 3, replies on 4, each
    a JSON message ended by a NUL), so that a test can load a page, wait for its fonts
    and ask it what it drew: no WebSocket library, no port. One browser serves a whole
    test module (see `devtools`)."""

    def __init__(self, program: str, profile: Path) -> None:
        commands, self._to_browser = os.pipe()
        self._from_browser, replies = os.pipe()

        def descriptors() -> None:  # in the child: the pipes as 3 and 4, inherited
            inbound, outbound = os.dup(commands), os.dup(replies)
            os.dup2(inbound, 3)
            os.dup2(outbound, 4)

        self._process = subprocess.Popen(
            [
                program,
                *HEADLESS,
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            preexec_fn=descriptors,
            close_fds=False,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(commands)
        os.close(replies)
        self._buffer = b""
        self._last = 0
        self._events: list[dict[str, Any]] = []
        self.dialogs: list[str] = []  # what the pages' scripts said in dialogs (alert...)

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its reply (events that arrive meanwhile are kept)."""
        return self.send_all([(method, session, params)])[0]

    def send_all(self, calls: list[tuple[str, str | None, dict[str, Any]]]) -> list[dict[str, Any]]:
        """Send several commands at once (each `(method, session, params)`), so that tabs
        work side by side, and wait for every reply; the replies in the commands' order."""
        idents: dict[int, str] = {}
        for method, session, params in calls:
            self._last += 1
            idents[self._last] = method
            message: dict[str, Any] = {"id": self._last, "method": method, "params": params}
            if session is not None:
                message["sessionId"] = session
            os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        replies: dict[int, dict[str, Any]] = {}
        while len(replies) < len(idents):
            reply = self._receive()
            ident = reply.get("id")
            if ident in idents:
                if "error" in reply:
                    raise RuntimeError(f"{idents[ident]}: {reply['error']}")
                replies[ident] = dict(reply.get("result", {}))
            else:
                self._events.append(reply)
        return [replies[ident] for ident in idents]

    def _receive(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_browser], [], [], DEVTOOLS_TIMEOUT)
            if not ready:
                raise RuntimeError(f"the browser said nothing for {DEVTOOLS_TIMEOUT} s")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser closed its DevTools pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message = dict(json.loads(raw))
        if message.get("method") == "Page.javascriptDialogOpening":
            # a script of the page opened a dialog (alert): noted, and closed so the page goes on
            self.dialogs.append(str(message["params"].get("message")))
            self._answer_dialog(str(message["sessionId"]))
        return message

    def _answer_dialog(self, session: str) -> None:
        self._last += 1
        message = {
            "id": self._last,
            "method": "Page.handleJavaScriptDialog",
            "params": {"accept": False},
            "sessionId": session,
        }
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")

    def _wait_for(self, method: str, session: str) -> None:
        while True:
            for index, event in enumerate(self._events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del self._events[index]
                    return
            self._events.append(self._receive())

    def open(self, url: str, *, bypass_csp: bool = False) -> str:
        """A new tab showing `url`, loaded and its fonts ready; returns its session."""
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        attached = self.send("Target.attachToTarget", targetId=target, flatten=True)
        session = str(attached["sessionId"])
        self.send("Page.enable", session)
        if bypass_csp:
            self.send("Page.setBypassCSP", session, enabled=True)
        self.send("Page.navigate", session, url=url)
        self._wait_for("Page.loadEventFired", session)
        self.evaluate(session, "document.fonts.ready.then(() => true)")
        return session

    def go(self, session: str, url: str) -> None:
        """Show `url` in the tab of `session` instead, loaded."""
        self.send("Page.navigate", session, url=url)
        self.wait_for_load(session)

    def wait_for_load(self, session: str) -> None:
        """Wait until the page the tab of `session` was sent to has loaded."""
        self._wait_for("Page.loadEventFired", session)

    def evaluate(self, session: str, expression: str) -> Any:
        """The value of a JavaScript expression in the page (a promise is awaited)."""
        result = self.send(
            "Runtime.evaluate",
            session,
            expression=expression,
            awaitPromise=True,
            returnByValue=True,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(str(result["exceptionDetails"]))
        return result["result"].get("value")

    def close(self) -> None:
        with suppress(OSError, RuntimeError):
            self.send("Browser.close")
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


@contextmanager
def devtools_browser(profile: Path) -> Iterator[DevTools]:
    """Chromium (required where CI requires it, else the test skips) under DevTools."""
    browser = DevTools(find_browser(), profile)
    try:
        yield browser
    finally:
        browser.close()


def git(top: Path, *args: str, when: str | None = None) -> str:
    """git in `top`, committing as a test author (the machine's identity is not needed);
    `when` (an ISO date) dates the commit made, as a COPIL's would be."""
    env = None
    if when is not None:
        stamp = f"{when}T12:00:00"
        env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@e", "-C", str(top), *args],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout


def enlarged_demo(folder: Path, times: int) -> Path:
    """The demo's plan `times` over in `folder` (a new data folder): every operator,
    objective and action again with `-2`, `-3`... after its id (an operator's names with
    ` (2)`...), with the same readings; returns the folder."""
    import yaml

    shutil.copytree(DEMO_DATA, folder)
    plan = yaml.safe_load((DEMO_DATA / "objectives.yaml").read_text(encoding="utf-8"))
    operators, objectives = list(plan["operators"]), list(plan["objectives"])
    for copy in range(2, times + 1):
        for operator in plan["operators"]:
            again = {
                **operator,
                "id": f"{operator['id']}-{copy}",
                "name": f"{operator['name']} ({copy})",
            }
            if "aliases" in again:
                again["aliases"] = [f"{alias} ({copy})" for alias in operator["aliases"]]
            if "parent" in again:
                again["parent"] = f"{operator['parent']}-{copy}"
            operators.append(again)
        for objective in plan["objectives"]:
            actions = [
                {
                    **action,
                    "id": f"{action['id']}-{copy}",
                    "operator": f"{action['operator']}-{copy}",
                }
                for action in objective["actions"]
            ]
            objectives.append({**objective, "id": f"{objective['id']}-{copy}", "actions": actions})
            for action in objective["actions"]:
                readings = DEMO_DATA / "readings" / f"{action['id']}.yaml"
                if readings.exists():
                    shutil.copy(readings, folder / "readings" / f"{action['id']}-{copy}.yaml")
    plan["operators"], plan["objectives"] = operators, objectives

    class NoAliases(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    text = yaml.dump(plan, Dumper=NoAliases, allow_unicode=True, sort_keys=False)
    (folder / "objectives.yaml").write_text(text, encoding="utf-8")
    return folder


def demo_repository(
    top: Path, *, settings: str | None = None, message: str = "The plan", when: str | None = None
) -> Path:
    """The demo's data in a new git repository at `top`, committed on `main` (with a
    q2030.toml holding `settings`, if given; on the day `when`, if given, as an ISO
    date); returns its data folder."""
    shutil.copytree(DEMO_DATA, top / "data")
    if settings is not None:
        (top / "q2030.toml").write_text(settings, encoding="utf-8")
    git(top, "init", "-q", "-b", "main")
    git(top, "add", "-A")
    git(top, "commit", "-qm", message, when=when)
    return top / "data"
