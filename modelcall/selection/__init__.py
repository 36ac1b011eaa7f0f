"""L5 selection: a quality score per validated candidate, the best few per prompt, near-duplicates out.

``scoring`` turns a validated record into a score in [0, 1] (weights from config); ``dedup`` turns
JavaScript into normalised code tokens and MinHash signatures (datasketch LSH finds near-duplicates);
``select`` combines both over a whole file in two streaming passes.
"""
