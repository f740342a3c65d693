"""Worker processes for a batch, forked from this process so that they start with what it has
loaded: each round of a batch gets a pool forked when this process holds what that round
needs, and the work of loading it is done once, not once per worker.

The reading round's workers are forked after this process has read one transcript itself
(the readers' modules and their compiled patterns); while they read the others, this process
loads WeasyPrint and compiles the audience's templates with that first call (batch.py; it
typesets nothing, so no font lookup thread of Pango's runs at the fork), and the typesetting
round's workers are forked from it warm. Python's cycle collector is told to leave the objects
inherited at the fork alone (``gc.freeze``): scanning them would cost each worker time and
touch pages it otherwise shares with this process."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any


def job_count(jobs: int | None, work: int) -> int:
    """Workers to start: ``jobs``, by default one per core, never more than the work."""
    return max(1, min(jobs or os.cpu_count() or 1, work or 1))


@contextmanager
def pool(jobs: int) -> Iterator[Executor]:
    """``jobs`` worker processes forked from this process as it is now; one job: this
    process itself."""
    if jobs == 1:
        yield Here()
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    gc.freeze()
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method)) as workers:
            yield workers
    finally:
        gc.unfreeze()


class Here(Executor):
    """An executor that runs each call at once, in this process."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        """The call's result, or what it raised, as a worker's future would hold it."""
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as e:
            future.set_exception(e)
        return future
