"""Supplements: existing Phaser programs (official examples, open-source games) turned into validated SFT pairs.

The rooms: :mod:`.sources` finds standalone programs in a folder or a JSONL and says why the rest were
skipped; :mod:`.assets` finds what a program loads; :mod:`.prompts` builds the teacher requests (reverse
prompt, asset rewrite, one repair) and reads the answers; :mod:`.checks` decides whether a prompt matches
its code; :mod:`.overlap` removes near-duplicates and eval leaks; :mod:`.builder` runs the stages.
"""
