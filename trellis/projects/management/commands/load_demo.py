from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from trellis.organisations.models import Organisation
from trellis.projects.demo import load_demo


class Command(BaseCommand):
    help = (
        "Load the demo local area: two organisations, one person per role and four "
        "projects from the framework's own examples. Safe to run again: it only adds "
        "what is missing. Refuses to run when DEBUG is off (production)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--if-empty", action="store_true",
                            help="Do nothing if any organisation already exists.")

    def handle(self, *args, if_empty: bool = False, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("The demo data is for local use only; DEBUG is off.")
        if if_empty and Organisation.objects.exists():
            self.stdout.write("Demo not loaded: the database already has organisations.")
            return
        people, projects = load_demo()
        self.stdout.write(f"Demo local area ready: {people} people and {projects} projects "
                          "added.")
