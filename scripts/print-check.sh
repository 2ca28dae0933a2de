#!/bin/sh
# Prints pages of a built site to PDF with headless Chromium, turns each PDF into PNG pages
# (pdftoppm -r 50) and takes a screen screenshot of each page, for a human to look at.
#
#   scripts/print-check.sh [--fixture] [--site DIR] [--out DIR] [PAGE ...]
#
#   --fixture   first build the site tests' fixture site into DIR (default /tmp/qunfang-fixture-site)
#   --site DIR  the built site (default: site)
#   --out DIR   where PDFs and PNGs go (default /tmp/qunfang-print-check)
#   PAGE        paths inside the site (default: of the latest year, a scorecard, the forms, the Q4
#               ranking, the booklet, and the home page)
#
# Needs Debian's chromium and poppler-utils (installed with apt-get when missing), and CJK fonts
# (fonts-noto-cjk) for the Chinese text to render.
set -eu

site=site
out=/tmp/qunfang-print-check
fixture=no
while [ $# -gt 0 ]; do
    case "$1" in
        --fixture) fixture=yes; site=/tmp/qunfang-fixture-site; shift ;;
        --site) site="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --) shift; break ;;
        -*) echo "未知选项：$1" >&2; exit 2 ;;
        *) break ;;
    esac
done

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "安装 $2 …" >&2
        apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$2" >/dev/null
    fi
}
need chromium chromium
need pdftoppm poppler-utils
if ! fc-list :lang=zh | grep -q .; then
    echo "安装 fonts-noto-cjk（中文字体）…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-noto-cjk >/dev/null
fi

if [ "$fixture" = yes ]; then
    here=$(cd "$(dirname "$0")/.." && pwd)
    (cd "$here" && QUNFANG_FIXTURE_SITE="$site" swift test --filter FixtureSiteWriter >/dev/null)
fi

if [ $# -eq 0 ]; then
    # The site's latest year: its first scorecard, the forms, the Q4 ranking and the booklet.
    year=$(cd "$site" && ls -d [0-9][0-9][0-9][0-9] 2>/dev/null | tail -n 1)
    [ -n "$year" ] || { echo "在 $site 中找不到年度文件夹，请先生成网站（make site）或用 --fixture" >&2; exit 1; }
    card=$(cd "$site" && ls "$year"/c/*.html 2>/dev/null | head -n 1)
    set -- $card "$year/forms.html" "$year/q4.html" index.html "$year/scorecards.html"
fi

mkdir -p "$out"
absolute_site=$(cd "$site" && pwd)
for page in "$@"; do
    name=$(echo "$page" | tr '/' '_' | sed 's/\.html$//')
    url="file://$absolute_site/$page"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$out/$name.pdf" "$url" 2>/dev/null
    rm -f "$out/$name"-print-*.png
    pdftoppm -r 50 -png "$out/$name.pdf" "$out/$name-print"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --screenshot="$out/$name-screen.png" --window-size=1280,2000 "$url" 2>/dev/null
    pages=$(ls "$out/$name"-print-*.png 2>/dev/null | wc -l)
    echo "$page → $out/$name.pdf（$pages 页）, $out/$name-screen.png"
done
