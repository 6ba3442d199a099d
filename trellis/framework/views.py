from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from trellis.organisations.access import access

from . import presenters
from .loader import get_framework
from .loader.models import EXTRA_PAGE_SLUGS, PHASE_SLUGS, RECOMMENDATION_SLUGS


@access("viewer")
def index(request: HttpRequest) -> HttpResponse:
    framework = get_framework()
    return render(
        request,
        "framework/index.html",
        {
            "nav": "guide",
            "framework": framework,
            "pages": framework.pages(),
            "groups": presenters.guide_groups(framework),
        },
    )


@access("viewer")
def page(request: HttpRequest, page: str) -> HttpResponse:
    framework = get_framework()
    pages = framework.pages()
    slugs = [p.slug for p in pages]
    if page not in slugs:
        raise Http404
    position = slugs.index(page)
    context = {
        "nav": "guide",
        "framework": framework,
        "page": pages[position],
        "previous_page": pages[position - 1] if position else None,
        "next_page": pages[position + 1] if position + 1 < len(pages) else None,
    }
    context.update(
        presenters.page_navigation(
            framework, pages[position], context["previous_page"], context["next_page"]
        )
    )
    if page in RECOMMENDATION_SLUGS:
        context["recommendation"] = framework.recommendation(page)
        template = "framework/recommendation.html"
    elif page in PHASE_SLUGS:
        context["phase"] = framework.phase(page)
        template = "framework/phase.html"
    else:
        assert page in EXTRA_PAGE_SLUGS
        template = f"framework/{page}.html"
    return render(request, template, context)
