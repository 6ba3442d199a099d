import factory
from factory.django import DjangoModelFactory

from trellis.organisations.models import Membership, Organisation, User
from trellis.projects.models import Project, TeamMember


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Local area {n}")


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.save()


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = "editor"


class ProjectFactory(DjangoModelFactory):
    class Meta:
        model = Project

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Project {n}")
    approach = "Family Group Conferences"
    need = "Children on the edge of care"


class TeamMemberFactory(DjangoModelFactory):
    class Meta:
        model = TeamMember

    project = factory.SubFactory(ProjectFactory)
    user = factory.SubFactory(UserFactory)
    role = "lead"


class EvidenceItemFactory(DjangoModelFactory):
    class Meta:
        model = "evidence.EvidenceItem"

    project = factory.SubFactory(ProjectFactory)
    slice = "lived-experience"
    title = factory.Sequence(lambda n: f"Evidence {n}")
    finding = "Kinship carers feel isolated and unsure what help exists"
    confidence = "moderate"
