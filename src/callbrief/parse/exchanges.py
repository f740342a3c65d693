"""Q&A exchanges: each analyst question with the management answers that follow it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from callbrief.model import QAExchange, Role, Section, SectionKind, Speaker, Turn


def group_exchanges(
    turns: Sequence[Turn], sections: Sequence[Section], speakers: Mapping[str, Speaker]
) -> tuple[QAExchange, ...]:
    """Pair each analyst turn in a Q&A section with the management turns after it.

    An exchange ends at the next analyst, host or operator turn, or at the end of Q&A.
    """
    qa_sections = {s.id for s in sections if s.kind is SectionKind.QA}
    groups: list[list[Turn]] = []  # each: question turn, then its answers
    for turn in turns:
        if turn.section not in qa_sections:
            continue
        role = speakers[turn.speaker].role
        if role is Role.ANALYST:
            groups.append([turn])
        elif role is Role.MANAGEMENT and groups and groups[-1]:
            groups[-1].append(turn)
        elif groups:
            groups.append([])  # host or operator: the open exchange is over
    return tuple(_exchange(n, group, speakers) for n, group in enumerate(g for g in groups if g))


def _exchange(index: int, group: list[Turn], speakers: Mapping[str, Speaker]) -> QAExchange:
    question, answers = group[0], group[1:]
    return QAExchange(
        index=index,
        analyst=question.speaker,
        firm=speakers[question.speaker].firm,
        question_turn=question.index,
        answer_turns=tuple(t.index for t in answers),
        answerers=tuple(dict.fromkeys(t.speaker for t in answers)),
    )
