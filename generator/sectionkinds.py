"""The built-in section kinds of a form: one declaration each, read by everything else.

A kind says which fields its section holds (or, for a list, which fields each item
holds), which behaviour the page draws besides them, how the print and the copied
text lay it out, and which role each field plays in the conversation cycle. From
this table come the form schema's ``kind`` enum, the templates' choices and the
layout description every form page carries, so the scripts read roles ("the
conversation's date", "the list whose dates go in the calendar") and never a
kind's name.

To add a kind: add it here, give it its strings in site_templates/forms/strings.yml
(``section_<kind>_title`` and ``section_<kind>_intro``; for a list also
``item_<kind>`` and ``add_<kind>``; ``field_<kind>_<field>`` for each field) and
cover it in the tests. ``python3 -m generator.kindlayout`` prints the layout the
pages get (generator.kindlayout). This module needs nothing beyond Python itself, so
the scripts' Node tests can read it.
"""

from __future__ import annotations

from dataclasses import dataclass

SMART_PARTS = {
    "S": "specific",
    "M": "measurable",
    "A": "acceptable",
    "R": "realistic",
    "T": "time-bound",
}
OWNERS = ("employee", "manager", "both")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    control: str  # text, textarea, date, checkbox, choice, signature, or shown (read-only)
    private: bool = False
    rows: int = 3
    choices: tuple[str, ...] = ()
    default: str = ""
    when: tuple[str, str] | None = None  # (field, value): only then shown, shared and printed
    format: str = ""  # for shown fields: date or choice
    # What the field is in the cycle: own-name, own-role, other-name, employee-name,
    # employee-role, manager-name, manager-role, conversation-date, due.
    role: str = ""
    meta: str = ""  # the strings key of its label in the print's heading rows
    # Where the record takes it from: (which preparation, the role of the field there).
    prefill: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Column:
    """One column of a list printed as a table: its title (a strings key) and its cell."""

    title: str
    plain: tuple[str, ...] = ()  # shown as they are; the first with where the item came from
    labelled: tuple[str, ...] = ()  # "Label: value"
    conditional: bool = False  # then the item's conditional parts, labelled
    gap: str = "\n"


@dataclass(frozen=True)
class Carry:
    """Items that last year's record brings into this year's preparation.

    ``source`` is the record's list; ``into`` the list they join ("" for the section's
    own list); ``fields`` maps each new field to the record's (an empty name stands for
    the summary of the item's conditional parts). With ``open_until``, only items whose
    date there is empty or not yet past come, marked as from the last record.
    """

    source: str
    fields: tuple[tuple[str, str], ...]
    into: str = ""
    open_until: str = ""


@dataclass(frozen=True)
class SectionKind:
    name: str
    fields: tuple[FieldSpec, ...] = ()
    items: tuple[FieldSpec, ...] = ()  # a list kind's item fields
    part: str = ""  # what sections.html.j2 draws besides the fields: a macro's name
    folds: bool = True  # empty, it folds to its heading
    fixed: bool = False  # a list whose items come from a file, not an "add" button
    print: str = "answers"  # answers, meta (heading rows) or signatures
    items_print: str = "records"  # records, lines (one line per item) or table
    line: tuple[str, ...] = ()  # the fields of an item's line, joined by a dash
    table: tuple[Column, ...] = ()
    on_blank_sheet: bool = True
    blank_lines: int = 0  # numbered lines on a blank sheet, instead of an item to fill in
    main: str = ""  # the item field that says what an item is
    take_over: bool = False  # the manager can take items from the employee's file
    joins_record: bool = False  # the record joins both preparations' items
    keeps_origin: bool = True  # ...and says who raised each
    perspective: bool = False  # labelled from the author's side when read by the other
    calendar: str = ""  # "conversation": its date is the meeting; "items": each item's date
    carries: tuple[Carry, ...] = ()

    @property
    def is_list(self) -> bool:
        return bool(self.items)


def _smart_agreement_parts() -> tuple[FieldSpec, ...]:
    return tuple(
        FieldSpec(part, "textarea", rows=2, when=("type", "smart")) for part in SMART_PARTS.values()
    )


KINDS: tuple[SectionKind, ...] = (
    SectionKind(
        "about",
        fields=(
            FieldSpec("name", "text", role="own-name", meta="print_name"),
            FieldSpec("role", "text", role="own-role", meta="print_role"),
            FieldSpec("date", "date", role="conversation-date", meta="print_date"),
            FieldSpec("other-party", "text", role="other-name", meta="print_other"),
        ),
        print="meta",
        perspective=True,
        calendar="conversation",
    ),
    SectionKind(
        "parties",
        fields=(
            FieldSpec(
                "employee-name",
                "text",
                role="employee-name",
                prefill=(("employee", "own-name"), ("manager", "other-name")),
            ),
            FieldSpec(
                "employee-role", "text", role="employee-role", prefill=(("employee", "own-role"),)
            ),
            FieldSpec(
                "manager-name",
                "text",
                role="manager-name",
                prefill=(("manager", "own-name"), ("employee", "other-name")),
            ),
            FieldSpec(
                "manager-role", "text", role="manager-role", prefill=(("manager", "own-role"),)
            ),
            FieldSpec(
                "date",
                "date",
                role="conversation-date",
                meta="print_date",
                prefill=(("employee", "conversation-date"), ("manager", "conversation-date")),
            ),
            FieldSpec("period", "text", meta="print_period"),
        ),
        print="meta",
    ),
    SectionKind("preparations", part="preparations", folds=False, on_blank_sheet=False),
    SectionKind(
        "check-in",
        fields=(FieldSpec("how-are-you", "textarea", private=True, rows=4),),
        perspective=True,
    ),
    SectionKind("reflection", part="reflection", folds=False),
    SectionKind(
        "agenda",
        items=(FieldSpec("text", "textarea", rows=2),),
        items_print="lines",
        line=("text",),
        blank_lines=5,
        main="text",
        take_over=True,
        joins_record=True,
    ),
    SectionKind(
        "examples", items=(FieldSpec("what", "textarea"), FieldSpec("shows", "textarea", rows=2))
    ),
    SectionKind(
        "feedback",
        items=(FieldSpec("from", "text"), FieldSpec("said", "textarea")),
        part="feedback_request",
    ),
    SectionKind(
        "development",
        items=(FieldSpec("what", "textarea", rows=2), FieldSpec("support", "textarea", rows=2)),
    ),
    SectionKind(
        "agreements",
        items=(
            FieldSpec("type", "choice", choices=("smart", "directional"), default="smart"),
            FieldSpec("outcome", "textarea", rows=2),
            *_smart_agreement_parts(),
            FieldSpec("direction", "textarea", rows=3, when=("type", "directional")),
            FieldSpec("owner", "choice", choices=OWNERS),
            FieldSpec("support", "textarea", rows=2),
            FieldSpec("progress", "textarea", rows=2),
            FieldSpec("date", "date", role="due"),
        ),
        items_print="table",
        table=(
            Column("agreement_column", plain=("outcome",)),
            Column("agreement_details_column", plain=("type",), conditional=True),
            Column("agreement_who_column", labelled=("owner", "date")),
            Column("agreement_support_column", labelled=("support", "progress"), gap="\n\n"),
        ),
        main="outcome",
        take_over=True,
        joins_record=True,
    ),
    # Last year's agreements, brought in from last year's record: the first four are
    # the record's words, shown read-only; status and reflection are this year's.
    SectionKind(
        "look-back",
        items=(
            FieldSpec("agreement", "shown"),
            FieldSpec("details", "shown"),
            FieldSpec("owner", "shown", choices=OWNERS, format="choice"),
            FieldSpec("due", "shown", format="date"),
            FieldSpec("status", "choice", choices=("achieved", "partly", "not", "dropped")),
            FieldSpec("reflection", "textarea", rows=3),
        ),
        part="look_back",
        fixed=True,
        on_blank_sheet=False,
        main="agreement",
        carries=(
            Carry(
                "agreements",
                (("agreement", "outcome"), ("details", ""), ("owner", "owner"), ("due", "date")),
            ),
            Carry("follow-up", (("text", "note"),), into="agenda", open_until="date"),
        ),
    ),
    SectionKind(
        "follow-up",
        items=(FieldSpec("date", "date", role="due"), FieldSpec("note", "text")),
        items_print="lines",
        line=("date", "note"),
        main="note",
        joins_record=True,
        keeps_origin=False,
        calendar="items",
    ),
    SectionKind(
        "remarks",
        fields=(
            FieldSpec("employee", "textarea", rows=5),
            FieldSpec("manager", "textarea", rows=5),
            FieldSpec("disagreement", "textarea", rows=3),
        ),
    ),
    SectionKind(
        "signatures",
        fields=(FieldSpec("employee", "signature"), FieldSpec("manager", "signature")),
        part="signatures",
        folds=False,
        print="signatures",
    ),
    SectionKind("employee-file", part="employee_file", folds=False, on_blank_sheet=False),
)
KIND_BY_NAME: dict[str, SectionKind] = {kind.name: kind for kind in KINDS}
KIND_NAMES: tuple[str, ...] = tuple(KIND_BY_NAME)
