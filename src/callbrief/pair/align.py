"""Two versions of one call aligned: turn by turn, then sentence by sentence inside aligned
turns. Anchors are the speakers (by English name) and the numbers each side states (read by
each language's own amount reader, so ``512.3 亿元`` and ``51.23 billion`` are one number);
lengths, scaled by the pair's own ratio, do the rest (a Gale-Church-style dynamic programme).
A turn or sentence with no counterpart is left unpaired, never forced."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from callbrief.analyze.naming import name_key
from callbrief.lang import LanguagePack
from callbrief.model import Role, Transcript

_BEADS = ((1, 1, 0.0), (1, 0, 3.0), (0, 1, 3.0), (2, 1, 1.2), (1, 2, 1.2), (2, 2, 2.4),
          (3, 1, 2.4), (1, 3, 2.4))  # fmt: skip
"""Sentence beads (sentences on each side) and what each costs beyond its lengths."""
_SKIP_TURN = 0.0
_PAIR_AT = 1.0
"""A pair of turns must score this much to be paired."""


@dataclass(frozen=True, slots=True)
class Said:
    """A sentence of a turn: its text and the numbers it states."""

    text: str
    numbers: frozenset[Decimal]


@dataclass(frozen=True, slots=True)
class Bead:
    """Sentences of one version's turn and their counterparts in the other's."""

    turn: int
    sentences: tuple[str, ...]
    other_turn: int
    others: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Alignment:
    turns: tuple[tuple[int, int], ...]
    """Pairs of turn indices (this version's, the other's)."""
    beads: tuple[Bead, ...]
    unpaired: tuple[int, ...]
    """Turns of this version with no counterpart."""
    unpaired_other: tuple[int, ...]


def said(paragraphs: Sequence[str], pack: LanguagePack) -> list[Said]:
    return [
        Said(s, frozenset(_number(a.amount.value) for a in pack.find_amounts(s)))
        for p in paragraphs
        for s in pack.sentences(p)
        if s.strip()
    ]


def _number(value: Decimal) -> Decimal:
    return abs(value).normalize()


def align(a: Transcript, b: Transcript, pack_a: LanguagePack, pack_b: LanguagePack) -> Alignment:
    """Align ``b`` (the other version) to ``a``."""
    left = [said(t.paragraphs, pack_a) for t in a.turns]
    right = [said(t.paragraphs, pack_b) for t in b.turns]
    ratio = _ratio(
        sum(len(s.text) for t in left for s in t), sum(len(s.text) for t in right for s in t)
    )
    names_a = _speaker_names(a)
    names_b = _speaker_names(b)
    role_a = {s.id: s.role for s in a.speakers}
    role_b = {s.id: s.role for s in b.speakers}

    def who(sa: str, sb: str) -> float:
        """Same person (by English name, or both the operator), someone else, or not known:
        a name the other version never says (林浩然 as Lin Haoran, Howard Lin there)."""
        ka, kb = names_a.get(sa), names_b.get(sb)
        if (ka and ka == kb) or (role_a.get(sa) is Role.OPERATOR is role_b.get(sb)):
            return 2.0
        if not (ka and kb) or ka in set(names_b.values()) or kb in set(names_a.values()):
            return -2.0
        return 0.0

    def score(i: int, j: int) -> float:
        la = sum(len(s.text) for s in left[i])
        lb = sum(len(s.text) for s in right[j])
        length = -abs(math.log((lb + 20) / (la * ratio + 20)))
        na = frozenset().union(*(s.numbers for s in left[i]))
        nb = frozenset().union(*(s.numbers for s in right[j]))
        numbers = 2.0 * len(na & nb) / len(na | nb) if na | nb else 0.0
        return who(a.turns[i].speaker, b.turns[j].speaker) + length + numbers

    pairs = _align_turns(len(a.turns), len(b.turns), score)
    learned = _same_people(pairs, a, b, names_a, names_b)
    if learned:  # a person each version names its own way, known now by the turns paired
        for sa, sb in learned.items():
            names_a[sa] = names_b[sb]
        pairs = _align_turns(len(a.turns), len(b.turns), score)
    beads = tuple(
        bead for i, j in pairs for bead in _sentence_beads(i, j, left[i], right[j], ratio)
    )
    paired_a = {i for i, _ in pairs}
    paired_b = {j for _, j in pairs}
    return Alignment(
        tuple(pairs),
        beads,
        tuple(i for i in range(len(a.turns)) if i not in paired_a),
        tuple(j for j in range(len(b.turns)) if j not in paired_b),
    )


def _ratio(la: int, lb: int) -> float:
    return lb / la if la and lb else 1.0


def _speaker_names(t: Transcript) -> dict[str, str]:
    """Each speaker's name as a key both versions share: the English name, squeezed."""
    return {s.id: name_key(s.name_en or s.name) for s in t.speakers if s.role is not Role.OPERATOR}


def _same_people(
    pairs: Sequence[tuple[int, int]],
    a: Transcript,
    b: Transcript,
    names_a: dict[str, str],
    names_b: dict[str, str],
) -> dict[str, str]:
    """Speakers named differently in the two versions whose turns paired (on numbers and
    lengths alone): this version's speaker -> the other's, when one-to-one."""
    known_a, known_b = set(names_a.values()), set(names_b.values())
    votes: dict[str, set[str]] = {}
    for i, j in pairs:
        sa, sb = a.turns[i].speaker, b.turns[j].speaker
        ka, kb = names_a.get(sa), names_b.get(sb)
        if ka and kb and ka not in known_b and kb not in known_a:
            votes.setdefault(sa, set()).add(sb)
    chosen = {sa: next(iter(sbs)) for sa, sbs in votes.items() if len(sbs) == 1}
    taken = list(chosen.values())
    return {sa: sb for sa, sb in chosen.items() if taken.count(sb) == 1}


def _align_turns(n: int, m: int, score: object) -> list[tuple[int, int]]:
    """The order-keeping pairing of turns with the highest total score (Needleman-Wunsch;
    skipping a turn costs nothing, pairing needs ``_PAIR_AT``). Only pairs within a band
    around the diagonal are scored: versions of one call keep its order."""
    band = max(12, abs(n - m) + 12)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]  # 0: pair, 1: skip a, 2: skip b
    for i in range(1, n + 1):
        centre = i * m // max(n, 1)
        for j in range(1, m + 1):
            options = [(best[i - 1][j] + _SKIP_TURN, 1), (best[i][j - 1] + _SKIP_TURN, 2)]
            if abs(j - centre) <= band:
                s = score(i - 1, j - 1)  # type: ignore[operator]
                if s >= _PAIR_AT:
                    options.append((best[i - 1][j - 1] + s, 0))
            best[i][j], step[i][j] = max(options, key=lambda o: (o[0], -o[1]))
    pairs = []
    i, j = n, m
    while i and j:
        if step[i][j] == 0:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif step[i][j] == 1:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _sentence_beads(
    i: int, j: int, left: Sequence[Said], right: Sequence[Said], ratio: float
) -> list[Bead]:
    """Sentences of a pair of turns in beads (1-1, 2-1, 1-2, ..., 1-0, 0-1) at the lowest
    cost: lengths against the pair's ratio, numbers that differ, and the bead's own cost."""
    n, m = len(left), len(right)
    la = sum(len(s.text) for s in left)
    lb = sum(len(s.text) for s in right)
    r = _ratio(la, lb) if la and lb else ratio
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for x in range(n + 1):
        for y in range(m + 1):
            if cost[x][y] == inf:
                continue
            for da, db, extra in _BEADS:
                if x + da > n or y + db > m:
                    continue
                c = cost[x][y] + extra + _bead_cost(left[x : x + da], right[y : y + db], r)
                if c < cost[x + da][y + db]:
                    cost[x + da][y + db] = c
                    back[x + da][y + db] = (da, db)
    beads: list[Bead] = []
    x, y = n, m
    while x or y:
        move = back[x][y]
        assert move is not None
        da, db = move
        x, y = x - da, y - db
        if da and db:
            beads.append(
                Bead(i, tuple(s.text for s in left[x : x + da]), j,
                     tuple(s.text for s in right[y : y + db]))
            )  # fmt: skip
    return beads[::-1]


def _bead_cost(a: Sequence[Said], b: Sequence[Said], ratio: float) -> float:
    if not a or not b:
        return 0.0
    la = sum(len(s.text) for s in a)
    lb = sum(len(s.text) for s in b)
    length = abs(math.log((lb + 8) / (la * ratio + 8))) * 2.0
    na = frozenset().union(*(s.numbers for s in a))
    nb = frozenset().union(*(s.numbers for s in b))
    numbers = 0.0
    if na or nb:
        numbers = 3.0 * len(na ^ nb) / len(na | nb) - 1.0 * len(na & nb)
    return length + numbers
