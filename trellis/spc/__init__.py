"""Statistical process control, "Making Data Count" style (NHS England's MDC Single Chart
Tool v5.0), in plain Python.

    from trellis.spc import xmr, p_chart
    chart = xmr([30, 31, 25, ...], direction="up", target=40)
    chart.summary, chart.variation_icon.label, chart.assurance_icon.label
    for point in chart.points: point.value, point.upper_limit, point.colour, point.reasons

Also a command line for many series at once: ``trellis spc FILE.csv --help``.
"""

from .charts import SpcInputError, p_chart, xmr
from .icons import MIN_POINTS
from .model import (
    HIGH_RULES,
    LOW_RULES,
    AssuranceIcon,
    Chart,
    ChartKind,
    Colour,
    Direction,
    Point,
    Rule,
    Section,
    Signal,
    VariationIcon,
)

__all__ = [
    "HIGH_RULES", "LOW_RULES", "MIN_POINTS", "AssuranceIcon", "Chart", "ChartKind", "Colour",
    "Direction", "Point", "Rule", "Section", "Signal", "SpcInputError", "VariationIcon",
    "p_chart", "xmr",
]
