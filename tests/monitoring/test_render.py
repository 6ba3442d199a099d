"""One drawing, two renderers: SVG text and a Pillow PNG."""

import io
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from PIL import Image

from trellis.monitoring import icons
from trellis.monitoring.layout import ChartLabels, Event, layout
from trellis.monitoring.render import to_png, to_svg
from trellis.spc import AssuranceIcon, VariationIcon, xmr

NS = "{http://www.w3.org/2000/svg}"
VALUES = [10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 10, 11, 30]


def drawing(title="Referrals <in> & out"):
    periods = tuple(date(2025, 1, 6) + timedelta(weeks=i) for i in range(len(VALUES)))
    labels = ChartLabels(title=title, periods=periods,
                         period_end=periods[-1] + timedelta(weeks=1),
                         x_labels=tuple(str(p) for p in periods),
                         events=(Event(date(2025, 2, 1), "Adaptation: <b>late</b> start"),),
                         event_dates=("1 Feb 2025",))
    return layout(xmr(VALUES, direction="down", target=11), labels)


def test_svg_is_well_formed_and_labelled():
    svg = to_svg(drawing(), element_id="chart-7", standalone=True)
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-7-title chart-7-desc"
    assert root.find(f"{NS}title").text == "Referrals <in> & out"
    assert root.find(f"{NS}desc").text.startswith("Latest point: special cause concern")
    texts = [t.text for t in root.iter(f"{NS}text")]
    assert "1 Feb 2025: Adaptation: <b>late</b> start" in texts  # escaped, not markup
    diamonds = [p for p in root.iter(f"{NS}path") if p.get("fill") == "#B35A00"]
    point, key = diamonds  # the latest point, and the key below the chart
    assert point.find(f"{NS}title").text.endswith("30 (special cause concern)")
    assert key.find(f"{NS}title") is None


def test_png_is_drawn_from_the_same_geometry():
    picture = drawing()
    data = to_png(picture)
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.size == (round(picture.width * 2), round(picture.height * 2))
    # The concern diamond is drawn where the layout put it
    marker = [m for m in picture.items if getattr(m, "signal", None) is not None][-1]
    r, g, b = image.convert("RGB").getpixel((round(marker.x * 2), round(marker.y * 2)))
    assert (r, g, b) == pytest.approx((0xB3, 0x5A, 0x00), abs=12)


@pytest.mark.parametrize("icon", [*VariationIcon, None])
def test_variation_icons_are_small_hidden_svgs(icon):
    root = ET.fromstring(icons.variation_svg(icon))
    assert root.get("aria-hidden") == "true" and root.get("width") == "40"


@pytest.mark.parametrize("icon", [*AssuranceIcon, None])
def test_assurance_icons_are_small_hidden_svgs(icon):
    root = ET.fromstring(icons.assurance_svg(icon))
    assert root.get("aria-hidden") == "true"


def test_improvement_and_concern_icons_differ_in_colour_and_letter():
    up, down = (icons.variation_svg(VariationIcon.IMPROVEMENT_HIGH),
                icons.variation_svg(VariationIcon.CONCERN_LOW))
    assert "#005EA5" in up and ">H<" in up
    assert "#B35A00" in down and ">L<" in down
