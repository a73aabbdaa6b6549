"""What an article file can do to the importer: nothing. A pipe or device is never
read (it would block forever), a drafts file is read the same careful way, and an
article's own link is adopted only when it is a web address."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.errors import ErrorKind
from studyapp.core.importer.article import ArticleError, ArticleFormat
from studyapp.core.importer.pending import PendingError, load_pending
from studyapp.core.importer.reading import parse_article_text, read_article

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on Windows")

_BODY = "<p>頂點實驗室在 2019 年成立，創辦人是 Alice Wong。成立時共有 12 位研究員。</p>"


def _within(seconds: float, call: Callable[[], object]) -> object:
    """``call()``'s result or exception; fails (instead of hanging) if it blocks."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = call()
        except BaseException as exc:  # handed to the test
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "blocked: the importer waited on a file that never ends"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("result")


@fifo_only
def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "article.md"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError) as err:
        _within(10, lambda: read_article(fifo))
    assert err.value.kind is ErrorKind.ARTICLE_NOT_A_FILE
    drafts = tmp_path / "drafts.json"
    os.mkfifo(drafts)
    with pytest.raises(PendingError, match="not a regular file"):
        _within(10, lambda: load_pending(drafts))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused() -> None:
    with pytest.raises(ArticleError) as err:
        _within(10, lambda: read_article(Path("/dev/zero")))
    assert err.value.kind is ErrorKind.ARTICLE_NOT_A_FILE


@fifo_only
def test_the_import_command_on_a_pipe_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "article.md"
    os.mkfifo(fifo)
    code = _within(30, lambda: main(["import", str(fifo)]))
    assert code == 1
    err = capsys.readouterr().err
    assert (
        err
        == f"studyapp import: {fifo}: is not a regular file (a pipe, device or socket); only files can be imported\n"
    )


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "ms-msdt:/id PCWDiagnostic",
        "file:///etc/passwd",
        "smb://evil.example/share",
        "data:text/html,<script>alert(1)</script>",
        "https://",
        " ",
    ],
)
def test_only_a_web_address_is_adopted_as_the_articles_link(link: str) -> None:
    for head in (
        f'<meta property="og:url" content="{link}">',
        f'<link rel="canonical" href="{link}">',
    ):
        html = f"<html><head>{head}</head><body>{_BODY}</body></html>"
        assert parse_article_text(html, "a.html", ArticleFormat.HTML).url == ""
    front = f"---\ntitle: t\nurl: '{link}'\n---\n\n頂點實驗室在 2019 年成立。\n"
    assert parse_article_text(front, "a.md").url == ""
    header = f"原文链接: {link}\n\n頂點實驗室在 2019 年成立。\n"
    assert parse_article_text(header, "a.txt", ArticleFormat.TEXT).url == ""


def test_a_web_address_is_still_adopted() -> None:
    html = (
        '<html><head><meta property="og:url" content="https://example.org/a">'
        f"</head><body>{_BODY}</body></html>"
    )
    assert parse_article_text(html, "a.html", ArticleFormat.HTML).url == "https://example.org/a"
    canonical = f'<html><head><link rel="canonical" href="HTTP://example.org/b"></head><body>{_BODY}</body></html>'
    assert parse_article_text(canonical, "a.html", ArticleFormat.HTML).url == "HTTP://example.org/b"
