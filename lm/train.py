#!/usr/bin/python3
"""Trains baro's keystroke language model and its n-gram baseline; exports ONNX and golden outputs.

Input comes from `npm run lm:prepare` (`.lm-work/`): one 2-beolsik keystroke string per line, already
normalized exactly as the service normalizes. Tokens are the characters of those strings, mapped
through `data/lm/vocab.json` (the file the service reads too), plus <bos>/<eos>.

    /usr/bin/python3 lm/train.py [--schedule 18e6:3e-3,13.5e6:1e-3] [--minutes 55] [--hidden 256] ...

Writes `data/lm/model.onnx`, `data/lm/golden.json` and `data/lm/training-report.json`.
Runs on CPU (2 threads by default) and uses CUDA when present. On a GPU machine, train with
`--save-weights S.npz --no-export` (and `--teacher T.npz` to distil a larger model; `lm/sweep-gpu.sh`),
then export here with `--init-weights S.npz --no-train`.
"""
import argparse
import json
import math
import os
import platform
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn

from step_graph import write_step_graph

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def log(*args):
    print(f"[{time.strftime('%H:%M:%S')}]", *args, flush=True)


# ----------------------------------------------------------------------------------------------
# Vocabulary and data


class Vocab:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            spec = json.load(f)
        self.tokens = spec["tokens"]
        self.index = {t: i for i, t in enumerate(self.tokens)}
        self.pad = self.index[spec["pad"]]
        self.bos = self.index[spec["bos"]]
        self.eos = self.index[spec["eos"]]
        self.unk = self.index[spec["unk"]]
        assert len(self.tokens) <= 128, "n-gram codes pack 7 bits per token"

    def __len__(self):
        return len(self.tokens)

    def encode(self, keys):
        """<bos> keys <eos> as ids; characters outside the vocabulary become <unk>."""
        return [self.bos] + [self.index.get(ch, self.unk) for ch in keys] + [self.eos]


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.rstrip("\n")]


# ----------------------------------------------------------------------------------------------
# Keystroke n-gram with interpolated modified Kneser-Ney smoothing (Chen & Goodman 1998), the
# baseline the neural model has to beat. N-grams are packed into int64 codes, 7 bits per token,
# so counting is numpy sorting rather than Python dictionaries.


def count_ngrams(sequences, vocab, order):
    """Per order k (1..order): (sorted distinct n-gram codes, their counts). Predicted tokens only."""
    seq = np.concatenate([np.asarray(s, dtype=np.int64) for s in sequences])
    pos = np.concatenate([np.arange(len(s), dtype=np.int64) for s in sequences])
    raw = {}
    for k in range(1, order + 1):
        ends = np.nonzero((pos >= k - 1) & (seq != vocab.bos))[0] if k > 1 else np.nonzero(seq != vocab.bos)[0]
        code = np.zeros(len(ends), dtype=np.int64)
        for i in range(k):
            code = code * 128 + seq[ends - (k - 1) + i]
        raw[k] = np.unique(code, return_counts=True)
    return raw


def ngram_codes(s, targets, k):
    """The k-gram ending at each target position of sequence s, and its (k-1)-token context, as codes."""
    code = np.zeros(len(targets), dtype=np.int64)
    ctx = np.zeros(len(targets), dtype=np.int64)
    for i in range(k):
        tok = s[np.maximum(targets - (k - 1) + i, 0)]
        code = code * 128 + tok
        if i < k - 1:
            ctx = ctx * 128 + tok
    return code, ctx


def lookup(sorted_codes, values, query, missing):
    """values[i] where sorted_codes[i] == query, else `missing` (vectorized)."""
    i = np.minimum(np.searchsorted(sorted_codes, query), len(sorted_codes) - 1)
    return np.where(sorted_codes[i] == query, values[i], missing)


def interpolated_logprobs(model, sequences):
    """Natural-log probability of every predicted token (all but <bos>) of each sequence, for an
    interpolated n-gram `model` (its `interpolate` refines order k-1's estimate to order k)."""
    out = []
    for s in sequences:
        s = np.asarray(s, dtype=np.int64)
        targets = np.arange(1, len(s))
        p = np.full(len(targets), 1.0 / model.V)
        for k in range(1, model.order + 1):
            code, ctx = ngram_codes(s, targets, k)
            p = model.interpolate(k, code, ctx, targets - (k - 1) >= 0, p)
        out.append(np.log(p))
    return out


class KneserNey:
    def __init__(self, sequences, vocab, order=5):
        self.order = order
        self.V = len(vocab)
        self.bos = vocab.bos
        self.levels = []  # per order k: (codes, adjusted counts, discounts, ctx codes, ctx stats)
        raw = count_ngrams(sequences, vocab, order)
        for k in range(1, order + 1):
            codes, counts = raw[k]
            counts = counts.astype(np.float64)
            if k < order:
                # Lower orders count distinct left extensions, except n-grams that begin at <bos>,
                # which cannot be extended to the left and keep their raw counts (as KenLM does).
                higher = raw[k + 1][0]
                suffix = higher % (128 ** k)
                s_codes, s_counts = np.unique(suffix, return_counts=True)
                idx = np.searchsorted(s_codes, codes)
                idx = np.minimum(idx, len(s_codes) - 1)
                found = s_codes[idx] == codes
                cont = np.where(found, s_counts[idx], 0).astype(np.float64)
                first = codes // (128 ** (k - 1))
                starts_bos = (first == self.bos) if k > 1 else np.zeros(len(codes), dtype=bool)
                counts = np.where(starts_bos | ~found, counts, cont)
            n = [np.sum(counts == c) for c in (1, 2, 3, 4)]
            y = n[0] / max(n[0] + 2 * n[1], 1)
            d = np.array([
                0.0,
                1 - 2 * y * n[1] / max(n[0], 1),
                2 - 3 * y * n[2] / max(n[1], 1),
                3 - 4 * y * n[3] / max(n[2], 1),
            ])
            d = np.clip(d, 0.0, None)
            ctx = codes // 128
            ctx_codes, start = np.unique(ctx, return_index=True)
            total = np.add.reduceat(counts, start)
            disc_mass = np.add.reduceat(d[np.minimum(counts, 3).astype(np.int64)], start)
            self.levels.append((codes, counts, d, ctx_codes, total, disc_mass))

    def interpolate(self, k, code, ctx, ok, p):
        """p(w | h) at order k from the order k-1 estimate p: discounted counts plus the freed mass."""
        codes, counts, d, ctx_codes, total, disc_mass = self.levels[k - 1]
        ci = np.minimum(np.searchsorted(ctx_codes, ctx), len(ctx_codes) - 1)
        has_ctx = ok & (ctx_codes[ci] == ctx)
        c = lookup(codes, counts, code, 0.0)
        t = np.where(has_ctx, total[ci], 1.0)
        discounted = np.maximum(c - d[np.minimum(c, 3).astype(np.int64)], 0.0) / t
        gamma = disc_mass[ci] / t
        return np.where(has_ctx, discounted + gamma * p, p)

    logprobs = interpolated_logprobs


class WittenBell:
    """Keystroke n-gram with interpolated Witten-Bell smoothing, the other baseline the issue names:
    p(w | h) = (c(h w) + T(h) · p(w | h')) / (c(h) + T(h)), with T(h) the number of distinct keys
    seen after h, down to a uniform distribution. Raw counts at every order."""

    def __init__(self, sequences, vocab, order=5):
        self.order = order
        self.V = len(vocab)
        self.levels = []  # per order k: (codes, counts, ctx codes, ctx totals, ctx types)
        raw = count_ngrams(sequences, vocab, order)
        for k in range(1, order + 1):
            codes, counts = raw[k]
            counts = counts.astype(np.float64)
            ctx_codes, start, types = np.unique(codes // 128, return_index=True, return_counts=True)
            total = np.add.reduceat(counts, start)
            self.levels.append((codes, counts, ctx_codes, total, types.astype(np.float64)))

    def interpolate(self, k, code, ctx, ok, p):
        """p(w | h) at order k from the order k-1 estimate p."""
        codes, counts, ctx_codes, total, types = self.levels[k - 1]
        t = lookup(ctx_codes, total, ctx, 0.0)
        n = lookup(ctx_codes, types, ctx, 0.0)
        c = lookup(codes, counts, code, 0.0)
        return np.where(ok & (t > 0), (c + n * p) / np.maximum(t + n, 1.0), p)

    logprobs = interpolated_logprobs


# ----------------------------------------------------------------------------------------------
# The neural model


# N-gram orders whose identity is fed to the GRU as hashed embeddings, and their table sizes
# (primes, so `code % size` mixes every token of the n-gram). Order 2 is exact: codes < 128*128.
HASH_ORDERS = (2, 3, 4)
HASH_BUCKETS = (16381, 32749, 65521)
CONTEXT = max(HASH_ORDERS) - 1  # keys before the current one that the hashes need


class KeystrokeGRU(nn.Module):
    """Key embedding + hashed n-gram embeddings → GRU → linear over the keystroke vocabulary.

    The hashed 2/3/4-gram embeddings give the GRU the identity of the local context directly, so it
    memorizes frequent spellings (names, trending queries) in a few passes, as an n-gram model does,
    while the recurrent state carries the longer context an n-gram model lacks. They cost a lookup
    at inference; the recurrent width, which sets latency, stays small.
    """

    def __init__(self, vocab_size, embed, hidden, layers, hash_dim, pad, dropout=0.0, hash_dropout=0.0):
        super().__init__()
        self.pad = pad
        # In training, each position's hashed n-gram vector is dropped whole with this probability,
        # so the recurrent path learns to predict without the memorized window too.
        self.hash_dropout = hash_dropout
        self.embed = nn.Embedding(vocab_size, embed)
        self.hashed = nn.ModuleList(nn.Embedding(n, hash_dim) for n in HASH_BUCKETS)
        self.gru = nn.GRU(embed + hash_dim * len(HASH_ORDERS), hidden, layers, batch_first=True,
                          dropout=dropout if layers > 1 else 0.0)
        self.drop = nn.Dropout(dropout)
        # The output sees the hashed n-gram features directly as well as the GRU state: a log-linear
        # n-gram path that learns each context's next-key distribution in a few passes.
        self.embed_dim = embed
        self.proj = nn.Linear(hidden + hash_dim * len(HASH_ORDERS), vocab_size)
        self.half_tables = None  # set by export(): fp16 copies of the hashed tables

    def inputs(self, ids, history):
        """Per-position input vectors; `history` [B, CONTEXT] holds the keys before ids[:, 0]."""
        T = ids.shape[1]
        full = torch.cat([history, ids], dim=1)
        parts = [self.embed(ids)]
        for j, (order, buckets) in enumerate(zip(HASH_ORDERS, HASH_BUCKETS)):
            code = torch.zeros_like(ids)
            for i in range(order - 1, -1, -1):  # oldest key first: code = Σ key(t-i) · 128^i
                code = code * 128 + full[:, CONTEXT - i : CONTEXT - i + T]
            bucket = code % buckets
            if self.half_tables is not None:
                parts.append(nn.functional.embedding(bucket, self.half_tables[j]).float())
            else:
                vec = self.hashed[j](bucket)
                if self.training and self.hash_dropout > 0:
                    keep = (torch.rand(vec.shape[:-1] + (1,), device=vec.device) >= self.hash_dropout).to(vec.dtype)
                    vec = vec * keep / (1 - self.hash_dropout)
                parts.append(vec)
        return torch.cat(parts, dim=-1)

    def forward(self, ids, state=None, history=None):
        if history is None:
            history = torch.full((ids.shape[0], CONTEXT), self.pad, dtype=ids.dtype, device=ids.device)
        x = self.inputs(ids, history)
        h, state = self.gru(self.drop(x), state)
        return self.proj(self.drop(torch.cat([h, x[..., self.embed_dim :]], dim=-1))), state

    def round_tables_to_half(self):
        """Stores the hashed tables as fp16 (half the file size); every later use sees the rounded values."""
        with torch.no_grad():
            for t in self.hashed:
                t.weight.copy_(t.weight.half().float())


class OnnxGraph(nn.Module):
    """The exported graph; one graph serves both signatures.

    inputs:  ids [B,T] int64 (first column <bos> when scoring), lengths [B] int64 (tokens of each row
             including <bos>/<eos>; pad beyond), state [L,B,H] float32 (zeros to start),
             history [B,C] int64 (the C keys before ids[:,0]; <pad> to start).
    outputs: logprob [B]            sum over t=1..lengths-1 of log p(ids[t] | ids[<t]) (scoring)
             token_logprobs [B,T-1] the same per position (0 beyond lengths)
             next_logprobs [B,V]    log p(next token | all of ids) (incremental step)
             state_out [L,B,H]      the recurrent state after the last column (incremental step)
             history_out [B,C]      the last C keys of history + ids (incremental step)
    """

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, ids, lengths, state, history):
        logits, state_out = self.model(ids, state, history)
        logp = torch.log_softmax(logits, dim=-1)
        tok = logp[:, :-1].gather(2, ids[:, 1:].unsqueeze(2)).squeeze(2)
        pos = torch.arange(1, ids.shape[1], device=ids.device).unsqueeze(0)
        tok = torch.where(pos < lengths.unsqueeze(1), tok, torch.zeros_like(tok))
        history_out = torch.cat([history, ids], dim=1)[:, -CONTEXT:]
        return tok.sum(1), tok, logp[:, -1], state_out, history_out


def merged_state(model, ema):
    """The model's state dict with its float tensors replaced by the averaged ones (copies)."""
    return {k: (ema[k] if k in ema else v).detach().clone() for k, v in model.state_dict().items()}


def evaluate_with(model, ema, seqs, device, pad):
    """Bits per keystroke of `seqs` with the averaged weights; the model's own weights are restored."""
    own = {k: v.detach().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(merged_state(model, ema))
    bits = bits_per_keystroke(neural_logprobs(model, seqs, device, pad), seqs)
    model.load_state_dict(own)
    return bits


def load_from_onnx(model, path):
    """Continues training from an exported model.onnx: reads its weights back into `model`.

    The exporter reorders GRU gates from PyTorch's (r, z, n) to ONNX's (z, r, h); this undoes it.
    """
    import onnx
    from onnx import numpy_helper

    g = onnx.load(path).graph
    arrays = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    for node in g.node:
        if node.op_type == "Constant":
            for a in node.attribute:
                if a.name == "value":
                    arrays[node.output[0]] = numpy_helper.to_array(a.t)
    gru = next(n for n in g.node if n.op_type == "GRU")
    W, R, B = (arrays[name][0] for name in gru.input[1:4])
    H = R.shape[1]

    def torch_order(x):
        z, r, h = x[:H], x[H : 2 * H], x[2 * H :]
        return torch.from_numpy(np.concatenate([r, z, h]).astype(np.float32))

    sd = model.state_dict()
    sd["gru.weight_ih_l0"] = torch_order(W)
    sd["gru.weight_hh_l0"] = torch_order(R)
    sd["gru.bias_ih_l0"] = torch_order(B[: 3 * H])
    sd["gru.bias_hh_l0"] = torch_order(B[3 * H :])
    sd["embed.weight"] = torch.from_numpy(arrays["model.embed.weight"].astype(np.float32))
    sd["proj.bias"] = torch.from_numpy(arrays["model.proj.bias"].astype(np.float32))
    V = sd["proj.bias"].shape[0]
    proj = next(a for a in arrays.values() if a.ndim == 2 and a.shape == (sd["proj.weight"].shape[1], V))
    sd["proj.weight"] = torch.from_numpy(proj.T.astype(np.float32).copy())
    for j, buckets in enumerate(HASH_BUCKETS):
        table = next(a for a in arrays.values() if a.ndim == 2 and a.shape == tuple(sd[f"hashed.{j}.weight"].shape))
        sd[f"hashed.{j}.weight"] = torch.from_numpy(table.astype(np.float32))
    model.load_state_dict(sd)


def save_weights_file(path, model, args, record):
    """The model's weights (hashed tables in fp16, as the export stores them) and its run's record, as a
    plain .npz: no pickle, so any numpy and PyTorch version reads it (a GPU machine's newer PyTorch
    trains, this one exports)."""
    config = {"embed": args.embed, "hidden": args.hidden, "layers": args.layers, "hash_dim": args.hash_dim,
              "hash_orders": ",".join(map(str, HASH_ORDERS)), "hash_buckets": ",".join(map(str, HASH_BUCKETS))}
    arrays = {}
    for k, v in model.state_dict().items():
        v = v.detach().cpu()
        arrays["w:" + k] = (v.half() if k.startswith("hashed.") else v.float()).numpy()
    arrays["config"] = np.array(json.dumps(config))
    arrays["training"] = np.array(json.dumps(record))
    with open(path, "wb") as f:
        np.savez(f, **arrays)


def load_weights_file(path):
    with np.load(path, allow_pickle=False) as z:
        return {"config": json.loads(str(z["config"])), "training": json.loads(str(z["training"])),
                "state": {k[2:]: z[k] for k in z.files if k.startswith("w:")}}


def make_batches(seqs, tokens_per_batch, pad, rng):
    """Length-bucketed batches (little padding), in random order. Each row is one whole line."""
    order = sorted(range(len(seqs)), key=lambda i: (len(seqs[i]), rng.random()))
    batches, cur, cur_max = [], [], 0
    for i in order:
        n = len(seqs[i])
        if cur and max(cur_max, n) * (len(cur) + 1) > tokens_per_batch:
            batches.append(cur)
            cur, cur_max = [], 0
        cur.append(i)
        cur_max = max(cur_max, n)
    if cur:
        batches.append(cur)
    rng.shuffle(batches)
    for b in batches:
        T = max(len(seqs[i]) for i in b)
        arr = np.full((len(b), T), pad, dtype=np.int64)
        for r, i in enumerate(b):
            arr[r, : len(seqs[i])] = seqs[i]
        yield torch.from_numpy(arr)


@torch.no_grad()
def neural_token_logprobs(model, seqs, device, pad, batch=256):
    """Natural-log probability of every predicted token (all but <bos>) of each sequence."""
    model.eval()
    out = []
    for start in range(0, len(seqs), batch):
        chunk = seqs[start : start + batch]
        T = max(len(s) for s in chunk)
        arr = np.full((len(chunk), T), pad, dtype=np.int64)
        for r, s in enumerate(chunk):
            arr[r, : len(s)] = s
        ids = torch.from_numpy(arr).to(device)
        logits, _ = model(ids[:, :-1])
        lp = torch.log_softmax(logits.float(), -1).gather(2, ids[:, 1:].unsqueeze(2)).squeeze(2).double().cpu().numpy()
        out.extend(lp[r, : len(s) - 1] for r, s in enumerate(chunk))
    model.train()
    return out


def neural_logprobs(model, seqs, device, pad, batch=256):
    """Per-sequence total natural-log probability (excluding <bos>)."""
    return [float(t.sum()) for t in neural_token_logprobs(model, seqs, device, pad, batch)]


def mixture_bits(neural, ngram, weight, seqs):
    """Bits per keystroke of the per-token mixture (1 - weight) · p_neural + weight · p_ngram."""
    return bits_per_keystroke([np.logaddexp(np.log1p(-weight) + a, np.log(weight) + b).sum() for a, b in zip(neural, ngram)], seqs)


def bits_per_keystroke(total_logprobs, seqs):
    """Bits per predicted symbol: every keystroke plus the end marker, <bos> excluded."""
    n = sum(len(s) - 1 for s in seqs)
    return -sum(total_logprobs) / n / math.log(2)


# ----------------------------------------------------------------------------------------------


def fit(model, args, train, dev, device, vocab, rng, n_train_tokens, kn_dev, teacher=None):
    """Trains `model` on `train` by the schedule and leaves it at its best dev checkpoint; returns the run's record."""
    stages = [(float(k), float(lr)) for k, lr in (part.split(":") for part in args.schedule.split(","))]
    total_keys = sum(k for k, _ in stages)
    bounds = np.cumsum([0.0] + [k / total_keys for k, _ in stages])
    opt = torch.optim.Adam(model.parameters(), lr=stages[0][1])
    budget = args.minutes * 60.0
    t_train = time.time()
    step, seen, epoch = 0, 0, 0
    best = (float("inf"), None, 0)
    # The averaged weights (float tensors only): a smoothed model from the same run, which often
    # predicts held-out text better than the last step's weights.
    ema = {k: v.detach().clone() for k, v in model.state_dict().items() if v.is_floating_point()} if args.ema > 0 else None
    next_eval = args.eval_keys if args.eval_keys > 0 else args.eval_every * 60.0
    history = []
    done = False
    while not done:
        epoch += 1
        for ids in make_batches(train, args.batch_tokens, vocab.pad, rng):
            elapsed = time.time() - t_train
            progress = max(seen / total_keys, elapsed / budget)
            if progress >= 1.0:
                done = True
                break
            # Warm up, then per stage a cosine from its peak down to 5% of it (a warm restart between
            # stages: a high-rate stage to learn, a low-rate one to settle).
            i = min(int(np.searchsorted(bounds, progress, side="right")) - 1, len(stages) - 1)
            frac = (progress - bounds[i]) / (bounds[i + 1] - bounds[i])
            lr = stages[i][1] * min(1.0, (step + 1) / 200) * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * frac)))
            for g in opt.param_groups:
                g["lr"] = lr
            ids = ids.to(device)
            logits, _ = model(ids[:, :-1])
            target = ids[:, 1:]
            mask = target != vocab.pad
            loss = nn.functional.cross_entropy(
                logits.reshape(-1, logits.shape[-1]), target.reshape(-1), ignore_index=vocab.pad
            )
            if teacher is not None:
                # Distillation: the teacher's whole next-key distribution is a softer, more informed
                # target than the one key observed, and it does not reward memorizing repeated lines.
                with torch.no_grad():
                    soft = torch.softmax(teacher(ids[:, :-1])[0].float(), dim=-1)
                soft_loss = -(soft * torch.log_softmax(logits, dim=-1)).sum(-1)[mask].mean()
                loss = (1 - args.distill) * loss + args.distill * soft_loss
            opt.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            if ema is not None:
                # Short memory at first, so the average does not drag in the untrained start.
                decay = min(args.ema, (1 + step) / (10 + step))
                with torch.no_grad():
                    for k, v in model.state_dict().items():
                        if k in ema:
                            ema[k].mul_(decay).add_(v, alpha=1 - decay)
            seen += int(mask.sum())
            if step % 200 == 0:
                log(f"epoch {epoch} step {step} seen {seen/1e6:.1f}M lr {lr:.2e} loss {loss.item()/math.log(2):.3f} bits "
                    f"{seen/max(elapsed,1):.0f} tok/s")
            if (seen >= next_eval) if args.eval_keys > 0 else (elapsed >= next_eval):
                next_eval += args.eval_keys if args.eval_keys > 0 else args.eval_every * 60.0
                dev_bits = bits_per_keystroke(neural_logprobs(model, dev, device, vocab.pad), dev)
                entry = {"minutes": round(elapsed / 60, 1), "seen": seen, "dev_bits": round(dev_bits, 4)}
                log(f"dev {dev_bits:.4f} bits/key (KN {kn_dev:.4f})")
                if dev_bits < best[0]:
                    best = (dev_bits, {k: v.detach().clone() for k, v in model.state_dict().items()}, step)
                if ema is not None:
                    ema_bits = evaluate_with(model, ema, dev, device, vocab.pad)
                    entry["dev_bits_ema"] = round(ema_bits, 4)
                    log(f"dev {ema_bits:.4f} bits/key with the averaged weights")
                    if ema_bits < best[0]:
                        best = (ema_bits, merged_state(model, ema), step)
                history.append(entry)
    train_seconds = time.time() - t_train
    dev_bits = bits_per_keystroke(neural_logprobs(model, dev, device, vocab.pad), dev)
    entry = {"minutes": round(train_seconds / 60, 1), "seen": seen, "dev_bits": round(dev_bits, 4)}
    log(f"final dev {dev_bits:.4f} bits/key after {step} steps, {seen/1e6:.1f}M predictions, {train_seconds/60:.1f} min")
    if ema is not None:
        ema_bits = evaluate_with(model, ema, dev, device, vocab.pad)
        entry["dev_bits_ema"] = round(ema_bits, 4)
        log(f"final dev {ema_bits:.4f} bits/key with the averaged weights")
        if ema_bits < min(best[0], dev_bits):
            best = (ema_bits, merged_state(model, ema), step)
    history.append(entry)
    if best[1] is not None and best[0] < dev_bits:
        log(f"restoring the best dev checkpoint (step {best[2]}, {best[0]:.4f})")
        model.load_state_dict(best[1])
    return {"minutes": round(train_seconds / 60, 1), "steps": step, "predictions_seen": seen,
            "epochs": round(seen / n_train_tokens, 2), "schedule": args.schedule, "batch_tokens": args.batch_tokens,
            "history": history}


def main():
    global HASH_ORDERS, HASH_BUCKETS, CONTEXT
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", default=os.path.join(ROOT, ".lm-work"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "lm"))
    # The budget is counted in predicted keys, not minutes, so a run does the same training on a busy
    # machine as on a quiet one: a time budget let a quiet 2-core machine get through ~5 epochs, and past
    # ~2.5 epochs the model overfits the repeated queries (dev 2.537 at best, rising to 2.59 by 36 min).
    ap.add_argument("--schedule", default="18e6:3e-3,13.5e6:1e-3",
                    help="training stages as KEYS:PEAK_LR,...; each decays on a cosine to 5%% of its peak")
    ap.add_argument("--minutes", type=float, default=55.0,
                    help="wall-clock cap; a slower machine compresses the schedule to fit it")
    ap.add_argument("--embed", type=int, default=64)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--layers", type=int, default=1)
    ap.add_argument("--hash-dim", type=int, default=32, help="width of each hashed n-gram embedding")
    ap.add_argument("--hash-orders", default=",".join(map(str, HASH_ORDERS)),
                    help="key-window lengths fed to the model as hashed embeddings (comma-separated)")
    ap.add_argument("--hash-buckets", default=",".join(map(str, HASH_BUCKETS)),
                    help="table size per hashed order (primes; order 2 needs at least 11998 to stay exact)")
    ap.add_argument("--dropout", type=float, default=0.0)
    ap.add_argument("--hash-dropout", type=float, default=0.0,
                    help="in training, drop each position's hashed n-gram vector whole with this probability")
    ap.add_argument("--ema", type=float, default=0.0,
                    help="also keep an exponential moving average of the weights with this decay (0: off); "
                         "each dev evaluation scores both, and the better one can become the checkpoint")
    # Not larger: 12288-key batches ran 1.45x faster per key on 2 cores, but with half the updates per
    # key the dev curve was worse at equal keys seen, and it overfit the repeated queries after ~3 epochs.
    ap.add_argument("--batch-tokens", type=int, default=6144)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--ngram-order", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--init-onnx", default=None, help="continue training from the weights of an exported model.onnx")
    ap.add_argument("--eval-every", type=float, default=2.0, help="minutes between dev evaluations (they choose the checkpoint)")
    ap.add_argument("--eval-keys", type=float, default=0.0,
                    help="evaluate dev every this many predicted keys instead of every --eval-every minutes (0: by minutes)")
    ap.add_argument("--teacher", default=None,
                    help="distil from this saved model (--save-weights of an earlier run, usually a larger one trained on a GPU)")
    ap.add_argument("--distill", type=float, default=0.5,
                    help="with --teacher: the weight of the teacher's next-key distribution in the loss (the rest is the observed key)")
    ap.add_argument("--save-weights", default=None,
                    help="also write the chosen weights (hashed tables in fp16, as served) and the run's record to this .npz")
    ap.add_argument("--init-weights", default=None, help="start from weights written by --save-weights")
    ap.add_argument("--no-train", action="store_true",
                    help="with --init-weights: measure and export those weights as they are; the report keeps their run's record")
    ap.add_argument("--no-export", action="store_true", help="train (and --save-weights) only; write nothing to --out")
    ap.add_argument("--skip-baselines", action="store_true",
                    help="do not build the n-gram baselines (sweeps; the exporting run measures them)")
    ap.add_argument("--evaluate", action="store_true",
                    help="measure --init-onnx against the n-gram baselines and write evaluation-report.json; no training")
    args = ap.parse_args()
    if args.evaluate and not args.init_onnx:
        ap.error("--evaluate needs --init-onnx PATH (the model to measure)")
    if args.no_train and not args.init_weights:
        ap.error("--no-train needs --init-weights PATH (the weights to export)")
    if args.init_weights:
        saved = load_weights_file(args.init_weights)
        # The architecture comes with the weights; the command line cannot disagree with it.
        for key in ("embed", "hidden", "layers", "hash_dim", "hash_orders", "hash_buckets"):
            setattr(args, key, saved["config"][key])
    HASH_ORDERS = tuple(int(x) for x in args.hash_orders.split(","))
    HASH_BUCKETS = tuple(int(x) for x in args.hash_buckets.split(","))
    if len(HASH_ORDERS) != len(HASH_BUCKETS) or min(HASH_ORDERS) < 2:
        ap.error("--hash-orders and --hash-buckets need one table size per order, each order at least 2")
    CONTEXT = max(HASH_ORDERS) - 1

    if args.skip_baselines and (args.evaluate or not args.no_export):
        ap.error("--skip-baselines needs --no-export and no --evaluate (both compare the model with the baselines)")

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    command = " ".join(["/usr/bin/python3", "lm/train.py"] + sys.argv[1:])
    machine = f"{platform.machine()} {os.cpu_count()} CPUs, torch {torch.__version__}, {args.threads} threads, {device}"
    if device.type == "cuda":
        machine += f" ({torch.cuda.get_device_name(0)})"
        torch.set_float32_matmul_precision("high")  # TF32 products: training only, the export is float32
    vocab = Vocab(os.path.join(ROOT, "data", "lm", "vocab.json"))
    t_start = time.time()

    train = [vocab.encode(k) for k in read_lines(os.path.join(args.work, "train.keys.txt"))]
    dev = [vocab.encode(k) for k in read_lines(os.path.join(args.work, "dev.keys.txt"))]
    heldout = [vocab.encode(k) for k in read_lines(os.path.join(args.work, "heldout.keys.txt"))]
    with open(os.path.join(args.work, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    n_train_tokens = sum(len(s) - 1 for s in train)
    log(f"train {len(train)} lines / {n_train_tokens} predictions; dev {len(dev)}; held-out {len(heldout)}; device {device}")

    # --- baseline ---------------------------------------------------------------------------
    kn_dev = float("nan")
    kn_tokens, baselines = None, {"dev": {}, "heldout": {}}
    if not args.skip_baselines:
        t0 = time.time()
        kn = KneserNey(train, vocab, order=args.ngram_order)
        kn_tokens = {"dev": kn.logprobs(dev), "heldout": kn.logprobs(heldout)}  # kept for --evaluate's mixture
        kn_dev = bits_per_keystroke([lp.sum() for lp in kn_tokens["dev"]], dev)
        kn_heldout = bits_per_keystroke([lp.sum() for lp in kn_tokens["heldout"]], heldout)
        kn_seconds = time.time() - t0
        log(f"{args.ngram_order}-gram modified KN: dev {kn_dev:.4f} bits/key, held-out {kn_heldout:.4f} bits/key ({kn_seconds:.0f}s)")
        # Kneser-Ney discounts assume natural counts; the query repetition that helps the GRU inflates
        # them. So also report the n-gram built from the *distinct* training lines, the stronger of the two.
        distinct = [list(t) for t in dict.fromkeys(tuple(s) for s in train)]
        kn_distinct = KneserNey(distinct, vocab, order=args.ngram_order)
        kn_distinct_dev = bits_per_keystroke([lp.sum() for lp in kn_distinct.logprobs(dev)], dev)
        kn_distinct_heldout = bits_per_keystroke([lp.sum() for lp in kn_distinct.logprobs(heldout)], heldout)
        del kn, kn_distinct
        log(f"{args.ngram_order}-gram modified KN on distinct lines: dev {kn_distinct_dev:.4f}, held-out {kn_distinct_heldout:.4f} bits/key")
        wb = WittenBell(train, vocab, order=args.ngram_order)
        wb_dev = bits_per_keystroke([lp.sum() for lp in wb.logprobs(dev)], dev)
        wb_heldout = bits_per_keystroke([lp.sum() for lp in wb.logprobs(heldout)], heldout)
        del wb
        log(f"{args.ngram_order}-gram interpolated Witten-Bell: dev {wb_dev:.4f}, held-out {wb_heldout:.4f} bits/key")
        baselines = {
            "dev": {f"kn{args.ngram_order}": round(kn_dev, 4), f"kn{args.ngram_order}_distinct_lines": round(kn_distinct_dev, 4),
                    f"wb{args.ngram_order}": round(wb_dev, 4)},
            "heldout": {f"kn{args.ngram_order}": round(kn_heldout, 4), f"kn{args.ngram_order}_distinct_lines": round(kn_distinct_heldout, 4),
                        f"wb{args.ngram_order}": round(wb_heldout, 4)},
        }

    # --- neural model -----------------------------------------------------------------------
    model = KeystrokeGRU(len(vocab), args.embed, args.hidden, args.layers, args.hash_dim, vocab.pad, args.dropout, args.hash_dropout).to(device)
    if args.init_onnx:
        load_from_onnx(model, args.init_onnx)

    if args.evaluate:
        # Re-measures a committed model against the baselines without training or exporting anything.
        result = {"command": command, "model": args.init_onnx,
                  "heldout_queries": len(heldout), "heldout_predictions": sum(len(x) - 1 for x in heldout)}
        tokens = {}
        for name, seqs in (("dev", dev), ("heldout", heldout)):
            tokens[name] = neural_token_logprobs(model, seqs, device, vocab.pad)
            gru = bits_per_keystroke([t.sum() for t in tokens[name]], seqs)
            result[name] = {"gru": round(gru, 4), **baselines[name],
                            **{f"reduction_vs_{k}": round(1 - gru / v, 4) for k, v in baselines[name].items()}}
        # How much the n-gram still knows that the model does not: the two mixed per keystroke, the
        # weight chosen on dev. Not what the service runs (it has no n-gram); a measure of headroom.
        kn_name = f"kn{args.ngram_order}"
        weight = min((0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5), key=lambda w: mixture_bits(tokens["dev"], kn_tokens["dev"], w, dev))
        mixed = {name: mixture_bits(tokens[name], kn_tokens[name], weight, seqs) for name, seqs in (("dev", dev), ("heldout", heldout))}
        result[f"mixture_with_{kn_name}"] = {"weight_chosen_on_dev": weight, "dev": round(mixed["dev"], 4), "heldout": round(mixed["heldout"], 4),
                                              f"heldout_reduction_vs_{kn_name}": round(1 - mixed["heldout"] / baselines["heldout"][kn_name], 4)}
        with open(os.path.join(args.out, "evaluation-report.json"), "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=2)
            f.write("\n")
        log(json.dumps(result))
        return

    if args.init_onnx:
        init_dev = bits_per_keystroke(neural_logprobs(model, dev, device, vocab.pad), dev)
        log(f"continuing from {args.init_onnx}: dev {init_dev:.4f} bits/key")
    if args.init_weights:
        model.load_state_dict({k: torch.from_numpy(v).float() for k, v in saved["state"].items()})
        log(f"weights from {args.init_weights}: dev {bits_per_keystroke(neural_logprobs(model, dev, device, vocab.pad), dev):.4f} bits/key")
    params = sum(p.numel() for p in model.parameters())
    log(f"GRU {args.layers}x{args.hidden} embed {args.embed} + hashed n-grams {HASH_ORDERS}x{args.hash_dim}: {params} parameters")
    teacher = None
    if args.teacher:
        t = load_weights_file(args.teacher)
        c = t["config"]
        if (c["hash_orders"], c["hash_buckets"]) != (args.hash_orders, args.hash_buckets):
            raise SystemExit(f"--teacher {args.teacher}: its hashed n-gram tables differ from this model's")
        teacher = KeystrokeGRU(len(vocab), c["embed"], c["hidden"], c["layers"], c["hash_dim"], vocab.pad).to(device)
        teacher.load_state_dict({k: torch.from_numpy(v).float() for k, v in t["state"].items()})
        log(f"teacher {args.teacher} ({c['layers']}x{c['hidden']}): dev {bits_per_keystroke(neural_logprobs(teacher, dev, device, vocab.pad), dev):.4f} bits/key, weight {args.distill}")
        teacher.eval()
    if args.no_train:
        record = saved["training"]
    else:
        record = fit(model, args, train, dev, device, vocab, rng, n_train_tokens, kn_dev, teacher)
        record["machine"] = machine
        record["command"] = command
        if teacher is not None:
            record["teacher"] = {"file": args.teacher, "weight": args.distill, **t["training"].get("model", {})}
    # The file stores the hashed tables in fp16; measure the model exactly as it will be served.
    model.round_tables_to_half()
    dev_bits = bits_per_keystroke(neural_logprobs(model, dev, device, vocab.pad), dev)
    log(f"dev (fp16 tables): {dev_bits:.4f} bits/key")
    model_info = {"arch": "GRU + hashed n-gram embeddings", "layers": args.layers, "hidden": args.hidden, "embed": args.embed,
                  "hash_orders": list(HASH_ORDERS), "hash_buckets": list(HASH_BUCKETS), "hash_dim": args.hash_dim,
                  "vocab": len(vocab), "parameters": params}
    if args.save_weights:
        save_weights_file(args.save_weights, model, args, {**record, "model": model_info, "dev_bits": round(dev_bits, 4)})
        log(f"wrote {args.save_weights}")
    if args.no_export:
        return
    heldout_bits = bits_per_keystroke(neural_logprobs(model, heldout, device, vocab.pad), heldout)
    gain = 1 - heldout_bits / kn_heldout
    log(f"held-out: GRU {heldout_bits:.4f} vs {args.ngram_order}-gram KN {kn_heldout:.4f} bits/key ({gain*100:.1f}% lower); "
        f"KN on distinct lines {kn_distinct_heldout:.4f}")

    # --- export -------------------------------------------------------------------------------
    model = model.to("cpu").float().eval()
    model.half_tables = [t.weight.detach().half() for t in model.hashed]
    graph = OnnxGraph(model).eval()
    os.makedirs(args.out, exist_ok=True)
    onnx_path = os.path.join(args.out, "model.onnx")
    ids = torch.tensor([vocab.encode("ㅇㅏ"), vocab.encode("ㄴㅏ")], dtype=torch.int64)
    lengths = torch.tensor([ids.shape[1], ids.shape[1]], dtype=torch.int64)
    state = torch.zeros(args.layers, 2, args.hidden)
    hist = torch.full((2, CONTEXT), vocab.pad, dtype=torch.int64)
    export_kwargs = {}
    if "dynamo" in torch.onnx.export.__code__.co_varnames:
        export_kwargs["dynamo"] = False  # the TorchScript exporter handles nn.GRU → ONNX GRU
    torch.onnx.export(
        graph,
        (ids, lengths, state, hist),
        onnx_path,
        input_names=["ids", "lengths", "state", "history"],
        output_names=["logprob", "token_logprobs", "next_logprobs", "state_out", "history_out"],
        dynamic_axes={
            "ids": {0: "batch", 1: "time"},
            "lengths": {0: "batch"},
            "state": {1: "batch"},
            "logprob": {0: "batch"},
            "token_logprobs": {0: "batch", 1: "time_minus_1"},
            "next_logprobs": {0: "batch"},
            "state_out": {1: "batch"},
            "history": {0: "batch"},
            "history_out": {0: "batch"},
        },
        opset_version=14,
        do_constant_folding=True,
        **export_kwargs,
    )
    import onnx

    m = onnx.load(onnx_path)
    onnx.checker.check_model(m)
    m.metadata_props.add(key="baro.vocab", value="data/lm/vocab.json")
    m.metadata_props.add(key="baro.layers", value=str(args.layers))
    m.metadata_props.add(key="baro.hidden", value=str(args.hidden))
    onnx.save(m, onnx_path)
    step_path = os.path.join(args.out, "step.onnx")
    try:
        write_step_graph(onnx_path, step_path, HASH_ORDERS)  # beam search's lean one-key graph (lm/step_graph.py)
        log(f"wrote {step_path}")
    except ValueError as e:  # e.g. a 2-layer GRU: the service then steps through model.onnx, only slower
        if os.path.exists(step_path):
            os.remove(step_path)  # a step graph of the previous model would not match this one
        log(f"no step graph: {e}")
    size = os.path.getsize(onnx_path)
    log(f"exported {onnx_path} ({size} bytes)")
    assert size <= 10 * 1024 * 1024, "model.onnx must stay under 10 MB"

    # --- golden outputs (from the PyTorch model; the TypeScript test re-scores with onnxruntime) --
    golden = []
    with open(os.path.join(args.work, "golden.tsv"), encoding="utf-8") as f:
        for line in f:
            text, keys = line.rstrip("\n").split("\t")
            seq = vocab.encode(keys)
            with torch.no_grad():
                t = torch.tensor([seq], dtype=torch.int64)
                logp, tok, _, _, _ = graph(t, torch.tensor([len(seq)]), torch.zeros(args.layers, 1, args.hidden),
                                           torch.full((1, CONTEXT), vocab.pad, dtype=torch.int64))
            golden.append({"text": text, "keys": keys, "ids": seq, "logProb": float(logp[0]),
                           "tokenLogProbs": [round(float(x), 6) for x in tok[0]]})
    with open(os.path.join(args.out, "golden.json"), "w", encoding="utf-8") as f:
        json.dump({"tolerance": 1e-4, "cases": golden}, f, ensure_ascii=False, indent=1)
        f.write("\n")

    report = {
        # A run exported from saved weights (--no-train) reports the run that trained them.
        "command": record.get("command", command),
        "machine": record.get("machine", machine),
        **({"exported_by": command} if args.no_train else {}),
        "data": manifest,
        "model": {**model_info, "onnx_bytes": size, "opset": 14},
        "training": {k: v for k, v in record.items() if k not in ("command", "machine", "model", "dev_bits")},
        "bits_per_keystroke": {
            "dev": {"gru": round(dev_bits, 4), **baselines["dev"]},
            "heldout": {"gru": round(heldout_bits, 4), **baselines["heldout"],
                        "relative_reduction": round(gain, 4),
                        "relative_reduction_vs_distinct": round(1 - heldout_bits / kn_distinct_heldout, 4),
                        "relative_reduction_vs_wb": round(1 - heldout_bits / wb_heldout, 4)},
            "heldout_queries": len(heldout),
            "heldout_predictions": sum(len(s) - 1 for s in heldout),
        },
        "total_minutes": round((time.time() - t_start) / 60, 1),
        "continued_from": args.init_onnx or (None if args.no_train else args.init_weights),
    }
    with open(os.path.join(args.out, "training-report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=2)
        f.write("\n")
    log(json.dumps(report["bits_per_keystroke"]))
    if gain < 0.10:
        log("WARNING: the GRU is less than 10% below the n-gram baseline on held-out queries")


if __name__ == "__main__":
    main()
