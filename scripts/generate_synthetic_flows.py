#!/usr/bin/env python3
"""Writes the synthetic flows fixture of reciprocity-examples (fixed seed): see
reciprocity-examples/src/test/resources/dev/reciprocity/examples/synthetic/README.md.

Usage: generate_synthetic_flows.py [OUT_CSV]
"""
import random, datetime
random.seed(20261122)
parties = [f"p{i:03d}" for i in range(60)] + ["Zoë \"Z\" O'Neil", "Li, Wei", "=cmd|x"]
kinds = ["review", "mentoring", "labor", "money", "attention"]
t0 = datetime.datetime(2019, 1, 1, tzinfo=datetime.timezone.utc)
rows = []
for n in range(2500):
    g = random.choice(parties[:20]) if random.random() < 0.5 else random.choice(parties)
    r = random.choice(parties)
    while r == g:
        r = random.choice(parties)
    w = round(random.lognormvariate(0, 1), random.choice([0, 1, 2, 3]))
    if random.random() < 0.03:
        w = 0
    ts = t0 + datetime.timedelta(seconds=random.randrange(0, 6 * 365 * 86400))
    rows.append((ts, g, r, random.choice(kinds), w))
    if random.random() < 0.3:
        ts2 = ts + datetime.timedelta(days=random.randrange(0, 60))
        rows.append((ts2, r, g, random.choice(kinds), round(w * random.choice([1, 0.5, 2]), 3)))
rows.sort()
import csv
import sys
out = sys.argv[1] if len(sys.argv) > 1 else "flows.csv"
with open(out, "w", newline="", encoding="utf-8") as f:
    wr = csv.writer(f)
    wr.writerow(["timestamp", "giver", "receiver", "kind", "weight", "note"])
    for ts, g, r, k, w in rows:
        ws = ("%.3f" % w).rstrip("0").rstrip(".") if w != int(w) else str(int(w))
        wr.writerow([ts.strftime("%Y-%m-%dT%H:%M:%SZ"), g, r, k, ws, "synthetic"])
