#!/usr/bin/env python3
"""Extracts who-helped-whom flows from the commit-message trailers of a git repository.

Each trailer such as `Reviewed-by: B <b@x>` on a non-merge commit authored by A becomes one flow
B -> A, written as CSV with the columns

    timestamp,giver,receiver,kind,weight,commit

the same layout as the git/git trailer data shipped in reciprocity-examples:

    timestamp  the commit's author date in UTC, YYYY-MM-DDTHH:MM:SSZ
    giver      the trailer's name; receiver: the commit author's name
    kind       a short lower-case name for the trailer (table below)
    weight     always 1
    commit     the first 12 hex digits of the commit id

Trailer keys are matched without regard to case, as git itself does (`Acked-By` is `Acked-by`):

    Acked-by      ack        Reported-by   report
    Helped-by     help       Reviewed-by   review
    Mentored-by   mentor     Suggested-by  suggest
    Tested-by     test

Every other trailer is left out, Signed-off-by (the chain of custody) included, and so are
compound keys such as Reported-and-tested-by; their counts are printed to stderr.

Names: the repository's .mailmap, read from the commit being extracted, is applied to authors
(`%aN`) and to every trailer identity that carries an address (`git check-mailmap`); a trailer
without an address keeps its name as written. Names are then put in Unicode NFC with every run of
white space collapsed to one space. No e-mail address is written. A row whose giver is the author
is dropped, and so is a row repeated within one commit (same giver and kind). Rows are sorted by
timestamp, then commit, kind and giver, and written with the csv module (quotes only where
needed, LF line ends, UTF-8), so the output is byte-for-byte the same from the same commit.

Usage:
  extract_trailers.py --git-dir DIR [--rev REV] [--from-year Y] [--to-year Y] [-o FLOWS.csv]

  --git-dir DIR   the repository (a bare mirror is fine)
  --rev REV       the branch or commit to read; default HEAD. It is resolved to a commit id first,
                  and the .mailmap is read from that same commit.
  --from-year Y, --to-year Y
                  keep only the rows whose author date (UTC) falls in these calendar years,
                  both ends included (to keep a large history to a manageable file)
  -o FILE         where to write; default standard output

Python 3 standard library only; runs `git log` and `git check-mailmap`.
"""
import argparse
import collections
import csv
import datetime
import re
import subprocess
import sys
import unicodedata

KINDS = {
    "acked-by": "ack",
    "helped-by": "help",
    "mentored-by": "mentor",
    "reported-by": "report",
    "reviewed-by": "review",
    "suggested-by": "suggest",
    "tested-by": "test",
}

RECORD = "\x1e"
FIELD = "\x1f"
TRAILER = re.compile(r"^([A-Za-z0-9][A-Za-z0-9-]*)\s*:\s*(.*)$")
# "Name <address>"; a missing closing bracket is tolerated, anything after it is ignored
CONTACT = re.compile(r"^(?P<name>[^<]*?)\s*<(?P<address>[^<>]*)>?.*$")


def git(git_dir, *args, stdin=None):
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args],
        input=stdin,
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8", errors="strict")


def clean(name):
    """NFC, with each run of white space collapsed to one space and the edges stripped."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def utc(epoch):
    return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--git-dir", required=True)
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--from-year", type=int)
    ap.add_argument("--to-year", type=int)
    ap.add_argument("-o", "--output")
    args = ap.parse_args()

    commit = git(args.git_dir, "rev-parse", "--verify", args.rev + "^{commit}").strip()
    mailmap = ["-c", "mailmap.blob=" + commit + ":.mailmap"]
    log = git(
        args.git_dir,
        *mailmap,
        "log",
        "--no-merges",
        "--use-mailmap",
        "--format=" + RECORD + "%H" + FIELD + "%at" + FIELD + "%aN" + FIELD
        + "%(trailers:only,unfold)",
        commit,
    )

    commits = out_of_range = 0
    raw = []  # (epoch, id, author, kind, contact or bare name, has address)
    unused = collections.Counter()
    for record in log.split(RECORD)[1:]:
        sha, epoch, author, trailers = record.split(FIELD)
        year = int(utc(epoch)[:4])
        if (args.from_year is not None and year < args.from_year) or (
                args.to_year is not None and year > args.to_year):
            out_of_range += 1
            continue
        commits += 1
        for line in trailers.splitlines():
            m = TRAILER.match(line)
            if not m:
                continue
            key, value = m.group(1).lower(), m.group(2).strip()
            kind = KINDS.get(key)
            if kind is None:
                if key.endswith("-by") and key != "signed-off-by":
                    unused[m.group(1)] += 1
                continue
            c = CONTACT.match(value)
            if c:
                raw.append((epoch, sha, author, kind, c.group("name") + " <" + c.group("address")
                            + ">", True))
            else:
                raw.append((epoch, sha, author, kind, value, False))

    # one call to git check-mailmap for every distinct identity that has an address
    contacts = sorted({r[4] for r in raw if r[5]})
    mapped = {}
    if contacts:
        out = git(args.git_dir, *mailmap, "check-mailmap", "--stdin",
                  stdin="".join(c + "\n" for c in contacts).encode("utf-8"))
        lines = out.split("\n")[: len(contacts)]
        assert len(lines) == len(contacts), "check-mailmap answered %d of %d" % (
            len(lines), len(contacts))
        for contact, line in zip(contacts, lines):
            m = CONTACT.match(line)
            mapped[contact] = m.group("name") if m else line

    rows = set()
    self_flows = duplicates = unnamed = 0
    for epoch, sha, author, kind, who, has_address in raw:
        ts = utc(epoch)
        giver = clean(mapped[who] if has_address else who)
        receiver = clean(author)
        if not giver or not receiver:
            unnamed += 1
            continue
        if giver == receiver:
            self_flows += 1
            continue
        row = (ts, sha[:12], kind, giver, receiver)
        if row in rows:
            duplicates += 1
            continue
        rows.add(row)

    ordered = sorted(rows)
    out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
    try:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["timestamp", "giver", "receiver", "kind", "weight", "commit"])
        for ts, short, kind, giver, receiver in ordered:
            w.writerow([ts, giver, receiver, kind, 1, short])
    finally:
        if args.output:
            out.close()

    parties = {r[3] for r in ordered} | {r[4] for r in ordered}
    kinds = collections.Counter(r[2] for r in ordered)
    report = {
        "read at": commit,
        "non-merge commits read": commits,
        "non-merge commits outside the years": out_of_range,
        "rows": len(ordered),
        "commits with rows": len({r[1] for r in ordered}),
        "parties": len(parties),
        "givers": len({r[3] for r in ordered}),
        "receivers": len({r[4] for r in ordered}),
        "first": ordered[0][:2] if ordered else None,
        "last": ordered[-1][:2] if ordered else None,
        "kinds": dict(kinds.most_common()),
        "dropped, giver is the author": self_flows,
        "dropped, repeated within a commit": duplicates,
        "dropped, no name": unnamed,
        "trailers without an address": sum(1 for r in raw if not r[5]),
        "other -by trailers (not used)": dict(unused.most_common(25)),
    }
    for k, v in report.items():
        print("%s: %s" % (k, v), file=sys.stderr)


if __name__ == "__main__":
    main()
