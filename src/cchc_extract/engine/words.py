"""What a word character, a word's start and a word's end are, in ``regex`` syntax.

One definition for every fact type's patterns (issue 14: one primitive per
concept): a word is letters, combining marks and digits, so ``Đồng`` written
with a combining accent (NFD) is one word and ``12`` is one word.  A pattern
writes ``WORD_START`` + phrase + ``WORD_END`` for a whole word.

Spaces are not unified here: legal documents' phrases allow a tab inside a line
(``[ \\t\\xa0]``, tables flattened to lines), the other types a space or a
no-break space only; making them one would change what is found (measured
with ``benchmarks/golden.py`` before any change).
"""

from __future__ import annotations

#: One character of a word: a letter, a combining mark or a digit.
WORD_CHAR = r"[\p{L}\p{M}\p{N}]"
#: No word character before (the start of a word).
WORD_START = rf"(?<!{WORD_CHAR})"
#: No word character after (the end of a word).
WORD_END = rf"(?!{WORD_CHAR})"

__all__ = ["WORD_CHAR", "WORD_END", "WORD_START"]
