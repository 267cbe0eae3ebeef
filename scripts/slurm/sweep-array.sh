#!/bin/bash
# The README's Slurm array job: task i runs shard i/$SHARDS of one sweep with
# a checkpoint, so a requeued (preempted, killed, node-failed) task resumes
# where it stopped. Submit from the repository (npx finds deeplin there):
#   sbatch scripts/slurm/sweep-array.sh
#   # when all tasks are done:
#   npx deeplin merge shard-*.json --out sweep.json
# SHARDS, SWEEP_ARGS and OUT_DIR may be set in the environment (sbatch
# passes it on); --array on the command line must then be 0-(SHARDS-1).
#SBATCH --array=0-15
#SBATCH --cpus-per-task=8
#SBATCH --requeue
#SBATCH --open-mode=append
set -euo pipefail
SHARDS=${SHARDS:-16}
SWEEP_ARGS=${SWEEP_ARGS:---max-width 3 --min-depth 2 --max-depth 7}
OUT_DIR=${OUT_DIR:-.}
i=$SLURM_ARRAY_TASK_ID
echo "task $i of $SHARDS (job ${SLURM_ARRAY_JOB_ID}_$i, restart ${SLURM_RESTART_COUNT:-0}) on $(hostname)"
# shellcheck disable=SC2086  # SWEEP_ARGS is a list of options
exec npx deeplin sweep $SWEEP_ARGS --jobs "$SLURM_CPUS_PER_TASK" --shard "$i/$SHARDS" \
  --checkpoint "$OUT_DIR/ckpt-$i.jsonl" --out "$OUT_DIR/shard-$i.json"
