"""Survey results, exports and scores over time (in the "surveys" namespace)."""

urlpatterns: list = []
