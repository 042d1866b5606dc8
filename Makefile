# The two commands a newcomer needs: `make run` and `make test`. Everything else is for maintainers.
PREFIX ?= /usr/local
SWIFT ?= swift
BINARY := .build/debug/workbook

# What the build needs, and what the tests need besides (PATH:PACKAGE, see scripts/ensure-packages).
BUILD_PACKAGES := /usr/include/ncursesw/curses.h:libncursesw5-dev
TEST_PACKAGES := tmux:tmux cmark-gfm:cmark-gfm pandoc:pandoc script:bsdutils

.PHONY: run build test deps test-deps install uninstall format lint clean bench torture

run: build
	@$(BINARY)

build: deps
	$(SWIFT) build

deps:
	@scripts/ensure-packages $(BUILD_PACKAGES)

test-deps: deps
	@scripts/ensure-packages $(TEST_PACKAGES)

# The end-to-end tests drive the built binary; WORKBOOK_BINARY tells them where it is.
test: test-deps
	$(SWIFT) build --build-tests
	WORKBOOK_BINARY=$(CURDIR)/$(BINARY) $(SWIFT) test --skip-build

# A release build linked statically, glibc included: it starts faster and uses less memory, and
# runs from any directory with its content beside it in $(PREFIX)/share/workbook/content and its
# interface's messages in $(PREFIX)/share/workbook/messages. With no loader, no shared library is
# opened, mapped or relocated and no symbol is looked up at the start (0.2–0.3 ms of a first frame
# of 3 ms; docs/performance.md). A static program cannot load glibc's name-service modules, so
# its account names come from /etc/passwd alone (Sources/CNameService; docs/decisions.md). After
# an upgrade of the C library, `make install` again. Not position-independent: the binary then
# has no relocations to apply. ncursesw needs its tinfo named.
# lld places the functions of the first frame side by side, and the variables it touches side by
# side (scripts/start-order.txt, written by scripts/start-order): the start touches fewer pages of
# the binary (docs/decisions.md). Each function of ours is compiled into a section of its own
# (-function-sections): lld moves sections, not functions, and a file's functions otherwise share
# one section, so a file with one function the start needs went whole to the front.
# The compiler reaches a generic type's metadata (an array's storage of each element type, an
# optional of each type) through its accessor function, not by its mangled name: the runtime
# otherwise demangles each name on its first use, 10,000 to 30,000 instructions every time, about
# 1.4 M of the first frame (docs/performance.md).
RELEASE_FLAGS := -c release -Xswiftc -static-executable -Xlinker -no-pie -Xlinker -ltinfo \
	-Xswiftc -use-ld=lld \
	-Xlinker --symbol-ordering-file=$(CURDIR)/scripts/start-order.txt \
	-Xlinker --no-warn-symbol-ordering \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
	-Xswiftc -Xfrontend -Xswiftc -function-sections
# SwiftPM does not know the order file is an input of the link: the binary is removed first, so
# that a list written again is linked in (a link takes a few seconds).
RELINK = rm -f $(1)/release/workbook

install: deps
	$(call RELINK,.build)
	$(SWIFT) build $(RELEASE_FLAGS)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/workbook/content \
		$(DESTDIR)$(PREFIX)/share/workbook/messages
	install -m 0755 .build/release/workbook $(DESTDIR)$(PREFIX)/bin/workbook
	install -m 0644 Content/*.md $(DESTDIR)$(PREFIX)/share/workbook/content/
	for group in Messages/*/; do \
		install -d $(DESTDIR)$(PREFIX)/share/workbook/messages/$$(basename $$group) && \
		install -m 0644 $$group*.json $(DESTDIR)$(PREFIX)/share/workbook/messages/$$(basename $$group)/; \
	done

# Benchmarks (Benchmarks/, a package of its own, so the main build never waits for them): the
# release binary built as `make install` builds it, the C baseline, the in-process benchmarks with
# their thresholds, then the comparisons with other programs. docs/performance.md has the results.
# The binary is measured as `make install` leaves it: a copy written by install(1). The file the
# linker has just written starts with about 25 more page faults (docs/performance.md).
BENCH_SCRATCH := .build-bench
BENCH_BINARY := $(BENCH_SCRATCH)/installed/workbook
BENCH_PACKAGES := dialog:dialog cc:gcc
bench: deps
	@scripts/ensure-packages $(BENCH_PACKAGES)
	$(call RELINK,$(BENCH_SCRATCH))
	$(SWIFT) build $(RELEASE_FLAGS) --scratch-path $(BENCH_SCRATCH) --product workbook
	install -D -m 0755 $(BENCH_SCRATCH)/release/workbook $(BENCH_BINARY)
	mkdir -p Benchmarks/.build
	cc -O2 -o Benchmarks/.build/minimal-curses Benchmarks/MinimalCurses/minimal.c -lncursesw
	@# Both tables are printed whatever the first finds; a missed target fails the target at the end.
	status=0; scripts/bench-thresholds || status=1; \
	(cd Benchmarks && $(SWIFT) run -c release WorkbookComparisons \
		$(CURDIR)/$(BENCH_BINARY) .build/minimal-curses) || status=1; \
	exit $$status

# The reliability suite's long run (docs/reliability.md): the tests `make test` runs briefly,
# run long, then the signal tests again and again, and a save onto a really full disk.
torture: test-deps
	$(SWIFT) build --build-tests
	scripts/torture $(CURDIR)/.build/debug

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/workbook
	rm -rf $(DESTDIR)$(PREFIX)/share/workbook

format:
	$(SWIFT) format -i -r Package.swift Sources Tests

lint:
	$(SWIFT) format lint --strict -r Package.swift Sources Tests

clean:
	rm -rf .build
