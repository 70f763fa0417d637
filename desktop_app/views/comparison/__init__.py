"""The interactive comparison of the debate, embeddable in the audience window or any other.

`ComparisonView` is the widget; `ComparisonMode` gives a window the checkable
"Comparison" action (key C); `shared_model` is the one comparison state of a
presentation that every window showing it observes.
"""

from desktop_app.views.comparison.controller import ComparisonModel
from desktop_app.views.comparison.mode import ComparisonMode, open_comparison
from desktop_app.views.comparison.view import ComparisonView, shared_model

__all__ = ["ComparisonMode", "ComparisonModel", "ComparisonView", "open_comparison", "shared_model"]
