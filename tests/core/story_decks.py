"""A small deck with dates, people and disagreements, for Timeline, People and Read."""

from __future__ import annotations

from studyapp.core.deck.load import load_deck_text
from studyapp.core.deck.model import Deck

STORY = """\
studyapp-deck: 1
id: story
title: 實驗室的故事
script: hant
sources:
  - {id: a, title: 甲文, date: "2024-01-01", url: "https://example.org/a", script: hant}
  - {id: b, title: 乙文, date: "2024-01-02", url: "https://example.org/b", script: hans}
topics:
  - {id: start, title: 創立}
  - {id: later, title: 後來}
entities:
  - {id: ann, type: person, name: Ann Lee, aliases: [Ann], note: 共同創辦人、所長}
  - {id: ben, type: person, name: Ben Ho, aliases: [Ben], note: 共同創辦人}
  - {id: cat, type: person, name: 貓博士, note: 顧問}
  - {id: lab, type: organization, name: 頂點實驗室}
facts:
  - id: founded
    topic: start
    question: 頂點實驗室是哪一年創立的？
    answer: {year: 2015}
    statement: 頂點實驗室在 {{2015}} 年創立。
    gist: 實驗室創立
    sources: [a]
    disputed:
      - {source: b, answer: {year: 2016}, note: 乙文說是 2016 年。}
  - id: founder
    topic: start
    question: 誰創立了頂點實驗室？
    answer: {entity: ann}
    statement: "{{Ann Lee}} 創立了頂點實驗室。"
    sources: [a, b]
  - id: first-grant
    topic: start
    question: 實驗室在 2015 年拿到的第一筆經費是誰出的？
    answer: {entity: cat}
    statement: 實驗室在 2015 年拿到的第一筆經費是{{貓博士}}出的。
    sources: [a]
  - id: motto
    topic: later
    question: 誰說過「先做再說」？
    answer: {entity: ann}
    statement: "{{Ann Lee}} 說過「先做再說」。"
    sources: [a]
    disputed:
      - {source: b, answer: {entity: ben}}
  - id: moved
    topic: later
    question: 實驗室哪一年搬到海邊？
    answer: {date: "2020-05"}
    statement: 實驗室在 {{2020 年 5 月}}搬到海邊。
    sources: [a, b]
  - id: ben-joined
    topic: later
    question: Ben Ho 加入時帶來了什麼？
    answer: {text: 一台顯微鏡}
    statement: Ben Ho 加入時帶來了{{一台顯微鏡}}。
    sources: [b]
  - id: size
    topic: later
    question: 實驗室現在有多少人？
    answer: {number: 40, unit: 人}
    statement: 實驗室現在有 {{40 人}}。
    sources: [a]
outline:
  - source: a
    sections:
      - title: 開頭
        facts: [founded, founder, first-grant]
      - title: 後來
        facts: [motto, moved, size]
  - source: b
    sections:
      - title: 唯一一節
        facts: [founded, founder, motto, moved, ben-joined]
"""


def story_deck() -> Deck:
    return load_deck_text(STORY, "story.yaml")
