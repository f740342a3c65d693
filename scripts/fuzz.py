"""`make fuzz`: the property suite's transcripts (tests/grammar.py) at scale. Prints how many
inputs were built, refused (the project's one-line errors, by kind) and failed (anything else:
an exception or a broken invariant), and the slowest inputs; exit 1 on any failure or input
over the time limit.

    python scripts/fuzz.py [--examples N] [--seed S] [--limit SECONDS]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, given, seed, settings

from grammar import check, inputs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=float, default=2.0, help="seconds one input may take")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    failures: list[tuple[str, str]] = []
    slowest: list[tuple[float, str, bytes]] = []
    folder = Path(tempfile.mkdtemp(prefix="callbrief-fuzz-"))
    started = time.perf_counter()

    @settings(
        max_examples=args.examples, deadline=None, database=None,
        suppress_health_check=list(HealthCheck), phases=["generate"],
    )  # fmt: skip
    @seed(args.seed)
    @given(inputs())
    def run(case: tuple[bytes, str]) -> None:
        raw, what = case
        try:
            outcome = check(raw, folder / "call.txt")
        except Exception as e:
            counts["failed"] += 1
            failures.append((what, "".join(traceback.format_exception_only(e)).strip()))
            return
        counts["built" if outcome.built else "refused"] += 1
        if outcome.error:
            refusals[re.sub(r"^.*?call\.txt: ", "", outcome.error)[:60]] += 1
        slowest.append((outcome.seconds, what, raw))
        slowest.sort(key=lambda s: s[0], reverse=True)
        del slowest[8:]

    run()
    total = sum(counts.values())
    wall = time.perf_counter() - started
    print(
        f"fuzz: {total} inputs in {wall:.0f} s: {counts['built']} built, "
        f"{counts['refused']} refused with a one-line error, {counts['failed']} failed"
    )
    for message, n in refusals.most_common(8):
        print(f"  refused {n:6d}  {message}")
    # The slowest again, each timed three times (the least counts: a run's first timing also
    # holds whatever else the machine was doing), and kept to reproduce.
    kept = Path(tempfile.mkdtemp(prefix="callbrief-fuzz-slowest-"))
    print(f"slowest (timed again, best of 3; inputs kept in {kept}):")
    again = []
    for n, (seconds, what, raw) in enumerate(slowest):
        best = min(check(raw, folder / "call.txt").seconds for _ in range(3))
        (kept / f"{n}.txt").write_bytes(raw)
        again.append(best)
        print(f"  {best:6.2f} s (first {seconds:.2f} s)  {what}  {raw[:60]!r}")
    for what, error in failures[:10]:
        print(f"FAILED {what}: {error}")
    over = [s for s in again if s > args.limit]
    if over:
        print(f"{len(over)} input(s) over {args.limit:g} s")
    return 1 if failures or over else 0


if __name__ == "__main__":
    sys.exit(main())
