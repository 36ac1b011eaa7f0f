"""L6 human review: a stratified sample on one self-contained HTML page, and a JSONL sheet of verdicts.

``sample`` draws the stratified sample; ``page`` renders the HTML (Pygments highlighting, screenshots
as data URIs); ``sheet`` reads and writes the review sheet that ``sft_build`` honours.
"""
