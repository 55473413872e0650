#!/usr/bin/env python3
"""Benchmarks `claimcheck check` on generated corpora of 100k and 1M claims, and
DuckDB's GROUP BY and self-join for conflicting values over the same claims as CSV.

    python3 bench/run.py [--sizes 100000,1000000] [--work DIR] [--runs 3]

Prints a Markdown table of wall times and peak memory, for BENCHMARKS.md.
"""
import argparse, os, shutil, subprocess, sys, tempfile, time
from statistics import median

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, "target", "release")


def run(cmd, stdout=None):
    """Runs a command; returns (seconds, its own peak RSS in MiB, stdout, CPU seconds).

    Without `stdout` (an open file), the output is captured and returned. The peak
    is that of this one process (from wait4), not of any earlier child such as
    the build.
    """
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout or subprocess.PIPE, stderr=err)
        out = proc.stdout.read() if stdout is None else b""
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            err.seek(0)
            sys.exit(f"{cmd} failed ({code}): {err.read().decode(errors='replace')[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, out.decode(errors="replace"), usage.ru_utime + usage.ru_stime


def duckdb_times(csv, runs):
    """DuckDB on the same claims: loading the CSV, then the GROUP BY that finds
    subjects with conflicting values and the self-join that pairs them up; each
    query's time is the median of `runs` runs."""
    try:
        import duckdb
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "duckdb"], check=True)
        import duckdb
    con = duckdb.connect()
    start = time.perf_counter()
    con.execute(f"CREATE TABLE claims AS SELECT * FROM read_csv_auto('{csv}', header=true, all_varchar=true)")
    load = time.perf_counter() - start

    def timed(query, fetch):
        times, result = [], None
        for _ in range(runs):
            start = time.perf_counter()
            result = fetch(con.execute(query))
            times.append(time.perf_counter() - start)
        return median(times), result

    group, groups = timed(
        "SELECT subject, predicate, count(DISTINCT object) AS values FROM claims "
        "GROUP BY subject, predicate HAVING count(DISTINCT object) > 1",
        lambda r: r.fetchall(),
    )
    join, pairs = timed(
        "SELECT count(*) FROM claims a JOIN claims b ON a.subject = b.subject AND a.predicate = b.predicate "
        "AND a.article < b.article AND a.object <> b.object",
        lambda r: r.fetchone()[0],
    )
    return load, group, join, len(groups), pairs


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", default="100000,1000000")
    p.add_argument("--work", default="/tmp/claimcheck-bench")
    p.add_argument("--runs", type=int, default=3, help="runs per timing; the median is reported")
    args = p.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "claimcheck", "--example", "generate", "--example", "stages"], cwd=ROOT, check=True)
    rows = []
    for n in [int(s) for s in args.sizes.split(",")]:
        corpus = os.path.join(args.work, f"c{n}")
        csv = os.path.join(args.work, f"c{n}.csv")
        if not os.path.exists(csv):
            shutil.rmtree(corpus, ignore_errors=True)
            subprocess.run([os.path.join(RELEASE, "examples", "generate"), corpus, str(n), "--csv", csv], check=True, stdout=subprocess.DEVNULL)
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs) / 2**20
        # The first read warms the page cache; every timing after it reads from memory.
        run([os.path.join(RELEASE, "examples", "stages"), corpus, "--floor"])
        # The machine is shared: each timing is the median of --runs runs, and
        # the floor and check take turns, so that both meet the same neighbours.
        floors, checks = [], []
        for _ in range(args.runs):
            floors.append(run([os.path.join(RELEASE, "examples", "stages"), corpus, "--floor"]))
            # The report goes to a file, as a user would keep it.
            with open(os.path.join(args.work, f"report{n}.json"), "wb") as report:
                checks.append(run([os.path.join(RELEASE, "claimcheck"), "check", corpus, "--format", "json"], stdout=report))
        floor = median(f[0] for f in floors)
        check = median(c[0] for c in checks)
        ratio = median(c[0] / f[0] for f, c in zip(floors, checks))
        cpu_ratio = median(c[3] / f[3] for f, c in zip(floors, checks))
        # CPU time (user + system) is steadier than wall time on a shared machine.
        floor_cpu = median(f[3] for f in floors)
        check_cpu = median(c[3] for c in checks)
        peak = max(c[1] for c in checks)
        rules = median(
            next(float(l.split()[1]) for l in run([os.path.join(RELEASE, "examples", "stages"), corpus, "--stages"])[2].splitlines() if l.startswith("rules "))
            for _ in range(args.runs)
        )
        d_load, d_group, d_join, groups, pairs = duckdb_times(csv, args.runs)
        rows.append((n, size, floor, check, ratio, floor_cpu, check_cpu, cpu_ratio, peak, rules, d_load, d_group, d_join, groups, pairs))
        print(f"{n} claims: check {check:.2f} s, floor {floor:.2f} s, peak {peak:.0f} MiB; rules {rules:.3f} s; duckdb group {d_group:.3f} s, self-join {d_join:.3f} s", file=sys.stderr)
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (other work on the machine)", file=sys.stderr)
    print("| claims | corpus | floor (read + parse, parallel) | `check` wall | `check` / floor, wall | floor CPU | `check` CPU | `check` / floor, CPU time | peak memory | rules stage | DuckDB load CSV | DuckDB GROUP BY | DuckDB self-join |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, size, floor, check, ratio, floor_cpu, check_cpu, cpu_ratio, peak, rules, d_load, d_group, d_join, groups, pairs in rows:
        print(f"| {n:,} | {size:.0f} MiB | {floor:.2f} s | {check:.2f} s | {ratio:.2f}× | {floor_cpu:.1f} s | {check_cpu:.1f} s | {cpu_ratio:.2f}× | {peak:.0f} MiB | {rules:.3f} s | {d_load:.2f} s | {d_group:.3f} s | {d_join:.3f} s |")


if __name__ == "__main__":
    main()
