"""Starting a child process that dies with this Python process, even when it is killed.

The LanguageTool server runs in a session of its own (a Ctrl-C meant for Python must not
kill it behind our back), so a signal sent to our process group does not reach it, and
``atexit`` does not run when Python is killed by SIGKILL or by SIGTERM's default action.
Without more, a killed pipeline leaves a JVM of up to 2.6 GB behind. On Linux the child
asks the kernel for SIGTERM when its parent goes (``prctl(PR_SET_PDEATHSIG)``).

The kernel's "parent" is the *thread* that forked the child, not the process: a server
started from a worker thread would be killed when that worker ends. So every such child
is forked by one daemon thread that lives as long as the process.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Final

_PR_SET_PDEATHSIG: Final = 1


def _load_prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None
    prctl: Callable[..., int] = libc.prctl
    return prctl


# Resolved before any fork: the child only calls it (no dynamic loading after fork).
_prctl = _load_prctl()


class _Spawner:
    """The long-lived thread that forks children, fed through a queue."""

    def __init__(self) -> None:
        self._requests: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, call: Callable[[], Any]) -> Any:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._serve, name="brandvoice-spawner", daemon=True
                )
                self._thread.start()
        future: Future[Any] = Future()
        self._requests.put((call, future))
        return future.result()

    def _serve(self) -> None:
        while True:
            call, future = self._requests.get()
            try:
                future.set_result(call())
            except BaseException as error:  # handed to the caller's thread
                future.set_exception(error)


_spawner = _Spawner()


def popen_tied_to_us(command: list[str], **options: Any) -> subprocess.Popen[bytes]:
    """``subprocess.Popen(command, **options)``, the child getting SIGTERM when this
    process ends, however it ends (Linux; elsewhere a plain Popen)."""
    if _prctl is None:
        return subprocess.Popen(command, **options)
    parent = os.getpid()
    prctl = _prctl

    def die_with_parent() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the request took effect
            os._exit(1)

    # preexec_fn is unsafe when the child takes a lock another thread held at the fork:
    # die_with_parent imports nothing and logs nothing, it makes two system calls.
    def spawn() -> subprocess.Popen[bytes]:
        return subprocess.Popen(command, preexec_fn=die_with_parent, **options)

    process: subprocess.Popen[bytes] = _spawner.run(spawn)
    return process
