"""The repository keeps a copy of MDC's conformance data so the suite runs
anywhere; where the project's shared reference folder is present, the copy must
be identical to it, so an update there is never silently ignored."""

import pytest

from tests.spc.mdc import COPY_DIR, SHARED_DIR

FILES = ["test-data.csv", "test-data.grouped.json"]


@pytest.mark.parametrize("name", FILES)
def test_the_copy_is_there(name):
    assert (COPY_DIR / name).stat().st_size > 1000


@pytest.mark.parametrize("name", FILES)
def test_the_copy_matches_the_shared_reference(name):
    if not (SHARED_DIR / name).is_file():
        pytest.skip("the shared reference folder is not beside this checkout")
    assert (COPY_DIR / name).read_bytes() == (SHARED_DIR / name).read_bytes()
