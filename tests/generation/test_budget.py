"""One budget trim with one cost estimate, for the repair and variants_on_demand rounds."""
from __future__ import annotations

from modelcall.config.model import ModelPricing
from modelcall.generation.accounting import answer_tokens_by_prompt, within_budget

PRICE = ModelPricing(input_per_mtok=1.0, output_per_mtok=5.0)


def request(prompt_id: str, variant: int, answer: str | None = None) -> dict:
    messages = [{"role": "system", "content": "s" * 400}, {"role": "user", "content": "u" * 400}]
    if answer is not None:  # a follow-up carries the answer it repairs
        messages += [{"role": "assistant", "content": answer}, {"role": "user", "content": "fix it"}]
    return {"request_id": f"{prompt_id}_v{variant}", "prompt_id": prompt_id, "messages": messages}


def cost(input_tokens: int, output_tokens: int) -> float:
    return (input_tokens * 1.0 + output_tokens * 5.0) / 1e6


def test_fresh_requests_are_priced_from_their_seeds_earlier_answers():
    earlier = [{"prompt_id": "a", "code": "x" * 4000, "plan": None}, {"prompt_id": "b", "code": "y" * 400, "plan": None}]
    tokens = answer_tokens_by_prompt(earlier)
    assert tokens == {"a": [1001], "b": [101]}  # code + json("") = 2 more characters
    reqs = [request("a", 3), request("b", 3), request("c", 3)]
    inp = 2 * (4 + 100)
    # seed a's answers are long, seed b's short, seed c has none: the mean of all earlier answers
    costs = [cost(inp, 1001), cost(inp, 101), cost(inp, 551)]
    assert within_budget(reqs, sum(costs), PRICE, 2000, answer_tokens=tokens) == reqs
    assert within_budget(reqs, sum(costs) - 1e-9, PRICE, 2000, answer_tokens=tokens) == reqs[:2]
    assert within_budget(reqs, costs[0] - 1e-9, PRICE, 2000, answer_tokens=tokens) == []
    # nothing answered anywhere: half of max_tokens
    assert within_budget(reqs, cost(inp, 1000) * 1.5, PRICE, 1000) == reqs[:1]


def test_a_follow_up_is_priced_from_the_answer_it_repairs_and_bought_answers_from_their_mean():
    follow = request("a", 1, answer="z" * 2000)
    inp = 4 * 4 + 100 + 100 + 500 + 2
    assert within_budget([follow], cost(inp, 500), PRICE, 4000, answer_tokens={"a": [9999]}) == [follow]
    assert within_budget([follow], cost(inp, 500) - 1e-9, PRICE, 4000) == []
    reqs = [request("a", i) for i in range(5)]
    assert within_budget(reqs, 0.25, PRICE, 4000, mean_cost=0.1) == reqs[:2]
    assert within_budget(reqs, 0.0, PRICE, 4000, mean_cost=0.0) == []  # no budget left buys nothing
