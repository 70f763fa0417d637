"""The interactive comparison of the debate, embeddable in the audience window or any other.

`view.ComparisonView` is the widget; `mode.ComparisonMode` gives a window the
checkable "Comparison" action (key C). What it shows lives in the
presentation state (`state.comparison`, `state.poll`), which every window
showing it observes.
Import from the submodules: this package stays empty so that adding the
action to a window does not load the whole view before the first slide.
"""
