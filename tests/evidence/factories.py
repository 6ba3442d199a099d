import factory

from tests.factories import EvidenceItemFactory as BaseEvidenceItemFactory


class EvidenceItemFactory(BaseEvidenceItemFactory):
    slice = "population-data"
    title = factory.Sequence(lambda n: f"Evidence {n}")
    finding = "Children in kinship care are concentrated in two wards"
    source = "Local census analysis"
    confidence = "moderate"
