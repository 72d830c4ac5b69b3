#!/bin/sh
# Runs graphq's speed and memory benchmarks and prints a summary table.
#
#   bench/run.sh            # everything, each measurement twice
#   COUNT=1 bench/run.sh    # once
#   ARTICLES=2000 bench/run.sh load
#   CORPUS=100000 bench/run.sh corpus   # graphq build of a generated corpus
#
# Sections: extract, load, build, query (default: all), and corpus (not in
# the default: 100,000 articles take 10-16 minutes). Raw `go test`
# output goes to bench/out/*.txt. The big store (about 1M quads) is built
# on first use under $TMPDIR and reused; delete /tmp/graphq-bench-seed1-* to
# rebuild it. Figures on a shared 2-core machine are noisy: compare runs.
set -eu
cd "$(dirname "$0")/.."
COUNT=${COUNT:-2}
ARTICLES=${ARTICLES:-1000}
BIG=${BIG:-4200}
QUERY_RUNS=${QUERY_RUNS:-20}
OUT=bench/out
mkdir -p "$OUT"
sections=${*:-extract load build query}

run() { # name, go test args...
	name=$1
	shift
	echo "== $name: go test $*" >&2
	go test -run '^$' "$@" | tee "$OUT/$name.txt" | grep -E '^(Benchmark|ok|FAIL|---)' >&2
}

for s in $sections; do
	case $s in
	extract)
		run extract-seeds -bench '^BenchmarkExtract$' -cpu 1 -count "$COUNT" ./extract/
		run extract-corpus -bench '^BenchmarkExtractCorpus$' -cpu 1 -count "$COUNT" ./bench/corpus/
		;;
	load)
		GRAPHQ_BENCH_ARTICLES=$ARTICLES run load -bench '^BenchmarkLoadBolt$' -benchtime 1x -count "$COUNT" -timeout 60m ./graph/
		run load-backends -bench '^BenchmarkLoadBackends$' -benchtime 1x -count "$COUNT" -timeout 60m ./graph/
		;;
	build)
		# One process per run, so that each peak RSS is that build's own.
		: >"$OUT/build.txt"
		i=0
		while [ "$i" -lt "$COUNT" ]; do
			GRAPHQ_BENCH_BIG_ARTICLES=$BIG run build-$i -bench '^BenchmarkBuildBig$' -benchtime 1x -timeout 60m ./graph/
			cat "$OUT/build-$i.txt" >>"$OUT/build.txt"
			i=$((i + 1))
		done
		;;
	query)
		GRAPHQ_BENCH_BIG_ARTICLES=$BIG run query -bench '^BenchmarkQueryBig$' -benchtime "${QUERY_RUNS}x" -count "$COUNT" -timeout 60m ./graph/
		;;
	corpus)
		# The real command on a generated corpus, one process, timed by
		# GNU time (apt-get install time) for its peak RSS.
		n=${CORPUS:-100000}
		dir=${TMPDIR:-/tmp}
		corpus=$dir/graphq-corpus-$n.jsonl.gz
		[ -f "$corpus" ] || go run ./bench/corpusgen -n "$n" -seed 1 -o "$corpus"
		go build -o "$dir/graphq-bench" ./cmd/graphq
		rm -rf "$dir/graphq-corpus-$n.db"
		/usr/bin/time -v "$dir/graphq-bench" build --quiet --db "$dir/graphq-corpus-$n.db" "$corpus" 2>"$OUT/corpus.txt"
		du -sb "$dir/graphq-corpus-$n.db" >>"$OUT/corpus.txt"
		awk -v n="$n" '/Elapsed \(wall/ { wall = $NF } /Maximum resident/ { rss = $NF }
			/^[0-9]+\t/ { size = $1 }
			END { printf "corpus build, %d articles: wall %s, peak RSS %.0f MB, store %.2f GB\n", n, wall, rss / 1024, size / 1e9 }' "$OUT/corpus.txt"
		rm -rf "$dir/graphq-corpus-$n.db"
		;;
	*)
		echo "unknown section $s (want extract, load, build, query, corpus)" >&2
		exit 2
		;;
	esac
done

# Summary: one row per benchmark run with the figures that matter.
echo
printf '%-36s %s\n' benchmark figures
for f in extract-seeds extract-corpus load load-backends build query; do
	[ -f "$OUT/$f.txt" ] || continue
	awk '/^Benchmark/ {
		name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
		line = ""
		for (i = 3; i <= NF; i++)
			if ($i ~ /^(MB\/s|sentences\/s|articles\/s|triples\/article|quads|quads\/s|p50_ms|p95_ms|rows|peakRSS_MB|copy_s|copy_heap_MB)$/)
				line = line sprintf(" %s=%s", $i, $(i-1))
		printf "%-36s%s\n", name, line
	}' "$OUT/$f.txt"
done
if [ -f "$OUT/load.txt" ]; then
	awk '/^BenchmarkLoadBolt\/AddResults-/ { for (i = 3; i <= NF; i++) if ($i == "quads/s") a[++na] = $(i-1) }
	     /^BenchmarkLoadBolt\/CayleyBulk-/ { for (i = 3; i <= NF; i++) if ($i == "quads/s") c[++nc] = $(i-1) }
	     END { for (k = 1; k <= na && k <= nc; k++) printf "AddResults / CayleyBulk, run %d: %.0f%% (target >= 80%%)\n", k, 100 * a[k] / c[k] }' "$OUT/load.txt"
fi
