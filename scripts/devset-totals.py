#!/usr/bin/env python3
"""Totals over the development set of extraction recall and precision, summed
across stories: by default over what issue 17 measures (count, measure, date
and time claims), or over the predicates named with --predicates (issue 18's
title and head).

Runs the development set's scorer (beside the repository, never in it) and adds
up its per-predicate table ("this script" matching: same article and predicate,
quote overlap >= 0.6). From the repository root, after `cargo build --release`:

    python3 scripts/devset-totals.py [--devset ../shared/devset]
    python3 scripts/devset-totals.py --predicates title head
"""
import argparse
import collections
import re
import subprocess
import sys

PREDICATES = ("count", "measure", "date", "time")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", default="../shared/devset")
    parser.add_argument("--binary", default="target/release/claimcheck")
    parser.add_argument("--predicates", nargs="+", default=list(PREDICATES))
    args = parser.parse_args()
    out = subprocess.run(
        [sys.executable, f"{args.devset}/score.py", "--binary", args.binary],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    totals = collections.defaultdict(lambda: [0, 0, 0])
    in_script_table = False
    for line in out.splitlines():
        if line.startswith("=="):
            in_script_table = False
        if "extraction (this script" in line:
            in_script_table = True
        m = re.match(r"  (\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s", line)
        if m and in_script_table and m.group(1) in args.predicates:
            for i in range(3):
                totals[m.group(1)][i] += int(m.group(i + 2))
    chosen = args.predicates
    together = "all four" if tuple(chosen) == PREDICATES else "together"
    rows = [(p, *totals[p]) for p in chosen] + [
        (together, *[sum(totals[p][i] for p in chosen) for i in range(3)])
    ]
    print(f"{'predicate':10} {'gold':>5} {'found':>6} {'matched':>8} {'recall':>7} {'precision':>10}")
    for name, gold, found, matched in rows:
        recall = matched / gold if gold else 0.0
        precision = matched / found if found else 0.0
        print(f"{name:10} {gold:5} {found:6} {matched:8} {recall:7.2f} {precision:10.2f}")


if __name__ == "__main__":
    main()
