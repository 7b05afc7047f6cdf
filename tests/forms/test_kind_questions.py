"""The example kind "questions": a list declared in the table alone works end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.site.build import check_and_build
from tests.forms.helpers import export, open_form, pdf_text, wait_print_view
from tests.support.project import copy_project

SECTION = "  - id: questions\n    kind: questions\n"


@pytest.fixture(scope="module")
def site_with_questions(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(repo_root, tmp_path_factory.mktemp("kind") / "project")
    form = project / "content" / "forms" / "good-conversation.yml"
    form.write_text(form.read_text("utf-8") + SECTION, encoding="utf-8")
    output = project / "site"
    check_and_build(project, output)
    return output


@pytest.mark.browser
def test_a_question_is_asked_printed_and_exported(
    site_with_questions: Path, page: Any, tmp_path: Path
) -> None:
    open_form(page, site_with_questions.as_uri(), "good-conversation")
    item = '[data-gw-list="questions"] [data-gw-item] >> nth=0 >> [data-gw-item-field=question]'
    page.fill(item, "Is there budget for the course?")
    wait_print_view(page)
    page.emulate_media(media="print")
    printed = pdf_text(page)
    assert "Questions for your manager" in printed
    assert "1. Is there budget for the course?" in printed
    page.emulate_media(media="screen")
    answers = export(page, tmp_path)["answers"]
    assert answers["questions"]["kind"] == "questions"
    assert answers["questions"]["answer"] == [{"question": "Is there budget for the course?"}]
