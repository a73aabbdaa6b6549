"""Learn mode: every fact of a round climbs recognise → recall → produce.

* :mod:`.round`: the round's state, which fact comes next, when it ends
* :mod:`.session`: the questions (from :mod:`studyapp.core.questions`), grading,
  saving after every answer, and "count as reviews"
* :mod:`.saved`: ``DATA_DIR/learn.json`` (the round under way, what was learned)
  and which facts the next round takes
"""

from __future__ import annotations

from studyapp.core.learn.round import RETURN_WITHIN, STEPS, FactProgress, LearnRound, Move, Step
from studyapp.core.learn.saved import (
    ROUND_SIZES,
    LearnChoices,
    LearnFile,
    load_learn,
    pick_facts,
    save_learn,
)
from studyapp.core.learn.session import (
    STEP_TYPES,
    LearnSession,
    LearnState,
    askable,
    new_round,
)

__all__ = [
    "RETURN_WITHIN",
    "ROUND_SIZES",
    "STEPS",
    "STEP_TYPES",
    "FactProgress",
    "LearnChoices",
    "LearnFile",
    "LearnRound",
    "LearnSession",
    "LearnState",
    "Move",
    "Step",
    "askable",
    "load_learn",
    "new_round",
    "pick_facts",
    "save_learn",
]
