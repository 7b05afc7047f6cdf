"""Loading reads each file with one parse, and without cyclic garbage collection."""

from __future__ import annotations

import gc

import pytest
import yaml

from generator import schema, yamlbuild
from generator.check.engine import check_project
from generator.project import load_project


def test_each_file_is_parsed_once(project, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    original = yamlbuild.Builder.__init__

    def counting(self: yamlbuild.Builder, text: str, display: str) -> None:
        built.append(display)
        original(self, text, display)

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("a second parse")

    monkeypatch.setattr(yamlbuild.Builder, "__init__", counting)
    monkeypatch.setattr(yaml, "parse", refused)
    monkeypatch.setattr(yaml, "compose", refused)
    loaded = load_project(project.root)
    assert loaded.themes and loaded.organisation is not None
    assert sorted(built) == sorted(source.display for source in loaded.files)
    assert len(built) == len(set(built))


def test_no_cyclic_collection_while_loading_and_checking(
    project, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    original = schema.validate

    def watching(*args: object) -> list[schema.SchemaIssue]:
        seen.append(gc.isenabled())
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr("generator.project.validate", watching)
    assert gc.isenabled()
    check_project(project.root)
    assert seen and not any(seen)
    assert gc.isenabled()  # switched back on afterwards


def test_collection_stays_off_when_it_was_off(project) -> None:
    gc.disable()
    try:
        load_project(project.root)
        assert not gc.isenabled()
    finally:
        gc.enable()


SCALARS = """\
question: Wat geeft je energie?
texts: [Yesterday, Nooit, tien, "quoted", 'single', '12', "true", plain words]
numbers: [12, -3, +4, 1.5, .5, 0x1F, 0o17, 1_000, .inf, -.inf, 1e3]
others: [true, false, yes, No, on, OFF, ~, null, Null, '', ""]
empty:
dates: [2026-01-01, 2026-01-01 10:00:00]
special: [<<x, "<<", .nan-ish, -dash, +plus, 0-lead]
"""


def test_scalars_are_read_as_yaml_reads_them(tmp_path) -> None:
    from generator.yamlsource import load_yaml

    path = tmp_path / "scalars.yml"
    path.write_text(SCALARS, encoding="utf-8")
    document = load_yaml(path)
    assert document.readable, document.issues
    expected = yaml.safe_load(SCALARS)
    expected["dates"] = ["2026-01-01", "2026-01-01 10:00:00"]  # dates stay as written
    assert document.data == expected
