"""HTML pages (run report, review page, evaluation comparison) from Jinja2 templates in modelcall/templates.

Autoescape is on for every template: a value from a record or a config goes in as text, never as markup;
only helpers that build markup themselves (inline SVG charts, Pygments output) hand back ``Markup``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

__all__ = ["Markup", "render_page"]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("modelcall", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["thousands"] = lambda value: f"{int(value):,}"
    return env


def render_page(template: str, **context: Any) -> str:
    """Render ``modelcall/templates/<template>`` with ``context`` (escaped unless it is ``Markup``)."""
    return _environment().get_template(template).render(**context)
