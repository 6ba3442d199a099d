"""Draw a layout.Drawing as SVG text (for the page and the download) or as a PNG
(Pillow, drawn at a multiple of the size and scaled down for smooth edges).

Plain Python: no Django imports."""

from __future__ import annotations

import io
import math
from functools import lru_cache
from html import escape

from PIL import Image, ImageDraw, ImageFont

from .layout import Badge, Drawing, Line, Marker, Polyline, Text

FONT = "Arial, Helvetica, sans-serif"


def _n(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _dash(dash) -> str:
    return f' stroke-dasharray="{_n(dash[0])} {_n(dash[1])}"' if dash else ""


def _svg_marker(m: Marker) -> str:
    x, y, r, c = m.x, m.y, m.radius, m.colour
    title = f"<title>{escape(m.label)}</title>" if m.label else ""
    if m.shape == "diamond":
        shape = (f'<path d="M{_n(x)} {_n(y - r)}L{_n(x + r)} {_n(y)}L{_n(x)} {_n(y + r)}'
                 f'L{_n(x - r)} {_n(y)}Z" fill="{c}"')
    elif m.shape == "square":
        shape = (f'<rect x="{_n(x - r)}" y="{_n(y - r)}" width="{_n(2 * r)}" '
                 f'height="{_n(2 * r)}" fill="{c}"')
    elif m.shape == "hollow":
        shape = (f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="#FFFFFF" '
                 f'stroke="{c}" stroke-width="2"')
    else:
        shape = f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{c}"'
    return f"{shape}>{title}</{shape[1:shape.index(' ')]}>" if title else f"{shape}/>"


def _svg_text(t: Text) -> str:
    weight = ' font-weight="bold"' if t.bold else ""
    dy = ' dy="0.35em"' if t.middle else ""
    return (f'<text x="{_n(t.x)}" y="{_n(t.y)}"{dy} font-size="{_n(t.size)}" fill="{t.colour}"'
            f' text-anchor="{t.anchor}"{weight}>{escape(t.text)}</text>')


def to_svg(drawing: Drawing, *, element_id: str = "spc-chart", standalone: bool = False) -> str:
    """SVG markup. Inline on a page it is an image labelled by its title and description
    (the data table beside it carries the figures); `standalone` adds the XML prolog."""
    out = []
    if standalone:
        out.append('<?xml version="1.0" encoding="UTF-8"?>\n')
    w, h = _n(drawing.width), _n(drawing.height)
    out.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
        f'height="{h}" role="img" aria-labelledby="{element_id}-title {element_id}-desc" '
        f'font-family="{FONT}" class="trellis-spc-chart">'
        f'<title id="{element_id}-title">{escape(drawing.title)}</title>'
        f'<desc id="{element_id}-desc">{escape(drawing.description)}</desc>'
        f'<rect width="100%" height="100%" fill="#FFFFFF"/>')
    for item in drawing.items:
        if isinstance(item, Line):
            out.append(f'<line x1="{_n(item.x1)}" y1="{_n(item.y1)}" x2="{_n(item.x2)}" '
                       f'y2="{_n(item.y2)}" stroke="{item.colour}" '
                       f'stroke-width="{_n(item.width)}"{_dash(item.dash)}/>')
        elif isinstance(item, Polyline):
            points = " ".join(f"{_n(x)},{_n(y)}" for x, y in item.points)
            out.append(f'<polyline points="{points}" fill="none" stroke="{item.colour}" '
                       f'stroke-width="{_n(item.width)}" stroke-linejoin="round"'
                       f'{_dash(item.dash)}/>')
        elif isinstance(item, Marker):
            out.append(_svg_marker(item))
        elif isinstance(item, Badge):
            out.append(f'<circle cx="{_n(item.x)}" cy="{_n(item.y)}" r="{_n(item.radius)}" '
                       f'fill="{item.colour}"/><text x="{_n(item.x)}" y="{_n(item.y)}" '
                       f'dy="0.35em" font-size="11" font-weight="bold" fill="#FFFFFF" '
                       f'text-anchor="middle">{item.number}</text>')
        elif isinstance(item, Text):
            out.append(_svg_text(item))
    out.append("</svg>")
    return "".join(out)


# PNG ------------------------------------------------------------------------------------

DRAW_AT = 3  # drawn this many times larger than the layout...
SAVE_AT = 2  # ...and saved at this many times (sharp on high-density screens)


@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's own bundled font: no system font files needed.
    return ImageFont.load_default(size=size)


def _rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def _dashed(draw: ImageDraw.ImageDraw, points, dash, fill, width: int) -> None:
    """A polyline drawn as dashes of dash[0] on, dash[1] off (already scaled)."""
    on, off = dash
    drawing, left = True, on
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        length = math.hypot(x2 - x1, y2 - y1)
        at = 0.0
        while at < length:
            run = min(left, length - at)
            if drawing:
                a, b = at / length, (at + run) / length
                draw.line([(x1 + (x2 - x1) * a, y1 + (y2 - y1) * a),
                           (x1 + (x2 - x1) * b, y1 + (y2 - y1) * b)], fill=fill, width=width)
            at += run
            left -= run
            if left <= 1e-9:
                drawing = not drawing
                left = on if drawing else off


_ANCHORS = {("start", False): "ls", ("middle", False): "ms", ("end", False): "rs",
            ("start", True): "lm", ("middle", True): "mm", ("end", True): "rm"}


def to_png(drawing: Drawing) -> bytes:
    """PNG bytes of the drawing, from the same primitives as the SVG."""
    k = DRAW_AT
    size = (math.ceil(drawing.width * k), math.ceil(drawing.height * k))
    image = Image.new("RGB", size, "#FFFFFF")
    draw = ImageDraw.Draw(image)

    def pts(points):
        return [(x * k, y * k) for x, y in points]

    for item in drawing.items:
        if isinstance(item, Line | Polyline):
            points = pts(item.points if isinstance(item, Polyline)
                         else ((item.x1, item.y1), (item.x2, item.y2)))
            width = max(1, round(item.width * k))
            if item.dash:
                _dashed(draw, points, (item.dash[0] * k, item.dash[1] * k), _rgb(item.colour),
                        width)
            else:
                draw.line(points, fill=_rgb(item.colour), width=width, joint="curve")
        elif isinstance(item, Marker):
            x, y, r, c = item.x * k, item.y * k, item.radius * k, _rgb(item.colour)
            if item.shape == "diamond":
                draw.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill=c)
            elif item.shape == "square":
                draw.rectangle([x - r, y - r, x + r, y + r], fill=c)
            elif item.shape == "hollow":
                draw.ellipse([x - r, y - r, x + r, y + r], fill="#FFFFFF", outline=c,
                             width=2 * k)
            else:
                draw.ellipse([x - r, y - r, x + r, y + r], fill=c)
        elif isinstance(item, Badge):
            x, y, r = item.x * k, item.y * k, item.radius * k
            draw.ellipse([x - r, y - r, x + r, y + r], fill=_rgb(item.colour))
            draw.text((x, y), str(item.number), fill="#FFFFFF", font=_font(11 * k),
                      anchor="mm")
        elif isinstance(item, Text):
            draw.text((item.x * k, item.y * k), item.text, fill=_rgb(item.colour),
                      font=_font(round(item.size * k)),
                      anchor=_ANCHORS[(item.anchor, item.middle)])
    final = image.resize((math.ceil(drawing.width * SAVE_AT), math.ceil(drawing.height * SAVE_AT)),
                         Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    final.save(buffer, format="PNG")
    return buffer.getvalue()
