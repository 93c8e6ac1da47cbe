# Types of the compiled build's native rendering loops (``_native.pyx``).

from collections.abc import Callable, Collection

import lxml.etree

def render_body(
    renderer: object,
    root: lxml.etree._Element,
    skip_tags: Collection[str],
    block_tags: Collection[str],
    lists: Collection[str],
    context_for: Callable[..., object],
    descriptor_of: Callable[[str, str | None, str | None], str | None],
    first_context: object,
) -> None: ...
def data_tokens(raw: str) -> list[tuple[int, int]]: ...
def opaque_sections(raw: str) -> list[tuple[int, int]]: ...
