"""Bytes → text. UTF-8 first (most articles are); a guessed encoding only as a warned fallback.

Guessing is a fallback because a wrong guess silently corrupts '£' and quotes, and a
fact-checker must know when the text they see may not be what the author wrote.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from claimcheck.errors import InputError

#: encodings English-language news is most likely in, tried in this order when the detector
#: rates several as equally plausible (it cannot tell cp1252 from cp1250 on short texts)
PREFERRED = ("cp1252", "latin_1", "iso8859_15", "utf_16", "utf_32", "mac_roman")

#: how much worse (in charset-normalizer's chaos per cent) a preferred encoding may score
CHAOS_TOLERANCE = 1.0

_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class UndecodableError(InputError):
    """The file is binary or in no encoding we can read; the run skips it and goes on."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, path: str) -> Decoded:
    """Decode a file's bytes; raise ``UndecodableError`` (naming ``path``) for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError:
            pass
    else:
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data and not data.startswith(_WIDE_BOMS):
        raise UndecodableError(f"{path}: binary file (contains NUL bytes)")
    encoding = _guess(data)
    if encoding is None:
        raise UndecodableError(f"{path}: not text in any known encoding")
    text = data.decode(encoding)
    text = text.removeprefix("\ufeff")
    return Decoded(text, encoding, [f"{path}: not valid UTF-8; decoded as {encoding} (a guess)"])


def read_decoded(path: Path, shown: str) -> Decoded:
    """Read and decode one file; ``InputError`` names it as ``shown`` when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown}: cannot read: {exc.strerror or exc}") from exc
    return decode(data, shown)


def read_text_file(path: Path, display_path: str | None = None) -> str:
    """A text file's decoded content (for tools that need the text, not an ``Article``)."""
    return read_decoded(path, display_path or str(path)).text


def _guess(data: bytes) -> str | None:
    """charset-normalizer's pick, nudged towards Western encodings when it has no preference."""
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(m.percent_chaos for m in matches)
    plausible = {m.encoding for m in matches if m.percent_chaos <= best + CHAOS_TOLERANCE}
    for name in PREFERRED:
        if name in plausible:
            return name
    return matches[0].encoding
