#!/usr/bin/env bash
# Times the library against pandas, igraph and networkx on one generated flows CSV, checks that
# they compute the same figures, and prints a table of seconds.
#
#   benchmarks/compare.sh [ROWS] [--repeat N] [--skip-networkx] [--networkx-max-rows N]
#
# ROWS: flows to generate, default 10000000 (about 510 MB of CSV). The CSV is generated once
# with the fixed-seed FlowGenerator into benchmarks/target/flows-ROWS.csv (git-ignored) and
# reused; the two JSON results go beside it. --repeat: how many times each measurement is taken,
# the best kept (default 3). networkx takes minutes on 10 million rows: skip it, or run it on a
# prefix (its figure is then checked against pandas on the same prefix).
#
# The library is timed twice: warm in one JVM (CompareMain, best of --repeat), and the command
# line as a user runs it, `reciprocity review --format json` in a new JVM with a 2 GB heap, each
# run cold, best of --repeat like every other measurement.
#
# Environment: JAVA_HEAP (default 16g) for the Java side's CompareMain; MVN_ARGS for the build (such as
# -o -Dmaven.repo.local=...). Installs python3-pandas, python3-networkx and python3-igraph with
# apt-get when /usr/bin/python3 lacks them, and builds the benchmarks jar when it is missing or
# older than the sources. Exits 1 when a figure disagrees.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$root/reciprocity-benchmarks/target/benchmarks.jar"
cli="$root/reciprocity-examples/target/reciprocity-cli.jar"
python=/usr/bin/python3
out="$here/target"

rows=10000000
repeat=3
py_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat="$2"; shift 2 ;;
    --skip-networkx) py_args+=(--skip-networkx); shift ;;
    --networkx-max-rows) py_args+=(--networkx-max-rows "$2"); shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    [0-9]*) rows="$1"; shift ;;
    *) echo "compare.sh: unknown argument '$1'; see $0 --help" >&2; exit 2 ;;
  esac
done

# (i) the Python side's packages, from Debian, for /usr/bin/python3
if ! "$python" -c 'import pandas, networkx, igraph' 2>/dev/null; then
  echo "compare.sh: installing python3-pandas python3-networkx python3-igraph..." >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    python3-pandas python3-networkx python3-igraph >&2
fi

# (ii) the benchmarks jar
stale() {
  [ ! -f "$1" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root"/reciprocity-*/pom.xml "$root"/reciprocity-*/src/main \
      -newer "$1" -print -quit 2>/dev/null)" ]
}
if stale "$jar" || stale "$cli"; then
  echo "compare.sh: building $jar and $cli..." >&2
  # shellcheck disable=SC2086  # MVN_ARGS holds several arguments
  "$root/mvnw" -q -B -f "$root/pom.xml" ${MVN_ARGS:-} \
    -pl reciprocity-benchmarks,reciprocity-examples -am package -DskipTests >&2
fi

# (iii) the data, generated once per size
mkdir -p "$out"
csv="$out/flows-$rows.csv"
if [ ! -f "$csv" ]; then
  java -cp "$jar" dev.reciprocity.benchmarks.FlowGenerator "$rows" "$csv"
fi

# (iv) both sides on the same CSV
echo "compare.sh: the library on $csv (best of $repeat)..." >&2
java "-Xmx${JAVA_HEAP:-16g}" -cp "$jar" dev.reciprocity.benchmarks.CompareMain "$csv" "$repeat" \
  > "$out/java-$rows.json"
# the command line as a user runs it: a cold JVM in a 2 GB heap, CSV to the JSON review
echo "compare.sh: reciprocity review --format json on $csv (command line, -Xmx2g, best of $repeat)..." >&2
best=""
for ((run = 0; run < repeat; run++)); do
  start=$(date +%s.%N)
  java -Xmx2g -XX:+UseParallelGC -jar "$cli" review --flows "$csv" --format json > /dev/null
  end=$(date +%s.%N)
  best=$("$python" -c "import sys; t = float(sys.argv[2]) - float(sys.argv[1]); print(t if sys.argv[3] == '' else min(t, float(sys.argv[3])))" \
    "$start" "$end" "$best")
done
"$python" -c "import json,sys; print(json.dumps({'cliReviewSeconds': float(sys.argv[1])}))" \
  "$best" > "$out/cli-$rows.json"
echo "compare.sh: pandas, igraph and networkx on $csv (best of $repeat)..." >&2
"$python" "$here/compare.py" "$csv" --repeat "$repeat" ${py_args[@]+"${py_args[@]}"} \
  > "$out/python-$rows.json"

# (v) and (vi): the figures must agree; the table
"$python" "$here/compare.py" report "$out/java-$rows.json" "$out/python-$rows.json" \
  "$out/cli-$rows.json"
