"""Bring your own article: read it, draft facts from it, save the ones kept.

The pipeline, each step its own module and none of them touching Qt:

* :mod:`.reading`: ``read_article(path) -> Article`` (md/txt/html, encodings, metadata; of
  a saved web page, only its article)
* :mod:`.splitting`: ``split_article(article) -> Document`` (sections, sentences, offsets)
* :mod:`.drafts`: ``make_session(article, decks, today=...) -> ImportSession`` with ranked,
  flagged :class:`Draft` facts (candidates from :mod:`.candidates`, questions from
  :mod:`.questions`, repeats and disagreements from :mod:`.matching`)
* :mod:`.editing`: ``edit_draft(session, draft, ...)`` for the review screen
* :mod:`.pending`: the drafts file in ``DATA_DIR/imports/`` (nothing pending is studied)
* :mod:`.userdeck`: ``save_session(data_dir, session, decks)`` writes the accepted drafts as a
  user deck in ``DATA_DIR/decks/``, atomically, keeping fact ids stable
"""

from __future__ import annotations

from studyapp.core.importer.article import MAX_ARTICLE_BYTES, Article, ArticleError
from studyapp.core.importer.candidates import Feature
from studyapp.core.importer.drafts import Draft, DraftStatus, ImportSession, make_session
from studyapp.core.importer.editing import DraftEditError, edit_draft
from studyapp.core.importer.matching import FactMatch, MatchKind
from studyapp.core.importer.pending import PendingError, load_pending, save_pending
from studyapp.core.importer.reading import read_article
from studyapp.core.importer.userdeck import UserDeckError, save_session

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Article",
    "ArticleError",
    "Draft",
    "DraftEditError",
    "DraftStatus",
    "FactMatch",
    "Feature",
    "ImportSession",
    "MatchKind",
    "PendingError",
    "UserDeckError",
    "edit_draft",
    "load_pending",
    "make_session",
    "read_article",
    "save_pending",
    "save_session",
]
