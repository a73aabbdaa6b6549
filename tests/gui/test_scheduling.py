"""The scheduling controls as a reader uses them: a deck's options (and "help me
decide"), custom study from the Decks screen, and Settings' load balancing,
easy days and the optimizer's decision with its figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from studyapp.core.store import (
    CardState,
    Decision,
    DeckOptions,
    NewOrder,
    OptimizeResult,
    Rating,
    Store,
)
from studyapp.gui.dialogs.custom_study import AHEAD, FORGOTTEN, NEW, CustomStudyDialog
from studyapp.gui.dialogs.deck_options import DeckOptionsDialog
from studyapp.gui.dialogs.settings import SettingsDialog
from studyapp.gui.main_window import MainWindow
from studyapp.gui.screens.decks import DecksScreen
from studyapp.gui.screens.review import ReviewScreen


def _store(window: MainWindow) -> Store:
    store = window.ctx.store
    assert store is not None
    return store


def _decks(window: MainWindow) -> DecksScreen:
    window.show_page("decks")
    screen = window.screen_as("decks", DecksScreen)
    assert isinstance(screen, DecksScreen)
    return screen


def _open_options(qtbot: QtBot, window: MainWindow) -> DeckOptionsDialog:
    decks = _decks(window)
    qtbot.mouseClick(decks.options_button, Qt.MouseButton.LeftButton)
    dialog = decks.options_dialog
    assert isinstance(dialog, DeckOptionsDialog) and dialog.isVisible()
    return dialog


def _open_custom(qtbot: QtBot, window: MainWindow) -> CustomStudyDialog:
    decks = _decks(window)
    qtbot.mouseClick(decks.custom_button, Qt.MouseButton.LeftButton)
    dialog = decks.custom_dialog
    assert isinstance(dialog, CustomStudyDialog) and dialog.isVisible()
    return dialog


def _study(window: MainWindow, rating: Rating, count: int) -> list[int]:
    """Answer ``count`` cards in the Review screen as a reader would; their ids."""
    review = window.screen_as("review", ReviewScreen)
    answered = []
    for _ in range(count):
        session = review.session
        assert session is not None and session.card is not None, "no card to study"
        answered.append(session.card.id)
        review.show_answer()
        review.rate(rating)
    return answered


def test_a_decks_own_options_are_set_shown_and_given_back(qtbot: QtBot, window: MainWindow) -> None:
    store = _store(window)
    deck_id = window.ctx.library.decks[0].id
    dialog = _open_options(qtbot, window)
    assert dialog.follows.text() == "This deck follows the defaults in Settings."
    assert (dialog.new_per_day.value(), dialog.reviews_per_day.value()) == (20, 200)
    assert dialog.retention.value() == 0.90
    assert [dialog.order.itemText(i) for i in range(dialog.order.count())] == [
        "Deck order",
        "One topic at a time",
        "Random",
    ]
    dialog.new_per_day.setValue(3)
    dialog.reviews_per_day.setValue(40)
    dialog.retention.setValue(0.95)
    dialog.order.setCurrentIndex(dialog.order.findData(NewOrder.TOPIC))
    assert dialog.follows.text() == "This deck has options of its own."
    dialog.accept()
    assert store.deck_options(deck_id) == DeckOptions(3, 40, 0.95, NewOrder.TOPIC)

    decks = _decks(window)
    row = decks.tree.topLevelItem(0)
    assert row is not None and row.text(2) == "3"  # New today: the deck's own limit
    window.show_page("review")
    review = window.screen_as("review", ReviewScreen)
    review.start(deck_id)
    first = review.session.card  # type: ignore[union-attr]
    assert first is not None
    topics = [f.topic for f in window.ctx.library.decks[0].facts]
    assert first.topic == topics[0]  # one topic at a time, from the deck's first

    again = _open_options(qtbot, window)
    assert (again.new_per_day.value(), again.retention.value()) == (3, 0.95)
    assert again.follows.text() == "This deck has options of its own."
    qtbot.mouseClick(again.defaults_button, Qt.MouseButton.LeftButton)
    assert again.new_per_day.value() == 20
    assert again.follows.text() == "This deck follows the defaults in Settings."
    again.accept()
    assert store.deck_options(deck_id).is_default


def test_ok_without_changes_leaves_a_deck_on_the_defaults(qtbot: QtBot, window: MainWindow) -> None:
    store = _store(window)
    dialog = _open_options(qtbot, window)
    dialog.accept()
    store.update_settings(new_per_day=9)  # the default moves: the deck follows it
    assert store.deck_limits(window.ctx.library.decks[0].id).new_per_day == 9


def test_help_me_decide_shows_a_chart_and_a_table_with_the_choice_marked(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open_options(qtbot, window)
    view = dialog.workload_view
    assert view.run_button.text() == "&Help me decide" and not view.tabs.isVisible()
    dialog.retention.setValue(0.93)
    with qtbot.waitSignal(window.ctx.tasks.task_started) as started:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(started.args[0].finished, timeout=20_000):  # type: ignore[index]
        pass
    assert view.tabs.isVisible()
    assert [view.tabs.tabText(i) for i in range(2)] == ["Chart", "Table"]
    points = view.chart.points
    assert points[0].retention == 0.70 and points[-1].retention == 0.97
    assert points[-1].reviews_per_day > points[0].reviews_per_day
    assert view.chart.chosen == 0.93
    rows = {view.table.item(r, 0).text(): r for r in range(view.table.rowCount())}
    assert "0.93  ◀ chosen" in rows and "0.70" in rows and "0.97" in rows
    marked = rows["0.93  ◀ chosen"]
    assert view.table.item(marked, 1).font().bold()
    cards = view.workload.cards  # type: ignore[union-attr]
    assert view.table.item(marked, 3).text().endswith(f"of {cards}")
    dialog.retention.setValue(0.85)  # the marker follows the field
    assert view.chart.chosen == 0.85
    assert "0.85  ◀ chosen" in [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert view.run_button.text() == "Simulate a&gain"
    dialog.reject()


def test_custom_study_more_new_cards_today(qtbot: QtBot, window: MainWindow) -> None:
    store = _store(window)
    deck_id = window.ctx.library.decks[0].id
    store.set_deck_options(deck_id, DeckOptions(new_per_day=2))
    window.show_page("review")
    window.screen_as("review", ReviewScreen).start(deck_id)
    _study(window, Rating.EASY, 2)
    review = window.screen_as("review", ReviewScreen)
    assert review.done_title.text() == "Nothing is due now"
    assert review.custom_button.isVisible()  # custom study from the end screen too

    dialog = _open_custom(qtbot, window)
    assert dialog.radios[NEW].isChecked() and dialog.radios[NEW].isEnabled()
    dialog.new_count.setValue(3)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.current_page() == "review"
    session = review.session
    assert session is not None and session.card is not None and session.card.is_new
    assert session.counts.new == 3
    _study(window, Rating.EASY, 3)
    assert review.session.state.value == "finished"  # type: ignore[union-attr]
    assert store.extension(deck_id).new == 3


def test_custom_study_review_ahead_and_todays_forgotten_cards(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = _store(window)
    deck_id = window.ctx.library.decks[0].id
    store.set_deck_options(deck_id, DeckOptions(new_per_day=4))
    window.show_page("review")
    review = window.screen_as("review", ReviewScreen)
    review.start(deck_id)
    graduated = _study(window, Rating.EASY, 3)  # review cards, due in days
    forgotten = _study(window, Rating.AGAIN, 1)  # learning again in a minute

    dialog = _open_custom(qtbot, window)
    qtbot.mouseClick(dialog.radios[AHEAD], Qt.MouseButton.LeftButton)
    dialog.ahead_days.setValue(60)
    assert dialog.hints[AHEAD].text() == "3 cards due in those days, before their day."
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    session = review.session
    assert session is not None and session.custom is not None
    assert review.deck_label.text().endswith("Custom study: review ahead, 60 days")
    assert session.card is not None and session.card.id in graduated
    assert session.counts.review == 3
    before = store.card(session.card.id).due
    _study(window, Rating.GOOD, 3)
    assert review.done_title.text() == "Custom study done"
    assert all(store.card(c).reps == 2 for c in graduated)
    assert store.card(graduated[0]).due != before

    dialog = _open_custom(qtbot, window)
    assert dialog.hints[FORGOTTEN].text() == "1 card you answered Again today, once more."
    qtbot.mouseClick(dialog.radios[FORGOTTEN], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    session = review.session
    assert session is not None and session.card is not None
    assert session.card.id == forgotten[0]
    assert review.deck_label.text().endswith("Custom study: today's forgotten cards")
    _study(window, Rating.GOOD, 1)
    assert store.card(forgotten[0]).state is CardState.LEARNING  # the next step
    assert review.done_title.text() == "Custom study done"


def test_a_choice_with_nothing_to_offer_is_disabled(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_custom(qtbot, window)
    assert not dialog.radios[AHEAD].isEnabled() and not dialog.radios[FORGOTTEN].isEnabled()
    assert dialog.hints[FORGOTTEN].text() == "0 cards you answered Again today, once more."
    dialog.reject()


def test_settings_balance_easy_days_and_the_optimizers_decision(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    store = _store(window)
    store.apply_optimization(
        OptimizeResult(
            parameters=store.settings.parameters,
            previous=store.settings.parameters,
            fitted=store.settings.parameters,
            adopted=False,
            review_count=1705,
            item_count=1500,
            log_loss_before=0.3412,
            log_loss_after=0.3598,
            reason="",
            decision=Decision.NOT_BETTER,
            rmse_before=0.041,
            rmse_after=0.0532,
            train_count=1125,
            test_count=375,
            test_days=26,
        )
    )
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.optimize_rule.text() == (
        "How it decides: new parameters are fitted on your earlier answers only and kept "
        "only if they predict your latest answers (the last quarter, held out) better than "
        "the current ones."
    )
    assert dialog.optimize_result.text() == (
        "Learned from 1705 reviews. Tested on your 375 latest answers, which the fit did not "
        "see: those of the last 26 days; log loss 0.3412 with the current parameters, 0.3598 "
        "fitted; RMSE 4.10% current, 5.32% fitted (lower is better). The fit does not predict "
        "better, so the current parameters stay."
    )
    assert dialog.balance.isChecked()
    assert [box.text() for box in dialog.light_days] == [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    ]  # fmt: skip
    dialog.light_days[5].setChecked(True)
    dialog.reviews_per_day.setValue(150)
    dialog.balance.setChecked(False)
    assert not dialog.light_days[0].isEnabled()
    dialog.balance.setChecked(True)
    assert dialog.light_days[0].isEnabled()
    dialog.accept()
    settings = store.settings
    assert settings.easy_days == (1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 1.0)
    assert settings.reviews_per_day == 150 and settings.load_balance
