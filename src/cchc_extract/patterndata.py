"""Language data (``patterns/*.yaml``), read once and checked as it is read.

Each file is a list of entries.  An entry has a ``name`` (unique in its
file), an optional ``doc``, the vocabulary its module reads, and the
``examples`` and ``not`` cases that ``tests/test_pattern_examples.py`` runs.
A typo in an entry is a :class:`~cchc_extract.errors.ConfigError` naming the
file and the entry when the module that reads the file is imported, never a
``KeyError`` or a pydantic error deep inside extraction:

- an entry that is not a mapping, or has no ``name``, or a name used twice;
- an example without ``text`` or ``expect``, an ``expect`` naming a field
  that records do not have, a fragment naming a field its item does not have
  or giving a value its type does not allow (``kind: quater``);
- a ``not`` case without ``text`` or ``field``, or whose ``span`` is not in
  its text;
- a vocabulary list holding something other than non-empty strings or
  mappings, and a regular expression (keys ``define``, ``pattern``,
  ``regex``) that does not compile;
- in ``legal.yaml``, a document type slug that is not a lower-case
  identifier: the record's ``DocType`` is built from these slugs
  (:func:`doc_types`), so a type added here is a type records accept.

>>> entries("numbers")["qualifier_approx"]["qualifier"]
'approx'
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import regex
import yaml

from .errors import ConfigError

#: libyaml's safe loader when PyYAML was built with it (the same data, about ten times faster).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Keys whose value is a regular expression, compiled at load.
REGEX_KEYS = frozenset({"define", "pattern", "regex"})
#: Keys every entry may carry besides its vocabulary.
CASE_KEYS = ("examples", "not")


def _fail(file: str, entry: str | None, msg: str) -> ConfigError:
    where = f"patterns/{file}.yaml" + (f", entry {entry!r}" if entry else "")
    return ConfigError(f"{where}: {msg}")


@lru_cache(maxsize=None)
def raw_entries(name: str) -> tuple[dict, ...]:
    """The entries of ``patterns/<name>.yaml`` as written, after the
    structural checks (mappings, names, vocabulary, regular expressions)."""
    try:
        text = (resources.files("cchc_extract") / "patterns" / f"{name}.yaml").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _fail(name, None, "no such pattern file") from None
    try:
        data = yaml.load(text, Loader=_LOADER) or []
    except yaml.YAMLError as exc:
        raise _fail(name, None, f"not valid YAML: {exc}") from None
    if not isinstance(data, list):
        raise _fail(name, None, f"must be a list of entries, not {type(data).__name__}")
    seen: set[str] = set()
    for i, entry in enumerate(data):
        if not isinstance(entry, dict):
            raise _fail(name, None, f"item {i} is a {type(entry).__name__}, not an entry (a mapping with a name)")
        ename = entry.get("name")
        if not isinstance(ename, str) or not ename:
            raise _fail(name, None, f"item {i} has no name")
        if ename in seen:
            raise _fail(name, ename, "name used twice")
        seen.add(ename)
        for key, value in entry.items():
            if key in ("name", "doc") or key in CASE_KEYS:
                continue
            _check_vocabulary(name, ename, key, value)
    return tuple(data)


def _check_vocabulary(file: str, entry: str, key: str, value: Any) -> None:
    if key in REGEX_KEYS:
        try:
            regex.compile(value)
        except (regex.error, TypeError) as exc:
            raise _fail(file, entry, f"{key}: not a valid regular expression: {exc}") from None
        return
    if isinstance(value, list):
        for j, item in enumerate(value):
            if isinstance(item, str):
                if not item:
                    raise _fail(file, entry, f"{key}[{j}]: empty string")
            elif not isinstance(item, (dict, list, int, float)):
                raise _fail(file, entry, f"{key}[{j}]: {item!r} is not a word or a mapping")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_vocabulary(file, entry, f"{key}.{k}", v)


_SLUG = regex.compile(r"[a-z][a-z0-9_]*+")


@lru_cache(maxsize=None)
def doc_types() -> tuple[str, ...]:
    """Every ``doc_type`` slug: the types of ``legal.yaml``'s
    ``document_types`` entry, then the standards' type (records.md's list)."""
    data = {e["name"]: e for e in raw_entries("legal")}
    try:
        slugs = (*data["document_types"]["types"], data["standards"]["doc_type"])
    except (KeyError, TypeError):
        raise _fail("legal", "document_types", "needs a types mapping (and standards a doc_type)") from None
    for slug in slugs:
        if not isinstance(slug, str) or not _SLUG.fullmatch(slug):
            raise _fail("legal", "document_types", f"type {slug!r} is not a lower-case slug")
    return slugs


@lru_cache(maxsize=None)
def entries(name: str) -> dict[str, dict]:
    """``patterns/<name>.yaml`` as ``{entry name: entry}``, checked (see the module doc)."""
    data = raw_entries(name)
    for entry in data:
        check_cases(name, entry)
    return {e["name"]: e for e in data}


def check_cases(file: str, entry: dict) -> None:
    """Check the ``examples`` and ``not`` cases of one entry against the record models."""
    from .records import ArticleRecord

    ename = entry["name"]
    record_fields = ArticleRecord.model_fields
    for i, ex in enumerate(entry.get("examples") or []):
        where = f"examples[{i}]"
        if not isinstance(ex, dict) or not isinstance(ex.get("text"), str):
            raise _fail(file, ename, f"{where}: needs a text")
        expect = ex.get("expect")
        if not isinstance(expect, dict):
            raise _fail(file, ename, f"{where}: needs an expect mapping (field: fragments)")
        for field, fragments in expect.items():
            if field not in record_fields:
                raise _fail(file, ename, f"{where}.expect: records have no field {field!r}")
            item_model = _item_model(field)
            if item_model is None:
                continue  # a whole-value field (title, authors ...)
            if not isinstance(fragments, list):
                raise _fail(file, ename, f"{where}.expect.{field}: must be a list of fragments")
            for j, frag in enumerate(fragments):
                _check_fragment(file, ename, f"{where}.expect.{field}[{j}]", item_model, frag)
    for i, case in enumerate(entry.get("not") or []):
        where = f"not[{i}]"
        if not isinstance(case, dict) or not isinstance(case.get("text"), str):
            raise _fail(file, ename, f"{where}: needs a text")
        field = case.get("field")
        if field not in record_fields:
            raise _fail(file, ename, f"{where}: field {field!r} is not a record field")
        span = case.get("span")
        if span is not None and (not isinstance(span, str) or span not in case["text"]):
            raise _fail(file, ename, f"{where}: span {span!r} is not in its text")


def _item_model(field: str):
    """The pydantic model of one item of a list field of the record, or None."""
    from .records import ArticleRecord

    ann = ArticleRecord.model_fields[field].annotation
    args = getattr(ann, "__args__", ())
    if getattr(ann, "__origin__", None) is list and args and hasattr(args[0], "model_fields"):
        return args[0]
    return None


def _check_fragment(file: str, entry: str, where: str, model, frag) -> None:
    from pydantic import TypeAdapter, ValidationError

    if not isinstance(frag, dict):
        raise _fail(file, entry, f"{where}: a fragment is a mapping of field values")
    for key, value in frag.items():
        info = model.model_fields.get(key)
        if info is None:
            raise _fail(file, entry, f"{where}: {model.__name__} has no field {key!r} "
                                     f"(fields: {', '.join(model.model_fields)})")
        if key == "mentions":  # written as the mention texts
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise _fail(file, entry, f"{where}.mentions: a list of mention texts")
            continue
        try:
            TypeAdapter(info.annotation).validate_python(value)
        except ValidationError as exc:
            msg = exc.errors()[0]["msg"]
            raise _fail(file, entry, f"{where}.{key}: {value!r} is not allowed ({msg})") from None
