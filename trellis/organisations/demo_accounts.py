"""The demo local area's people. Used by the demo loader and, in local mode
only, shown on the sign-in page so a newcomer can look around."""

DEMO_PASSWORD = "demo-trellis-2026"
DEMO_ORGANISATION = "Northbrook Children's Partnership"
NEIGHBOUR_ORGANISATION = "Eastmere Council"

DEMO_PEOPLE = [
    # (email, name, organisation, role)
    ("admin@northbrook.example", "Amira Shah", DEMO_ORGANISATION, "admin"),
    ("editor@northbrook.example", "Ben Okafor", DEMO_ORGANISATION, "editor"),
    ("viewer@northbrook.example", "Chloe Williams", DEMO_ORGANISATION, "viewer"),
    ("lead@eastmere.example", "Dev Patel", NEIGHBOUR_ORGANISATION, "admin"),
]


def demo_sign_in_details() -> list[dict[str, str]]:
    return [
        {"email": email, "name": name, "organisation": org, "role": role.capitalize(),
         "password": DEMO_PASSWORD}
        for email, name, org, role in DEMO_PEOPLE
    ]
