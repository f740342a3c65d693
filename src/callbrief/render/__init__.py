"""Render: a parsed call (later, a Briefing) -> JSON, HTML/PDF, XLSX."""
