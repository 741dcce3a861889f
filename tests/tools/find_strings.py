#!/usr/bin/env python3
"""Every string of an article finds it: indexes folders of issues, draws strings from the stored
articles (datelines, byline names typed plain and as papers pad them, captions, headlines, body
strings) and checks that a quoted search for each returns its article.

usage: find_strings.py BIN DIR... [--per-kind N] [--seed S]

Prints the count found per kind and exits 1 when any string misses its article. A folder that is
not there is left out; when none is there, exits 77 (skipped).
"""
import argparse, json, os, random, re, subprocess, sys, tempfile

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def run(args, ok=(0,)):
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode not in ok:
        sys.exit(f"{' '.join(args[:3])}…: exit {r.returncode}: {r.stderr.strip()[:300]}")
    return r.stdout


def padded(name):
    """A two-character name as papers print it, padded to the width of three: 张 磊."""
    return name[0] + " " + name[1] if len(name) == 2 and all(HAN.match(c) for c in name) else None


def body_string(article, rng):
    """A run of 6 to 12 characters from one paragraph, none of it a quote mark."""
    paras = [p for p in (article.get("body") or "").split("\n") if len(p) >= 12 and '"' not in p]
    if not paras:
        return None
    p = rng.choice(paras)
    n = rng.randint(6, 12)
    at = rng.randrange(0, len(p) - n + 1)
    s = p[at:at + n].strip()
    return s if len(s) >= 4 else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--per-kind", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    dirs = [d for d in a.dirs if os.path.isdir(d)]
    if not dirs:
        print("skipped: no folder of issues")
        return 77
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        index = os.path.join(tmp, "index")
        for d in dirs:
            run([a.bin, "index", "--index", index, d])
        articles = [json.loads(l) for l in run([a.bin, "export", "--index", index, "--jsonl"]).splitlines() if l]
        strings = {"dateline": [], "name": [], "padded name": [], "caption": [], "headline": [], "body": []}
        for art in articles:
            aid = art["id"]
            if art.get("dateline"):
                strings["dateline"].append((art["dateline"], aid))
            for b in art.get("bylines") or []:
                name = b.get("name") or ""
                if len(name) >= 2 and '"' not in name:
                    strings["name"].append((name, aid))
                    if padded(name):
                        strings["padded name"].append((padded(name), aid))
            for c in art.get("captions") or []:
                if len(c) >= 4 and '"' not in c:
                    at = rng.randrange(0, max(1, len(c) - 10))
                    strings["caption"].append((c[at:at + 10].strip(), aid))
            if art.get("headline") and '"' not in art["headline"]:
                strings["headline"].append((art["headline"], aid))
            s = body_string(art, rng)
            if s:
                strings["body"].append((s, aid))
        misses, total, found_all = [], 0, 0
        for kind, pairs in strings.items():
            rng.shuffle(pairs)
            pairs = pairs[: a.per_kind]
            found = 0
            for s, aid in pairs:
                # Exit 1 is "nothing found", as grep has it.
                out = run([a.bin, "search", "--index", index, "--json", "--limit", "100000", f'"{s}"'],
                          ok=(0, 1))
                # A hit stands for its other printings too (a story run in full twice).
                ids = {i for h in json.loads(out)["hits"] if out.strip()
                       for i in [h["id"]] + [c["id"] for c in h.get("also", [])]} if out.strip() else set()
                if aid in ids:
                    found += 1
                else:
                    misses.append(f"{kind} {s!r} misses {aid}")
            total += len(pairs)
            found_all += found
            print(f"{kind}: {found}/{len(pairs)}")
        print(f"all: {found_all}/{total}")
        for m in misses[:20]:
            print("  " + m)
        return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
