"""Coverage per dollar: repair rounds for seeds with no passing candidate, teacher cascades, variants on demand.

    from modelcall.repair.findings import describe, failure_kind     # what went wrong, for a follow-up turn
    from modelcall.repair.followup import build_followup             # original conversation + answer + findings
    from modelcall.repair.rounds import RepairLoop                   # rounds over a cascade, with a budget
    from modelcall.repair.variants import plan_extra_variants         # more variants only where select wants them

The runners ``repair`` and ``variants_on_demand`` wire these to files.
"""
