"""Language packs: everything that depends on the language a call is held in.

One package per language (``zh``, ``en``); the engine in ``analyze/`` is language-neutral and
asks the pack chosen from ``Source.language`` for what it needs.
"""
