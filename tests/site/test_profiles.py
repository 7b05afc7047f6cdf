"""Two organisations, one generator: each profile's own rules reach the pages.

The private-company fixture holds only its own content/ and questions/; the
templates, scripts and strings come with the installed generator package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.site.sitehelpers import page_text, read

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "private-company"
POLICY_KEYS = (
    "ratings",
    "rating_scale",
    "pay_link",
    "record",
    "confidential_adviser_url",
    "collective_agreement",
    "cycle",
)


def article(site: Path, language: str, page: str) -> str:
    return page_text(read(site / language / f"{page}.html"), article_only=True)


def build_elsewhere(project: Path, workdir: Path) -> Path:
    """Build the project with the command line, run from workdir; the site it made."""
    completed = subprocess.run(
        [sys.executable, "-m", "generator.cli", "build", str(project), "--out", "site"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    return workdir / "site"


@pytest.fixture(scope="module")
def company_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture built by the command line, run from a folder outside this repository."""
    workdir = tmp_path_factory.mktemp("elsewhere")
    project = workdir / "noordhaven"
    shutil.copytree(FIXTURE, project)
    assert sorted(path.name for path in project.iterdir()) == ["content", "questions"]
    return build_elsewhere(project, workdir)


def test_the_company_guide_states_its_own_rules(company_site: Path) -> None:
    annual = article(company_site, "nl", "annual")
    assert "een oordeel op de schaal 5 / 4 / 3 / 2 / 1" in annual
    assert "gevolgen hebben voor je salaris of je bonus" in annual
    assert "verschilt per organisatie" not in annual
    after = article(company_site, "en", "after")
    assert "Then your manager finalises it." in after
    assert "By signing, you show that you agree with the record." in after
    assert "It can be read by your manager and the HR department." in after
    assert "It is kept for two years after your employment ends." in after


def test_the_company_has_no_disputes_procedure(company_site: Path) -> None:
    text = article(company_site, "nl", "disagreement")
    assert "Praat dan met de leidinggevende van je leidinggevende of met de afdeling P&O." in text
    assert "Cao Beroepsgoederenvervoer" in text
    assert "vertrouwenspersoon" in text


def test_the_timeline_shows_the_company_year(company_site: Path) -> None:
    nl, en = article(company_site, "nl", "timeline"), article(company_site, "en", "timeline")
    assert "Jaargesprek januari, februari Je leidinggevende" in nl
    assert "Annual conversation January, February Your manager" in en
    assert "Appraisal" not in en


def test_the_company_site_has_only_its_own_pages(company_site: Path) -> None:
    pages = sorted(path.stem for path in (company_site / "en").glob("*.html"))
    assert pages == [
        "404",
        "after",
        "annual",
        "disagreement",
        "glossary",
        "index",
        "smart",
        "timeline",
    ]


def company_policy() -> dict[str, object]:
    profile = yaml.safe_load((FIXTURE / "content" / "organisation.yml").read_text("utf-8"))
    return {key: profile[key] for key in POLICY_KEYS}


@pytest.fixture(scope="module")
def shipped_with_company_policy(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped guidance, built for an organisation with the company's policy."""
    from generator.site.build import check_and_build
    from tests.support.project import copy_project

    project = copy_project(repo_root, tmp_path_factory.mktemp("policy") / "project")
    profile = project / "content" / "organisation.yml"
    text = profile.read_text("utf-8") + yaml.safe_dump(company_policy(), allow_unicode=True)
    profile.write_text(text, encoding="utf-8")
    output = project / "site"
    check_and_build(project, output)
    return output


@pytest.mark.parametrize(
    ("page", "neutral", "company"),
    [
        (
            "appraisal",
            "Some organisations rate your work on a scale, for example from ++ to −.",
            "your work is rated on a scale: 5 / 4 / 3 / 2 / 1.",
        ),
        (
            "appraisal",
            "In some organisations your yearly step up the salary scale or a bonus depends on",
            "the appraisal can affect your pay.",
        ),
        ("after", "Usually you sign the record as read", "you sign the record as agreed."),
        (
            "timeline",
            "This guide does not list fixed moments yet.",
            "Annual conversation January, February Your manager",
        ),
    ],
)
def test_the_same_page_follows_each_profile(
    built_site: Path, shipped_with_company_policy: Path, page: str, neutral: str, company: str
) -> None:
    default_text = article(built_site, "en", page)
    company_text = article(shipped_with_company_policy, "en", page)
    assert neutral in default_text and company not in default_text
    assert company in company_text and neutral not in company_text


@pytest.mark.browser
def test_saved_answers_are_wiped_after_the_companys_limit(company_site: Path, page: Any) -> None:
    """Noordhaven keeps answers in a browser for 30 days without a change (flex desks)."""
    url = (company_site / "en" / "forms" / "preparation.html").as_uri()
    page.goto(url)
    page.wait_for_function(
        "() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length === 1"
    )
    assert "after 30 days without a change" in page.text_content(".gw-shared-device")
    page.click("#gw-section--about .gw-fold__button")
    page.fill("#gw-about--name", "Sam")
    page.wait_for_function("() => !window.Gesprekswijzer.forms[0].autosave.schedule.pending()")
    key = page.evaluate("window.Gesprekswijzer.forms[0].autosave.key")

    def saved_days_ago(days: int) -> None:
        page.evaluate(
            """([key, days]) => {
                const saved = JSON.parse(localStorage.getItem(key));
                saved.saved_at = new Date(Date.now() - days * 86400000).toISOString();
                localStorage.setItem(key, JSON.stringify(saved));
            }""",
            [key, days],
        )
        page.reload()
        page.wait_for_function(
            "() => window.Gesprekswijzer && window.Gesprekswijzer.forms.length === 1"
        )

    saved_days_ago(29)
    assert page.input_value("#gw-about--name") == "Sam"
    saved_days_ago(31)
    assert page.input_value("#gw-about--name") == ""
    assert "have been removed from this device" in page.text_content("[data-gw-save-status]")
    assert page.evaluate("([key]) => localStorage.getItem(key)", [key]) is None


def test_a_projects_own_site_templates_replace_the_packaged_files_one_by_one(
    tmp_path: Path,
) -> None:
    """Like MkDocs' custom_dir: the project's file wins, every other file is the package's."""
    project = tmp_path / "noordhaven"
    shutil.copytree(FIXTURE, project)
    overrides = project / "site_templates"
    (overrides / "overrides" / "partials").mkdir(parents=True)
    (overrides / "overrides" / "partials" / "copyright.html").write_text(
        '<div class="md-copyright">Noordhaven huisstijl</div>\n', encoding="utf-8"
    )
    # One changed word: every other string, and any a newer package adds, stays packaged.
    (overrides / "strings.yml").write_text(
        "site_name:\n  nl: Gesprekshulp\n  en: Conversation help\n", encoding="utf-8"
    )
    (overrides / "assets" / "stylesheets").mkdir(parents=True)
    (overrides / "assets" / "stylesheets" / "extra.css").write_text(
        ".noordhaven-marker { color: #123456; }\n", encoding="utf-8"
    )
    site = build_elsewhere(project, tmp_path)
    assert not (project / ".build").exists(), "the build wrote into the project folder"
    for language in ("nl", "en"):
        home = read(site / language / "index.html")
        assert "Noordhaven huisstijl" in home
        assert {"nl": "Gesprekshulp", "en": "Conversation help"}[language] in home
        not_found = {"nl": "Deze pagina bestaat niet", "en": "This page does not exist"}
        assert not_found[language] in read(site / language / "404.html")
        styles = "".join(map(read, (site / language / "assets" / "gesprekswijzer").glob("*.css")))
        assert ".noordhaven-marker{color:#123456}" in styles
        # The packaged forms.css still reaches the form bundle beside the project's extra.css.
        assert ".gw-section" in styles
        assert "md-header" in home
