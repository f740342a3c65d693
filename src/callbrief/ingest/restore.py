"""A Transcript read from the Simplified copy of a Traditional text, given back in the
source's characters: names, titles, firms, headings, header lines, the title block,
footnotes and warnings; each turn's paragraphs in ``Turn.written``.

``Turn.paragraphs`` and the call's company stay the Simplified copy: the analyze stage reads
figures from them and picks the company's glossary by name.
"""

from __future__ import annotations

import dataclasses

from callbrief.ingest.script import Restorer
from callbrief.model import Transcript


def restored(t: Transcript, restore: Restorer) -> Transcript:
    """``t`` with what a reader sees in the source's characters (see the module's note)."""
    turns = tuple(
        dataclasses.replace(
            u,
            header=tuple(restore(line, in_order=True) for line in u.header),
            written=tuple(restore(p, in_order=True) for p in u.paragraphs),
            translations=tuple(restore(x) if x else x for x in u.translations),
        )
        for u in t.turns
    )
    return dataclasses.replace(
        t,
        preamble=tuple(restore(line) for line in t.preamble),
        speakers=tuple(
            dataclasses.replace(
                s,
                name=restore(s.name),
                title=restore.optional(s.title),
                firm=restore.optional(s.firm),
            )
            for s in t.speakers
        ),
        sections=tuple(
            dataclasses.replace(s, title=restore(s.title), heading=restore(s.heading))
            for s in t.sections
        ),
        turns=turns,
        qa=tuple(dataclasses.replace(q, firm=restore.optional(q.firm)) for q in t.qa),
        footnotes=tuple(dataclasses.replace(f, text=restore(f.text)) for f in t.footnotes),
        end_marker=restore.optional(t.end_marker),
        warnings=tuple(restore(w) for w in t.warnings),
    )
