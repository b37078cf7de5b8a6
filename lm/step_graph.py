"""Writes data/lm/step.onnx: the model's incremental step (one key per beam) as a lean graph.

Beam search runs the model once per added key with ids [B,1]. model.onnx serves that call with its
scoring path: ~70 small operators around ONNX's GRU operator, which at one time step costs more in
fixed overhead than in arithmetic (onnxruntime-node, one thread, 6 beams: ~125 µs a step, of which
the GRU kernel is ~50 µs). step.onnx computes the same step written out: one lookup for the key's
input projection, one for the three hashed n-gram vectors, two matrix products, the gate arithmetic
and the output layer (~45 operators, ~95 µs at 6 beams).

It holds no weights of its own. Its initializers are ONNX external data that point at the bytes of
the tensors inside model.onnx (same directory), and the shapes the step multiplies by (transposes,
the key projection, the concatenated tables) are computed from them by nodes whose inputs are all
constant, which onnxruntime folds once when the session loads. So the model stays one 8.8 MB file
and step.onnx is a few kilobytes. If model.onnx is exported again, step.onnx must be written again
(lm/train.py does both); the service checks the two agree on a probe and otherwise runs the step
through model.onnx, as before.

Inputs and outputs have model.onnx's names: ids [B,1], state [1,B,H], history [B,C] →
next_logprobs [B,V], state_out [1,B,H], history_out [B,C]. The values equal model.onnx's for one
column up to float rounding (~2e-6 on log-probabilities).

Usage: /usr/bin/python3 lm/step_graph.py [data/lm/model.onnx]   (writes step.onnx beside it)
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

STEP_FILE = "step.onnx"


def _i64(*values):
    return np.array(values, np.int64)


def _const(name, array):
    return helper.make_node("Constant", [], [name], value=numpy_helper.from_array(np.asarray(array), name + "_value"))


def _pointer(name, tensor, file_bytes, location):
    """An initializer whose values are `tensor`'s raw bytes where they lie inside the model file."""
    raw = tensor.raw_data
    offset = file_bytes.find(raw) if raw else -1
    if offset < 0 or file_bytes.find(raw, offset + 1) >= 0:
        raise ValueError(f"cannot locate the bytes of {name} in {location} (they must be stored once, as raw data)")
    out = onnx.TensorProto(name=name, data_type=tensor.data_type, dims=list(tensor.dims))
    out.data_location = onnx.TensorProto.EXTERNAL
    for key, value in (("location", location), ("offset", str(offset)), ("length", str(len(raw)))):
        entry = out.external_data.add()
        entry.key, entry.value = key, value
    return out


def write_step_graph(model_path, step_path=None, hash_orders=(2, 3, 4)):
    """Writes the step graph for the exported `model_path` (default: step.onnx beside it)."""
    if tuple(hash_orders) != (2, 3, 4):
        raise ValueError(f"the step graph is written for hashed windows of 2, 3 and 4 keys, not {tuple(hash_orders)}")
    step_path = step_path or os.path.join(os.path.dirname(model_path), STEP_FILE)
    if os.path.dirname(os.path.abspath(step_path)) != os.path.dirname(os.path.abspath(model_path)):
        raise ValueError("step.onnx must sit beside model.onnx: its weights are read from there")
    with open(model_path, "rb") as f:
        file_bytes = f.read()
    g = onnx.load_from_string(file_bytes).graph
    tensors = {i.name: i for i in g.initializer}
    for n in g.node:  # the exporter keeps the fp16 hashed tables as Constant nodes
        if n.op_type == "Constant" and n.attribute[0].t.data_type == TensorProto.FLOAT16 and len(n.attribute[0].t.dims) == 2:
            tensors[n.output[0]] = n.attribute[0].t
    arrays = {k: numpy_helper.to_array(t) for k, t in tensors.items()}

    gru = next((n for n in g.node if n.op_type == "GRU"), None)
    attrs = {a.name: helper.get_attribute_value(a) for a in gru.attribute} if gru else {}
    if gru is None or attrs.get("linear_before_reset") != 1:
        raise ValueError("expected a GRU with linear_before_reset=1 (PyTorch's GRU)")
    W, R, B = gru.input[1:4]
    if arrays[R].shape[0] != 1:
        raise ValueError("the step graph is written for one GRU layer")
    H = arrays[R].shape[2]
    V, E = arrays["model.embed.weight"].shape
    D = arrays[W].shape[2]  # the GRU's input: the key embedding and the hashed vectors
    tables = sorted((k for k, a in arrays.items() if a.dtype == np.float16 and a.ndim == 2), key=lambda k: arrays[k].shape[0])
    if len(tables) != 3 or sum(arrays[t].shape[1] for t in tables) != D - E:
        raise ValueError("expected the three hashed tables of orders 2, 3 and 4 (train.py's defaults)")
    P = next(k for k, a in arrays.items() if a.ndim == 2 and a.shape == (H + D - E, V))
    buckets = [arrays[t].shape[0] for t in tables]
    used = [W, R, B, P, "model.embed.weight", "model.proj.bias", *tables]
    location = os.path.basename(model_path)
    initializers = [_pointer(k, tensors[k], file_bytes, location) for k in used]
    N = helper.make_node

    # Weights in the shapes the step multiplies by; all-constant, so folded once at load time.
    nodes = [
        _const("w_ax0", _i64(0)), _const("w_one", _i64(1)), _const("w_E", _i64(E)), _const("w_D", _i64(D)),
        _const("w_H", _i64(H)), _const("w_P", _i64(H + D - E)), _const("w_split", _i64(3 * H, 3 * H)),
        N("Squeeze", [W, "w_ax0"], ["w_W"]), N("Squeeze", [R, "w_ax0"], ["w_R"]), N("Squeeze", [B, "w_ax0"], ["w_B"]),
        N("Split", ["w_B", "w_split"], ["w_Wb", "w_Rb"], axis=0),
        N("Slice", ["w_W", "w_ax0", "w_E", "w_one"], ["w_Wkey"]), N("Slice", ["w_W", "w_E", "w_D", "w_one"], ["w_Whash"]),
        # each key's input projection with its bias, [V, 3H]: a lookup instead of a product per step
        N("Gemm", ["model.embed.weight", "w_Wkey", "w_Wb"], ["w_key_in"], transB=1),
        N("Transpose", ["w_R"], ["w_RT"]),
        N("Transpose", ["w_Whash"], ["w_WhashT"]),
        N("Slice", [P, "w_ax0", "w_H", "w_ax0"], ["w_Pstate"]), N("Slice", [P, "w_H", "w_P", "w_ax0"], ["w_Phash"]),
        # the hashed vectors feed the GRU's input and the output layer: one product for both
        N("Concat", ["w_WhashT", "w_Phash"], ["w_hash_out"], axis=1),
        N("Concat", tables, ["w_tables"], axis=0),
    ]
    nodes += [
        _const("s_pow", _i64(128**3, 128**2, 128, 1)), _const("s_axis1", np.array(1, np.int64)),
        _const("s_orders", _i64(2, 1, 0)), _const("s_buckets", _i64(*buckets)),
        _const("s_offsets", _i64(0, buckets[0], buckets[0] + buckets[1])),
        _const("s_one", _i64(1)), _const("s_four", _i64(4)), _const("s_flat", _i64(0, -1)), _const("s_column", _i64(-1)),
        _const("s_split_out", _i64(3 * H, V)), _const("s_split_gates", _i64(2 * H, H)), _const("s_split_zr", _i64(H, H)),
        # Window codes as train.py makes them (oldest key first, code = Σ key(t-i)·128^i): a reverse
        # cumulative sum of [h0·128³, h1·128², h2·128, key] has the 4-, 3- and 2-key codes in columns 0-2.
        N("Concat", ["history", "ids"], ["s_keys"], axis=1),
        N("Mul", ["s_keys", "s_pow"], ["s_terms"]),
        N("CumSum", ["s_terms", "s_axis1"], ["s_sums"], reverse=1),
        N("Gather", ["s_sums", "s_orders"], ["s_codes"], axis=1),
        N("Mod", ["s_codes", "s_buckets"], ["s_rows0"]), N("Add", ["s_rows0", "s_offsets"], ["s_rows"]),
        N("Gather", ["w_tables", "s_rows"], ["s_hashed16"]), N("Cast", ["s_hashed16"], ["s_hashed3"], to=TensorProto.FLOAT),
        N("Reshape", ["s_hashed3", "s_flat"], ["s_hashed"]),
        N("MatMul", ["s_hashed", "w_hash_out"], ["s_hash_both"]),
        N("Split", ["s_hash_both", "s_split_out"], ["s_gi_hash", "s_out_hash"], axis=1),
        N("Reshape", ["ids", "s_column"], ["s_id"]), N("Gather", ["w_key_in", "s_id"], ["s_gi_key"]),
        N("Add", ["s_gi_key", "s_gi_hash"], ["s_gi"]),
        N("Squeeze", ["state", "w_ax0"], ["s_h"]),
        N("Gemm", ["s_h", "w_RT", "w_Rb"], ["s_gh"]),
        # ONNX's gate order is z, r, h; with linear_before_reset the reset gate scales R·h + Rb.
        N("Split", ["s_gi", "s_split_gates"], ["s_gi_zr", "s_gi_n"], axis=1),
        N("Split", ["s_gh", "s_split_gates"], ["s_gh_zr", "s_gh_n"], axis=1),
        N("Add", ["s_gi_zr", "s_gh_zr"], ["s_zr_in"]), N("Sigmoid", ["s_zr_in"], ["s_zr"]),
        N("Split", ["s_zr", "s_split_zr"], ["s_z", "s_r"], axis=1),
        N("Mul", ["s_r", "s_gh_n"], ["s_rn"]), N("Add", ["s_gi_n", "s_rn"], ["s_n_in"]), N("Tanh", ["s_n_in"], ["s_n"]),
        # h' = (1 - z)·n + z·h = n + z·(h - n)
        N("Sub", ["s_h", "s_n"], ["s_h_minus_n"]), N("Mul", ["s_z", "s_h_minus_n"], ["s_zh"]), N("Add", ["s_n", "s_zh"], ["s_h_new"]),
        N("MatMul", ["s_h_new", "w_Pstate"], ["s_logits0"]), N("Add", ["s_logits0", "s_out_hash"], ["s_logits1"]),
        N("Add", ["s_logits1", "model.proj.bias"], ["s_logits"]),
        N("LogSoftmax", ["s_logits"], ["next_logprobs"], axis=1),
        N("Unsqueeze", ["s_h_new", "w_ax0"], ["state_out"]),
        N("Slice", ["s_keys", "s_one", "s_four", "s_one"], ["history_out"]),
    ]
    context = 3  # keys of history: one fewer than the longest window
    graph = helper.make_graph(
        nodes, "baro-keystroke-step",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", 1]),
         helper.make_tensor_value_info("state", TensorProto.FLOAT, [1, "batch", H]),
         helper.make_tensor_value_info("history", TensorProto.INT64, ["batch", context])],
        [helper.make_tensor_value_info("next_logprobs", TensorProto.FLOAT, ["batch", V]),
         helper.make_tensor_value_info("state_out", TensorProto.FLOAT, [1, "batch", H]),
         helper.make_tensor_value_info("history_out", TensorProto.INT64, ["batch", context])],
        initializer=initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)], producer_name="baro lm/step_graph.py")
    model.ir_version = 7
    model.metadata_props.add(key="baro.weights", value=location)
    onnx.save(model, step_path)
    onnx.checker.check_model(step_path)  # by path, so the checker can read the weights in model.onnx
    return step_path


if __name__ == "__main__":
    if len(sys.argv) > 2:
        sys.exit("usage: lm/step_graph.py [MODEL.onnx]")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = write_step_graph(sys.argv[1] if len(sys.argv) == 2 else os.path.join(root, "data", "lm", "model.onnx"))
    print(f"{path}: {os.path.getsize(path)} bytes, weights read from model.onnx")
