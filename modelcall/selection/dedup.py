"""Near-duplicate detection over normalised JavaScript tokens: MinHash signatures in a datasketch LSH.

Normalising first (comments and whitespace dropped, string/number literals replaced by placeholders)
makes two programs that differ only in colours, texts or sizes count as the same program, so the
dataset keeps distinct solutions rather than re-skinned copies.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Hashable

import numpy as np
from datasketch import MinHash, MinHashLSH

# comments and string/template literals (one pass, so that "//" inside a string is not a comment)
_COMMENT_OR_STRING = re.compile(
    r"//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`",
    re.S,
)
_TOKEN = re.compile(r"\d[\w.]*|[\w$]+|[^\s\w$]")  # a number (3.5, 0xff), a name, or one punctuation character
STRING_TOKEN = "\x01"  # every string/template literal becomes this one token
NUMBER_TOKEN = "0"  # every number becomes this one token
_ROLL = np.uint64(1000003)
_SHIFT = np.uint64(32)
_EMPTY = np.uint32(0xFFFFFFFF)  # datasketch's affine32 value for an empty set


def _replace(match: re.Match[str]) -> str:
    return " " if match.group(0)[0] == "/" else " \x01 "


def raw_tokens(code: str) -> list[str]:
    """Tokens after dropping comments and whitespace and collapsing string literals (numbers kept)."""
    return _TOKEN.findall(_COMMENT_OR_STRING.sub(_replace, code))


def normalise_tokens(code: str) -> list[str]:
    """Code tokens with comments and whitespace gone, strings and numbers replaced by one token each."""
    return [NUMBER_TOKEN if tok[0].isdigit() else tok for tok in raw_tokens(code)]


class _Vocabulary(dict):
    """token -> small int; every number maps to the same id, so literals do not matter."""

    def __missing__(self, token: str) -> int:
        value = 1 if token[0].isdigit() else len(self) + 2
        self[token] = value
        return value


def normalised_hash(code: str) -> str:
    """sha256 of the normalised token stream: equal for programs that differ only in literals/comments."""
    return hashlib.sha256(" ".join(normalise_tokens(code)).encode("utf-8")).hexdigest()


class CodeFingerprinter:
    """Turns code into a datasketch MinHash over hashed token shingles (all signatures share permutations)."""

    def __init__(self, num_perm: int = 128, shingle_size: int = 5, seed: int = 1):
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self.seed = seed
        self._vocab = _Vocabulary()
        template = MinHash(num_perm=num_perm, seed=seed, scheme="affine32")
        self._perms = template.permutations
        a, b = (np.asarray(x, dtype=np.uint32) for x in self._perms)
        self._a, self._b = a[:, None], b[:, None]

    def token_ids(self, code: str) -> np.ndarray:
        """The normalised token stream as ids (equal arrays = programs equal up to literals and comments)."""
        tokens = raw_tokens(code)
        return np.fromiter(map(self._vocab.__getitem__, tokens), dtype=np.uint64, count=len(tokens))

    def exact_key(self, ids: np.ndarray) -> bytes:
        return hashlib.blake2b(ids.tobytes(), digest_size=16).digest()

    def _window_hashes(self, code: str | np.ndarray) -> np.ndarray:
        """32-bit hashes of the k-token shingles, repeats included (the minimum does not care)."""
        ids = self.token_ids(code) if isinstance(code, str) else code
        if len(ids) == 0:
            return np.zeros(0, dtype=np.uint32)
        k = min(self.shingle_size, len(ids))
        width = len(ids) - k + 1
        rolled = ids[:width].copy()
        for i in range(1, k):  # polynomial hash of each window, wrapping in 64 bits
            rolled *= _ROLL
            rolled += ids[i : i + width]
        return (rolled ^ (rolled >> _SHIFT)).astype(np.uint32)

    def shingle_hashes(self, code: str | np.ndarray) -> np.ndarray:
        """Distinct 32-bit hashes of the k-token shingles of the normalised code."""
        return np.unique(self._window_hashes(code))

    def signature(self, code: str | np.ndarray) -> np.ndarray:
        """The MinHash values alone (what :class:`NearDuplicateIndex` needs): for each of the template's
        affine permutations (h * a + b mod 2^32), the minimum over the shingles."""
        return self._min_hash(self._window_hashes(code))

    def _min_hash(self, values: np.ndarray) -> np.ndarray:
        if len(values) == 0:
            return np.full(self.num_perm, _EMPTY, dtype=np.uint32)
        hashed = values[None, :] * self._a  # uint32 arithmetic wraps: the affine32 scheme
        hashed += self._b
        return hashed.min(axis=1)

    def minhash(self, code: str | np.ndarray) -> MinHash:
        """The signature as a datasketch ``MinHash`` (same values as :meth:`signature`)."""
        values = self._window_hashes(code)
        if len(values) == 0:
            return MinHash(num_perm=self.num_perm, seed=self.seed, scheme="affine32", permutations=self._perms)
        return MinHash(num_perm=self.num_perm, seed=self.seed, scheme="affine32",
                       hashvalues=self._min_hash(values), permutations=self._perms)


class NearDuplicateIndex:
    """An LSH index of kept programs; ``find`` returns the kept key a new program nearly duplicates.

    The banding (how many bands of how many rows) is datasketch's ``MinHashLSH`` choice for the
    threshold; the bands live in plain dicts keyed by the band's bytes, which is several times faster
    per program than the library's storage layer. LSH proposes candidates above roughly the threshold;
    each is confirmed with the MinHash Jaccard estimate, so a reported duplicate really is estimated at
    or above the threshold. Signatures are :class:`MinHash` objects or their ``hashvalues`` arrays.
    """

    def __init__(self, threshold: float = 0.85, num_perm: int = 128):
        self.threshold = threshold
        self.num_perm = num_perm
        self.ranges = list(MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges)
        self._tables: list[dict[bytes, list[Hashable]]] = [{} for _ in self.ranges]
        self._sigs: dict[Hashable, np.ndarray] = {}
        self._rank: dict[Hashable, int] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def _values(self, sig: MinHash | np.ndarray) -> np.ndarray:
        values = np.asarray(getattr(sig, "hashvalues", sig))
        if len(values) != self.num_perm:
            raise ValueError(f"expected a signature of {self.num_perm} values, got {len(values)}")
        return values

    def _bands(self, values: np.ndarray) -> list[bytes]:
        """Each band's values as bytes (one ``tobytes``, then byte slices: cheaper than a slice per band)."""
        raw = values.tobytes()
        size = values.itemsize
        return [raw[start * size : end * size] for start, end in self.ranges]

    def find(self, sig: MinHash | np.ndarray) -> tuple[Hashable, float] | None:
        """The most similar kept key at or above the threshold (the earliest kept on a tie), with its
        estimated Jaccard."""
        values = self._values(sig)
        seen: set[Hashable] = set()
        best: tuple[Hashable, float] | None = None
        order = self._sigs
        for band, table in zip(self._bands(values), self._tables, strict=True):
            for key in table.get(band, ()):
                if key in seen:
                    continue
                seen.add(key)
                similarity = float(np.count_nonzero(values == order[key])) / self.num_perm
                if similarity >= self.threshold and (
                    best is None or similarity > best[1]
                    or (similarity == best[1] and self._rank[key] < self._rank[best[0]])
                ):
                    best = (key, similarity)
        return best

    def add(self, key: Hashable, sig: MinHash | np.ndarray) -> None:
        if key in self._sigs:
            raise ValueError(f"key {key!r} is already in the index")
        values = self._values(sig)
        for band, table in zip(self._bands(values), self._tables, strict=True):
            table.setdefault(band, []).append(key)
        self._rank[key] = len(self._sigs)
        self._sigs[key] = values
