"""The coverage rule of tests/bench/bench_import.py (it needs no QA set to be checked)."""

from __future__ import annotations

from tests.bench.bench_import import Paragraph, draft_paragraph, same_answer


def test_answers_match_across_script_width_case_and_punctuation() -> None:
    assert same_answer("馬祖列島", "马祖列岛")
    assert same_answer("ＡＢＣ公司", "abc 公司。")
    assert same_answer("《蘇達爾摩》", "蘇達爾摩")


def test_containment_counts_only_when_the_shorter_is_most_of_the_longer() -> None:
    assert same_answer("1999", "1999年")  # 4 of 5
    assert same_answer("交通部觀光局", "交通部觀光局。")
    assert not same_answer("交通部觀光局", "觀光局")  # 3 of 6 is not enough
    assert not same_answer("梵語", "梵語的標準書寫系統")
    assert not same_answer("", "梵語")


def test_a_paragraph_counts_its_questions_against_its_first_2k_drafts() -> None:
    paragraph = Paragraph(
        "test",
        0,
        "頂點實驗室在 2019 年成立。它在 2021 年搬到台北，當時共有 12 位研究員。",
        (("頂點實驗室哪一年成立？", ("2019年",)), ("誰是第一位研究員？", ("王小明",))),
    )
    row = draft_paragraph(paragraph, doubt_limit=1.0)  # the rule, whatever the model holds back
    assert row["k"] == 4
    assert len(row["offered"]) == min(4, row["drafts"])
    assert row["covered"] == [True, False]
