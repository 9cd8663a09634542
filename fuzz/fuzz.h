/*
 * fuzz.h -- what every libFuzzer harness shares: the entry points
 * libFuzzer (or replay_main.c) calls, and REQUIRE, which reports a
 * violated invariant and aborts so the fuzzer records the input.
 */
#ifndef HS_FUZZ_H
#define HS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define REQUIRE(cond, ...)                                                 \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "%s: invariant failed: %s (line %d): ",       \
                    __FILE__, #cond, __LINE__);                            \
            fprintf(stderr, __VA_ARGS__);                                  \
            fputc('\n', stderr);                                           \
            abort();                                                       \
        }                                                                  \
    } while (0)

#endif
