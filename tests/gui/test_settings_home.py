"""Settings live with the reader's data: another data folder, other settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from studyapp import paths
from studyapp.gui.settings import AppSettings, data_dir_settings


def test_each_data_folder_has_its_own_settings(tmp_path: Path) -> None:
    a = AppSettings(data_dir_settings(tmp_path / "a"))
    a.theme = "dark"
    a.sync()
    b = AppSettings(data_dir_settings(tmp_path / "b"))
    assert b.theme == "system"
    assert Path(a.path) == paths.settings_file(tmp_path / "a")
    assert AppSettings(data_dir_settings(tmp_path / "a")).theme == "dark"


def test_the_default_folder_carries_over_the_old_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    legacy = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, paths.APP_NAME, paths.APP_NAME
    )
    legacy.setValue("ui/theme", "dark")
    legacy.sync()
    data = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    assert AppSettings(data_dir_settings(data)).theme == "dark"
    assert paths.settings_file(data).is_file()
    other = AppSettings(data_dir_settings(tmp_path / "elsewhere"))  # not the default folder
    assert other.theme == "system"
