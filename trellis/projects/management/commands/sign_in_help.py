from django.conf import settings
from django.core.management.base import BaseCommand

from trellis.organisations.demo_accounts import demo_sign_in_details


class Command(BaseCommand):
    help = "Print where Trellis is served and, in local mode, the demo sign-in details."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--port", default="8000")

    def handle(self, *args, port: str = "8000", **options) -> None:
        self.stdout.write(f"\nTrellis: open http://127.0.0.1:{port}/ and sign in.")
        if settings.DEBUG:
            for person in demo_sign_in_details():
                self.stdout.write(f"  {person['role']:<7} {person['email']:<28} "
                                  f"{person['organisation']}")
            self.stdout.write(f"  Password for every demo account: "
                              f"{demo_sign_in_details()[0]['password']}\n")
