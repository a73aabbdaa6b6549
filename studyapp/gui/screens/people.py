"""People: one page per person of the registry, the co-founders first.

Who they are, what each article says they said or did (side by side, one
column per article, each fact with how well the reader knows it now), and where
the articles put the same words or deeds on different people. The pages come
from the deck's data (:mod:`studyapp.core.people`), so an imported article's
people have pages too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.deck.model import Deck, EntityType
from studyapp.core.deck.view import DeckView
from studyapp.core.knowledge import Knowledge, knowledge_of, known
from studyapp.core.people import PersonPage, people
from studyapp.core.store import StoreError
from studyapp.gui.context import GuiContext
from studyapp.gui.screens.base import Screen
from studyapp.gui.widgets.story import (
    DISPUTED_COLOUR,
    esc,
    knowledge_chip,
    quiz_on,
    show_in_article,
    source_names,
)

ROLE = Qt.ItemDataRole.UserRole


class PeopleScreen(Screen):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.deck: Deck | None = None
        self.pages: list[PersonPage] = []
        self.person: PersonPage | None = None
        self.knowledge: dict[str, Knowledge] = {}

        self.heading = QLabel()
        self.heading.setObjectName("screenHeading")
        self.choose = QComboBox()
        self.choose.setObjectName("peopleDeck")
        self.choose.currentIndexChanged.connect(lambda _i: self._deck_chosen())
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.choose)

        self.list = QListWidget()
        self.list.setObjectName("peopleList")
        self.list.currentItemChanged.connect(lambda _c, _p: self._person_chosen())
        self.page = QTextBrowser()
        self.page.setObjectName("personPage")
        self.page.setOpenLinks(False)
        self.page.anchorClicked.connect(lambda url: self._link(url.toString()))
        self.quiz_button = QPushButton()
        self.quiz_button.setObjectName("quizPerson")
        self.quiz_button.clicked.connect(self.quiz_person)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.page, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.quiz_button)
        right_layout.addLayout(row)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([200, 800])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.focus_first(self.list)
        self.apply_font_size(ctx.settings.font_size)
        self.retranslate()

    # -- screen ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("People"))
        self.list.setAccessibleName(self.tr("People"))
        self.page.setAccessibleName(self.tr("The chosen person"))
        self.quiz_button.setText(self.tr("Quiz me on these facts"))
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def apply_font_size(self, size: int) -> None:
        self.set_reading_size(self.page, 0.55)

    def refresh(self) -> None:
        decks = [
            d
            for d in self.ctx.library.decks
            if any(e.type is EntityType.PERSON for e in d.entities.values())
        ]
        self.fill_deck_choice(self.choose, decks, self.deck.id if self.deck is not None else None)
        self._deck_chosen()

    def _deck_chosen(self) -> None:
        deck = self.ctx.library.get(str(self.choose.currentData() or ""))
        keep = self.person.entity_id if self.person is not None else None
        self.deck = deck
        self.pages = people(self.ctx.view(deck)) if deck is not None else []
        try:
            self.knowledge = knowledge_of(self.ctx.store, deck.id) if deck is not None else {}
        except StoreError:
            self.knowledge = {}
        self.list.blockSignals(True)
        self.list.clear()
        group: bool | None = None
        for page in self.pages:
            if page.cofounder != group:
                group = page.cofounder
                self.list.addItem(self._group_item(page.cofounder))
            item = QListWidgetItem(f"{page.name}  ({len(page.fact_ids)})")
            item.setData(ROLE, page.entity_id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.choose_person(keep or (self.pages[0].entity_id if self.pages else ""))

    def _group_item(self, cofounders: bool) -> QListWidgetItem:
        text = self.tr("Co-founders") if cofounders else self.tr("Others in the articles")
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        return item

    def choose_person(self, entity_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE) == entity_id:
                self.list.setCurrentRow(row)
                self._person_chosen()
                return
        self.person = None
        self._render()

    def _person_chosen(self) -> None:
        item = self.list.currentItem()
        wanted = item.data(ROLE) if item is not None else None
        self.person = next((p for p in self.pages if p.entity_id == wanted), None)
        self._render()

    # -- the page ----------------------------------------------------------------------------
    def _render(self) -> None:
        person, deck = self.person, self.deck
        self.quiz_button.setEnabled(person is not None and bool(person.fact_ids))
        if person is None or deck is None:
            self.page.setHtml("")
            return
        self.page.setHtml(self.page_html(person, self.ctx.view(deck)))

    def plain_text(self) -> str:
        return self.page.toPlainText()

    def page_html(self, person: PersonPage, view: DeckView) -> str:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        names = source_names(view)
        cofounder = self.tr("Co-founder")
        said_head = self.tr("What each article says they said or did")
        quote = self.tr("[quote]")
        in_article = self.tr("Show in article")
        out = [f"<h2>{esc(person.name)}</h2>"]
        if person.note:  # who they are, as the registry says
            out.append(f"<p>{esc(person.note)}</p>")
        elif person.cofounder:
            out.append(f"<p>{esc(cofounder)}</p>")
        if person.roles:
            roles = self.tr("Roles: %1").replace("%1", "、".join(person.roles))
            out.append(f"<p>{esc(roles)}</p>")
        if person.other_names:
            also = self.tr("Also written: %1").replace("%1", "、".join(person.other_names))
            out.append(f'<p style="color:{muted}">{esc(also)}</p>')

        if person.attributions:
            head = self.tr("Where the articles name different people")
            out.append(f'<h3 style="color:{DISPUTED_COLOUR}">⚑ {esc(head)}</h3>')
            for attribution in person.attributions:
                out.append(f"<p><b>{esc(attribution.question)}</b><br>")
                for sources, who_name, statement in attribution.claims:
                    label = "、".join(names.get(s, s) for s in sources)
                    out.append(f"{esc(label)}：<b>{esc(who_name)}</b> — {esc(statement)}<br>")
                out.append(knowledge_chip(known(self.knowledge, attribution.fact_id)) + "</p>")
        out.append(f"<h3>{esc(said_head)}</h3>")
        width = 100 // max(1, len(person.by_source))
        out.append('<table width="100%" cellspacing="0" cellpadding="6"><tr>')
        for source_id, facts in person.by_source:
            count = self.tr("%n fact(s)", "", len(facts))
            out.append(
                f'<th width="{width}%" align="left">{esc(names.get(source_id, source_id))}'
                f' <span style="color:{muted}; font-weight:normal">({esc(count)})</span></th>'
            )
        out.append("</tr><tr>")
        for _source_id, facts in person.by_source:
            cell = []
            for pf in facts:
                said = (
                    f'<span style="color:{DISPUTED_COLOUR}">{esc(quote)}</span> '
                    if pf.is_saying
                    else ""
                )
                cell.append(
                    f"<p>{said}{esc(pf.statement)}<br>"
                    f"{knowledge_chip(known(self.knowledge, pf.fact_id))}"
                    f' <a href="f:{esc(pf.fact_id)}">{esc(in_article)}</a></p>'
                )
            if not facts:
                silent = self.tr("(says nothing of them)")
                cell.append(f'<p style="color:{muted}">{esc(silent)}</p>')
            out.append(f'<td valign="top">{"".join(cell)}</td>')
        out.append("</tr></table>")

        return "".join(out)

    # -- the ways on --------------------------------------------------------------------------
    def _link(self, target: str) -> None:
        kind, _, fact_id = target.partition(":")
        if kind == "f" and self.deck is not None:
            show_in_article(self.ctx, self.deck.id, fact_id)

    def quiz_person(self) -> None:
        if self.person is not None and self.deck is not None and self.person.fact_ids:
            quiz_on(self.ctx, self.deck.id, self.person.fact_ids)
