"""fcitx5 users can type Chinese: the app asks Qt for the IBus plugin fcitx5 answers."""

from __future__ import annotations

from pathlib import Path

from studyapp.gui.input_method import choose_im_module, plugins_present
from studyapp.gui.platform_check import qt_dir


def test_fcitx_without_its_plugin_is_pointed_at_ibus() -> None:
    env = {"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx"}
    assert choose_im_module(env, {"ibus", "compose"}) == "ibus"
    assert env["QT_IM_MODULE"] == "ibus"


def test_nothing_changes_where_the_plugin_is_there_or_for_ibus_users() -> None:
    env = {"QT_IM_MODULE": "fcitx"}
    assert choose_im_module(env, {"ibus", "fcitx5"}) is None and env["QT_IM_MODULE"] == "fcitx"
    env = {"QT_IM_MODULE": "ibus"}
    assert choose_im_module(env, {"ibus"}) is None and env["QT_IM_MODULE"] == "ibus"
    env = {}
    assert choose_im_module(env, {"ibus"}) is None and "QT_IM_MODULE" not in env


def test_the_bundled_qt_has_the_ibus_plugin_and_not_fcitxs(tmp_path: Path) -> None:
    present = plugins_present(qt_dir())
    assert "ibus" in present  # what the choice above relies on
    folder = tmp_path / "plugins" / "platforminputcontexts"
    folder.mkdir(parents=True)
    (folder / "libfcitx5platforminputcontextplugin.so").write_bytes(b"")
    assert plugins_present(tmp_path) == {"fcitx5"}
