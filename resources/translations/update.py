"""Refresh the interface translations: extract, fill, compile.

    /work/venv/bin/python resources/translations/update.py

1. ``pyside6-lupdate`` extracts every ``tr()``/``translate()`` string of
   ``studyapp/gui`` into ``studyapp_{zh_TW,zh_CN,en}.ts`` (translations already
   in a ``.ts`` file are kept; edit them with Qt Linguist if you like).
2. Messages still unfinished are filled from ``zh_TW.json`` (English source →
   Traditional Chinese); ``zh_CN`` is derived from it with OpenCC's Taiwan→
   mainland phrase conversion, then ``zh_CN.json`` overrides where mainland
   wording differs. ``en`` only needs plural forms ("%n card(s)" → 1 card /
   2 cards), made from the source text and ``en.json``.
3. ``pyside6-lrelease`` compiles the ``.qm`` files the app loads.

Prints the messages that are still untranslated (and exits 1 if there are any).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
LANGS = ("zh_TW", "zh_CN", "en")


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(HERE.parent.parent)) for p in (ROOT / "studyapp" / "gui").rglob("*.py")
    )


def load(name: str) -> dict[str, object]:
    path = HERE / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def to_mainland(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("tw2sp").convert(text))


def english_plural(source: str, count: int) -> str:
    if count == 1:
        return re.sub(r"\((s|es)\)", "", source)
    return re.sub(r"\((s|es)\)", r"\1", source)


def fill(ts: Path, lang: str) -> list[str]:
    tw = load("zh_TW.json")
    overrides = load(f"{lang}.json")
    tree = ET.parse(ts)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        ctx_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") not in ("unfinished", "vanished", "obsolete") and (
                translation.text or len(translation)
            ):
                continue  # translated already (by hand or an earlier run)
            value = overrides.get(f"{ctx_name}|{source}", overrides.get(source))
            if value is None and lang == "en":
                value = [english_plural(source, 1), english_plural(source, 2)] if numerus else None
                if not numerus:
                    continue  # English needs only the plurals
            if value is None and lang != "en" and source in tw:
                base = tw[source]
                value = to_mainland(base) if lang == "zh_CN" else base
            if value is None:
                missing.append(f"{ctx_name}: {source}")
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if numerus:
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value if not isinstance(value, list) else value[0])
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    files = sources()
    all_missing: dict[str, list[str]] = {}
    for lang in LANGS:
        ts = HERE / f"studyapp_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        tree = ET.parse(ts)
        tree.getroot().set("language", lang)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        all_missing[lang] = fill(ts, lang)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    bad = 0
    for lang, missing in all_missing.items():
        if lang == "en":
            continue
        for item in missing:
            print(f"{lang}: untranslated: {item}")
        bad += len(missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
