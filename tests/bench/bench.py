#!/usr/bin/env python3
"""paperdex against the tools a user would pick instead, on the same archives in one sitting.

usage: tests/bench/bench.py [--smoke] [--corpus DIR]... [--sizes 1y,14y,56y] [--out FILE]
                            [--build DIR] [--work DIR] [--queries N] [--runs N] [--peers LIST]

Corpora: each --corpus folder of issue files, or archives rendered by make_archive.py from the 新闻联播
benchmark text (../shared/data/bench/xwlb-*.tar.xz beside the project): 1y (2019), 14y (all of it),
56y (all of it four times, re-dated). Without that text, and in --smoke mode, a small archive is
rendered from the sample issues in data/issues.

For each corpus: paperdex's index build (time, MB/s, peak memory, size over the input), a re-index of
the unchanged archive, parse throughput, and query latency p50/p95 per class (2-, 3-, 4- and
6-character strings, two-word queries, headlines) in-process (Google Benchmark) and as whole
`paperdex search` processes; the same for the peers: ripgrep (`rg -F -c` over the raw folder),
SQLite FTS5 with the trigram tokenizer (one row per paragraph), Xapian's omindex with
XAPIAN_CJK_NGRAM=1. Recall is measured per issue file against exact-substring truth from the parsed
articles: a file counts as found when the tool reports it (rg, FTS5, omindex) or one of its articles
(paperdex). Writes a Markdown table to --out (default bench-results.md) and prints it.
"""
import argparse, collections, json, os, platform, random, re, resource, shutil, sqlite3, statistics
import subprocess, sys, tarfile, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
BENCH_TEXT = os.path.join(ROOT, "..", "shared", "data", "bench", "xwlb-2012-2026.tar.xz")
HAN = re.compile(r"[\u4e00-\u9fff]+")


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def measure(cmd, env=None, timeout=None, stdout=subprocess.DEVNULL):
    """Runs cmd in a fresh process group and returns (seconds, peak RSS of that process in MB, proc)."""
    wrapper = [sys.executable, "-c",
               "import os,resource,subprocess,sys,time,json\n"
               "t=time.perf_counter();p=subprocess.run(sys.argv[1:],stdout=None);"
               "print(json.dumps([time.perf_counter()-t,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024,p.returncode]),file=sys.stderr)"]
    p = subprocess.Popen(wrapper + cmd, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True)
    try:
        _, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        subprocess.run(["pkill", "-f", cmd[0]], check=False)
        p.communicate()
        return None, None, None
    secs, rss, rc = json.loads(err.strip().splitlines()[-1])
    return secs, rss, rc


def du(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def text_bytes(corpus):
    """Bytes of the corpus as UTF-8 text (what all ratios are of)."""
    return sum(len(decode(os.path.join(d, f)).encode("utf-8")) for d, _, fs in os.walk(corpus) for f in fs
               if f.endswith(".txt"))


def decode(path):
    data = open(path, "rb").read()
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    for enc in ("utf-8-sig", "gb18030", "big5hkscs"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", errors="replace")


def files_of(corpus):
    return sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith(".txt"))


# ----------------------------------------------------------------------------------------------
# Corpora

def corpora(a):
    out = []
    for c in a.corpus:
        out.append((os.path.basename(os.path.normpath(c)), os.path.abspath(c)))
    if a.corpus:
        return out
    make = [sys.executable, os.path.join(HERE, "make_archive.py")]
    if a.smoke or not os.path.exists(BENCH_TEXT):
        d = os.path.join(a.work, "smoke")
        if not os.path.isdir(d):
            subprocess.run(make + [d, "--days", "20", "--papers", "4"], check=True)
        return [("smoke (samples)", d)]
    src = os.path.join(a.work, "xwlb")
    if not os.path.isdir(src):
        log("unpacking the benchmark text")
        with tarfile.open(BENCH_TEXT) as t:
            t.extractall(src)
        src_root = os.path.join(src, "xwlb")
    src_root = os.path.join(src, "xwlb")
    spec = {"1y": ["--start", "2019-01-01", "--days", "365"], "14y": [], "56y": ["--replicate", "4"]}
    for size in a.sizes.split(","):
        d = os.path.join(a.work, "archive-" + size)
        if not os.path.isdir(d):
            log(f"rendering the {size} archive")
            subprocess.run(make + [d, "--source", src_root, "--papers", "6"] + spec[size], check=True)
        out.append((size, d))
    return out


# ----------------------------------------------------------------------------------------------
# Queries and truth

def make_queries(bin_, index, n, seed):
    """Query classes drawn from the articles' own text, and each article's text for the truth."""
    r = subprocess.run([bin_, "export", "--index", index], capture_output=True, text=True, check=True)
    arts = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    rng = random.Random(seed)
    runs = [m.group() for x in arts for p in (x.get("body") or "").split("\n") for m in HAN.finditer(p)]
    q = collections.OrderedDict()
    for k in (2, 3, 4, 6):
        pool = [x for x in runs if len(x) >= k]
        q[f"{k} chars"] = []
        for _ in range(n):
            s = rng.choice(pool)
            i = rng.randint(0, len(s) - k)
            q[f"{k} chars"].append(s[i:i + k])
    q["two words"] = []
    for _ in range(n):
        a_, b_ = rng.choice(runs), rng.choice(runs)
        w1 = a_[: 2] if len(a_) >= 2 else a_
        w2 = b_[: 2] if len(b_) >= 2 else b_
        q["two words"].append(f"{w1} {w2}")
    heads = [x["headline"] for x in arts if len(x.get("headline") or "") >= 6 and '"' not in x["headline"]]
    q["headline"] = [rng.choice(heads) for _ in range(n)]
    return arts, q


def truth_files(arts, query):
    """Issue files holding an article whose text holds every part of the query as a substring."""
    parts = [p for p in re.split(r"\s+", query) if p]
    out = set()
    for x in arts:
        text = "\n".join(filter(None, [x.get("kicker"), x.get("headline"), x.get("subheadline"), x.get("body")]))
        if all(p in text for p in parts):
            out.add(x["source"])
    return out


# ----------------------------------------------------------------------------------------------
# Tools

class Paperdex:
    name = "paperdex"

    def __init__(self, a):
        self.bin = os.path.join(a.build, "paperdex")
        self.bench_search = os.path.join(a.build, "paperdex_bench_search")

    def build(self, corpus, dest):
        shutil.rmtree(dest, ignore_errors=True)
        return measure([self.bin, "index", "--quiet", "--index", dest, corpus])

    def files(self, dest, query):
        r = subprocess.run([self.bin, "search", "--index", dest, "--json", "--limit", "100000000", query],
                           capture_output=True, text=True)
        if r.returncode not in (0, 1):
            return set()
        return {h["source"] for h in json.loads(r.stdout)["hits"]}

    def query_cmd(self, dest, query):
        return [self.bin, "search", "--index", dest, "--json", "--limit", "10", query]


class Ripgrep:
    name = "ripgrep (rg -F -c)"

    def build(self, corpus, dest):
        self.corpus = corpus
        return 0.0, 0.0, 0

    def files(self, dest, query):
        found = None
        for part in query.split():
            r = subprocess.run(["rg", "-F", "-c", "--", part, self.corpus], capture_output=True, text=True,
                               errors="replace")
            got = {l.rsplit(":", 1)[0] for l in r.stdout.splitlines()}
            found = got if found is None else found & got
        return found or set()

    def query_cmd(self, dest, query):
        return ["rg", "-F", "-c", "--", query.split()[0], self.corpus]


class Fts5:
    name = "SQLite FTS5 trigram"
    LOADER = r'''
import os, sqlite3, sys
sys.path.insert(0, sys.argv[3])
from bench import decode, files_of
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE VIRTUAL TABLE p USING fts5(text, file UNINDEXED, tokenize='trigram')")
rows = []
for f in files_of(sys.argv[1]):
    for line in decode(f).splitlines():
        if line.strip():
            rows.append((line.strip(), f))
    if len(rows) > 50000:
        db.executemany("INSERT INTO p VALUES (?, ?)", rows); rows = []
db.executemany("INSERT INTO p VALUES (?, ?)", rows)
db.commit()
'''

    def build(self, corpus, dest):
        if os.path.exists(dest):
            os.remove(dest)
        return measure([sys.executable, "-c", self.LOADER, corpus, dest, HERE])

    def files(self, dest, query):
        db = sqlite3.connect(dest)
        expr = " AND ".join('"' + p.replace('"', '""') + '"' for p in query.split())
        try:
            rows = db.execute("SELECT DISTINCT file FROM p WHERE p MATCH ?", (expr,)).fetchall()
        except sqlite3.OperationalError:
            rows = []
        return {r[0] for r in rows}

    def query_cmd(self, dest, query):
        expr = " AND ".join('"' + p + '"' for p in query.split())
        return ["sqlite3", dest, f"SELECT count(*) FROM p WHERE p MATCH '{expr}'"]


class Omindex:
    name = "Xapian omindex (CJK n-gram)"
    env = dict(os.environ, XAPIAN_CJK_NGRAM="1")

    def build(self, corpus, dest):
        self.corpus = corpus
        shutil.rmtree(dest, ignore_errors=True)
        return measure(["omindex", "--db", dest, "--url", "/", "--mime-type=txt:text/plain", corpus],
                       env=self.env, timeout=self.timeout)

    def files(self, dest, query):
        r = subprocess.run(["quest", "-d", dest, "-m", "100000000", query], capture_output=True, text=True,
                           env=self.env, errors="replace")
        return {os.path.join(self.corpus, m.group(1).lstrip("/")) for m in re.finditer(r"url=([^\n]+)", r.stdout)}

    def query_cmd(self, dest, query):
        return ["quest", "-d", dest, "-m", "10", query]


# ----------------------------------------------------------------------------------------------

def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(p * (len(v) - 1) + 0.5))] if v else float("nan")


def latency(cmd_of, queries, runs, env=None):
    times = []
    for q in queries:
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(cmd_of(q), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            times.append((time.perf_counter() - t) * 1000)
    return pct(times, 0.5), pct(times, 0.95)


def recall(tool, dest, arts, queries, corpus_root):
    rs = []
    for q in queries:
        truth = truth_files(arts, q)
        if not truth:
            continue
        got = tool.files(dest, q)
        rs.append(len(truth & got) / len(truth))
    return sum(rs) / len(rs) if rs else float("nan")


def machine():
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = int(open("/proc/meminfo").readline().split()[1]) / 1024 / 1024
    except OSError:
        mem = 0
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, Python {platform.python_version()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--smoke", action="store_true", help="a tiny corpus and few queries: seconds")
    ap.add_argument("--corpus", action="append", default=[])
    ap.add_argument("--sizes", default="1y,14y")
    ap.add_argument("--out", default="bench-results.md")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "paperdex-bench"))
    ap.add_argument("--queries", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--peers", default="rg,fts5,omindex")
    ap.add_argument("--omindex-timeout", type=int, default=900)
    a = ap.parse_args()
    if a.smoke:
        a.queries, a.runs = min(a.queries, 3), 1
    os.makedirs(a.work, exist_ok=True)
    pdx = Paperdex(a)
    peers = []
    for name in a.peers.split(","):
        cls = {"rg": Ripgrep, "fts5": Fts5, "omindex": Omindex}.get(name)
        exe = {"rg": "rg", "fts5": "sqlite3", "omindex": "omindex"}.get(name)
        if cls is None:
            continue
        if shutil.which(exe) is None:
            log(f"{exe} is not installed: {name} left out (apt-get install ripgrep sqlite3 xapian-omega)")
            continue
        peers.append(cls())
    Omindex.timeout = a.omindex_timeout

    lines = [f"# paperdex benchmark", "", f"Machine: {machine()}. Date: {time.strftime('%Y-%m-%d %H:%M')}.", ""]
    for label, corpus in corpora(a):
        tbytes = text_bytes(corpus)
        nfiles = len(files_of(corpus))
        mb = tbytes / 1e6
        log(f"== {label}: {nfiles} issues, {mb:.1f} MB of text")
        dest = os.path.join(a.work, "paperdex-index-" + re.sub(r"\W", "", label))
        secs, rss, rc = pdx.build(corpus, dest)
        isize = du(dest)
        re_secs, _, _ = measure([pdx.bin, "index", "--quiet", "--index", dest, corpus])
        arts, qs = make_queries(pdx.bin, dest, a.queries, 7)
        rows = [("paperdex", secs, rss, isize, re_secs)]
        results = {"paperdex": {"dest": dest, "tool": pdx}}
        for peer in peers:
            pdest = os.path.join(a.work, peer.__class__.__name__.lower() + "-" + re.sub(r"\W", "", label))
            log(f"   building {peer.name}")
            psecs, prss, prc = peer.build(corpus, pdest)
            if psecs is None:
                rows.append((peer.name, None, None, None, None))
                continue
            rows.append((peer.name, psecs, prss, du(pdest) if os.path.exists(pdest) and peer.name != Ripgrep.name else 0, None))
            results[peer.name] = {"dest": pdest, "tool": peer}
        lines += [f"## {label}: {nfiles} issues, {mb:.1f} MB of text", "",
                  "| tool | build s | MB/s | peak MB | index / text | re-index s |", "|---|---|---|---|---|---|"]
        for name, s, r, size, rs in rows:
            if s is None:
                lines.append(f"| {name} | not done in {a.omindex_timeout} s | | | | |")
                continue
            lines.append(f"| {name} | {s:.1f} | {mb / s if s > 0 else float('inf'):.2f} | {r:.0f} | "
                         f"{size / tbytes:.2f}× | {'' if rs is None else f'{rs:.2f} ({100 * rs / s:.1f}%)'} |")
        # In-process latency.
        qfile = os.path.join(a.work, "queries.tsv")
        with open(qfile, "w", encoding="utf-8") as f:
            for cls, qq in qs.items():
                for q in qq:
                    f.write(f"{cls}\t{q}\n")
        inproc = {}
        if os.path.exists(pdx.bench_search):
            r = subprocess.run([pdx.bench_search, dest, qfile, "--benchmark_min_time=0"], capture_output=True, text=True)
            for l in r.stdout.splitlines():
                if l.startswith("{"):
                    j = json.loads(l)
                    inproc[j["class"]] = (j["p50_ms"], j["p95_ms"])
        lines += ["", "Query latency, ms (p50 / p95), and recall per issue file against exact-substring truth:", "",
                  "| class | paperdex in-process | " + " | ".join(f"{n} process" for n in results) + " | " +
                  " | ".join(f"{n} recall" for n in results) + " |",
                  "|---" * (2 + 2 * len(results)) + "|"]
        for cls, qq in qs.items():
            cells = [cls, "%.1f / %.1f" % inproc[cls] if cls in inproc else "-"]
            recs = []
            for name, res in results.items():
                tool, d = res["tool"], res["dest"]
                env = getattr(tool, "env", None)
                p50, p95 = latency(lambda q: tool.query_cmd(d, q), qq, a.runs, env)
                cells.append(f"{p50:.1f} / {p95:.1f}")
                recs.append(f"{recall(tool, d, arts, qq, corpus):.3f}")
            lines.append("| " + " | ".join(cells + recs) + " |")
        # Parse throughput alone.
        pb = os.path.join(a.build, "paperdex_bench_parse")
        if os.path.exists(pb):
            sample = files_of(corpus)[0]
            r = subprocess.run([pb, sample, "10" if a.smoke else "50", "3"], capture_output=True, text=True)
            lines += ["", "Parse throughput, one thread (one issue repeated):", "", "```", r.stdout.strip(), "```"]
        lines.append("")
    text = "\n".join(lines) + "\n"
    open(a.out, "w", encoding="utf-8").write(text)
    print(text)


if __name__ == "__main__":
    main()
