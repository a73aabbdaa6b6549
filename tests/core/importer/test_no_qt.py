"""The importer core never imports Qt."""

from __future__ import annotations

import subprocess
import sys


def test_core_importer_imports_no_qt() -> None:
    code = (
        "import sys, studyapp.core.importer, studyapp.core.importer.pending, "
        "studyapp.core.importer.userdeck, studyapp.commands.importer; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
