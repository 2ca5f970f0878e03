#!/usr/bin/env bash
# Times the library against DuckDB, pandas, igraph and networkx on generated flows CSVs, checks
# that they compute the same figures, and prints a table of seconds and ratios.
#
#   benchmarks/compare.sh [ROWS...] [--repeat N] [--skip-python] [--skip-networkx]
#                         [--networkx-max-rows N] [--skip-scores]
#
# ROWS: flows to generate, one or more sizes, default 2000000 10000000 (about 100 and 510 MB of
# CSV). Each CSV is generated once with the fixed-seed FlowGenerator into
# benchmarks/target/flows-ROWS.csv (git-ignored) and reused; the JSON results go beside it.
# --repeat: how many rounds each measurement is taken in, the best kept (default 3).
#
# For each size, each run in a new JVM, --repeat rounds, the two sides of a ratio in turns
# (review, DuckDB, review, DuckDB...), so that a machine whose speed drifts slows both alike; the
# table shows the best of each side, their ratio, and the ratio of each round with its median:
#   - `reciprocity review --flows F --format json` through the ./reciprocity launcher, as a user
#     runs it (JVM start, reading, the review, 10s to 100s of MB of JSON to /dev/null);
#   - DuckDB (JDBC, in-process, every core; DuckDbMain): JVM start, the CSV loaded, weighted
#     reciprocity, per-party strengths and quarterly net balances; its time inside the JVM too;
#   - the library warm in one JVM (CompareMain), whose figures every other tool must equal;
#   - pandas, igraph and networkx (compare.py; --skip-python leaves them out, and
#     --skip-networkx or --networkx-max-rows N only networkx, which takes minutes).
# On the smallest size, unless --skip-scores: `reciprocity score --strategy S` for S in
# portfolio, seasonal, decaying, immediate, each against `reciprocity review` (both text), in
# turns too (review, the four scores, review...).
#
# Environment: JAVA_HEAP (default 16g) for CompareMain; JAVA_OPTS passes through to the
# launcher as for any user; MVN_ARGS for the build (such as -o). Installs python3-pandas,
# python3-networkx and python3-igraph with apt-get when /usr/bin/python3 lacks them (not with
# --skip-python), and builds the jars when they are missing or older than the sources.
# Exits 1 when a figure disagrees. The machine's cores, memory, JVM, the date and the load
# average before and after each size are printed with the table: on a shared machine the load
# moves every figure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$root/reciprocity-benchmarks/target/benchmarks.jar"
duckdb_jar="$root/reciprocity-benchmarks/target/lib/duckdb_jdbc.jar"
cli="$root/reciprocity-examples/target/reciprocity-cli.jar"
launcher="$root/reciprocity"
python=/usr/bin/python3
out="$here/target"

sizes=()
repeat=3
skip_python=""
skip_scores=""
py_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat="$2"; shift 2 ;;
    --skip-python) skip_python=1; shift ;;
    --skip-scores) skip_scores=1; shift ;;
    --skip-networkx) py_args+=(--skip-networkx); shift ;;
    --networkx-max-rows) py_args+=(--networkx-max-rows "$2"); shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    [0-9]*) sizes+=("$1"); shift ;;
    *) echo "compare.sh: unknown argument '$1'; see $0 --help" >&2; exit 2 ;;
  esac
done
[ ${#sizes[@]} -eq 0 ] && sizes=(2000000 10000000)
case "$repeat" in
  ''|*[!0-9]*|0) echo "compare.sh: --repeat takes a whole number from 1, not '$repeat'" >&2; exit 2 ;;
esac

# (i) the Python side's packages, from Debian, for /usr/bin/python3
if [ -z "$skip_python" ] && ! "$python" -c 'import pandas, networkx, igraph' 2>/dev/null; then
  echo "compare.sh: installing python3-pandas python3-networkx python3-igraph..." >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    python3-pandas python3-networkx python3-igraph >&2
fi

# (ii) the jars: the benchmarks (with DuckDB's driver beside it) and the command-line tool
stale() {
  [ ! -f "$1" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root"/reciprocity-*/pom.xml "$root"/reciprocity-*/src/main \
      -newer "$1" -print -quit 2>/dev/null)" ]
}
if stale "$jar" || stale "$cli" || [ ! -f "$duckdb_jar" ]; then
  echo "compare.sh: building $jar and $cli..." >&2
  # shellcheck disable=SC2086  # MVN_ARGS holds several arguments
  "$root/mvnw" -q -B -f "$root/pom.xml" ${MVN_ARGS:-} \
    -pl reciprocity-benchmarks,reciprocity-examples -am package -DskipTests >&2
fi
# the launcher's own first-run work (its class-data archive, if it keeps one) is not measured
"$launcher" --version > /dev/null

# timed KEY FILE COMMAND...: runs COMMAND once, its standard output appended to FILE, and appends
# "KEY SECONDS" to $times. The callers take turns round by round (review, DuckDB, review, DuckDB...)
# rather than running one side --repeat times and then the other: this machine's speed drifts by
# half within minutes, and taking turns lets the drift slow both sides of a ratio alike.
timed() {
  local key="$1" sink="$2" t0 t1 ns
  shift 2
  t0=$(date +%s%N)
  "$@" >> "$sink"
  t1=$(date +%s%N)
  ns=$((t1 - t0))
  printf '%s %d.%09d\n' "$key" $((ns / 1000000000)) $((ns % 1000000000)) >> "$times"
}

mkdir -p "$out"
machine="$out/machine.json"
"$python" - "$machine" "$(nproc)" "$(java -version 2>&1 | sed -n 2p)" "$repeat" <<'PY'
import json, sys, datetime
mem = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal:"))
json.dump({"nproc": int(sys.argv[2]), "memoryKiB": mem, "jvm": sys.argv[3],
           "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
           "repeat": int(sys.argv[4])}, open(sys.argv[1], "w"))
PY

reports=()
smallest=$(printf '%s\n' "${sizes[@]}" | sort -n | head -1)
for rows in "${sizes[@]}"; do
  csv="$out/flows-$rows.csv"
  times="$out/times-$rows.txt"
  : > "$times"
  if [ ! -f "$csv" ]; then
    java -cp "$jar" dev.reciprocity.benchmarks.FlowGenerator "$rows" "$csv"
  fi
  echo "load-before $(cut -d' ' -f1-3 /proc/loadavg)" >> "$times"

  echo "compare.sh: $rows rows: reciprocity review --format json and DuckDB, in turns ($repeat rounds)..." >&2
  : > "$out/duckdb-$rows.jsonl"
  for ((run = 0; run < repeat; run++)); do
    timed cli-review-json /dev/null "$launcher" review --flows "$csv" --format json
    timed duckdb "$out/duckdb-$rows.jsonl" java -cp "$jar:$duckdb_jar" \
      dev.reciprocity.benchmarks.DuckDbMain "$csv"
  done

  if [ -z "$skip_scores" ] && [ "$rows" = "$smallest" ]; then
    echo "compare.sh: $rows rows: review (text) and score --strategy S, in turns ($repeat rounds)..." >&2
    for ((run = 0; run < repeat; run++)); do
      timed cli-review-text /dev/null "$launcher" review --flows "$csv"
      for strategy in portfolio seasonal decaying immediate; do
        timed "cli-score-$strategy" /dev/null "$launcher" score --strategy "$strategy" --flows "$csv"
      done
    done
  fi

  echo "compare.sh: $rows rows: the library warm in one JVM (CompareMain, best of $repeat)..." >&2
  java "-Xmx${JAVA_HEAP:-16g}" -cp "$jar" dev.reciprocity.benchmarks.CompareMain "$csv" "$repeat" \
    > "$out/java-$rows.json"

  python_json=""
  if [ -z "$skip_python" ]; then
    echo "compare.sh: $rows rows: pandas, igraph and networkx (best of $repeat)..." >&2
    "$python" "$here/compare.py" "$csv" --repeat "$repeat" ${py_args[@]+"${py_args[@]}"} \
      > "$out/python-$rows.json"
    python_json="$out/python-$rows.json"
  fi
  echo "load-after $(cut -d' ' -f1-3 /proc/loadavg)" >> "$times"
  reports+=("$rows:$python_json")
done

# the figures must agree; the tables
status=0
for r in "${reports[@]}"; do
  rows="${r%%:*}"
  python_json="${r#*:}"
  "$python" "$here/compare.py" report --machine "$machine" --java "$out/java-$rows.json" \
    --times "$out/times-$rows.txt" --duckdb "$out/duckdb-$rows.jsonl" \
    ${python_json:+--python "$python_json"} || status=1
done
exit $status
