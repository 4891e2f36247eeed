# claimdiff — see README.md
GO      ?= go
BIN     ?= bin/claimdiff
EVALSET ?= ../shared/eval/dev
FUZZTIME ?= 3s

.PHONY: all build test fuzz eval eval-fresh bench bench-e2e bench-full lint profile clean

all: build test

build:
	$(GO) build -o $(BIN) ./cmd/claimdiff

# The README's test command. Needs nothing outside the repository.
test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

# A short run of every fuzz target (a few seconds each).
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 1s $$pkg || exit 1; \
	  done; \
	done

# Scores claimdiff on the development set (reads ../shared/eval) and prints
# the scorer's last line.
eval: build
	@python3 $(EVALSET)/../score.py --cmd "$(abspath $(BIN)) check --format json" $(EVALSET) | tail -1

# The same on the clusters kept in testdata/eval .. eval6 (written apart
# from dev; eval2..eval6 also apart from all tuning at first).
eval-fresh: build
	@python3 $(EVALSET)/../score.py --cmd "$(abspath $(BIN)) check --format json" testdata/eval | tail -1
	@python3 $(EVALSET)/../score.py --cmd "$(abspath $(BIN)) check --format json" testdata/eval2 | tail -1
	@python3 $(EVALSET)/../score.py --cmd "$(abspath $(BIN)) check --format json" testdata/eval3 | tail -1
	@python3 $(EVALSET)/../score.py --cmd "$(abspath $(BIN)) check --format json" testdata/eval4 | tail -1
	@python3 $(EVALSET)/../score.py --cmd "$(abspath $(BIN)) check --format json" testdata/eval5 | tail -1
	@python3 $(EVALSET)/../score.py --cmd "$(abspath $(BIN)) check --format json" testdata/eval6 | tail -1

# Go benchmarks of every stage (generated corpora, see internal/corpusgen),
# then the end-to-end table of bin/claimdiff at 1k, 10k and 100k articles,
# the median of three runs each (about ten minutes on two cores).
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
	RUNS=3 GO=$(GO) scripts/bench-e2e.sh

# Only the end-to-end table (SIZES="1000 10000" RUNS=1 for a quick look).
bench-e2e bench-full:
	GO=$(GO) scripts/bench-e2e.sh

lint:
	@test -z "$$(gofmt -l . | grep -v '^testdata/')" || (gofmt -l . | grep -v '^testdata/'; exit 1)
	$(GO) vet ./...

profile: build
	$(BIN) check --cpuprofile cpu.prof --memprofile mem.prof testdata/seeds > /dev/null || true

clean:
	rm -rf bin cpu.prof mem.prof
