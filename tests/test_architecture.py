"""The import graph keeps its shape: no cycles, deck/ the floor, the GUI on top."""

from __future__ import annotations

from tests.import_graph import cycles, module_graph, part_graph

GRAPH = module_graph()
PARTS = part_graph(GRAPH)


def test_no_module_imports_itself_back() -> None:
    assert cycles(GRAPH) == []
    assert cycles(PARTS) == []


def test_the_deck_package_is_the_floor() -> None:
    assert PARTS["core/deck"] <= {"paths", "core/errors", "core/files"}
    core = {p for p in PARTS if p.startswith("core/")}
    # core/errors and core/files are utilities beside the floor, not stories about decks
    assert all("core/deck" in PARTS[p] for p in core - {"core/deck", "core/errors", "core/files"})


def test_the_core_never_imports_the_gui_or_the_command_line() -> None:
    for part, targets in PARTS.items():
        if part.startswith("core/"):
            assert not {t for t in targets if t.startswith(("gui", "commands", "cli"))}, part


def test_screens_and_dialogs_stand_on_the_gui_base_not_on_the_window() -> None:
    for part in ("gui/base", "gui/screens", "gui/quiz", "gui/learn", "gui/importer", "gui/dialogs"):
        assert "gui/window" not in PARTS[part], part
