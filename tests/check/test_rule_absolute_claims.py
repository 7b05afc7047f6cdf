"""GW216 absolute-claims: guidance states no rule as true everywhere unless it is."""

from __future__ import annotations

from checkhelpers import assert_documented, assert_problem, codes

from generator.rules import absolute_claims

CODE = "GW216"
PAGE = "content/pages/nl/smart.md"
GLOSSARY = "content/glossary.yml"


def test_documented() -> None:
    assert_documented(absolute_claims, CODE, "absolute-claims")


def test_clean_fixture_passes(project, check) -> None:
    assert CODE not in codes(check().output)


def test_claim_in_a_page(project, check) -> None:
    project.write(PAGE, "# SMART\n\nJe kunt altijd bezwaar maken tegen je beoordeling.\n")
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, PAGE, 3, 9, CODE)
    assert problem.message.startswith("'altijd' states a rule as true everywhere")


def test_english_claim_after_a_placeholder(project, check) -> None:
    project.write(PAGE, "# SMART\n\nAt {{ org_name }} you have the right to a pay rise.\n")
    result = check()
    assert result.code == 1
    assert_problem(result.output, PAGE, 3, 32, CODE)


def test_claim_inside_a_profile_condition_passes(project, check) -> None:
    project.write(
        PAGE,
        '# SMART\n\n{% if disagreement_url %}\nJe kunt altijd de regeling gebruiken.\n'
        "{% else %}\nJe hebt nooit een formele bezwaarprocedure.\n{% endif %}\n",
    )
    assert CODE not in codes(check().output)


def test_acknowledged_claim_passes(project, check) -> None:
    project.write(
        PAGE,
        "# SMART\n\n{# klopt overal: de AVG geldt voor elke werkgever #}\n"
        "Je hebt het recht om je verslag in te zien.\n"
        "Je mag je gegevens altijd inzien. {# Klopt overal: AVG artikel 15 #}\n",
    )
    assert CODE not in codes(check().output)


def test_acknowledgement_covers_only_the_next_line(project, check) -> None:
    project.write(
        PAGE,
        "# SMART\n\n{# klopt overal: de AVG #}\nJe hebt recht op inzage.\n\nEn nooit ontslag.\n",
    )
    result = check()
    assert result.code == 1
    assert_problem(result.output, PAGE, 6, 4, CODE)
    assert len([line for line in result.output.splitlines() if CODE in line]) == 1


def test_claim_in_a_glossary_definition(project, check) -> None:
    project.replace(
        GLOSSARY,
        "nl: Een manier om een afspraak duidelijk te maken.",
        "nl: Een afspraak die nooit verandert.",
    )
    result = check()
    assert result.code == 1
    problem = assert_problem(result.output, GLOSSARY, 18, 11, CODE)
    assert problem.message.startswith("'nooit' states a rule")


def test_acknowledged_glossary_definition_passes(project, check) -> None:
    project.replace(
        GLOSSARY,
        "      nl: Een manier om een afspraak duidelijk te maken.",
        "      # klopt overal: zo is SMART gedefinieerd\n"
        "      nl: Een afspraak die nooit verandert.",
    )
    assert CODE not in codes(check().output)
