"""GW214 organisation-profile: readable colours, an existing logo, https addresses, an e-mail."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import organisation_profile

CODE = "GW214"
ORGANISATION = "content/organisation.yml"


def test_documented() -> None:
    assert_documented(organisation_profile, CODE, "organisation-profile")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_primary_colour_too_light(project, check) -> None:
    project.replace(ORGANISATION, 'primary: "#1f4e79"', 'primary: "#7fb2e5"')
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ORGANISATION, 15, 12, CODE)
    assert problem.message == (
        "primary colour #7fb2e5 has a contrast of 2.2:1 with white; at least 4.5:1 is needed"
    )


def test_accent_colour_too_light(project, check) -> None:
    project.replace(ORGANISATION, 'accent: "#b5451b"', 'accent: "#ffff00"')
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ORGANISATION, 16, 11, CODE)
    assert problem.message.startswith("accent colour #ffff00 has a contrast of 1.1:1")


def test_logo_file_missing(project, check) -> None:
    project.remove("content/assets/logo.svg")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ORGANISATION, 17, 7, CODE)
    assert problem.message == "logo 'logo.svg' is not in content/assets/"


def test_address_without_https(project, check) -> None:
    project.replace(ORGANISATION, "url: https://hr.example.org/", "url: http://hr.example.org/")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ORGANISATION, 7, 8, CODE)
    assert problem.message == (
        "HR system address 'http://hr.example.org/' should start with https://"
    )


def test_email_that_is_not_an_address(project, check) -> None:
    project.replace(ORGANISATION, "email: hr@example.org", "email: hr-at-example")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, ORGANISATION, 13, 10, CODE)
    assert problem.message == "contact e-mail 'hr-at-example' is not an address"


def test_ratings_without_a_scale(project, check) -> None:
    project.write(ORGANISATION, project.read(ORGANISATION) + "ratings: used\n")
    result = check()
    assert result.code == 1
    line = _last_line(project)
    problem = assert_problem(result.output, ORGANISATION, line, 10, CODE)
    assert problem.message == "ratings are used: give the rating_scale"


def test_cycle_names_an_unknown_conversation_type(project, check) -> None:
    project.write(
        ORGANISATION,
        project.read(ORGANISATION) + "cycle:\n  annual:\n    months: [10]\n  jaargesprek: {}\n",
    )
    result = check()
    assert result.code == 1
    line = _last_line(project)
    problem = assert_problem(result.output, ORGANISATION, line, 16, CODE)
    assert problem.message == (
        "cycle: 'jaargesprek' is not a conversation type; known: annual, interim"
    )


def test_policy_address_must_be_https(project, check) -> None:
    project.write(
        ORGANISATION, project.read(ORGANISATION) + "works_council_url: http://or.example.org/\n"
    )
    result = check()
    assert result.code == 1
    problem = assert_problem(
        result.output, ORGANISATION, _last_line(project), 20, CODE
    )
    assert problem.message == "works_council_url 'http://or.example.org/' should start with https://"


def _last_line(project) -> int:
    return project.read(ORGANISATION).rstrip("\n").count("\n") + 1
