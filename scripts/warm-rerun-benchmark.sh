#!/usr/bin/env bash
# Cold runs against warm re-runs of `ie extract`: the wall-clock time a researcher waits when the
# annotation cache is empty (CoreNLP loads and annotates, the gazetteer is built) and when it is
# filled (only our annotators and event assembly run). Each run is a fresh `./ie` process, as at the
# terminal, so JVM start-up counts. Prints every time, the medians, the speed-up, and whether every
# run wrote the same bytes; exits 1 if any output differs.
#
#   scripts/warm-rerun-benchmark.sh [INPUT] [COLD_RUNS] [WARM_RUNS]   (defaults: seeds 3 5)
#
# Before measuring it builds the jar and does one untimed extraction, so that no timed run pays
# for the build or for recording the class-data archive (see ./ie). Timings: README "Warm re-runs".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input=${1:-$here/seeds}
cold_runs=${2:-3}
warm_runs=${3:-5}
[ -e "$input" ] || { echo "warm-rerun-benchmark.sh: $input: no such file or folder" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$here/ie" extract "$input" --cache "$tmp/untimed" -o "$tmp/untimed.jsonl" >/dev/null 2>&1

# seconds, with milliseconds, of one `ie extract` into the cache folder $1, writing $2
timed() {
  local start end
  start=$(date +%s%N)
  "$here/ie" extract "$input" --cache "$1" -o "$2" >/dev/null 2>"$tmp/stderr" \
    || { echo "warm-rerun-benchmark.sh: ie extract failed:" >&2; cat "$tmp/stderr" >&2; exit 1; }
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

cold=""
for i in $(seq "$cold_runs"); do
  rm -rf "$tmp/cache"
  cold="$cold $(timed "$tmp/cache" "$tmp/cold$i.jsonl")"
done
warm=""
for i in $(seq "$warm_runs"); do
  warm="$warm $(timed "$tmp/cache" "$tmp/warm$i.jsonl")"
done

same=yes
for f in "$tmp"/cold*.jsonl "$tmp"/warm*.jsonl; do
  cmp -s "$tmp/cold1.jsonl" "$f" || { same=no; echo "differs: $(basename "$f")" >&2; }
done
cold_median=$(echo "$cold" | median)
warm_median=$(echo "$warm" | median)
echo "input: $input"
echo "cold runs (s):$cold   median $cold_median"
echo "warm runs (s):$warm   median $warm_median"
awk -v c="$cold_median" -v w="$warm_median" 'BEGIN { printf "speed-up: %.1fx (target: at least 10x)\n", c / w }'
echo "byte-identical output in all $((cold_runs + warm_runs)) runs: $same"
[ "$same" = yes ]
