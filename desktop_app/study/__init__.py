"""Study mode's logic without widgets: the student's data, search, quiz runs, glossary links.

Kept free of Qt widgets so it can be tested (and reused by export) without a
window; `desktop_app.views.study` is the thin layer that shows it.
"""
