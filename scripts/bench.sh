#!/usr/bin/env bash
# Benchmarks `qunfang build` against Hugo on the same machine, side by side in one run.
#
#   scripts/bench.sh [--sizes "1000 10000"] [--runs 3] [--work DIR] [--no-hugo] [--qunfang BIN]
#
# For each N: writes N communities with the repo's generator (qunfang-sample), writes an
# equivalent Hugo site (N pages, each with the same Markdown note as a record's 备注 and an HTML
# table of a scorecard's size, laid out by a template from front matter), then, interleaved
# run by run (qunfang, Hugo, qunfang, Hugo, …):
#   - a build into a kept output folder (not deleted between runs; both tools' normal use),
#   - a build into a fresh output folder (new folder each run: no previous site, and for qunfang
#     a copy of the content in a project of its own whose .qunfang-cache is removed first: a
#     cold build, records parsed, every community scored),
# and prints, per tool, the median wall time [min–max], pages per second (N / time), the median
# peak memory (/usr/bin/time -v), and the ratio qunfang / Hugo computed pair by pair (median).
# At the largest N it also measures qunfang's rebuilds into the kept folder: with no change, and
# after one record changed (then changed back, alternately) in two ways: its 备注 edited (no
# score moves: one scorecard and one booklet page change) and one judgment flipped (its total
# moves by 2 points, so every community it passes changes rank, on its scorecard, its booklet
# page and every ranking).
#
# Needs the release build (`swift build -c release`, done here), python3 for the Hugo content,
# and Debian's hugo (`apt-get install -y hugo`; without it only qunfang is measured).
# --qunfang BIN measures another build of the tool (the generator is still the release one).
# Never deletes a kept output folder: delete-then-rewrite gets slower every cycle on this file
# system (see docs/performance.md); the fresh folders are removed once, at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

sizes="1000 10000"
runs=3
work=/tmp/qunfang-bench
use_hugo=yes
qunfang=""
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --no-hugo) use_hugo=no; shift ;;
        --qunfang) qunfang="$2"; shift 2 ;;
        *) echo "usage: $0 [--sizes \"1000 10000\"] [--runs 3] [--work DIR] [--no-hugo] [--qunfang BIN]" >&2; exit 2 ;;
    esac
done
if [ "$use_hugo" = yes ] && ! command -v hugo >/dev/null; then
    echo "hugo not installed (apt-get install -y hugo): measuring qunfang only" >&2
    use_hugo=no
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }

echo "== swift build -c release"
swift build -c release 2>&1 | grep -E "error|warning|Compiling|Build complete" | tail -3
qunfang=${qunfang:-$repo/.build/release/qunfang}
sample=$repo/.build/release/qunfang-sample
mkdir -p "$work"
fresh_folders=()

# measure LABEL LOG COMMAND...: runs COMMAND under /usr/bin/time -v; appends "seconds kib" to LOG.
measure() {
    local label=$1 log=$2; shift 2
    local start end stats
    stats=$(mktemp)
    start=$(date +%s%N)
    /usr/bin/time -v -o "$stats" "$@" >"$work/last.out" 2>"$work/last.err" || {
        echo "$label failed:" >&2; cat "$work/last.err" >&2; exit 1; }
    end=$(date +%s%N)
    local kib
    kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")
    rm -f "$stats"
    local seconds
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    echo "$seconds $kib" >>"$log"
    printf '  %-34s %7s s  %6d MiB  %s\n' "$label" "$seconds" $((kib / 1024)) "$(tail -1 "$work/last.out" | cut -c1-80)"
}

# summary NAME N LOG: median [min–max] seconds, pages/s, median peak MiB.
summary() {
    local name=$1 n=$2 log=$3
    sort -n "$log" | awk -v name="$name" -v n="$n" '
        { t[NR] = $1; m[NR] = $2 }
        END {
            mid = int((NR + 1) / 2)
            # memory median needs its own sort
            for (i = 1; i <= NR; i++) for (j = i + 1; j <= NR; j++) if (m[j] < m[i]) { x = m[i]; m[i] = m[j]; m[j] = x }
            printf "  %-34s %6.2f s [%.2f–%.2f]  %7.0f pages/s  peak %5.0f MiB\n",
                   name, t[mid], t[1], t[NR], n / t[mid], m[mid] / 1024
        }'
}

# ratio LOG_A LOG_B: median of A[i] / B[i], run by run.
ratio() {
    paste -d' ' "$1" "$2" | awk '{ print $1 / $3, $2 / $4 }' | awk '
        { r[NR] = $1; s[NR] = $2 }
        END {
            for (i = 1; i <= NR; i++) for (j = i + 1; j <= NR; j++) {
                if (r[j] < r[i]) { x = r[i]; r[i] = r[j]; r[j] = x }
                if (s[j] < s[i]) { x = s[i]; s[i] = s[j]; s[j] = x }
            }
            mid = int((NR + 1) / 2)
            printf "%.2f (time), %.2f (peak memory)", r[mid], s[mid]
        }'
}

# hugo_site DIR SITE: an equal-output Hugo site (written in place; same bytes every time): one Hugo
# page for every HTML page of qunfang's site SITE, at the same path, whose template lays out a
# table from its front matter with as many rows as make the page the size of qunfang's (a
# scorecard, a booklet volume, a ranking page: each its own size), under the same layout.
hugo_site() {
    python3 - "$1" "$2" <<'PY'
import os, sys
root, site = sys.argv[1], sys.argv[2]
def put(path, text):
    path = os.path.join(root, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
put("hugo.toml", 'baseURL = "/"\ntitle = "湖塘镇群防群治考核"\nrelativeURLs = true\nuglyURLs = true\n'
    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "section"]\n')
put("layouts/_default/baseof.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} - {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "site.css" | relURL }}"></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
""")
put("layouts/_default/single.html", """{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ .Params.station }} · {{ .Params.officer }} · 总分 {{ .Params.total }}</p>
<table class="items"><thead><tr><th>类别</th><th>序号</th><th>内容</th><th>分值</th><th>考核标准</th><th>自评情况</th><th>自评得分</th><th>实际得分</th></tr></thead>
<tbody>{{ range .Params.rows }}<tr>{{ range . }}<td>{{ . }}</td>{{ end }}</tr>
{{ end }}</tbody></table>
<section class="markdown">{{ .Content }}</section>{{ end }}
""")
note = """**某某社区**群防群治工作年度小结

- 社会化队伍 5 支，队员 64 人（含年内退出人员）
- 全年报备排班表 6 次，接受督查 8 次，发现问题 0 处
"""
cell = "书记亲自抓，专人负责"
row = ["类别1", "12", "加强组织领导", "3", cell, cell, "3", "2"]
row_bytes = len(("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n").encode("utf-8"))
base = 1100  # the layout, heading, table head and rendered note of an empty page, measured
pages = sorted(os.path.relpath(os.path.join(folder, name), site)
               for folder, _, files in os.walk(site) for name in files if name.endswith(".html"))
for number, relative in enumerate(pages):
        size = os.path.getsize(os.path.join(site, relative))
        rows = "\n".join('  - ["' + '", "'.join(row) + '"]' for _ in range(max(0, (size - base) // row_bytes)))
        # Flat content files, each placed at qunfang's path by `url` (an index.md would make a bundle).
        put(f"content/p{number:06d}.md", f"""---
title: {relative}
url: /{relative}
station: 湖塘派出所
officer: 王某
total: 88
rows:
{rows}
---
{note}""")
PY
}

# sizes_by_kind SITE: HTML pages by kind (scorecards, quarter scorecards, booklets, the rest), count and MB.
sizes_by_kind() {
    find "$1" -name '*.html' -printf '%s %P\n' | awk '
        { kind = "other pages" }
        $2 ~ /^[0-9]+\/c\/[^\/]+\.html$/ { kind = "scorecards" }
        $2 ~ /^[0-9]+\/c\/[^\/]+\/q[1-4]\.html$/ { kind = "quarter scorecards" }
        $2 ~ /^[0-9]+\/c\/[^\/]+\/index\.html$/ { kind = "quarter scorecards" }
        $2 ~ /^[0-9]+\/(scorecards|forms)([-\/]|\.html)/ { kind = "booklets, forms" }
        $2 ~ /^[0-9]+\/(q[1-4]|index|subsidy)\.html$/ { kind = "rankings, year, subsidy" }
        { n[kind]++; b[kind] += $1 }
        END { for (k in n) printf "%s: %d pages %.1f MB; ", k, n[k], b[k] / 1e6 }'
}

changed_record() { ls "$1/2017/communities" | sed -n '2p'; }

for n in $sizes; do
    echo
    echo "== N = $n"
    content=$work/$n/content
    mkdir -p "$content"
    "$sample" --force --communities "$n" "$content" >/dev/null
    # The same content in a project of its own, built cold into fresh folders.
    cold=$work/$n/cold
    rm -rf "$cold"; mkdir -p "$cold"; cp -r "$content" "$cold/content"
    logs=$work/$n/logs
    rm -rf "$logs"; mkdir -p "$logs"
    # The first build makes the kept folder and the output the Hugo site is made to match.
    "$qunfang" build --themes "$repo/themes" --content "$content" --output "$work/$n/site" >/dev/null 2>&1
    if [ "$use_hugo" = yes ]; then
        hugo_site "$work/$n/hugo" "$work/$n/site"
        hugo --quiet --source "$work/$n/hugo" --destination "$work/$n/public" >/dev/null
        echo "  qunfang's pages: $(sizes_by_kind "$work/$n/site")"
        echo "  Hugo's pages:    $(sizes_by_kind "$work/$n/public")"
    fi
    for run in $(seq 1 "$runs"); do
        echo " run $run"
        measure "qunfang, kept folder" "$logs/q-kept" "$qunfang" build --themes "$repo/themes" --content "$content" --output "$work/$n/site"
        [ "$use_hugo" = yes ] && measure "hugo, kept folder" "$logs/h-kept" \
            hugo --quiet --source "$work/$n/hugo" --destination "$work/$n/public"
        fresh=$work/$n/fresh-$run-$$
        fresh_folders+=("$fresh")
        mkdir -p "$fresh"
        rm -rf "$cold/.qunfang-cache"
        measure "qunfang, fresh folder" "$logs/q-fresh" "$qunfang" build --themes "$repo/themes" --content "$cold/content" --output "$fresh/site"
        [ "$use_hugo" = yes ] && measure "hugo, fresh folder" "$logs/h-fresh" \
            hugo --quiet --source "$work/$n/hugo" --destination "$fresh/public"
        measure "cp -r of qunfang's output" "$logs/cp" cp -r "$work/$n/site" "$fresh/copy"
    done
    echo " N = $n: median [min–max] of $runs runs"
    summary "qunfang, kept folder" "$n" "$logs/q-kept"
    summary "qunfang, fresh folder" "$n" "$logs/q-fresh"
    if [ "$use_hugo" = yes ]; then
        summary "hugo, kept folder" "$n" "$logs/h-kept"
        summary "hugo, fresh folder" "$n" "$logs/h-fresh"
        echo "  qunfang / hugo, kept folder:  $(ratio "$logs/q-kept" "$logs/h-kept")"
        echo "  qunfang / hugo, fresh folder: $(ratio "$logs/q-fresh" "$logs/h-fresh")"
    fi
    summary "cp -r of qunfang's output" "$n" "$logs/cp"
    echo "  qunfang fresh / cp -r:        $(ratio "$logs/q-fresh" "$logs/cp")"
    last=$n
done

echo
echo "== rebuilds at N = $last (kept folder)"
content=$work/$last/content
logs=$work/$last/logs
record=$content/2017/communities/$(changed_record "$content")
"$qunfang" build --themes "$repo/themes" --content "$content" --output "$work/$last/site" >/dev/null 2>&1
# toggle FILE A B: replaces A with B in FILE, or B with A when A is not there.
toggle() {
    if grep -q "$2" "$1"; then sed -i "s/$2/$3/" "$1"; else sed -i "s/$3/$2/" "$1"; fi
}
for run in $(seq 1 "$runs"); do
    measure "no change" "$logs/q-nochange" "$qunfang" build --themes "$repo/themes" --content "$content" --output "$work/$last/site"
    toggle "$record" "年度小结" "年度总结"
    measure "one record's 备注 edited ($(basename "$record"))" "$logs/q-note" \
        "$qunfang" build --themes "$repo/themes" --content "$content" --output "$work/$last/site"
    toggle "$record" "一把手负责: 是" "一把手负责: 否"
    measure "one record's judgment flipped" "$logs/q-incremental" \
        "$qunfang" build --themes "$repo/themes" --content "$content" --output "$work/$last/site"
done
"$sample" --force --communities "$last" "$content" >/dev/null
summary "qunfang, no-change rebuild" "$last" "$logs/q-nochange"
summary "qunfang, 备注 edited" "$last" "$logs/q-note"
summary "qunfang, judgment flipped" "$last" "$logs/q-incremental"
# pair_ratio LOG: the median over runs of LOG's time / the fresh full build's time in that run.
pair_ratio() {
    awk 'NR == FNR { f[FNR] = $1; next } { print $1 / f[FNR] }' "$logs/q-fresh" "$1" | sort -n \
        | awk '{ r[NR] = $1 } END { printf "%.2f", r[int((NR + 1) / 2)] }'
}
echo "  rebuild / fresh full build (median of pairs): no change $(pair_ratio "$logs/q-nochange"),\
 备注 edited $(pair_ratio "$logs/q-note"), judgment flipped $(pair_ratio "$logs/q-incremental")"
first=$(awk '{ print $1 }' "$work/$(echo "$sizes" | awk '{ print $1 }')/logs/q-fresh" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
lastfresh=$(awk '{ print $1 }' "$logs/q-fresh" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
echo "  fresh full build, N = $last over N = $(echo "$sizes" | awk '{ print $1 }'): $(awk -v a="$lastfresh" -v b="$first" 'BEGIN { printf "%.1f", a / b }')×"

if [ ${#fresh_folders[@]} -gt 0 ]; then rm -rf "${fresh_folders[@]}"; fi
