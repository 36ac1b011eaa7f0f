"""A tiny random-initialised Qwen2 model + tokenizer, built offline: smoke tests of train/infer without a hub.

The tokenizer is a byte-level BPE trained on a few lines (so any text, Chinese included, encodes), with
Qwen's ``<|im_start|>``/``<|im_end|>`` special tokens and a ChatML chat template, which is what
LLaMA-Factory's ``qwen`` template and transformers' ``apply_chat_template`` both expect.
"""
from __future__ import annotations

from pathlib import Path

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

_CORPUS = [
    "new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: MainScene });",
    "class MainScene extends Phaser.Scene { preload() {} create() { this.add.text(10, 10, 'hi'); } update() {} }",
    "[PLAN]\nREQ: 1. draw\nAPI: Phaser.GameObjects.Graphics\nSTEPS: 1. create\n[/PLAN]\n```javascript\n```",
    "this.physics.add.sprite(100, 200, 'player'); this.time.addEvent({ delay: 1000, loop: true });",
    "写一个 Phaser 游戏场景，显示文字和图形。",
]


def build_tiny_qwen(
    path: str | Path, hidden_size: int = 32, layers: int = 1, vocab_size: int = 400, seed: int = 0
) -> Path:
    """Write a tiny Qwen2ForCausalLM and its tokenizer to ``path`` (save_pretrained layout); returns the path."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

    out = Path(path)
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(_CORPUS * 4, trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        additional_special_tokens=specials[1:],
    )
    tokenizer.chat_template = CHATML_TEMPLATE
    tokenizer.save_pretrained(out)

    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=hidden_size,
        intermediate_size=hidden_size * 2,
        num_hidden_layers=layers,
        num_attention_heads=2,
        num_key_value_heads=1,
        max_position_embeddings=4096,
        tie_word_embeddings=True,
        bos_token_id=None,
        eos_token_id=tokenizer.convert_tokens_to_ids("<|im_end|>"),
        pad_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(seed)
    Qwen2ForCausalLM(config).save_pretrained(out)
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m modelcall.training.tiny_model <folder>``: build the tiny model for offline try-outs."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="folder to write the model and tokenizer into")
    parser.add_argument("--hidden-size", type=int, default=32)
    parser.add_argument("--layers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    out = build_tiny_qwen(args.path, hidden_size=args.hidden_size, layers=args.layers, seed=args.seed)
    print(f"tiny Qwen2 model written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
