from tests.strategies.factories import StrategyFactory
from tests.worlds import MISSING_PK, world_part


@world_part(missing={"strategy_pk": MISSING_PK})
def strategies(org, objects):
    strategy = StrategyFactory(project=objects["project"])
    objects["strategy"] = strategy
    return {"strategy_pk": strategy.pk}
