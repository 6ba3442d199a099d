from tests.imports.factories import ImportJobFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"job_pk": MISSING_PK})
def imports(org, objects):
    return {"job_pk": ImportJobFactory(project=objects["project"]).pk}
