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

## Run the whole test suite.
test: deps
	$(SWIFT) build --product qunfang
	$(SWIFT) test

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
