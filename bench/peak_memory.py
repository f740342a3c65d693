"""Run a Python program in this process, then print the peak memory of it and of the processes
it started and waited for (MB): ``peak_memory.py -m MODULE ARGS...`` or ``-c CODE ARGS...``.

The sum of the two peaks bounds what the program and its workers held at any one time.
Linux carries a process's peak across exec, so a program started straight from a large process
(the benchmark) would report that process's size: this script first starts itself again, from
its own small process, and measures there.
"""

from __future__ import annotations

import os
import resource
import runpy
import subprocess
import sys
from typing import NoReturn


def main() -> None:
    if os.environ.get("PEAK_MEMORY_CHILD") != "1":
        env = {**os.environ, "PEAK_MEMORY_CHILD": "1"}
        sys.exit(subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env).returncode)
    mode, target, *args = sys.argv[1:]
    # A program that ends with os._exit (the callbrief command does, to skip teardown) would
    # end this script too: make that a normal exit, so the peaks can be read.
    os._exit = _exit_normally  # type: ignore[assignment]
    sys.argv = [target, *args]
    code = 0
    try:
        if mode == "-m":
            runpy.run_module(target, run_name="__main__", alter_sys=True)
        else:
            exec(compile(target, "<code>", "exec"), {"__name__": "__main__"})
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:  # the program failed: say so, and still print the number last
        import traceback

        traceback.print_exc()
        code = 1
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print((own + workers) / 1024, file=sys.stderr)
    sys.exit(code)


def _exit_normally(code: int) -> NoReturn:
    raise SystemExit(code)


if __name__ == "__main__":
    main()
