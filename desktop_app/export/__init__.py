"""Export a deck to PDF (slides, handout, notes) or PNG files, headless or from the app.

Every picture of a slide comes from the shared SlideRenderer, so an exported
page looks exactly like the slide the room saw.
"""
