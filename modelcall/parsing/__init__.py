"""Teacher-output parsing: ``parse_teacher_output(text) -> ParsedAnswer`` (plan, code, warnings, errors).

    from modelcall.parsing import parse_teacher_output
    answer = parse_teacher_output(raw_text)
    answer.ok, answer.code, answer.plan.apis, answer.warnings, answer.errors, answer.contract
"""
from modelcall.parsing.teacher import ParsedAnswer, Plan, find_code_blocks, issue_codes, parse_teacher_output

__all__ = ["ParsedAnswer", "Plan", "find_code_blocks", "issue_codes", "parse_teacher_output"]
