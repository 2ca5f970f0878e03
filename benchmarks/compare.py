#!/usr/bin/python3
"""Times pandas, igraph and networkx on one flows CSV and prints one JSON object of seconds and
figures, for benchmarks/compare.sh to set beside the library's (CompareMain); and prints
compare.sh's tables.

Run it with Debian's /usr/bin/python3, where python3-pandas, python3-networkx and python3-igraph
install:

    /usr/bin/python3 benchmarks/compare.py FLOWS.csv [--repeat 3] [--skip-networkx]
        [--networkx-max-rows N] > python.json
    /usr/bin/python3 benchmarks/compare.py report --machine machine.json --java java.json
        --times times.txt --duckdb duckdb.jsonl [--python python.json]

The second form checks the figures of DuckDB (DuckDbMain's lines) and of python.json against
java.json (CompareMain's line), prints the tables and exits 1 when a figure disagrees; it needs
no pandas. times.txt holds compare.sh's wall-clock runs, "KEY SECONDS" a line in the order they
ran (the two sides of a ratio in turns: the best of each key, and the ratio of each round with
its median, are reported) and the load averages before and after.

Semantics, the library's (NetworkScore, Strategies.portfolio):
  - w_ij is the sum of the weights of every flow i -> j, whatever its kind;
  - a directed edge i -> j exists when at least one flow i -> j exists, even of weight 0;
  - weighted reciprocity r = sum_{i != j} min(w_ij, w_ji) / sum_{i != j} w_ij;
  - unweighted reciprocity = directed edges whose reverse exists / directed edges (networkx
    overall_reciprocity, igraph reciprocity(ignore_loops=True, mode="default") on the simple
    graph);
  - self-loops (giver == receiver) do not occur: the library refuses such a flow, so this script
    refuses a file that holds one (networkx would count a self-loop as reciprocated);
  - a quarter is a calendar quarter in UTC; a party's net balance in a quarter is what it gave
    less what it received in flows of that quarter.

Timing: time.perf_counter, each measurement taken --repeat times (default 3), the best kept;
networkx is run once (it takes minutes on millions of rows). "From CSV" includes read_csv with its
defaults (timestamps left as text: weighted reciprocity does not need them); "from memory" starts
from the DataFrame already read (with timestamps parsed, untimed, for the quarterly figures).
"""

import argparse
import json
import statistics
import sys
import time

igraph = nx = np = pd = None  # imported by main(): the report needs none of them


def _import_tools():
    global igraph, nx, np, pd
    import igraph
    import networkx as nx
    import numpy as np
    import pandas as pd


def read(path):
    """The researcher's read for weighted reciprocity: read_csv with its defaults. Timestamps stay
    text, which is all r needs; they are parsed afterwards, untimed, for the quarterly figures."""
    return pd.read_csv(path)


def weighted_reciprocity(df):
    """r, reciprocated and total weight, directed and reciprocated edges, by groupby and reindex."""
    w = df.groupby(["giver", "receiver"], sort=False)["weight"].sum()
    giver = w.index.get_level_values(0)
    receiver = w.index.get_level_values(1)
    back = w.reindex(pd.MultiIndex.from_arrays([receiver, giver])).to_numpy()
    has_back = ~np.isnan(back)
    reciprocated = np.minimum(w.to_numpy(), np.where(has_back, back, 0.0)).sum()
    total = w.sum()
    return {
        "weightedReciprocity": reciprocated / total,
        "reciprocatedWeight": float(reciprocated),
        "totalWeight": float(total),
        "directedEdges": int(len(w)),
        "reciprocatedEdges": int(has_back.sum()),
    }


def strengths(df):
    """Each party's out-strength and in-strength."""
    out = df.groupby("giver")["weight"].sum()
    inn = df.groupby("receiver")["weight"].sum()
    both = pd.concat([out.rename("out"), inn.rename("in")], axis=1).fillna(0.0)
    return {"parties": int(len(both)), "maxOutStrength": float(both["out"].max())}


def quarterly_net_balance(df):
    """Each party's net balance (given less received) in each calendar quarter with a flow."""
    ts = df["timestamp"]
    quarter = ts.dt.year * 4 + (ts.dt.quarter - 1)
    out = df.groupby([df["giver"], quarter])["weight"].sum()
    inn = df.groupby([df["receiver"], quarter])["weight"].sum()
    out.index.names = ["party", "quarter"]
    inn.index.names = ["party", "quarter"]
    net = out.sub(inn, fill_value=0.0)
    return {
        "quarters": int(quarter.nunique()),
        "partyQuarters": int(len(net)),
        "sumAbsNetBalance": float(net.abs().sum()),
    }


def igraph_reciprocity(df):
    """Builds the directed graph of the flows (party names to vertex ids, multi-edges merged into
    one edge: igraph counts each parallel edge otherwise) and computes unweighted reciprocity."""
    g = igraph.Graph.DataFrame(df[["giver", "receiver"]], directed=True, use_vids=False)
    g.simplify(multiple=True, loops=False)
    return {
        "unweightedReciprocity": g.reciprocity(ignore_loops=True, mode="default"),
        "directedEdges": g.ecount(),
    }


def networkx_reciprocity(df):
    """DiGraph of the flows (parallel flows are one edge) and nx.overall_reciprocity."""
    g = nx.DiGraph()
    g.add_edges_from(zip(df["giver"].to_numpy(), df["receiver"].to_numpy()))
    return {
        "unweightedReciprocity": nx.overall_reciprocity(g),
        "directedEdges": g.number_of_edges(),
    }


def best_of(repeat, fn):
    """Runs fn repeat times; the best time and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-networkx", action="store_true")
    parser.add_argument(
        "--networkx-max-rows",
        type=int,
        default=0,
        help="run networkx on the first N rows only (0: every row); the output says so",
    )
    args = parser.parse_args()
    _import_tools()
    out = {
        "tool": "python",
        "csv": args.csv,
        "repeat": args.repeat,
        "versions": {
            "python": sys.version.split()[0],
            "pandas": pd.__version__,
            "numpy": np.__version__,
            "igraph": igraph.__version__,
            "networkx": nx.__version__,
        },
    }

    # pandas, from the CSV: read, then weighted reciprocity
    best_read = best_csv = best_mem = float("inf")
    df = None
    figures = None
    for _ in range(args.repeat):
        df = None  # let the previous frame go before reading again
        t0 = time.perf_counter()
        df = read(args.csv)
        t1 = time.perf_counter()
        figures = weighted_reciprocity(df)
        t2 = time.perf_counter()
        best_read = min(best_read, t1 - t0)
        best_csv = min(best_csv, t2 - t0)
        best_mem = min(best_mem, t2 - t1)
    out["rows"] = int(len(df))
    out["dtypes"] = {c: str(t) for c, t in df.dtypes.items()}
    self_loops = int((df["giver"] == df["receiver"]).sum())
    if self_loops:
        sys.exit(f"compare.py: {args.csv} holds {self_loops} self-loops, which the library refuses")
    out["pandasReadSeconds"] = best_read
    out["pandasReciprocityFromCsvSeconds"] = best_csv
    out["pandasReciprocityFromMemorySeconds"] = best_mem
    figures["unweightedReciprocity"] = figures["reciprocatedEdges"] / figures["directedEdges"]
    out["pandas"] = figures

    # pandas, from memory: strengths and quarterly net balances, from parsed timestamps
    df["timestamp"] = pd.to_datetime(df["timestamp"], utc=True)
    t_strengths, s = best_of(args.repeat, lambda: strengths(df))
    t_quarterly, q = best_of(args.repeat, lambda: quarterly_net_balance(df))
    out["pandasStrengthsSeconds"] = t_strengths
    out["pandasQuarterlySeconds"] = t_quarterly
    out["pandasPartyFiguresFromMemorySeconds"] = t_strengths + t_quarterly
    out["pandas"].update(s)
    out["pandas"].update(q)

    # igraph: build and compute from the loaded edge list
    t_igraph, ig = best_of(args.repeat, lambda: igraph_reciprocity(df))
    out["igraphFromMemorySeconds"] = t_igraph
    out["igraph"] = ig

    # networkx, once, on every row or a prefix
    if not args.skip_networkx:
        part = df
        if 0 < args.networkx_max_rows < len(df):
            part = df.iloc[: args.networkx_max_rows]
        t_nx, nxf = best_of(1, lambda: networkx_reciprocity(part))
        nxf["rows"] = int(len(part))
        nxf["prefix"] = len(part) < len(df)
        if nxf["prefix"]:
            # the same figure by pandas on the same prefix, untimed, to check networkx against
            ref = weighted_reciprocity(part)
            nxf["pandasUnweightedReciprocityOfPrefix"] = (
                ref["reciprocatedEdges"] / ref["directedEdges"]
            )
            nxf["pandasDirectedEdgesOfPrefix"] = ref["directedEdges"]
        out["networkxFromMemorySeconds"] = t_nx
        out["networkx"] = nxf
    print(json.dumps(out))


# --- the check and the table of compare.sh: compare.py report JAVA.json PYTHON.json ---------------


def _close(a, b, rel):
    return a == b or abs(a - b) <= rel * max(abs(a), abs(b))


def check(java, py):
    """Every figure of the tools against the library's; a list of the mismatches."""
    bad = []
    pandas_f = py["pandas"]

    def same(name, got, want, rel=0.0):
        ok = got == want if rel == 0.0 else _close(float(got), float(want), rel)
        if not ok:
            bad.append(f"{name}: {got!r} but the library says {want!r}")

    same("rows (pandas)", py["rows"], java["rows"])
    same("pandas weighted reciprocity", pandas_f["weightedReciprocity"],
         java["weightedReciprocity"], 1e-9)
    same("pandas reciprocated weight", pandas_f["reciprocatedWeight"],
         float(java["reciprocatedWeight"]), 1e-9)
    same("pandas total weight", pandas_f["totalWeight"], float(java["totalWeight"]), 1e-9)
    same("pandas directed edges", pandas_f["directedEdges"], java["directedEdges"])
    same("pandas reciprocated edges", pandas_f["reciprocatedEdges"], java["reciprocatedEdges"])
    same("pandas unweighted reciprocity", pandas_f["unweightedReciprocity"],
         java["unweightedReciprocity"], 1e-12)
    same("pandas parties", pandas_f["parties"], java["parties"])
    same("pandas max out-strength", pandas_f["maxOutStrength"],
         float(java["maxOutStrength"]), 1e-9)
    same("pandas quarters", pandas_f["quarters"], java["quarters"])
    same("pandas party-quarters", pandas_f["partyQuarters"], java["partyQuarters"])
    same("pandas sum of |net balance| per party and quarter", pandas_f["sumAbsNetBalance"],
         float(java["sumAbsNetBalance"]), 1e-9)
    same("igraph unweighted reciprocity", py["igraph"]["unweightedReciprocity"],
         java["unweightedReciprocity"], 1e-12)
    same("igraph directed edges", py["igraph"]["directedEdges"], java["directedEdges"])
    nxf = py.get("networkx")
    if nxf is not None:
        if nxf["prefix"]:
            same("networkx unweighted reciprocity (prefix, against pandas on the prefix)",
                 nxf["unweightedReciprocity"], nxf["pandasUnweightedReciprocityOfPrefix"], 1e-12)
            same("networkx directed edges (prefix, against pandas on the prefix)",
                 nxf["directedEdges"], nxf["pandasDirectedEdgesOfPrefix"])
        else:
            same("networkx unweighted reciprocity", nxf["unweightedReciprocity"],
                 java["unweightedReciprocity"], 1e-12)
            same("networkx directed edges", nxf["directedEdges"], java["directedEdges"])
    return bad


def table(java, py, cli=None):
    """The table of seconds: each tool beside the library call that computes the same figures."""
    r = java["weightedReciprocity"]
    cli_s = None if cli is None else cli["cliReviewSeconds"]
    u = java["unweightedReciprocity"]
    net = java["sumAbsNetBalance"]
    lib_r_csv = java["readSeconds"] + java["portfolioSeconds"]
    rows = [
        ("reciprocity review --format json (in one warm JVM) [R]", java["reviewFromCsvSeconds"],
         None, f"r={r:.10f}"),
        ("reciprocity review --format json (command line, ./reciprocity) [C]", cli_s, None,
         "the same JSON"),
        ("reciprocity read + portfolio [A]", lib_r_csv, java["portfolioSeconds"],
         f"r={r:.10f} u={u:.10f}"),
        ("reciprocity seasonal (quarters)", None, java["seasonalSeconds"],
         f"sum|net|={net}"),
        ("reciprocity portfolio + seasonal [B]", None, java["figuresFromMemorySeconds"],
         "strengths, quarterly net"),
        ("pandas weighted r (CSV vs [C], memory vs [A])", py["pandasReciprocityFromCsvSeconds"],
         py["pandasReciprocityFromMemorySeconds"], f"r={py['pandas']['weightedReciprocity']:.10f}",
         cli_s if cli_s else java["reviewFromCsvSeconds"], java["portfolioSeconds"], "C/A"),
        ("pandas weighted r (CSV vs [A])", py["pandasReciprocityFromCsvSeconds"], None,
         "", lib_r_csv, None, "A"),
        ("pandas strengths + quarterly net", None, py["pandasPartyFiguresFromMemorySeconds"],
         f"sum|net|={py['pandas']['sumAbsNetBalance']:.3f}", None,
         java["figuresFromMemorySeconds"], "B"),
        ("igraph build + reciprocity", None, py["igraphFromMemorySeconds"],
         f"u={py['igraph']['unweightedReciprocity']:.10f}", None, java["portfolioSeconds"], "A"),
    ]
    nxf = py.get("networkx")
    if nxf is not None:
        label = "networkx DiGraph + overall_reciprocity"
        if nxf["prefix"]:
            label += f" (first {nxf['rows']} rows)"
        rows.append((label, None, py["networkxFromMemorySeconds"],
                     f"u={nxf['unweightedReciprocity']:.10f}", None,
                     None if nxf["prefix"] else java["portfolioSeconds"], "A"))

    def sec(x):
        return "-" if x is None else f"{x:.2f} s"

    def ratio(tool, lib):
        return "-" if tool is None or not lib else f"{tool / lib:.2f}x"

    lines = [f"{'tool':<60} {'from CSV':>10} {'from memory':>12}  {'figure':<38} ratio vs library",
             "-" * 140]
    for row in rows:
        name, csv_s, mem_s, fig = row[:4]
        text = ""
        if len(row) == 7:
            lib_csv, lib_mem, ref = row[4], row[5], row[6]
            text = f"CSV {ratio(csv_s, lib_csv)}, memory {ratio(mem_s, lib_mem)} of [{ref}]"
        lines.append(f"{name:<60} {sec(csv_s):>10} {sec(mem_s):>12}  {fig:<38} {text}")
    lines.append("ratio = tool's seconds / the library's (below 1: the tool is faster); "
                 "[A] the library's portfolio figures, [B] portfolio + seasonal figures, "
                 "[C] the whole review from the CSV on the command line.")
    lines.append(f"rows {java['rows']}, best of {java['repeat']} (Java) and {py['repeat']} "
                 f"(Python; networkx once); Java {java['java']}, heap {java['maxHeapBytes'] >> 20} "
                 f"MiB; {', '.join(f'{k} {v}' for k, v in py['versions'].items())}")
    return "\n".join(lines)


# the figures every tool must equal, with the relative tolerance of a float (0: exactly)
DUCKDB_FIGURES = [
    ("weightedReciprocity", 1e-12),
    ("reciprocatedWeight", 0.0),
    ("totalWeight", 0.0),
    ("directedEdges", 0.0),
    ("reciprocatedEdges", 0.0),
    ("unweightedReciprocity", 1e-12),
    ("parties", 0.0),
    ("maxOutStrength", 0.0),
    ("quarters", 0.0),
    ("partyQuarters", 0.0),
    ("sumAbsNetBalance", 0.0),
]


def check_duckdb(java, runs):
    """Each DuckDB run's figures against the library's: exact decimals (both sum exact
    decimals), exact counts, r to 1e-12 (a quotient of the same exact sums), and the strengths of
    the sample parties exactly. A list of the mismatches."""
    bad = []
    samples = [k for k in java if k.startswith(("out:", "in:"))]
    if not samples:
        bad.append("the library printed no sample party's strengths (out:NAME, in:NAME)")
    for n, d in enumerate(runs, 1):
        for key, rel in DUCKDB_FIGURES:
            want, got = java[key], d.get(key)
            ok = got is not None and (
                _close(float(got), float(want), rel) if rel else str(got) == str(want))
            if not ok:
                bad.append(f"DuckDB run {n} {key}: {got!r} but the library says {want!r}")
        for key in samples:
            if str(d.get(key)) != str(java[key]):
                bad.append(f"DuckDB run {n} strength {key}: {d.get(key)!r} but the library says "
                           f"{java[key]!r}")
    return bad


def load_times(path):
    """compare.sh's times file: every run's seconds by key, in the order they ran, and the load
    averages."""
    runs, load = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, rest = line.strip().partition(" ")
            if key.startswith("load-"):
                load[key[len("load-"):]] = rest
            elif key:
                runs.setdefault(key, []).append(float(rest))
    return runs, load


def ratios(runs, top, bottom):
    """The ratio top / bottom of the best runs, and of each round (compare.sh runs the two sides
    in turns, so round i of one ran beside round i of the other) with the median of those."""
    t, b = runs.get(top), runs.get(bottom)
    if not t or not b:
        return None
    per_round = [x / y for x, y in zip(t, b)]
    return min(t) / min(b), per_round, statistics.median(per_round)


def ratio_text(r, name, goal):
    """Markdown for a ratio from ratios()."""
    if r is None:
        return "-"
    best, per_round, median = r
    rounds = ", ".join(f"{x:.2f}" for x in per_round)
    return (f"{name} = **{best:.2f}x** of the best runs; by round {rounds} (median "
            f"**{median:.2f}x**) ({goal})")


def headline(machine, java, times, load, duck, py=None):
    """The Markdown table of the command line against DuckDB (and pandas), and of each score
    against the review, with the machine, the date and the load."""
    gib = machine["memoryKiB"] / (1 << 20)
    lines = [
        f"machine: {machine['nproc']} cores (nproc), {gib:.1f} GiB, {machine['jvm']}; "
        f"{machine['date']}; load average (1, 5, 15 min) before {load.get('before', '?')}, "
        f"after {load.get('after', '?')}",
        f"{java['rows']:,} flows, {machine['repeat']} rounds, each run a new JVM, the two sides "
        "of each ratio in turns (the library warm in one JVM: best of as many)",
        "",
        "| what | time | ratio |",
        "|---|---|---|",
    ]
    best = {key: min(values) for key, values in times.items()}
    review = best.get("cli-review-json")

    def sec(x):
        return "-" if x is None else f"{x:.2f} s"

    lines.append(f"| `reciprocity review --format json` (command line: JVM start, read, review, "
                 f"{java['reportBytes'] / 1e6:.0f} MB of JSON) | {sec(review)} | 1 |")
    lines.append(f"| the same in one warm JVM (CompareMain) | {sec(java['reviewFromCsvSeconds'])} "
                 "| |")
    d = best.get("duckdb")
    inside = min(r["insideSeconds"] for r in duck)
    loaded = min(r["loadSeconds"] for r in duck)
    ratio = ratio_text(ratios(times, "duckdb", "cli-review-json"), "DuckDB / review",
                       "goal: 1.5x or more")
    lines.append(f"| DuckDB {duck[0]['duckdb']} (JDBC, in-process, {duck[0]['threads']} threads): "
                 "CSV to weighted reciprocity, per-party strengths and quarterly net balances "
                 f"(JVM start + load + query) | {sec(d)} ({inside:.2f} s inside the JVM, "
                 f"{loaded:.2f} s of it loading) | {ratio} |")
    if py is not None:
        p = py["pandasReciprocityFromCsvSeconds"] + py["pandasPartyFiguresFromMemorySeconds"]
        ratio = "-" if review is None else f"pandas / review = {p / review:.2f}x"
        lines.append(f"| pandas {py['versions']['pandas']}: read_csv and weighted reciprocity, "
                     "strengths and quarterly net balances (in one process; the timestamps' "
                     f"parsing untimed) | {sec(p)} | {ratio} |")
    text = best.get("cli-review-text")
    if text is not None:
        lines.append(f"| `reciprocity review` (text) | {sec(text)} | 1 |")
        for strategy in ("portfolio", "seasonal", "decaying", "immediate"):
            key = f"cli-score-{strategy}"
            if key in best:
                ratio = ratio_text(ratios(times, key, "cli-review-text"), "score / review",
                                   "goal: 1.5x or less")
                lines.append(f"| `reciprocity score --strategy {strategy}` (text) | "
                             f"{sec(best[key])} | {ratio} |")
    return "\n".join(lines)


def report(argv):
    parser = argparse.ArgumentParser(prog="compare.py report")
    parser.add_argument("--machine", required=True)
    parser.add_argument("--java", required=True)
    parser.add_argument("--times", required=True)
    parser.add_argument("--duckdb", required=True)
    parser.add_argument("--python")
    args = parser.parse_args(argv)

    def load(path):
        with open(path, encoding="utf-8") as f:
            return json.loads(f.read())

    machine = load(args.machine)
    java = load(args.java)
    times, load_avg = load_times(args.times)
    with open(args.duckdb, encoding="utf-8") as f:
        duck = [json.loads(line) for line in f if line.strip()]
    py = None if args.python is None else load(args.python)
    print(headline(machine, java, times, load_avg, duck, py))
    if py is not None:
        print()
        cli = None
        if "cli-review-json" in times:
            cli = {"cliReviewSeconds": min(times["cli-review-json"])}
        print(table(java, py, cli))
    bad = check_duckdb(java, duck)
    if py is not None:
        bad += check(java, py)
    if bad:
        print("\nFIGURES DISAGREE:", file=sys.stderr)
        for b in bad:
            print("  " + b, file=sys.stderr)
        return 1
    print(f"\nfigures agree: DuckDB's ({len(duck)} runs) equal the library's, weighted r to "
          "1e-12 relative, sums, counts and the strengths of "
          f"{', '.join(k[4:] for k in java if k.startswith('out:'))} exactly"
          + ("; pandas, igraph and networkx's: weighted r to 1e-9 (relative), unweighted "
             "reciprocity to 1e-12, edge, party and quarter counts exactly" if py else ""))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "report":
        sys.exit(report(sys.argv[2:]))
    else:
        main()
