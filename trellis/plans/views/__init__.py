"""Views of the implementation plan, split by part of the plan."""

from .components import (
    add_component,
    components,
    edit_component,
    move_component,
    reorder_components,
    restore_component,
    retire_component,
)
from .documents import as_of, compare, detail, export_docx, print_plan, revision, revisions
from .outcomes import (
    add_final_outcome,
    add_outcome,
    edit_final_outcome,
    edit_outcome,
    final_outcomes,
    outcomes,
    remove_final_outcome,
    remove_outcome,
)
from .problem import edit_problem, problem

__all__ = [
    "add_component", "add_final_outcome", "add_outcome", "as_of", "compare", "components",
    "detail", "edit_component", "edit_final_outcome", "edit_outcome", "edit_problem",
    "export_docx", "final_outcomes", "move_component", "outcomes", "print_plan", "problem",
    "remove_final_outcome", "remove_outcome", "reorder_components", "restore_component",
    "retire_component", "revision", "revisions",
]
