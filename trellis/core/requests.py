from django.http import HttpRequest, QueryDict


def posted(request: HttpRequest) -> QueryDict | None:
    """Form data for a POST, even an empty one (so an empty submission shows
    its errors), and None for a GET (so the form starts unbound)."""
    return request.POST if request.method == "POST" else None
