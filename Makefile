# qunfang — the two quick-start commands are `make site` and `make test`.
SWIFT ?= swift
CONTENT ?= content
OUTPUT ?= site
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test check deps sample clean

## Build the sample site from content/ into site/ (installs libcmark-dev when missing).
site: deps
	$(SWIFT) build --product qunfang
	.build/debug/qunfang build --content $(CONTENT) --output $(OUTPUT)

## Run the whole test suite, optimised: most of its time is whole builds of the sample site run by
## the qunfang program, which an optimised build runs several times faster than a debug one. Its own
## build folder keeps it apart from `make site`'s debug build (and from the benchmark's release one).
## `make test FILTER=RankingTests` runs the tests whose names match.
SWIFT_TEST := $(SWIFT) test -c release -Xswiftc -enable-testing --build-path .build/test
test: deps
	$(SWIFT_TEST) $(if $(FILTER),--filter "$(FILTER)")

## Validate the records only.
check: deps
	$(SWIFT) build --product qunfang
	.build/debug/qunfang check --content $(CONTENT)

## Regenerate the committed sample content (2017, and 2018 cut off on 30 June) with the deterministic generator (refuses, naming
## them, to overwrite or delete files that differ from what it makes; add --force by hand).
sample:
	$(SWIFT) run qunfang-sample --years 2017-2018 --cutoff 2018-06-30 $(CONTENT)

deps:
	@pkg-config --exists libcmark || { $(SUDO) apt-get update && $(SUDO) apt-get install -y libcmark-dev pkg-config; }

clean:
	rm -rf .build
