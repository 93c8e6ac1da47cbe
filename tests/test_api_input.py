"""What `articlekit.extract` and `articlekit.load` take: str, bytes, paths and file objects.

And what they refuse with a word of why: a URL (the library never fetches) or a file name given
as the page's text, both of which used to give an empty text document.
"""

from __future__ import annotations

import io
from pathlib import Path, PurePath

import pytest

import articlekit
from _support import FIXTURES
from articlekit import InputError, MediaType

SEED = FIXTURES / "sony-q2-2012-phonearena" / "input.txt"
HTML = FIXTURES / "html-latin1-next2games" / "input.html"
MARKUP = b"<p>Prices rose 5% in May.</p><p>They fell in June, the office said.</p>"


class FsPath:
    """An ``os.PathLike`` that is not a ``pathlib`` path."""

    def __init__(self, path: Path) -> None:  # noqa: D107
        self.path = path

    def __fspath__(self) -> str:  # noqa: D105
        return str(self.path)


@pytest.mark.parametrize("wrap", [Path, FsPath, PurePath], ids=["Path", "fspath", "PurePath"])
def test_a_path_is_read_as_bytes(wrap: object) -> None:
    for path in (SEED, HTML):
        doc = articlekit.extract(wrap(path))  # type: ignore[operator]
        assert doc == articlekit.extract(path.read_bytes())
    assert articlekit.extract(Path(HTML)).source.encoding == "cp1252"  # decoded from its bytes


def test_a_txt_suffix_means_text_other_suffixes_are_sniffed(tmp_path: Path) -> None:
    for name, kind in [
        ("dump.txt", MediaType.TEXT),
        ("DUMP.TXT", MediaType.TEXT),
        ("page.html", MediaType.HTML),
        ("page", MediaType.HTML),
        ("page.dat", MediaType.HTML),
    ]:
        path = tmp_path / name
        path.write_bytes(MARKUP)
        assert articlekit.load(path).media_type is kind, name
    text = tmp_path / "dump.txt"
    assert articlekit.load(text, media_type="text/html").media_type is MediaType.HTML  # told


def test_a_path_that_cannot_be_read_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot read .*missing\.html") as missing:
        articlekit.extract(tmp_path / "missing.html")
    assert missing.value.reason == "read"
    with pytest.raises(InputError) as folder:
        articlekit.extract(tmp_path)
    assert folder.value.reason == "read"


def test_a_path_or_file_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(MARKUP * 10)
    with pytest.raises(InputError, match=r"big\.html' exceeds the maximum size of 100") as error:
        articlekit.extract(path, max_size=100)
    assert error.value.reason == "too-large"
    with pytest.raises(InputError, match="the file object exceeds"):
        articlekit.extract(io.BytesIO(MARKUP * 10), max_size=100)


def test_binary_file_objects_are_read_from_where_they_stand() -> None:
    with HTML.open("rb") as handle:
        assert articlekit.extract(handle) == articlekit.extract(HTML.read_bytes())
    stream = io.BytesIO(b"ignored header|" + MARKUP)
    stream.seek(len(b"ignored header|"))
    doc = articlekit.extract(stream, url="https://example.com/prices")
    assert doc.source.media_type is MediaType.HTML
    assert doc.source.url == "https://example.com/prices"
    assert doc.source.text == articlekit.load(MARKUP).text


def test_text_file_objects_are_taken_as_text() -> None:
    assert articlekit.load(io.StringIO("Title\n\nSome text.")).text == "Title\n\nSome text."


def test_a_read_that_returns_no_text_is_an_input_error() -> None:
    class Odd:
        def read(self, size: int = -1, /) -> int:
            return 42

    with pytest.raises(InputError, match="read\\(\\) returned int") as error:
        articlekit.extract(Odd())  # type: ignore[arg-type]
    assert error.value.reason == "type"
    with pytest.raises(InputError, match="expected str, bytes, a path or a binary file object"):
        articlekit.extract(3.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/news/2012/sony-q2",
        "http://example.com",
        "  HTTPS://EXAMPLE.COM/a?b=c#d\n",
        "ftp://example.com/page.html",
    ],
)
def test_a_string_that_is_only_a_url_is_refused_saying_the_library_never_fetches(
    url: str,
) -> None:
    with pytest.raises(InputError) as error:
        articlekit.extract(url)
    assert error.value.reason == "url"
    message = str(error.value)
    assert "never fetches" in message
    assert "url=" in message
    with pytest.raises(InputError, match="never fetches"):
        articlekit.load(url)


@pytest.mark.parametrize(
    "text",
    [
        "Read more at https://example.com/news today.",
        "https://example.com/a\n\nThe article below the link it was shared with.",
        "example.com",  # no scheme: a one-word text, as before
        "https:// example.com",
    ],
)
def test_text_that_holds_a_url_is_still_text(text: str) -> None:
    assert articlekit.extract(text).source.media_type is MediaType.TEXT


def test_a_file_name_given_as_text_is_refused_pointing_to_path() -> None:
    with pytest.raises(InputError, match=r"pass a path: extract\(pathlib.Path\(name\)\)"):
        articlekit.extract("fixtures/sony-q2-2012-phonearena/input.txt")
    with pytest.raises(InputError, match="file name"):
        articlekit.extract("page.html")
    assert articlekit.extract("See page.html for the full story.").source.text


def test_bytes_are_never_taken_for_an_address() -> None:
    """Bytes are what was fetched: a body that is only a URL is that page's text."""
    doc = articlekit.extract(b"https://example.com/next")
    assert doc.source.text == "https://example.com/next"
