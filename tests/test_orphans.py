"""A child started with ``popen_tied_to_us`` ends with this process, however it ends.

The child here is ``sleep``; the same mechanism runs the LanguageTool server, which
``tests/test_languagetool.py`` checks the same way with the real server.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from brandvoice.languagetool.orphans import popen_tied_to_us

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")

# The parent starts the child from a worker thread that then ends (as check_many's
# threads do), prints the child's pid, and waits to be killed.
_PARENT = """
import sys, threading, time
from brandvoice.languagetool.orphans import popen_tied_to_us
started = []
worker = threading.Thread(target=lambda: started.append(
    popen_tied_to_us(["sleep", "120"], start_new_session=True)))
worker.start(); worker.join()
print(started[0].pid, flush=True)
time.sleep(120)
"""


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ")[-1][:1] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


def wait_until_gone(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return False


def start_parent(script: str) -> tuple[subprocess.Popen[str], int]:
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    line = parent.stdout.readline()
    assert line.strip().isdigit(), f"parent said {line!r}"
    return parent, int(line)


@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM])
def test_the_child_ends_when_its_parent_is_killed(kill: signal.Signals) -> None:
    parent, child = start_parent(_PARENT)
    try:
        time.sleep(0.2)
        assert alive(child), "the child must outlive the thread that started it"
        parent.send_signal(kill)
        parent.wait(timeout=10)
        assert wait_until_gone(child), f"pid {child} outlived its parent"
    finally:
        parent.kill()
        if alive(child):
            os.kill(child, signal.SIGKILL)


def test_the_child_is_an_ordinary_popen() -> None:
    process = popen_tied_to_us(["sh", "-c", "exit 3"], stdout=subprocess.DEVNULL)
    assert process.wait(timeout=10) == 3
