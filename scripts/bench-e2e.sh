#!/usr/bin/env bash
# End-to-end benchmark of claimdiff on generated corpora.
#
#   scripts/bench-e2e.sh                      # 1k, 10k and 100k articles
#   SIZES="1000 10000" RUNS=3 scripts/bench-e2e.sh
#
# For every size it generates a corpus (N/4 stories × 4 outlets, one folder
# per story; generation is not timed), runs
#   bin/claimdiff check --format json --fail-on never DIR
# under GNU time RUNS times (default 1) and prints a Markdown table with the
# median run: articles, input MB, words, wall s, CPU s (user+sys), words per
# CPU-second, peak RSS MB and RSS / input size, then the time ratio between
# consecutive sizes (the issue's target: 100k ≤ 12× the time of 10k).
# Environment: SIZES, RUNS, SEED (1), HOT (0.2: share of stories naming
# corpus-wide entities), KEEP=1 to keep the corpora, GO (go).
set -euo pipefail

SIZES=${SIZES:-"1000 10000 100000"}
RUNS=${RUNS:-1}
SEED=${SEED:-1}
HOT=${HOT:-0.2}
GO=${GO:-go}
OUTLETS=4

cd "$(dirname "$0")/.."

TIME=/usr/bin/time
if ! "$TIME" -v true >/dev/null 2>&1; then
	echo "bench-e2e: GNU time not found at $TIME; installing the Debian package 'time'" >&2
	if [ "$(id -u)" = 0 ]; then
		apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
	else
		sudo apt-get install -y time >/dev/null
	fi
fi

echo "bench-e2e: building bin/claimdiff and the corpus generator" >&2
"$GO" build -o bin/claimdiff ./cmd/claimdiff
work=$(mktemp -d "${TMPDIR:-/tmp}/claimdiff-bench.XXXXXX")
if [ "${KEEP:-0}" != 1 ]; then
	trap 'rm -rf "$work"' EXIT
else
	echo "bench-e2e: corpora kept in $work" >&2
fi
"$GO" build -o "$work/corpusgen" ./internal/corpusgen

# seconds from GNU time's "h:mm:ss" or "m:ss.ss"
secs() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

rows=()
declare -A wall_of
for n in $SIZES; do
	stories=$(( (n + OUTLETS - 1) / OUTLETS ))
	dir="$work/c$n"
	echo "bench-e2e: generating $((stories * OUTLETS)) articles" >&2
	read -r _ articles _ words _ bytes < <("$work/corpusgen" -stories "$stories" -outlets "$OUTLETS" -seed "$SEED" -hot "$HOT" -out "$dir")
	results=()
	for ((r = 1; r <= RUNS; r++)); do
		echo "bench-e2e: $articles articles, run $r/$RUNS" >&2
		log="$work/time-$n-$r.txt"
		"$TIME" -v -o "$log" bin/claimdiff check --format json --fail-on never "$dir" >"$work/report.json" 2>"$work/stderr.txt" || {
			echo "bench-e2e: claimdiff failed on $n articles:" >&2
			cat "$work/stderr.txt" "$log" >&2
			exit 1
		}
		wall=$(secs "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")")
		user=$(sed -n 's/.*User time (seconds): //p' "$log")
		sys=$(sed -n 's/.*System time (seconds): //p' "$log")
		rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
		results+=("$wall $user $sys $rss")
	done
	# the median run by wall time
	med=$(printf '%s\n' "${results[@]}" | sort -n -k1,1 | sed -n "$(( (RUNS + 1) / 2 ))p")
	read -r wall user sys rss <<<"$med"
	wall_of[$n]=$wall
	rows+=("$(awk -v a="$articles" -v b="$bytes" -v w="$words" -v wall="$wall" -v u="$user" -v s="$sys" -v rss="$rss" 'BEGIN {
		cpu = u + s; mb = b / 1048576; rmb = rss / 1024
		printf "| %d | %.1f | %d | %.2f | %.2f | %.0f | %.0f | %.2f× |", a, mb, w, wall, cpu, (cpu > 0 ? w / cpu : 0), rmb, rmb / mb }')")
	[ "${KEEP:-0}" = 1 ] || rm -rf "$dir"
done

echo
echo "claimdiff $(git describe --always --dirty 2>/dev/null || echo dev), $(nproc) CPUs, median of $RUNS run(s)"
echo
echo "| articles | input MB | words | wall s | CPU s | words / CPU-s | peak RSS MB | RSS / input |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
prev=""
for n in $SIZES; do
	if [ -n "$prev" ]; then
		awk -v a="$n" -v b="$prev" -v ta="${wall_of[$n]}" -v tb="${wall_of[$prev]}" 'BEGIN {
			printf "- time %d / %d articles: %.1f× (for %.0f× the articles)\n", a, b, (tb > 0 ? ta / tb : 0), a / b }'
	fi
	prev=$n
done
echo
echo "Targets: ≥ 3,000,000 words per CPU-second; peak RSS ≤ 3× input; 100k ≤ 12× the time of 10k."
