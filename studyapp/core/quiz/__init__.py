"""Timed quizzes (Qt-free): the setup, the session state machine, results,
history and the Match game. The Quiz screen (:mod:`studyapp.gui.quiz`) renders them."""

from studyapp.core.quiz.convert import question_in_script
from studyapp.core.quiz.history import (
    AttemptSummary,
    best_by_setup,
    last_mistakes,
    score_series,
    summarize,
)
from studyapp.core.quiz.match import (
    MatchGame,
    MatchPair,
    Pick,
    Side,
    Tile,
    match_pairs,
    new_game,
    pair_of,
)
from studyapp.core.quiz.results import Accuracy, QuizResults, results_of
from studyapp.core.quiz.selection import (
    build_questions,
    due_weak_weights,
    fact_weight,
    mistake_facts,
)
from studyapp.core.quiz.session import (
    QuizError,
    QuizItem,
    QuizRecorder,
    QuizSession,
    QuizState,
    response_text,
)
from studyapp.core.quiz.setup import ALL_TYPES, Feedback, LimitMode, QuizSetup, Selection, setup_key

__all__ = [
    "ALL_TYPES",
    "Accuracy",
    "AttemptSummary",
    "Feedback",
    "LimitMode",
    "MatchGame",
    "MatchPair",
    "Pick",
    "QuizError",
    "QuizItem",
    "QuizRecorder",
    "QuizResults",
    "QuizSession",
    "QuizSetup",
    "QuizState",
    "Selection",
    "Side",
    "Tile",
    "best_by_setup",
    "build_questions",
    "due_weak_weights",
    "fact_weight",
    "last_mistakes",
    "match_pairs",
    "mistake_facts",
    "new_game",
    "pair_of",
    "question_in_script",
    "response_text",
    "results_of",
    "score_series",
    "setup_key",
    "summarize",
]
