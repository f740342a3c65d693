"""The output formats: PDF (via HTML), JSON. Each turns a RenderJob into bytes."""

from __future__ import annotations

from collections.abc import Callable

from callbrief.render import Renderer, RenderJob
from callbrief.render.bilingual import Text
from callbrief.render.context import BriefingContext, build_context
from callbrief.render.html import markdown, render_html
from callbrief.render.json_document import document, dumps
from callbrief.render.pdf import InProcess, Typesetter
from callbrief.render.provenance import provenance


def briefing_context(job: RenderJob) -> BriefingContext:
    return build_context(
        job.briefing,
        job.audience,
        job.languages,
        provenance(job.briefing, job.audience.name),
        disclaimer_html=Text(
            markdown(job.audience.disclaimer.get("zh", "")),
            markdown(job.audience.disclaimer.get("en", "")),
        ),
        notes_html=markdown(job.notes) if job.notes else None,
    )


class HtmlRenderer:
    suffix = "html"

    def render(self, job: RenderJob) -> bytes:
        return render_html(briefing_context(job), job.audience, job.user_templates).encode("utf-8")


class PdfRenderer:
    suffix = "pdf"

    def __init__(self, typesetter: Typesetter | None = None) -> None:
        self.typesetter = typesetter or InProcess()

    def render(self, job: RenderJob) -> bytes:
        return self.submit(job)()

    def submit(self, job: RenderJob) -> Callable[[], bytes]:
        """Render the HTML and hand it to the typesetter; the callable returned gives the PDF."""
        html = HtmlRenderer().render(job).decode("utf-8")
        allowed = [*job.audience.chain, *([job.user_templates] if job.user_templates else [])]
        if job.audience.branding.logo:
            allowed.append(job.audience.branding.logo)
        return self.typesetter.submit(html, job.audience.folder, allowed, tagged=job.tagged_pdf)


class JsonRenderer:
    suffix = "json"

    def render(self, job: RenderJob) -> bytes:
        return dumps(document(job.briefing)).encode("utf-8")


def renderer(fmt: str) -> Renderer:
    """The renderer of an output format; its libraries are imported only when it is asked for."""
    if fmt == "xlsx":
        from callbrief.render.workbook import XlsxRenderer

        return XlsxRenderer()
    renderers: dict[str, type[Renderer]] = {
        "pdf": PdfRenderer, "json": JsonRenderer, "html": HtmlRenderer,
    }  # fmt: skip
    return renderers[fmt]()
