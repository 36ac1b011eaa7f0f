"""task_type pipeline: run a list of task steps in order, skip the unchanged ones, report the run.

``steps`` loads and validates every step up front (file or inline, overrides, ``{{steps.X.key}}``
references to earlier steps' config values); ``state`` fingerprints a step's config and input
contents and remembers the last successful run; ``report`` writes the self-contained HTML run report.
"""
