"""The mock teacher's answer before rendering: shared by the teacher (builds it) and the faults (bend it)."""
from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass
class TeacherAnswer:
    """A fault-free answer before rendering; ``contract`` is plan_block ([PLAN] + fence) or json_plan."""

    requirement: str
    apis: list[str]
    steps: list[str]
    code: str
    contract: str = "plan_block"

    def plan_block(self) -> str:
        lines = [f"REQ: {self.requirement}", f"API: {', '.join(self.apis)}", "STEPS:"]
        lines += [f"{i}. {step}" for i, step in enumerate(self.steps, 1)]
        return "[PLAN]\n" + "\n".join(lines) + "\n[/PLAN]"

    def plan_json(self) -> str:
        return json.dumps({"requirements": [self.requirement], "apis": self.apis, "steps": self.steps}, ensure_ascii=False)

    def render(self) -> str:
        if self.contract == "json_plan":
            return f"plan: {self.plan_json()}\ncode:\n{self.code}"
        return f"{self.plan_block()}\n\n```javascript\n{self.code}```\n"
