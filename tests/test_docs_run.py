"""Docs that run: every shell and Python block of README.md and docs/*.md is executed as a
reader would paste it, in a scratch folder holding the repository's examples, and must end
with the exit status it documents (a trailing ``# exit N``; 0 when it says none).

A block that cannot run here (installing packages, the CI command itself) is preceded by
``<!-- docs-run: skip, <reason> -->``; the reason is required and listed by
:func:`test_skipped_blocks_say_why`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, require_program

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(
    r"(?:<!-- docs-run: skip, (?P<reason>[^>]+?) -->\n(?:<!--[^>]*-->\n)*)?"
    r"```(?P<lang>sh|python)\n"
    r"(?P<body>.*?)```",
    re.S,
)
_EXIT = re.compile(r"#\s*exit (\d+)\b")
_COMMENT = re.compile(r"\s+#(?!!).*$")


@dataclass(frozen=True)
class Block:
    file: str
    line: int
    lang: str
    body: str
    skip: str | None

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"


def _blocks() -> list[Block]:
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for match in _FENCE.finditer(text):
            line = text.count("\n", 0, match.start("lang")) + 1
            found.append(
                Block(
                    doc.relative_to(ROOT).as_posix(),
                    line,
                    match["lang"],
                    match["body"],
                    match["reason"],
                )
            )
    return found


BLOCKS = _blocks()
RUN = [block for block in BLOCKS if block.skip is None]


@dataclass(frozen=True)
class Command:
    text: str
    exit: int


def shell_commands(body: str) -> list[Command]:
    """The commands of a shell block: continuation lines joined, comment-only lines
    dropped, each with the exit status its trailing ``# exit N`` documents (default 0)."""
    joined = re.sub(r"\\\n\s*", " ", body)
    commands = []
    for line in joined.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        documented = _EXIT.search(line)
        commands.append(
            Command(_COMMENT.sub("", line).strip(), int(documented[1]) if documented else 0)
        )
    return commands


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder like the repository's root for a reader: the examples, nothing else."""
    folder = tmp_path_factory.mktemp("docs-run")
    shutil.copytree(ROOT / "examples", folder / "examples")
    return folder


def _environment(languagetool_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT / "src")
    # The session's server, instead of one started (and warmed up) by every command.
    env["BRANDVOICE_LANGUAGETOOL_URL"] = languagetool_url
    return env


def test_the_docs_have_blocks_to_run() -> None:
    assert len(RUN) >= 8
    assert any(block.file == "README.md" and block.lang == "python" for block in RUN)


def test_skipped_blocks_say_why() -> None:
    for block in BLOCKS:
        if block.skip is not None:
            assert len(block.skip.split()) >= 2, f"{block.id}: say why it is not run"


@pytest.mark.integration
@pytest.mark.parametrize("block", RUN, ids=[block.id for block in RUN])
def test_doc_block_runs(block: Block, scratch: Path, languagetool_url: str) -> None:
    require_program("bash")
    env = _environment(languagetool_url)
    if block.lang == "python":
        result = subprocess.run(
            [sys.executable, "-c", block.body],
            cwd=scratch, env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert result.returncode == 0, f"{block.id}\n{result.stderr[-2000:]}"
        return
    commands = shell_commands(block.body)
    assert commands, f"{block.id}: an empty block"
    for command in commands:
        result = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command.text],
            cwd=scratch, env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert result.returncode == command.exit, (
            f"{block.id}: `{command.text}` exited {result.returncode}, the docs say "
            f"{command.exit}\n{result.stderr[-2000:]}"
        )
