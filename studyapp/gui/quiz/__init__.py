"""The Quiz screen: set up a timed quiz, take it, see the results and the history,
and play the Match game. The logic is in :mod:`studyapp.core.quiz`."""
