"""The committed static files match package.json, with no GOV.UK branding."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "trellis" / "static"


def _pinned(package: str) -> str:
    return json.loads((ROOT / "package.json").read_text())["devDependencies"][package]


def test_vendored_govuk_frontend_is_the_pinned_version():
    version = _pinned("govuk-frontend")
    vendor = STATIC / "vendor" / f"govuk-frontend-{version}"
    assert [p.name for p in (STATIC / "vendor").iterdir()] == [vendor.name]
    assert f'const version="{version}"' in (vendor / "govuk-frontend.min.js").read_text()
    assert (vendor / "govuk-frontend.min.js.map").exists()
    assert (vendor / "assets" / "manifest.json").exists()
    assert not (vendor / "assets" / "fonts").exists()


def test_base_template_and_styles_name_that_version():
    path = f"vendor/govuk-frontend-{_pinned('govuk-frontend')}/"
    assert path in (ROOT / "trellis" / "templates" / "base.html").read_text()
    assert path in (ROOT / "trellis" / "static_src" / "trellis.scss").read_text()


def test_styles_use_arial_and_load_no_fonts():
    css = (STATIC / "css" / "trellis.css").read_text()
    assert "font-family:arial,sans-serif" in css
    assert "GDS Transport" not in css
    assert "@font-face" not in css
    assert ".trellis-link-button" in css


def test_axe_core_is_vendored_for_browser_tests():
    version = _pinned("axe-core")
    axe = ROOT / "tests" / "browser" / "vendor" / f"axe-core-{version}" / "axe.min.js"
    assert axe.read_text()[:40].startswith(f"/*! axe v{version}")
