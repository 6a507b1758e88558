"""The rules of ``patterns/`` (data) as validated, compiled patterns (code).

Named ``rules`` because the wheel ships the TOML folder itself as ``cchc_extract/patterns``:
:mod:`.models` is the shape of each rule file, :mod:`.files` reads, merges (``--patterns``
overrides included) and validates the files, :mod:`.compile` turns words and regexes into
patterns, :mod:`.load` builds the set from them, :mod:`.examples` gathers and checks each rule's
examples, and :mod:`.ruleset` holds the result (:class:`PatternSet`) and masks rules.
"""

from .compile import Compiled, topic_key, words_regex
from .files import FAMILIES
from .load import default_directory, load_patterns
from .models import Example, PatternError, Rule
from .ruleset import PatternSet

__all__ = [
    "FAMILIES",
    "Compiled",
    "Example",
    "PatternError",
    "PatternSet",
    "Rule",
    "default_directory",
    "load_patterns",
    "topic_key",
    "words_regex",
]
