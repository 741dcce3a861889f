#!/usr/bin/env python3
"""Renders an archive of realistic newspaper issue files from plain news text, to exercise the parser
and the index on something the size of a real archive.

usage: make_archive.py OUT [--source DIR] [--days N] [--start YYYY-MM-DD] [--papers K]
                           [--replicate R] [--seed S]

--source is a folder of day files as in the 新闻联播 benchmark text (YYYY/YYYYMMDD.txt: a header line,
then per item a title line and its paragraphs, separated by blank lines). Without it, the text comes
from the sample issues in data/issues (their articles, reshuffled). Each day's items are shared out
among K papers of different styles: simplified and traditional script, UTF-8, GB18030, Big5 and
UTF-16, page markers, kickers, bylines, datelines, layout breaks, running headers and junk lines.
--replicate R writes the whole archive R times, each copy dated 20 years later than the one before.
"""
import argparse, codecs, datetime, json, os, random, re, subprocess, sys

codecs.register_error("box", lambda e: ("\u25a1", e.end))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲燕建国红梅琳斌波宇浩凯健俊帆帅旭宁婷欣怡雪琪晨博文志海波涛翔鑫"
WEEKDAYS = "一二三四五六日"

STYLES = [
    # name, script, encoding, page marker format, byline style, dateline, line end
    dict(paper="江城日报", script="s", encoding="utf-8", marker="第{p:02d}版：{name}", byline="本报记者 {a} 通讯员 {b}",
         dateline=None, eol="\n", blank=True, footer="责任编辑：{a} 校对：{b}"),
    dict(paper="湘江晚报", script="s", encoding="gb18030", marker="A{p:02d}版 {name}", byline="□记者 {a}",
         dateline="本报讯（记者 {a}）", eol="\n", blank=False, footer=None),
    dict(paper="港島日報", script="t", encoding="big5", marker="第{p}版：{name}", byline="記者 {a}",
         dateline=None, eol="\n", blank=True, footer="責任編輯 {a}"),
    dict(paper="星灣晨報", script="t", encoding="utf-8", marker="A{p} {name}", byline="本報記者 {a} 通訊員 {b}",
         dateline=None, eol="\r\n", blank=True, footer=None, header="{paper} {date} 星期{wd}"),
    dict(paper="南岭商报", script="s", encoding="utf-16", marker="{p} {name} {date} 星期{wd} 责任编辑 {a}",
         byline="南岭商报全媒体记者/{a}", dateline=None, eol="\r\n", blank=True, footer=None),
    dict(paper="西川农民报", script="s", encoding="utf-8", marker="第{p}版", byline="（记者 {a} 通讯员 {b}）",
         dateline=None, eol="\n", blank=False, footer=None, byline_at_end=True),
]
PAGE_NAMES = ["要闻", "综合", "经济", "民生", "社会", "国内", "国际", "文体"]
JUNK = ["扫码看视频", "【现场】", "“新闻热线”"]


def name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def read_days(source, days, start, rng):
    """Yields (date, [(title, [paragraphs])]) for each day of the source text."""
    if source:
        files = []
        for year in sorted(os.listdir(source)):
            ydir = os.path.join(source, year)
            if os.path.isdir(ydir):
                files += [os.path.join(ydir, f) for f in sorted(os.listdir(ydir)) if f.endswith(".txt")]
        if start:
            files = [f for f in files if os.path.basename(f)[:8] >= start.replace("-", "")]
        for path in files[:days] if days else files:
            d = os.path.basename(path)[:8]
            yield datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8])), parse_day(open(path, encoding="utf-8").read())
        return
    # The sample issues: their articles, reshuffled into as many days as asked.
    here = os.path.dirname(os.path.abspath(__file__))
    items = []
    issues = os.path.join(here, "..", "..", "data", "issues")
    for f in sorted(os.listdir(issues)):
        if f.endswith(".gold.json"):
            for a in json.load(open(os.path.join(issues, f), encoding="utf-8"))["articles"]:
                if a["body"] and a["headline"]:
                    items.append((a["headline"], a["body"].split("\n")))
    day = datetime.date(2020, 1, 1)
    for _ in range(days or 30):
        rng.shuffle(items)
        yield day, items[:12]
        day += datetime.timedelta(days=1)


def parse_day(text):
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    items, cur = [], None
    for b in blocks[1:]:
        if len(b) <= 60 and not b.endswith(("。", "！", "？", "”")) and "\n" not in b:
            if cur and cur[1]:
                items.append(cur)
            cur = (b, [])
        elif cur:
            cur[1].extend(p.strip() for p in b.split("\n") if p.strip())
    if cur and cur[1]:
        items.append(cur)
    return items


def to_traditional(texts):
    joined = "\n".join(t.replace("\n", "\u2028") for t in texts)
    try:
        out = subprocess.run(["opencc", "-c", "s2t.json"], input=joined, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return texts
    lines = out.split("\n")
    return [l.replace("\u2028", "\n") for l in lines[: len(texts)]] if len(lines) >= len(texts) else texts


def break_paragraph(p, rng):
    """Cuts a paragraph where the layout would: at a column width, maybe inside a word."""
    if len(p) < 40 or rng.random() > 0.15:
        return [p]
    cut = rng.randint(15, len(p) - 10)
    while cut < len(p) - 5 and p[cut - 1] in "。！？”":
        cut += 1
    return [p[:cut], p[cut:]]


def render(style, date, number, items, rng):
    s = style
    out = []
    blank = (lambda: out.append("")) if s["blank"] else (lambda: None)
    wd = WEEKDAYS[date.weekday()]
    pages = max(1, (len(items) + 2) // 3)
    out += [s["paper"], f"{date.year}年{date.month}月{date.day}日 星期{wd}", f"第{number}期 今日{pages}版", ""]
    for i, (title, paras) in enumerate(items):
        p = i // 3 + 1
        if i % 3 == 0:
            if s.get("header"):
                out.append(s["header"].format(paper=s["paper"], date=f"{date.year}年{date.month}月{date.day}日", wd=wd))
            out.append(s["marker"].format(p=p, name=PAGE_NAMES[(p - 1) % len(PAGE_NAMES)],
                                          date=f"{date.year}年{date.month}月{date.day}日", wd=wd, a=name(rng)))
            blank()
        clause = re.split("[，。：；]", paras[0])[0]
        if rng.random() < 0.25 and 6 <= len(clause) <= 20 and "：" not in clause:
            out.append(clause)  # a kicker
        out.append(title)
        if rng.random() < 0.1:
            out.append(title)  # printed twice
        blank()
        byline = s["byline"].format(a=name(rng), b=name(rng))
        if not s.get("byline_at_end"):
            out.append(byline)
            blank()
        for k, para in enumerate(paras):
            if k == 0 and s["dateline"]:
                para = s["dateline"].format(a=name(rng)) + para
            for j, piece in enumerate(break_paragraph(para, rng)):
                indent = "\u3000\u3000" if s["encoding"] == "gb18030" and j == 0 else ""
                out.append(indent + piece)
                blank()
        if s.get("byline_at_end"):
            out.append(byline)
            blank()
        if rng.random() < 0.05:
            out += [rng.choice(JUNK)] * rng.randint(3, 6)
            blank()
        if i % 3 == 2 and s["footer"]:
            out.append(s["footer"].format(a=name(rng), b=name(rng)))
            blank()
    return s["eol"].join(out) + s["eol"]


def encode(text, encoding):
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "big5":  # a character Big5 cannot hold is printed as □
        return text.encode("big5hkscs", errors="box")
    return text.encode(encoding)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--source")
    ap.add_argument("--days", type=int, default=0, help="days of source text to use (0: all)")
    ap.add_argument("--start", help="first day to use, YYYY-MM-DD")
    ap.add_argument("--papers", type=int, default=4)
    ap.add_argument("--replicate", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    styles = STYLES[: max(1, min(a.papers, len(STYLES)))]
    days = list(read_days(a.source, a.days, a.start, rng))
    files = bytes_out = 0
    for copy in range(a.replicate):
        for n, (date, items) in enumerate(days):
            date = date.replace(year=date.year + 20 * copy) if not (date.month == 2 and date.day == 29) else date.replace(year=date.year + 20 * copy, day=28)
            for k, style in enumerate(styles):
                mine = items[k:: len(styles)]
                if not mine:
                    continue
                if style["script"] == "t":
                    flat = to_traditional([t for t, _ in mine] + [p for _, ps in mine for p in ps])
                    it = iter(flat)
                    titles = [next(it) for _ in mine]
                    mine = [(titles[j], [next(it) for _ in ps]) for j, (_, ps) in enumerate(mine)]
                text = render(style, date, 1000 + n, mine, rng)
                data = encode(text, style["encoding"])
                folder = os.path.join(a.out, f"paper{k + 1}", str(date.year))
                os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, f"{date.isoformat()}.txt"), "wb") as f:
                    f.write(data)
                files += 1
                bytes_out += len(data)
    print(f"{files} issues, {bytes_out / 1e6:.1f} MB in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
