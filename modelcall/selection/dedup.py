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
        return np.array(list(map(self._vocab.__getitem__, raw_tokens(code))), dtype=np.uint64)

    def exact_key(self, ids: np.ndarray) -> bytes:
        return hashlib.blake2b(ids.tobytes(), digest_size=16).digest()

    def shingle_hashes(self, code: str | np.ndarray) -> np.ndarray:
        """Distinct 32-bit hashes of the k-token shingles of the normalised code."""
        ids = self.token_ids(code) if isinstance(code, str) else code
        k = min(self.shingle_size, max(1, len(ids)))
        if len(ids) == 0:
            return []
        width = len(ids) - k + 1
        rolled = np.zeros(width, dtype=np.uint64)
        for i in range(k):  # polynomial hash of each window, wrapping in 64 bits
            rolled = rolled * _ROLL + ids[i : i + width]
        folded = (rolled ^ (rolled >> _SHIFT)).astype(np.uint32)
        return np.unique(folded)

    def minhash(self, code: str | np.ndarray) -> MinHash:
        """The signature: for each of the template's affine permutations (h * a + b mod 2^32), the minimum."""
        values = self.shingle_hashes(code)
        if len(values) == 0:
            return MinHash(num_perm=self.num_perm, seed=self.seed, scheme="affine32", permutations=self._perms)
        hashed = values[None, :] * self._a + self._b  # uint32 arithmetic wraps: the affine32 scheme
        return MinHash(
            num_perm=self.num_perm,
            seed=self.seed,
            scheme="affine32",
            hashvalues=hashed.min(axis=1),
            permutations=self._perms,
        )


class NearDuplicateIndex:
    """An LSH index of kept programs; ``find`` returns the kept key a new program nearly duplicates.

    LSH proposes candidates above roughly the threshold; each is confirmed with the MinHash Jaccard
    estimate, so a reported duplicate really is estimated at or above the threshold.
    """

    def __init__(self, threshold: float = 0.85, num_perm: int = 128):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[Hashable, MinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def find(self, sig: MinHash) -> tuple[Hashable, float] | None:
        """The most similar kept key at or above the threshold, with its estimated Jaccard."""
        best: tuple[Hashable, float] | None = None
        for key in self._lsh.query(sig):
            similarity = sig.jaccard(self._sigs[key])
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (key, similarity)
        return best

    def add(self, key: Hashable, sig: MinHash) -> None:
        self._lsh.insert(key, sig)
        self._sigs[key] = sig
