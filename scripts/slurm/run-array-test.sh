#!/usr/bin/env bash
# End-to-end test of deeplin's Slurm array job on a real single-node Slurm
# cluster started here from Debian's packages (munge, slurmctld, slurmd,
# slurm-client), everything under one temporary directory:
#   1. start munged, slurmctld and slurmd (slurm.conf.template: no cgroups);
#   2. submit scripts/slurm/sweep-array.sh (the README's job) for a small sweep;
#   3. while task 0 runs and has checkpointed work, requeue it (Slurm kills it
#      and starts it again); check that the rerun resumes from its checkpoint;
#   4. merge the shards and byte-compare with the unsharded sweep.
# Fails loudly (exit 1, with the daemons' logs) at the first step that does
# not work; never skips. Needs root (slurmd runs as root) and `npm run build`.
# Usage: scripts/slurm/run-array-test.sh   (env: KEEP=1 keeps the directory)
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$(pwd)

SHARDS=${SHARDS:-3}
SWEEP_ARGS=${SWEEP_ARGS:---max-width 2 --min-depth 4 --max-depth 6}
TIMEOUT=${TIMEOUT:-600}

die() {
  echo "slurm test: FAILED: $*" >&2
  for f in "$WORK"/log/*.log "$WORK"/out/slurm-*.out; do
    [ -f "$f" ] && { echo "---- $f (last 40 lines)" >&2; tail -n 40 "$f" >&2; }
  done
  exit 1
}
for cmd in munged slurmctld slurmd sbatch squeue scontrol node; do
  command -v "$cmd" >/dev/null || { echo "slurm test: FAILED: $cmd not found (apt-get install munge slurmctld slurmd slurm-client)" >&2; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "slurm test: FAILED: must run as root (slurmd starts job steps as their user)" >&2; exit 1; }
[ -f dist/src/cli/main.js ] || { echo "slurm test: FAILED: dist/ missing; run npm run build first" >&2; exit 1; }

WORK=$(mktemp -d /tmp/deeplin-slurm.XXXXXX)
chmod 755 "$WORK"
mkdir -p "$WORK"/{munge,state,spool,run,log,out}
chmod 700 "$WORK/munge"
PIDS=()
cleanup() {
  # stop only the daemons this script started, by their pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for f in "$WORK"/run/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
  sleep 1
  if [ "${KEEP:-0}" = 1 ]; then echo "slurm test: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# 1. the cluster: a private munge key and socket, free ports, this host's cores
dd if=/dev/urandom of="$WORK/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$WORK/munge/munge.key"
munged --force --socket="$WORK/munge/munge.socket" --key-file="$WORK/munge/munge.key" \
  --pid-file="$WORK/run/munged.pid" --log-file="$WORK/log/munged.log" --seed-file="$WORK/munge/seed" \
  || die "munged did not start"
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'; }
CTLD_PORT=$(free_port)
SLURMD_PORT=$(free_port)
HOST=$(hostname -s)
CPUS=$(nproc)
MEMORY_MB=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
sed -e "s|@WORK@|$WORK|g" -e "s|@HOST@|$HOST|g" -e "s|@CPUS@|$CPUS|g" -e "s|@MEMORY_MB@|$MEMORY_MB|g" \
    -e "s|@CTLD_PORT@|$CTLD_PORT|g" -e "s|@SLURMD_PORT@|$SLURMD_PORT|g" -e "s|@USER@|$(id -un)|g" \
    scripts/slurm/slurm.conf.template > "$WORK/slurm.conf"
export SLURM_CONF="$WORK/slurm.conf"
slurmctld -D -i -f "$SLURM_CONF" >>"$WORK/log/slurmctld.stdout" 2>&1 &
PIDS+=($!)
slurmd -D -f "$SLURM_CONF" >>"$WORK/log/slurmd.stdout" 2>&1 &
PIDS+=($!)
for _ in $(seq 60); do
  state=$(sinfo -h -N -o '%T' 2>/dev/null | head -1 || true)
  [ "$state" = idle ] && break
  for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || die "a Slurm daemon exited (pid $pid)"; done
  sleep 1
done
[ "$state" = idle ] || die "node not idle after 60 s (state: ${state:-none})"
echo "slurm test: cluster up ($HOST, $CPUS CPUs, ports $CTLD_PORT/$SLURMD_PORT, $WORK)"

# 2. the README's array job, one CPU per task
export SHARDS SWEEP_ARGS OUT_DIR="$WORK/out"
JOB=$(sbatch --parsable --array=0-$((SHARDS - 1)) --cpus-per-task=1 --chdir="$REPO" \
  --output="$WORK/out/slurm-%A_%a.out" scripts/slurm/sweep-array.sh) || die "sbatch refused the job"
echo "slurm test: submitted array job $JOB ($SHARDS tasks: sweep $SWEEP_ARGS)"

# 3. requeue task 0 while it runs, once it has checkpointed at least one architecture
deadline=$((SECONDS + TIMEOUT))
while :; do
  [ $SECONDS -lt $deadline ] || die "task 0 never ran with checkpointed work within ${TIMEOUT} s"
  state=$(squeue -h -j "${JOB}_0" -o '%T' 2>/dev/null || true)
  lines=$( (wc -l < "$WORK/out/ckpt-0.jsonl") 2>/dev/null || echo 0)
  [ "$state" = RUNNING ] && [ "$lines" -ge 2 ] && break
  [ -f "$WORK/out/shard-0.json" ] && die "task 0 finished before it could be requeued (make the sweep larger)"
  sleep 0.5
done
scontrol requeue "${JOB}_0" || die "scontrol requeue ${JOB}_0 failed"
killed_at=$(( $(wc -l < "$WORK/out/ckpt-0.jsonl") - 1 ))
echo "slurm test: requeued task 0 while running, with $killed_at architectures in its checkpoint"
# Slurm delays a requeued job's start (its begin time is set about two minutes
# ahead once the kill is complete); when it is pending again, let it start now
for _ in $(seq 60); do
  [ "$(squeue -h -j "${JOB}_0" -o '%T' 2>/dev/null || true)" = PENDING ] && break
  sleep 0.5
done
scontrol update JobId="${JOB}_0" StartTime=now >/dev/null 2>&1 || true

while [ -n "$(squeue -h -j "$JOB" -o '%i' 2>/dev/null)" ]; do
  [ $SECONDS -lt $deadline ] || die "array job $JOB not done within ${TIMEOUT} s"
  sleep 1
done
restarts=$(scontrol show job "${JOB}_0" | grep -o 'Restarts=[0-9]*' | cut -d= -f2 || true)
[ "${restarts:-0}" -ge 1 ] || die "task 0 shows Restarts=${restarts:-?}: it was not requeued"
out0=$(ls "$WORK"/out/slurm-*_0.out)
# the first run was really killed: it wrote no result before the restart
first_run=$(sed -n '/restart 0)/,/restart 1)/p' "$out0")
if grep -q "sweep written to" <<<"$first_run"; then die "task 0's first run was not killed by the requeue (it finished its shard)"; fi
resumed=$(sed -n "s|^resumed \([0-9]*\) architectures from $WORK/out/ckpt-0.jsonl\$|\1|p" "$out0")
[ -n "$resumed" ] || die "the requeued task 0 did not resume from its checkpoint (no 'resumed' line in $out0)"
shard_size=$(sed -n 's/.*(of \([0-9]*\) in shard 0.*/\1/p' "$out0" | tail -1)
[ "$resumed" -ge "$killed_at" ] || die "task 0 resumed $resumed architectures, fewer than the $killed_at checkpointed before the kill"
[ "$resumed" -lt "${shard_size:-0}" ] || die "task 0 resumed $resumed of ${shard_size:-?} architectures: nothing was left to redo after the kill"
echo "slurm test: task 0 was killed and restarted $restarts time(s); the rerun resumed $resumed of its $shard_size architectures from the checkpoint and computed the rest"
for i in $(seq 0 $((SHARDS - 1))); do
  [ -f "$WORK/out/shard-$i.json" ] || die "task $i wrote no shard file"
done

# 4. merge = the unsharded run, byte for byte
# shellcheck disable=SC2086
node bin/deeplin.js merge "$WORK"/out/shard-*.json --out "$WORK/merged.json" || die "deeplin merge failed"
# shellcheck disable=SC2086
node bin/deeplin.js sweep $SWEEP_ARGS --jobs 1 --out "$WORK/unsharded.json" >/dev/null 2>&1 || die "unsharded sweep failed"
cmp "$WORK/merged.json" "$WORK/unsharded.json" || die "merged shards differ from the unsharded sweep"
echo "slurm test: PASSED: merged $SHARDS shards = unsharded sweep ($(wc -c < "$WORK/merged.json") bytes, identical)"
