#!/usr/bin/env bash
# Side-by-side benchmark: zhnorm's converter (bench/zhconv) against the
# OpenCC 1.1.6 CLI, on traditional and on simplified text of the corpus
# repeated to about 8 MB. Installs nothing; needs Debian's opencc package:
#
#	apt-get install -y opencc
#
# Usage, from the repository root: bench/opencc.sh [target-MB]
set -euo pipefail

target_mb=${1:-8}
command -v opencc >/dev/null || { echo "opencc not found: apt-get install -y opencc" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install -y time" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/zhconv" ./bench/zhconv

# Split the corpus pages by script: a page is traditional when t2s changes
# at least 5% of its bytes.
: >"$work/trad.seed"
: >"$work/simp.seed"
for f in testdata/corpus/*.txt; do
	"$work/zhconv" -i "$f" -o "$work/page.out"
	changed=$(cmp -l "$f" "$work/page.out" 2>/dev/null | wc -l || true)
	size=$(stat -c %s "$f")
	if [ $((changed * 20)) -ge "$size" ]; then
		cat "$f" >>"$work/trad.seed"
	else
		cat "$f" >>"$work/simp.seed"
	fi
done

repeat_to() { # seed file, output file
	: >"$2"
	while [ "$(stat -c %s "$2")" -lt $((target_mb * 1000000)) ]; do cat "$1" >>"$2"; done
}
repeat_to "$work/trad.seed" "$work/trad.txt"
repeat_to "$work/simp.seed" "$work/simp.txt"

# measure NAME FILE CMD...: prints wall seconds and peak RSS in KB.
measure() {
	local name=$1 file=$2
	shift 2
	local t0 t1 kb secs
	t0=$(date +%s%N)
	/usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null
	t1=$(date +%s%N)
	kb=$(tail -1 "$work/time")
	secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", (b-a)/1e9}')
	local mb
	mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN{printf "%.2f", b/1e6}')
	awk -v n="$name" -v s="$secs" -v k="$kb" -v m="$mb" \
		'BEGIN{printf "%-28s %7.2f MB %7.3f s %8.1f MB/s %8.1f MB peak RSS\n", n, m, s, (s>0?m/s:0), k/1024}'
	echo "$secs" >"$work/last"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC') $(uname -m), $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "# opencc $(dpkg-query -W -f '${Version}' opencc 2>/dev/null || echo '?'), $(go version | cut -d' ' -f3)"
for kind in trad simp; do
	f="$work/$kind.txt"
	measure "opencc -c t2s.json ($kind)" "$f" opencc -c t2s.json -i "$f" -o "$work/$kind.opencc"
	o=$(cat "$work/last")
	measure "zhconv -c t2s ($kind)" "$f" "$work/zhconv" -c t2s -i "$f" -o "$work/$kind.zhconv"
	z=$(cat "$work/last")
	awk -v o="$o" -v z="$z" -v k="$kind" 'BEGIN{printf "ratio (%s): zhconv is %.1fx the opencc CLI\n", k, (z>0?o/z:0)}'
	if cmp -s "$work/$kind.opencc" "$work/$kind.zhconv"; then
		echo "outputs identical ($kind)"
	else
		echo "outputs differ ($kind): $(diff "$work/$kind.opencc" "$work/$kind.zhconv" | grep -c '^<' || true) lines"
		diff "$work/$kind.opencc" "$work/$kind.zhconv" | grep '^[<>]' | sort | uniq -c | sort -rn | head -6 | cut -c1-160
	fi
done
