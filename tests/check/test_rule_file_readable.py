"""GW001 file-readable: files that are not UTF-8, start with a BOM or are too large."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import file_readable

CODE = "GW001"


def test_documented() -> None:
    assert_documented(file_readable, CODE, "file-readable")


def test_clean_fixture_passes(project, check) -> None:
    result = check()
    assert result.code == 0
    assert CODE not in codes(result.output)


def test_latin1_byte_in_a_dutch_word(project, check) -> None:
    text = project.read("questions/alpha.yml").encode("utf-8")
    project.write_bytes("questions/alpha.yml", text.replace(b"Wat geeft je", b"Wat ge\xe9ft je"))
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "questions/alpha.yml", 15, 17, CODE)
    assert "0xe9" in problem.message and "UTF-8" in problem.message


def test_byte_order_mark(project, check) -> None:
    project.write_bytes(
        "questions/beta.yml", b"\xef\xbb\xbf" + project.path("questions/beta.yml").read_bytes()
    )
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "questions/beta.yml", 1, 1, CODE)
    assert "byte-order mark" in problem.message


def test_page_saved_as_windows_1252(project, check) -> None:
    project.write_bytes(
        "content/pages/nl/annual.md", project.read("content/pages/nl/annual.md").encode("cp1252")
    )
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/pages/nl/annual.md", 3, 2, CODE)
    assert "0xe9" in problem.message
    assert "GW202" not in result.output, "an unreadable page is not a missing translation"


def test_file_larger_than_one_mib(project, check) -> None:
    padding = ("# " + "x" * 98 + "\n") * 11_000
    project.write("content/glossary.yml", project.read("content/glossary.yml") + padding)
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, "content/glossary.yml", 1, 1, CODE)
    assert "1024 KiB" in problem.message
