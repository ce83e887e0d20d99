#!/usr/bin/env bash
# Builds the same synthetic guide with GuideGen and with Hugo, several times each, and prints the
# median wall time, the median peak memory and the ratio GuideGen / Hugo, for a cold build (into a
# fresh, empty output folder, as a first build or CI meets it) and a warm one (a rebuild over the
# site just built, as an author meets it after an edit), each beside Hugo's doing the same.
#
#   bash bench/compare-hugo.sh [--topics N] [--runs R] [--work DIR] [--corpus synthetic|grown]
#
# Both get identical text: bench/GuideGen.Bench writes it once as GuideGen topics (YAML) and once
# as plain Markdown pages for Hugo. The synthetic corpus is plain words; the grown corpus is the
# bundled guide (its glossary, synonyms, pages, checklists and packs) plus N topics whose text uses
# the glossary's terms and Markdown (emphasis, links between topics, lists); Hugo gets those topics. GuideGen's time is its whole build (pages, cards, supervision
# sheets, print books, search data, checklists data), including process start. Installs Debian's
# hugo and GNU time when missing. Numbers only: this never passes or fails on speed.
set -euo pipefail
cd "$(dirname "$0")/.."

topics=1000; runs=5; work="${TMPDIR:-/tmp}/guidegen-vs-hugo"; corpus=synthetic
while [ $# -gt 0 ]; do
  case "$1" in
    --topics) topics="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    *) echo "usage: bash bench/compare-hugo.sh [--topics N] [--runs R] [--work DIR] [--corpus synthetic|grown]" >&2; exit 2 ;;
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

echo "Writing a $corpus guide of $topics topics in both formats…"
dotnet "$bench" generate --topics "$topics" --corpus "$corpus" --out "$work/guidegen"
dotnet "$bench" generate --topics "$topics" --corpus "$corpus" --format hugo --out "$work/hugo"
words=$(cat "$work"/hugo/content/*/*.md | wc -w)

# One measured run: prints "seconds kilobytes".
measure() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }; cat "$work/time.txt"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# GuideGen deletes the site it replaced in the background; let that finish before anything else is measured.
settle() { while compgen -G "$work/.guidegen-site.old-*" >/dev/null; do sleep 0.1; done; sync; }
# Not timed: empties an output folder, and lets the disk write back what was deleted.
fresh() { rm -rf "$1"; sync; }

for kind in cold warm; do : >"$work/guidegen-$kind.txt"; : >"$work/hugo-$kind.txt"; done
for run in $(seq 1 "$runs"); do
  # Alternate the two so that a busy moment on the machine does not fall on one side only.
  fresh "$work/guidegen-site"
  measure "$guidegen" build --root "$work/guidegen" --output "$work/guidegen-site" >>"$work/guidegen-cold.txt"; settle
  measure "$guidegen" build --root "$work/guidegen" --output "$work/guidegen-site" >>"$work/guidegen-warm.txt"; settle
  fresh "$work/hugo-site"
  measure hugo --quiet --source "$work/hugo" --destination "$work/hugo-site" >>"$work/hugo-cold.txt"; sync
  measure hugo --quiet --source "$work/hugo" --destination "$work/hugo-site" >>"$work/hugo-warm.txt"; sync
  echo "  run $run: cold GuideGen $(tail -1 "$work/guidegen-cold.txt" | cut -d' ' -f1) s, Hugo $(tail -1 "$work/hugo-cold.txt" | cut -d' ' -f1) s;" \
    "warm GuideGen $(tail -1 "$work/guidegen-warm.txt" | cut -d' ' -f1) s, Hugo $(tail -1 "$work/hugo-warm.txt" | cut -d' ' -f1) s"
done

g_files=$(find "$work/guidegen-site" -type f | wc -l); h_files=$(find "$work/hugo-site" -type f | wc -l)
echo
echo "$topics topics ($corpus corpus), $words words, $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in cold warm; do
  g_time=$(cut -d' ' -f1 "$work/guidegen-$kind.txt" | median); h_time=$(cut -d' ' -f1 "$work/hugo-$kind.txt" | median)
  g_mem=$(cut -d' ' -f2 "$work/guidegen-$kind.txt" | median); h_mem=$(cut -d' ' -f2 "$work/hugo-$kind.txt" | median)
  echo
  [ "$kind" = cold ] && echo "cold: into a fresh, empty output folder" || echo "warm: a rebuild over the site just built"
  printf '%-10s %10s %14s %8s\n' "" "median s" "peak memory" "files"
  awk -v gt="$g_time" -v ht="$h_time" -v gm="$g_mem" -v hm="$h_mem" -v gf="$g_files" -v hf="$h_files" -v kind="$kind" 'BEGIN {
    printf "%-10s %10.2f %11.0f MB %8d\n", "GuideGen", gt, gm / 1024, gf
    printf "%-10s %10.2f %11.0f MB %8d\n", "Hugo", ht, hm / 1024, hf
    printf "GuideGen / Hugo, %s: time %.2f, memory %.2f\n", kind, gt / ht, gm / hm
  }'
done
