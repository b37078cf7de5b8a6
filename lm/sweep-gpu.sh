#!/usr/bin/env bash
# One GPU lease's sweep (about 9 minutes on one H200): two large teachers, then 1x256 students
# distilled from them, beside two students trained alone. Every model here is trained on the same
# `.lm-work/` text (`npm run lm:prepare`) and chooses its checkpoint on dev; none sees held-out.
# Each student's weights come back as an .npz that this machine exports and measures:
#   /usr/bin/python3 lm/train.py --init-weights s2.npz --no-train --out data/lm
# Usage: lm/sweep-gpu.sh OUT_DIR [PYTHON]
set -u
out=${1:?output folder}
py=${2:-python3}
mkdir -p "$out/logs"
export PYTHONUNBUFFERED=1
train() { # name seconds args...
  local name=$1 secs=$2; shift 2
  timeout "$secs" "$py" lm/train.py --threads 2 --eval-keys 1e6 --skip-baselines --no-export "$@" >"$out/logs/$name.log" 2>&1
  echo "$name exit $?" >>"$out/logs/status.txt"
}
nvidia-smi --query-gpu=name,memory.total --format=csv >"$out/logs/gpu.txt" 2>&1

# Phase 1: teachers (large, regularized; bigger batches) and the students trained alone.
train t1 240 --hidden 1024 --layers 2 --dropout 0.3 --hash-dropout 0.1 --batch-tokens 16384 \
  --schedule 50e6:1.5e-3,25e6:5e-4 --minutes 3.2 --eval-keys 2e6 --save-weights "$out/t1.npz" &
train t2 240 --hidden 1024 --layers 1 --dropout 0.25 --hash-dropout 0.1 --batch-tokens 16384 \
  --schedule 50e6:1.5e-3,25e6:5e-4 --minutes 3.2 --eval-keys 2e6 --save-weights "$out/t2.npz" &
train s0 270 --minutes 3.8 --save-weights "$out/s0.npz" &
train s1 270 --hash-dropout 0.15 --dropout 0.1 --ema 0.999 --schedule 40e6:3e-3,20e6:1e-3 --minutes 3.8 \
  --save-weights "$out/s1.npz" &
wait

# Phase 2: students distilled from the teachers that finished.
for t in t1 t2; do [ -f "$out/$t.npz" ] || echo "$t missing" >>"$out/logs/status.txt"; done
[ -f "$out/t1.npz" ] && train s2 250 --teacher "$out/t1.npz" --distill 0.5 --minutes 3.5 --save-weights "$out/s2.npz" &
[ -f "$out/t1.npz" ] && train s3 250 --teacher "$out/t1.npz" --distill 0.8 --hash-dropout 0.1 \
  --schedule 40e6:3e-3,20e6:1e-3 --minutes 3.5 --save-weights "$out/s3.npz" &
[ -f "$out/t2.npz" ] && train s4 250 --teacher "$out/t2.npz" --distill 0.5 --minutes 3.5 --save-weights "$out/s4.npz" &
[ -f "$out/t1.npz" ] && train s5 250 --teacher "$out/t1.npz" --distill 0.5 --schedule 40e6:3e-3,20e6:1e-3 \
  --minutes 3.5 --save-weights "$out/s5.npz" &
wait
rm -f "$out/t1.npz" "$out/t2.npz" # too large to bring back; their logs stay
tar -czf "$out/logs.tar.gz" -C "$out" logs && rm -rf "$out/logs"
ls -la "$out"
