"""Teacher calls at the provider's rate limit: the engine, rate limiter, retry policy, result store,
accounting, dry run and batch mode behind ``response_generation`` and ``distillation generate``.

Entry point for other code: :func:`modelcall.generation.engine.generate_file`.
"""
