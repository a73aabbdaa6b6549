"""The ground floor: a deck of typed facts, read, checked and shown in either script.

Everything else in the core (questions, quizzes, review, the store's view of
cards, the Anki export, the article importer, the screens' view-models) stands
on this package; nothing in it imports from them.

* :mod:`.model`: the typed values of a deck (facts, answers, sources, entities)
* :mod:`.claims`: what each source claims for a fact (one list, used everywhere)
* :mod:`.script`, :mod:`.textfold`, :mod:`.numbers`: script conversion, folding for
  comparison, numbers in Chinese and Arabic digits
* :mod:`.view`: a deck's texts in one script
* :mod:`.faces`: the two sides of a card
* :mod:`.load` (with :mod:`.rules`, :mod:`.careful`, :mod:`.fast`, :mod:`.yamlsafe`,
  :mod:`.cache`): reading deck files, with every problem located
* :mod:`.library`: the shipped decks and the reader's own
"""
