/*
 * score_cost.c -- what one feature look-up costs (bench/score-cost.sh).
 *
 * Replays a stream of feature keys recorded from the pipeline (one model's
 * keys, in call order, written by a traced build) through
 * hs_model_score(), in calls of the recorded average size, and prints the
 * CPU nanoseconds per key twice: over the whole stream (the real working
 * set) and over its first 4,096 keys replayed again and again (a working
 * set that stays in L1/L2, so what remains is computation).  The gap
 * between the two is what the model's memory footprint costs.
 *
 * usage: score_cost MODEL_BLOB KEYS_FILE KEYS_PER_CALL
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "perceptron.h"

/* CPU seconds of this process. */
static double cpu_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Read a whole file into 64-byte-aligned memory; exits on failure. */
static void *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f || fseek(f, 0, SEEK_END) || (long)(*len = (size_t)ftell(f)) < 0) {
        perror(path);
        exit(1);
    }
    rewind(f);
    void *b = aligned_alloc(64, (*len + 63) & ~(size_t)63);
    if (!b || fread(b, 1, *len, f) != *len) {
        perror(path);
        exit(1);
    }
    fclose(f);
    return b;
}

/* Score keys[0 .. n) in calls of `per` keys, `reps` times; returns CPU
 * nanoseconds per key.  *sink keeps the work from being optimised away. */
static double replay(const hs_model *m, const uint64_t *keys, size_t n,
                     size_t per, int reps, float *sink)
{
    float scores[1024];
    double t0 = cpu_s();
    for (int r = 0; r < reps; r++)
        for (size_t i = 0; i + per <= n; i += per) {
            memset(scores, 0, sizeof scores);
            hs_model_score(m, keys + i, per, scores);
            *sink += scores[0];
        }
    return (cpu_s() - t0) * 1e9 / ((double)(n / per * per) * reps);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: score_cost MODEL_BLOB KEYS_FILE KEYS_PER_CALL\n");
        return 2;
    }
    size_t blen, klen;
    void *blob = read_all(argv[1], &blen);
    uint64_t *keys = read_all(argv[2], &klen);
    size_t n = klen / sizeof *keys, per = (size_t)atoi(argv[3]);
    hs_error err;
    hs_model *m = hs_model_load(blob, blen, &err);
    if (!m || per == 0 || hs_model_classes(m) > 1024) {
        fprintf(stderr, "score_cost: %s: %s\n", argv[1],
                m ? "bad arguments" : err.message);
        return 1;
    }
    float sink = 0;
    size_t hot = n < 4096 ? n : 4096;
    int reps = (int)(n / hot);
    double full = replay(m, keys, n, per, 1, &sink);
    double warm = replay(m, keys, hot, per, reps > 0 ? reps : 1, &sink);
    printf("%zu keys, %zu per call: %.1f ns/key streamed, %.1f ns/key "
           "cache-resident (%g)\n", n, per, full, warm, (double)(sink != 0));
    hs_model_free(m);
    free(blob);
    free(keys);
    return 0;
}
