"""Run a command that dies with the process that started it: `python -S -P scripts/tether.py PID COMMAND...`.

A SIGKILL cannot be caught, so a killed `scripts.regenerate` cannot stop its generator processes itself; without
help they run on, orphaned (one was still at 64 % CPU minutes later). This launcher sits between the two, on Linux:

- it asks the kernel for SIGTERM when its parent dies (`PR_SET_PDEATHSIG`, through ctypes' `prctl`), and exits
  at once if the parent `PID` is already gone;
- it runs COMMAND as the leader of a new process group, so that whatever COMMAND starts (the generator's ruff
  post-hooks) is in the group too;
- on SIGTERM, SIGINT or SIGHUP (the parent's death, Ctrl-C, a closed terminal) it kills the whole group with
  SIGKILL and exits; otherwise it exits with COMMAND's status (128 + N for a death by signal N).

File descriptors the parent passed on (`pass_fds`) reach COMMAND too. Only the standard library is used, and it is
run with `-S -P`, so it starts in a few milliseconds. `tethered(command)` builds the command line; elsewhere than
Linux it returns `command` unchanged (no `PR_SET_PDEATHSIG` there).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from types import FrameType

__all__ = ["tethered"]

_PR_SET_PDEATHSIG = 1
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def tethered(command: Sequence[str]) -> list[str]:
    """`command`, run so that it (and its process group) dies when this process dies, even by SIGKILL."""
    if not sys.platform.startswith("linux"):
        return list(command)
    return [sys.executable, "-S", "-P", __file__, str(os.getpid()), *command]


def main(argv: Sequence[str]) -> int:
    parent, command = int(argv[0]), list(argv[1:])
    child: subprocess.Popen[bytes] | None = None
    stopping: list[int] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        stopping.append(signum)
        if child is not None:
            _kill_group(child.pid)
            os._exit(128 + signum)

    for signum in _STOP_SIGNALS:
        signal.signal(signum, stop)
    # Without a prctl to be found (an unusual libc), run untethered rather than not at all.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:
        return 128 + signal.SIGTERM  # the parent is gone already: run nothing
    # close_fds=False: the descriptors the parent passed on are inheritable here, every other one is not.
    child = subprocess.Popen(command, process_group=0, close_fds=False)
    if stopping:  # a signal came while the child was being started
        _kill_group(child.pid)
        return 128 + stopping[0]
    status = child.wait()
    return status if status >= 0 else 128 - status


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # the group has exited already
        os.killpg(pgid, signal.SIGKILL)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
