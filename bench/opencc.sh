#!/usr/bin/env bash
# Side-by-side benchmark: zhnorm's converter (bench/zhconv) against the
# OpenCC 1.1.6 CLI, on traditional and on simplified text of the corpus
# repeated to about 8 MB. Installs nothing; needs Debian's opencc package:
#
#	apt-get install -y opencc
#
# Usage, from the repository root: [RUNS=3] bench/opencc.sh [target-MB]
# Each command runs RUNS times; the best wall time counts.
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

# measure NAME FILE CMD...: runs CMD $runs times and prints the best wall
# time (the machine may be shared: the minimum is the least disturbed run)
# and the peak RSS.
runs=${RUNS:-3}
measure() {
	local name=$1 file=$2
	shift 2
	local best="" kb=0 t0 t1 secs k
	for _ in $(seq "$runs"); do
		t0=$(date +%s%N)
		/usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null
		t1=$(date +%s%N)
		k=$(tail -1 "$work/time")
		secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", (b-a)/1e9}')
		if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$secs; fi
		[ "$k" -gt "$kb" ] && kb=$k
	done
	local mb
	mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN{printf "%.2f", b/1e6}')
	awk -v n="$name" -v s="$best" -v k="$kb" -v m="$mb" \
		'BEGIN{printf "%-28s %7.2f MB %7.3f s %8.1f MB/s %8.1f MB peak RSS\n", n, m, s, (s>0?m/s:0), k/1024}'
	echo "$best" >"$work/last"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC') $(uname -m), $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1 /proc/loadavg), best of $runs runs"
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
		# OpenCC and zhconv treat invalid UTF-8 differently; compare the
		# lines of the input that are valid UTF-8 on their own too.
		LC_ALL=C.UTF-8 grep -ax '.*' "$f" >"$work/valid.txt" || true
		opencc -c t2s.json -i "$work/valid.txt" -o "$work/valid.opencc"
		"$work/zhconv" -c t2s -i "$work/valid.txt" -o "$work/valid.zhconv"
		echo "outputs differ ($kind) in $(diff "$work/$kind.opencc" "$work/$kind.zhconv" | grep -c '^<' || true) lines;" \
			"on the $(wc -l <"$work/valid.txt") valid UTF-8 lines they differ in $(diff "$work/valid.opencc" "$work/valid.zhconv" | grep -c '^<' || true)"
		{ diff "$work/valid.opencc" "$work/valid.zhconv" || true; } | grep '^[<>]' | head -6 | cut -c1-120 || true
	fi
done
