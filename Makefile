# statpipe — `make` builds ./statpipe; `make check` runs every test under
# AddressSanitizer and UndefinedBehaviorSanitizer; `make demo` installs what
# is missing, builds and runs a pipeline on the bundled data.

VERSION	 = 0.2.0
# build on every core unless the command line says -jN
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 2)
PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
DATADIR	?= $(PREFIX)/share
CC	?= cc
CFLAGS	?= -O2 -g
# CPPFLAGS, CFLAGS and LDFLAGS from the environment are honoured (Debian's
# hardening flags); warnings are errors only in the test build (make check)
WARN	 = -Wall -Wextra
ALL_CFLAGS = -std=gnu11 -D_GNU_SOURCE -DVERSION='"$(VERSION)"' -Ilib \
	   $(CPPFLAGS) $(WARN) $(CFLAGS)
SAN	 = -Werror -fsanitize=address,undefined \
	   -fno-sanitize-recover=undefined -fno-omit-frame-pointer
# libicu collates factor levels; zlib and libzstd read compressed input;
# libsvm and liblinear fit support vector machines
LIBS	 = -lcsv -lgsl -lgslcblas -licui18n -licuuc -licudata -lz -lzstd \
	   -lsvm -llinear -lm -pthread

LIB_SRC	 = $(sort $(wildcard lib/*/*.c))
CMD_SRC	 = $(sort $(wildcard cmd/*.c))
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
HDRS	 = $(wildcard lib/*/*.h cmd/*.h tests/unit/*.h)
MAN_SRC	 = $(sort $(wildcard man/statpipe-*.1))

LIB_OBJ	 = $(LIB_SRC:%.c=build/%.o)
CMD_OBJ	 = $(CMD_SRC:%.c=build/%.o)
SLIB_OBJ = $(LIB_SRC:%.c=build/san/%.o)
SCMD_OBJ = $(CMD_SRC:%.c=build/san/%.o)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=build/san/unit/%)

# fuzz targets: built with clang and libFuzzer by `make fuzz`; replayed over
# their corpora by `make check` with cc and the sanitizers (no clang needed)
FUZZ_SRC = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_NAMES = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=%)
FUZZ_BIN = $(FUZZ_NAMES:%=build/fuzz/fuzz_%)
REPLAY_BIN = $(FUZZ_NAMES:%=build/san/fuzz/replay_%)
FUZZ_HDRS = $(HDRS) tests/fuzz/fuzz.h
FUZZ_SECONDS ?= 60
CLANG	?= clang
FUZZ_CFLAGS = -std=gnu11 -D_GNU_SOURCE -Ilib -g -O1 -fno-omit-frame-pointer \
	   -fno-sanitize-recover=undefined

all: statpipe

statpipe: $(CMD_OBJ) build/helptext.o build/libstatpipe.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CMD_OBJ) build/helptext.o \
	    build/libstatpipe.a $(LIBS)

# each command's --help text, made from its manual page
build/helptext.c: scripts/gen-help.sh scripts/gen-help.awk $(MAN_SRC)
	@mkdir -p build
	sh scripts/gen-help.sh $(MAN_SRC) >$@.tmp && mv $@.tmp $@

build/helptext.o: build/helptext.c cmd/common.h $(HDRS)
	$(CC) $(ALL_CFLAGS) -Icmd -c -o $@ build/helptext.c

build/san/helptext.o: build/helptext.c cmd/common.h $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Icmd -O1 $(SAN) -c -o $@ build/helptext.c

build/libstatpipe.a: $(LIB_OBJ)
	$(AR) rcs $@ $(LIB_OBJ)

build/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# the sanitizer build, used by every test
build/san/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -c -o $@ $<

build/san/libstatpipe.a: $(SLIB_OBJ)
	$(AR) rcs $@ $(SLIB_OBJ)

build/san/statpipe: $(SCMD_OBJ) build/san/helptext.o build/san/libstatpipe.a
	$(CC) $(ALL_CFLAGS) $(SAN) $(LDFLAGS) -o $@ $(SCMD_OBJ) \
	    build/san/helptext.o build/san/libstatpipe.a $(LIBS)

build/san/unit/%: tests/unit/%.c build/san/libstatpipe.a $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -o $@ $< build/san/libstatpipe.a \
	    -lcmocka $(LIBS)

build/san/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.c \
    tests/fuzz/replay.c build/san/libstatpipe.a $(FUZZ_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -o $@ tests/fuzz/replay.c \
	    tests/fuzz/fuzz.c $< build/san/libstatpipe.a $(LIBS)

build/fuzz/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined \
	    -c -o $@ $<

build/fuzz/libstatpipe.a: $(LIB_SRC:%.c=build/fuzz/%.o)
	$(AR) rcs $@ $^

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.c \
    build/fuzz/libstatpipe.a $(FUZZ_HDRS)
	$(CLANG) $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ \
	    tests/fuzz/fuzz.c $< build/fuzz/libstatpipe.a $(LIBS)

check: build/san/statpipe $(UNIT_BIN) $(REPLAY_BIN)
	@STATPIPE=$(CURDIR)/build/san/statpipe FUZZ_REPLAY="$(REPLAY_BIN)" \
	    sh scripts/run-tests.sh $(UNIT_BIN)

# the command-line tests once under valgrind memcheck (scripts/deps.sh --ci)
check-valgrind: statpipe
	sh scripts/check-valgrind.sh statpipe

# --partial and merge on real engines: GNU parallel (with a local sshd),
# a one-node Slurm cluster, a Hadoop-Streaming-shaped pipeline; and the
# merge property test (scripts/deps.sh --dist installs what they need)
check-dist: statpipe
	@STATPIPE=$(CURDIR)/statpipe sh scripts/run-dist.sh

# cppcheck and clang-tidy with the repository's configuration
lint:
	sh scripts/lint.sh

# each target for FUZZ_SECONDS; new inputs go to build/fuzz/corpus, crashes
# are copied into tests/fuzz/corpus/TARGET/
fuzz: $(FUZZ_BIN)
	sh scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_NAMES)

# the Debian package, built from the committed tree and checked by lintian
deb:
	sh scripts/deb.sh

demo:
	sh scripts/deps.sh
	$(MAKE) statpipe
	@echo '$$ statpipe describe testdata/iris.csv --format table'
	@./statpipe describe testdata/iris.csv --format table
	@echo '$$ statpipe groupby -k cyl,gear --sort mean:mpg,hp count testdata/mtcars.csv | statpipe describe -c mpg_mean,hp_mean --format table'
	@./statpipe groupby -k cyl,gear --sort mean:mpg,hp count testdata/mtcars.csv | \
	    ./statpipe describe -c mpg_mean,hp_mean --format table
	@echo '$$ statpipe anova -y len -g supp,dose testdata/ToothGrowth.csv --digits 4 --format table'
	@./statpipe anova -y len -g supp,dose testdata/ToothGrowth.csv --digits 4 --format table
	@echo "$$ statpipe regress 'mpg ~ wt + factor(cyl)' testdata/mtcars.csv --digits 4 --format table"
	@./statpipe regress 'mpg ~ wt + factor(cyl)' testdata/mtcars.csv --digits 4 --format table

gallery: statpipe
	STATPIPE=./statpipe sh scripts/gallery.sh

bench: statpipe
	sh scripts/bench.sh

# the binary, the manual pages (sections 1 and 7) and the completions
# for bash, zsh and fish
install: statpipe
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man7 \
	    $(DESTDIR)$(DATADIR)/bash-completion/completions \
	    $(DESTDIR)$(DATADIR)/zsh/vendor-completions \
	    $(DESTDIR)$(DATADIR)/fish/vendor_completions.d
	install -m 755 statpipe $(DESTDIR)$(BINDIR)/statpipe
	install -m 644 man/*.1 $(DESTDIR)$(MANDIR)/man1/
	for f in man/*.7; do [ ! -e "$$f" ] || \
	    install -m 644 "$$f" $(DESTDIR)$(MANDIR)/man7/; done
	install -m 644 completions/statpipe.bash \
	    $(DESTDIR)$(DATADIR)/bash-completion/completions/statpipe
	install -m 644 completions/_statpipe \
	    $(DESTDIR)$(DATADIR)/zsh/vendor-completions/_statpipe
	install -m 644 completions/statpipe.fish \
	    $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/statpipe.fish

install-strip: install
	strip $(DESTDIR)$(BINDIR)/statpipe

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/statpipe \
	    $(DESTDIR)$(DATADIR)/bash-completion/completions/statpipe \
	    $(DESTDIR)$(DATADIR)/zsh/vendor-completions/_statpipe \
	    $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/statpipe.fish
	for f in man/*.1; do rm -f $(DESTDIR)$(MANDIR)/man1/$${f#man/}; done
	for f in man/*.7; do rm -f $(DESTDIR)$(MANDIR)/man7/$${f#man/}; done

clean:
	rm -rf build statpipe

.PHONY: all check check-valgrind check-dist lint fuzz demo gallery bench install \
	install-strip uninstall deb clean
