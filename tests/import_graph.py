"""Draw studyapp's import graph between its parts, and check it has no cycles.

    python -m tests.import_graph            # prints the edges and any cycle
    python -m tests.import_graph --dot FILE # also writes Graphviz DOT
                                            # (dot -Tsvg FILE -o imports.svg)

Every ``import`` counts, also the ones inside functions (the GUI imports its
screens and the core lazily, to paint its window fast): an arrow from A to B
means some module of A imports some module of B.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "studyapp"

# The parts drawn, most specific first: a module belongs to the first that prefixes it.
PARTS = (
    ("studyapp.core.deck", "core/deck"),
    ("studyapp.core.questions", "core/questions"),
    ("studyapp.core.quiz", "core/quiz"),
    ("studyapp.core.store", "core/store"),
    ("studyapp.core.anki_export", "core/anki_export"),
    ("studyapp.core.anki_import", "core/anki_import"),
    ("studyapp.core.importer", "core/importer"),
    ("studyapp.core.learn", "core/learn"),
    ("studyapp.core.errors", "core/errors"),
    ("studyapp.core.files", "core/files"),
    ("studyapp.core.search", "core/view-models"),
    ("studyapp.core.sources_overview", "core/view-models"),
    ("studyapp.core.stats_view", "core/view-models"),
    ("studyapp.core.review_session", "core/view-models"),
    ("studyapp.core.knowledge", "core/view-models"),
    ("studyapp.core.read_view", "core/view-models"),
    ("studyapp.core.timeline", "core/view-models"),
    ("studyapp.core.people", "core/view-models"),
    ("studyapp.commands", "commands"),
    ("studyapp.cli", "cli"),
    ("studyapp.__main__", "cli"),
    ("studyapp.paths", "paths"),
    # the window: the app, its main window and the list of screens it shows
    ("studyapp.gui.app", "gui/window"),
    ("studyapp.gui.main_window", "gui/window"),
    ("studyapp.gui.launch", "gui/window"),
    ("studyapp.gui.screens.registry", "gui/window"),
    ("studyapp.gui.screens", "gui/screens"),
    ("studyapp.gui.quiz", "gui/quiz"),
    ("studyapp.gui.learn", "gui/learn"),
    ("studyapp.gui.importer", "gui/importer"),
    ("studyapp.gui.dialogs.settings", "gui/dialogs"),
    ("studyapp.gui.dialogs.export", "gui/dialogs"),
    ("studyapp.gui.dialogs.anki_import", "gui/dialogs"),
    # what every screen and dialog stands on: context, settings, worker, words, widgets
    ("studyapp.gui", "gui/base"),
    ("studyapp", "studyapp"),
)


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The studyapp modules ``path`` imports: ``from a.b import c`` is a.b.c when c
    is a module (a package's __init__ is not involved then), else a.b."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
    return found & modules


def part_of(module: str) -> str:
    return next(
        label for prefix, label in PARTS if module == prefix or module.startswith(prefix + ".")
    )


def module_graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = imports_of(path, set(modules)) - {name}
    return graph


def part_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    parts: dict[str, set[str]] = defaultdict(set)
    for module, targets in graph.items():
        source = part_of(module)
        parts[source]  # every part is a node
        for target in targets:
            if part_of(target) != source:
                parts[source].add(part_of(target))
    return dict(parts)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def dot(parts: dict[str, set[str]]) -> str:
    lines = [
        "digraph studyapp {",
        '  rankdir=BT; node [shape=box, style="rounded,filled", fontname="sans"];',
    ]
    for node in sorted(parts):
        colour = "#d8e8f8" if node.startswith("gui") else "#f4ecd8"
        if node == "core/deck":
            colour = "#c8e6c9"
        lines.append(f'  "{node}" [fillcolor="{colour}"];')
    for source in sorted(parts):
        for target in sorted(parts[source]):
            lines.append(f'  "{source}" -> "{target}";')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dot", type=Path, help="write the part graph as Graphviz DOT")
    args = parser.parse_args()
    graph = module_graph()
    parts = part_graph(graph)
    for source in sorted(parts):
        print(f"{source} -> {', '.join(sorted(parts[source])) or '(nothing)'}")
    module_cycles, part_cycles = cycles(graph), cycles(parts)
    print(
        f"\nmodules: {len(graph)}; cycles between modules: {len(module_cycles)}; "
        f"between parts: {len(part_cycles)}"
    )
    for group in module_cycles + part_cycles:
        print("  cycle:", " <-> ".join(group))
    if args.dot:
        args.dot.write_text(dot(parts), encoding="utf-8")
    return 1 if module_cycles or part_cycles else 0


if __name__ == "__main__":
    sys.exit(main())
