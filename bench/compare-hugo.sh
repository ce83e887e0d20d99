#!/usr/bin/env bash
# Builds the same synthetic guide with GuideGen and with Hugo, several times each, and prints the
# median wall time, the median peak memory and the ratio GuideGen / Hugo.
#
#   bash bench/compare-hugo.sh [--topics N] [--runs R] [--work DIR]
#
# Both get identical text: bench/GuideGen.Bench writes it once as GuideGen topics (YAML) and once
# as plain Markdown pages for Hugo. GuideGen's time is its whole build (pages, cards, supervision
# sheets, print books, search data, checklists data), including process start. Installs Debian's
# hugo and GNU time when missing. Numbers only: this never passes or fails on speed.
set -euo pipefail
cd "$(dirname "$0")/.."

topics=1000; runs=5; work="${TMPDIR:-/tmp}/guidegen-vs-hugo"
while [ $# -gt 0 ]; do
  case "$1" in
    --topics) topics="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "usage: bash bench/compare-hugo.sh [--topics N] [--runs R] [--work DIR]" >&2; exit 2 ;;
  esac
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }
missing=""
command -v hugo >/dev/null || missing="$missing hugo"
[ -x /usr/bin/time ] || missing="$missing time"
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing…"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

mkdir -p "$work"
echo "Building the benchmark tool, and packing and installing GuideGen as a user would…"
dotnet build -c Release bench/GuideGen.Bench -v q -nologo >/dev/null
bench="bench/GuideGen.Bench/bin/Release/net10.0/GuideGen.Bench.dll"
# What `dotnet tool install` puts on this machine (precompiled on Linux x64, portable elsewhere), from
# the packages just made and nothing else.
rm -rf "$work/nupkg" "$work/guidegen-tool"
dotnet pack src/GuideGen.Cli -c Release -o "$work/nupkg" --artifacts-path "$work/artifacts" -v q -nologo >/dev/null
cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$work/nupkg" /></packageSources></configuration>
EOF
dotnet tool install guidegen --tool-path "$work/guidegen-tool" --configfile "$work/nuget.config" >/dev/null
guidegen="$work/guidegen-tool/guidegen"

echo "Writing a synthetic guide of $topics topics in both formats…"
dotnet "$bench" generate --topics "$topics" --out "$work/guidegen"
dotnet "$bench" generate --topics "$topics" --format hugo --out "$work/hugo"
words=$(cat "$work"/hugo/content/*/*.md | wc -w)

# One measured run: prints "seconds kilobytes".
measure() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }; cat "$work/time.txt"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: >"$work/guidegen.txt"; : >"$work/hugo.txt"
for run in $(seq 1 "$runs"); do
  # Alternate the two so that a busy moment on the machine does not fall on one side only.
  measure "$guidegen" build --root "$work/guidegen" --output "$work/guidegen-site" >>"$work/guidegen.txt"
  # GuideGen deletes the site it replaced in the background; let that finish before anything else is measured.
  while compgen -G "$work/.guidegen-site.old-*" >/dev/null; do sleep 0.1; done
  measure hugo --quiet --source "$work/hugo" --destination "$work/hugo-site" >>"$work/hugo.txt"
  echo "  run $run: GuideGen $(tail -1 "$work/guidegen.txt" | cut -d' ' -f1) s, Hugo $(tail -1 "$work/hugo.txt" | cut -d' ' -f1) s"
done

g_time=$(cut -d' ' -f1 "$work/guidegen.txt" | median); h_time=$(cut -d' ' -f1 "$work/hugo.txt" | median)
g_mem=$(cut -d' ' -f2 "$work/guidegen.txt" | median); h_mem=$(cut -d' ' -f2 "$work/hugo.txt" | median)
g_files=$(find "$work/guidegen-site" -type f | wc -l); h_files=$(find "$work/hugo-site" -type f | wc -l)

echo
echo "$topics topics, $words words, $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %10s %14s %8s\n' "" "median s" "peak memory" "files"
awk -v gt="$g_time" -v ht="$h_time" -v gm="$g_mem" -v hm="$h_mem" -v gf="$g_files" -v hf="$h_files" 'BEGIN {
  printf "%-10s %10.2f %11.0f MB %8d\n", "GuideGen", gt, gm / 1024, gf
  printf "%-10s %10.2f %11.0f MB %8d\n", "Hugo", ht, hm / 1024, hf
  printf "GuideGen / Hugo: time %.2f, memory %.2f\n", gt / ht, gm / hm
}'
