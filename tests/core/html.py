"""Find elements in rendered HTML, as a user or screen reader would meet them."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    ancestors: list["Element"] = field(repr=False, compare=False)
    text: str = ""

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    @property
    def words(self) -> str:
        return " ".join(self.text.split())

    def has(self, attr: str) -> bool:
        return attr in self.attrs

    def inside(self, tag: str, cls: str | None = None) -> bool:
        return any(a.tag == tag and (cls is None or cls in a.classes) for a in self.ancestors)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[Element] = []
        self.open: list[Element] = []

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), list(self.open))
        self.elements.append(element)
        if tag not in _VOID:
            self.open.append(element)

    def handle_endtag(self, tag):
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i].tag == tag:
                del self.open[i:]
                break

    def handle_data(self, data):
        for element in self.open:
            element.text += data


def find_all(html: str, tag: str | None = None, cls: str | None = None, **attrs) -> list[Element]:
    """Elements matching a tag, a class and attribute values (name_with_underscores
    for hyphenated attributes, e.g. aria_describedby)."""
    collector = _Collector()
    collector.feed(str(html))
    wanted = {name.replace("_", "-"): value for name, value in attrs.items()}
    return [
        e
        for e in collector.elements
        if (tag is None or e.tag == tag)
        and (cls is None or cls in e.classes)
        and all(e.attrs.get(name) == value for name, value in wanted.items())
    ]


def find(html: str, tag: str | None = None, cls: str | None = None, **attrs) -> Element:
    """The one element that matches; fails if there are none or several."""
    found = find_all(html, tag, cls, **attrs)
    assert len(found) == 1, f"expected one <{tag} class={cls} {attrs}>, found {len(found)}"
    return found[0]
