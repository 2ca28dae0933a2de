#!/bin/sh
# Fuzzes the record loader with libFuzzer for MINUTES minutes (default 5), one job.
#
#   scripts/fuzz.sh [MINUTES]
#
# Builds the qunfang-fuzz target with -sanitize=fuzzer,address in its own scratch folder
# (.build-fuzz, release), so the normal `swift build` / `swift test` in .build are untouched.
# The first byte of each input picks the content file the rest becomes (0 site.yaml, 1 year.yaml,
# 2 police.yaml, 3 communities/hutang.yaml, 4 pages/about.md, 5 2017/index.md); the seed corpus is
# every file of content/ with its selector byte in front. Everything lives in fuzz-corpus/
# (git-ignored): corpus/ grows across runs, artifacts/ keeps crash-*, timeout-*, oom-* inputs.
# Replay one with the normal build: swift run qunfang-fuzz fuzz-corpus/artifacts/crash-…
set -eu

minutes="${1:-5}"
case "$minutes" in ''|*[!0-9]*) echo "用法：scripts/fuzz.sh [分钟数]" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."

work=fuzz-corpus
seeds="$work/seeds"
corpus="$work/corpus"
artifacts="$work/artifacts"
dict="$work/yaml.dict"
log="$work/last-run.log"
mkdir -p "$seeds" "$corpus" "$artifacts"

echo "== 编译 qunfang-fuzz（-sanitize=fuzzer,address，.build-fuzz）"
# -Xcc instruments the C code too (libyaml inside Yams's CYaml), so coverage guides the parser.
swift build -c release --scratch-path .build-fuzz --product qunfang-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
    -Xcc -fsanitize=fuzzer-no-link,address
binary="$(swift build -c release --scratch-path .build-fuzz --show-bin-path)/qunfang-fuzz"

echo "== 种子：content/ 中的每个文件，前加选择字节"
rm -f "$seeds"/*
seed() { # seed SELECTOR FILE
    name="$(printf '%s' "$2" | tr '/' '_')"
    { printf "\\$(printf '%03o' "$1")"; cat "$2"; } > "$seeds/$name"
}
[ -f content/site.yaml ] && seed 0 content/site.yaml
for year in content/[0-9][0-9][0-9][0-9]; do
    [ -d "$year" ] || continue
    [ -f "$year/year.yaml" ] && seed 1 "$year/year.yaml"
    [ -f "$year/police.yaml" ] && seed 2 "$year/police.yaml"
    for community in "$year"/communities/*.yaml; do [ -f "$community" ] && seed 3 "$community"; done
    [ -f "$year/index.md" ] && seed 5 "$year/index.md"
done
for page in content/pages/*.md; do [ -f "$page" ] && seed 4 "$page"; done
echo "$(ls "$seeds" | wc -l) 个种子"

echo "== 字典：YAML 记号和记录格式的中文键、词表"
{
    # libFuzzer's dictionaries take printable ASCII and the escapes \\, \" and \xNN only.
    for token in ':' ': ' '- ' '#' '|' '>' '[' ']' '{' '}' ', ' '\"' "'" '---' '...' '&a' '*a' '!!str' \
        '? ' '%TAG ! !' '%YAML 1.1' '\x0D\x0A' '\x0D' '\x09' '\xEF\xBB\xBF' '\xEF\xBC\x9A' '\xC2\x85' \
        '\xE2\x80\xA8' '~' 'null' '是' '否' '2017-' '2017-01-31' '2017-12' '2016-12-25' '2018-01' '92.5' \
        '0.05' '13900000001' '13:00-18:00'; do
        printf '"%s"\n' "$token"
    done
    # The format's Chinese keys and vocabulary words, from the records and their documentation
    # (including 细则 parameter names), not every name and place in the sample data.
    { cat content/site.yaml content/*/year.yaml content/*/police.yaml content/*/communities/*.yaml 2>/dev/null \
        | grep -oP '\p{Han}[\p{Han}.0-9]{0,15}(?=:(\s|$))|(?<=[\[,] )\p{Han}+|(?<=\[)\p{Han}+|(?<=: )\p{Han}{1,6}$'
      grep -oP '\p{Han}[\p{Han}.0-9]{0,15}(?=[:：]\s|`)' docs/记录格式.md 2>/dev/null
    } | sort -u | sed 's/.*/"&"/'
} | LC_ALL=C perl -pe 's/([\x80-\xff])/sprintf("\\x%02X", ord($1))/ge' > "$dict"  # printable ASCII only
echo "$(wc -l < "$dict") 个字典项"

echo "== 运行 libFuzzer ${minutes} 分钟（单进程）"
# detect_leaks=0: the Swift runtime's metadata caches live for the process and LeakSanitizer
# reports them; unbounded growth is caught by -rss_limit_mb / -malloc_limit_mb instead.
status=0
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$binary" \
    -max_total_time=$((minutes * 60)) -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=10 \
    -max_len=32768 -dict="$dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$corpus" "$seeds" > "$log" 2>&1 || status=$?

echo "== 结果（完整日志：$log）"
grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^stat::new_units_added' "$log" || tail -n 20 "$log"
echo "语料：$(ls "$corpus" | wc -l) 个输入（$corpus）"
found="$(ls "$artifacts" 2>/dev/null | wc -l)"
if [ "$found" -gt 0 ] || [ "$status" -ne 0 ]; then
    echo "发现问题（libFuzzer 退出状态 $status），输入保存在 $artifacts/："
    ls -l "$artifacts"
    grep -E 'ERROR: |Fatal error|SUMMARY|ALARM|out-of-memory|timeout' "$log" | head -n 20 || true
    exit 1
fi
echo "没有发现崩溃、超时或内存失控。"
