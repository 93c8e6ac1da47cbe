# Types of the compiled build's native renderer (``_native.pyx``).

from collections.abc import Callable, Collection
from datetime import datetime

import lxml.etree

from articlekit.model import BlockKind, Source

class Renderer:
    def __init__(
        self, raw: str, offsets: bool, data: list[tuple[int, int]], data_index: int
    ) -> None: ...
    def add_meta(self, kind: BlockKind, hint: str | None, value: str) -> None: ...
    def walk(
        self,
        root: lxml.etree._Element,
        skip_tags: Collection[str],
        block_tags: Collection[str],
        lists: Collection[str],
        context_for: Callable[..., object],
        descriptor_of: Callable[[str, str | None, str | None], str | None],
        first_context: object,
    ) -> None: ...
    def source(
        self, *, url: str | None, reference_time: datetime | None, encoding: str | None
    ) -> Source: ...

def data_tokens(raw: str) -> list[tuple[int, int]]: ...
def opaque_sections(raw: str) -> list[tuple[int, int]]: ...
def utf8_if_clean(text: str) -> bytes | None: ...
