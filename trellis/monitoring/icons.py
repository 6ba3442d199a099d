"""Small SVG drawings of the "Making Data Count" variation and assurance icons, in
Trellis's own simple style. They always sit beside their text label, so they are
hidden from screen readers; their colours meet 3:1 contrast on white.

Plain Python: no Django imports."""

from trellis.spc import AssuranceIcon, Signal, VariationIcon

from .layout import GREY, MARKER_STYLES, TARGET

BLUE = MARKER_STYLES[Signal.IMPROVEMENT][1]
ORANGE = MARKER_STYLES[Signal.CONCERN][1]
PURPLE = MARKER_STYLES[Signal.NEITHER][1]

_VARIATION = {
    # icon: (colour, letter, arrow direction)
    VariationIcon.COMMON_CAUSE: (GREY, "", 0),
    VariationIcon.IMPROVEMENT_HIGH: (BLUE, "H", -1),
    VariationIcon.IMPROVEMENT_LOW: (BLUE, "L", 1),
    VariationIcon.CONCERN_HIGH: (ORANGE, "H", -1),
    VariationIcon.CONCERN_LOW: (ORANGE, "L", 1),
    VariationIcon.NEITHER_HIGH: (PURPLE, "H", -1),
    VariationIcon.NEITHER_LOW: (PURPLE, "L", 1),
}

_ASSURANCE = {
    AssuranceIcon.PASSING: (BLUE, "P"),
    AssuranceIcon.FAILING: (ORANGE, "F"),
    AssuranceIcon.HIT_AND_MISS: (GREY, ""),
}

_OPEN = ('<svg xmlns="http://www.w3.org/2000/svg" class="trellis-spc-icon" width="{size}" '
         'height="{size}" viewBox="0 0 40 40" aria-hidden="true" focusable="false">'
         '<circle cx="20" cy="20" r="17.5" fill="#FFFFFF" stroke="{colour}" stroke-width="3"/>')


def variation_svg(icon: VariationIcon | None, size: int = 40) -> str:
    """The variation icon; a dashed grey ring when there are too few points for one."""
    if icon is None:
        return _none(size)
    colour, letter, arrow = _VARIATION[icon]
    parts = [_OPEN.format(size=size, colour=colour)]
    if not letter:  # common cause: points scattered close about a flat line
        parts.append(f'<line x1="8" y1="20" x2="32" y2="20" stroke="{colour}" '
                     'stroke-width="1.5"/>'
                     + "".join(f'<circle cx="{x}" cy="{y}" r="2.6" fill="{colour}"/>'
                               for x, y in ((11, 17), (17, 23), (23, 18), (29, 22))))
    else:
        parts.append(f'<text x="15" y="26" font-family="Arial, sans-serif" font-size="17" '
                     f'font-weight="bold" text-anchor="middle" fill="{colour}">{letter}</text>')
        tip, base = (9, 17) if arrow < 0 else (31, 23)
        parts.append(f'<path d="M29 {base}L29 {tip}" stroke="{colour}" stroke-width="2.5"/>'
                     f'<path d="M25.5 {tip - 4 * arrow}L29 {tip}L32.5 {tip - 4 * arrow}" '
                     f'fill="none" stroke="{colour}" stroke-width="2.5"/>')
    parts.append("</svg>")
    return "".join(parts)


def assurance_svg(icon: AssuranceIcon | None, size: int = 40) -> str:
    """The assurance icon; a dashed grey ring when there is no assurance to give."""
    if icon is None:
        return _none(size)
    colour, letter = _ASSURANCE[icon]
    parts = [_OPEN.format(size=size, colour=colour)]
    if letter:
        parts.append(f'<text x="20" y="26" font-family="Arial, sans-serif" font-size="17" '
                     f'font-weight="bold" text-anchor="middle" fill="{colour}">{letter}</text>')
    else:  # hit and miss: a target line crossed by a wave
        parts.append(f'<line x1="8" y1="20" x2="32" y2="20" stroke="{TARGET}" '
                     'stroke-width="2" stroke-dasharray="3 2"/>'
                     '<path d="M8 20C12 10 16 10 20 20S28 30 32 20" fill="none" '
                     f'stroke="{colour}" stroke-width="2.5"/>')
    parts.append("</svg>")
    return "".join(parts)


def _none(size: int) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="trellis-spc-icon" width="{size}" '
            f'height="{size}" viewBox="0 0 40 40" aria-hidden="true" focusable="false">'
            f'<circle cx="20" cy="20" r="17.5" fill="#FFFFFF" stroke="{GREY}" stroke-width="2" '
            'stroke-dasharray="4 3"/></svg>')
