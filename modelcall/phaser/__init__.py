"""Phaser-side inputs: the API index built from the npm package, BM25 retrieval over it, and request building."""
