"""What signing the record means comes from the organisation profile, with a neutral default."""

from __future__ import annotations

import re
from pathlib import Path

from generator.check.engine import check_project
from generator.site.build import check_and_build
from tests.support.project import copy_project

RECORD = Path("nl") / "forms" / "conversation-record.html"
DATA = re.compile(r'<script type="application/json" class="gw-form__data">.*?</script>', re.S)


def shown_text(path: Path) -> str:
    """The page without the strings the scripts carry for every setting."""
    return DATA.sub("", path.read_text(encoding="utf-8"))


def with_signing(repo_root: Path, target: Path, setting: str) -> Path:
    project = copy_project(repo_root, target)
    profile = project / "content" / "organisation.yml"
    profile.write_text(
        profile.read_text(encoding="utf-8") + f"record:\n  signing: {setting}\n", encoding="utf-8"
    )
    return project


def test_the_default_is_signing_as_read_which_holds_everywhere(built_site: Path) -> None:
    page = shown_text(built_site / RECORD)
    assert "Teken voor gezien als medewerker" in page
    assert "Teken voor gezien als leidinggevende" in page
    assert "Het betekent niet dat je het" in page
    assert "akkoord" not in page


def test_an_organisation_where_signing_means_agreeing_says_so(
    repo_root: Path, tmp_path: Path
) -> None:
    project = with_signing(repo_root, tmp_path / "project", "agreed")
    check_and_build(project, tmp_path / "site")
    page = shown_text(tmp_path / "site" / RECORD)
    assert "Teken voor akkoord als medewerker" in page
    assert "Met je handtekening ga je akkoord met wat in het verslag staat." in page
    assert "voor gezien" not in page
    english = shown_text(tmp_path / "site" / "en" / "forms" / "conversation-record.html")
    assert "Sign as agreed, as the employee" in english


def test_an_unknown_meaning_is_refused_with_its_place(repo_root: Path, tmp_path: Path) -> None:
    project = with_signing(repo_root, tmp_path / "project", "maybe")
    _, result = check_project(project)
    problems = [p for p in result.errors if p.location.path.endswith("organisation.yml")]
    assert problems, "the checker let an unknown signing meaning through"
    assert any(p.location.line > 0 and "maybe" in str(p.message) for p in problems), problems
