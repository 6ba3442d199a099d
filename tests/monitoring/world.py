import datetime

from tests.monitoring.factories import DataPointFactory, MeasureFactory, RecalculationFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"measure_pk": MISSING_PK, "point_pk": MISSING_PK,
                     "recalculation_pk": MISSING_PK})
def monitoring(org, objects):
    measure = MeasureFactory(project=objects["project"])
    point = DataPointFactory(measure=measure, period=datetime.date(2025, 1, 1), value=12)
    DataPointFactory(measure=measure, period=datetime.date(2025, 2, 1), value=15)
    recalculation = RecalculationFactory(measure=measure, period=datetime.date(2025, 2, 1))
    objects["measure"] = measure
    return {"measure_pk": measure.pk, "point_pk": point.pk,
            "recalculation_pk": recalculation.pk}
