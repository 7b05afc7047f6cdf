"""A tiny exception hierarchy, in the manner of MkDocs: one base, few leaves.

Exceptions are for the command line's control flow only. Content problems are
never raised; rules yield them as data (see ``generator.check.result``).
"""

from __future__ import annotations


class GesprekswijzerError(Exception):
    """Base class: the command line prints the message and exits with ``exit_code``."""

    exit_code = 2


class UsageError(GesprekswijzerError):
    """The command was called wrongly, or its input cannot be read at all."""


class ContentError(GesprekswijzerError):
    """The content has problems; they were reported, so nothing is built."""

    exit_code = 1


class BuildError(GesprekswijzerError):
    """MkDocs or a template failed while building the site."""

    exit_code = 1
