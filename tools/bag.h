/*
 * bag.h -- average several perceptrons into one model (trainers).
 *
 * A perceptron's weights depend on the order it saw its instances in: one
 * trained on another seeded shuffle scores up to half a point apart on
 * dev.  A bag trains `members` of them, each on its own seed, and
 * averages them weight by weight into one trainer whose weights are fixed
 * (hs_trainer_set), in units of 1/scale of a perceptron step, averages
 * under `prune` units dropped.  The result scores about as well as the
 * members' mean and swings much less; it is byte-identical for identical
 * inputs.  Each member goes through the file tmp_path (removed after), as
 * a saved model is how its averaged weights can be read.
 *
 * Header-only (static functions): each tool includes it once.
 */
#ifndef HS_BAG_H
#define HS_BAG_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "perceptron.h"
#include "silver.h"

/* A trainer's random-number generator: next value from state *s. */
typedef uint64_t (*bag_rng_fn)(uint64_t *s);

/* Fisher-Yates shuffle of order[0..n) with generator next at state *rng:
 * each epoch of a member visits its instances in a new seeded order.
 * (Each trainer keeps the generator it was tuned with, so that its model
 * files stay as they are.) */
static inline void bag_shuffle(size_t *order, size_t n, bag_rng_fn next,
                               uint64_t *rng)
{
    for (size_t k = n; k > 1; k--) {
        size_t j = (size_t)(next(rng) % k);
        size_t x = order[k - 1];
        order[k - 1] = order[j];
        order[j] = x;
    }
}

/* Train one member on `seed`. */
typedef hs_trainer *(*bag_member_fn)(void *arg, uint64_t seed);

/* Order of keys. */
static inline int bag_cmp_key(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The bag of `members` models trained by train(arg, seed), seeds from
 * `seed` on; keys[0..nkeys) must hold every key a member can weigh (the
 * keys of all training instances, repeats allowed).  Exits on failure. */
static inline hs_trainer *bag_train(int members, uint64_t seed,
                                    bag_member_fn train, void *arg,
                                    const uint64_t *keys, size_t nkeys,
                                    int nclasses, float scale, long prune,
                                    const char *tmp_path)
{
    hs_model **ms = calloc((size_t)members, sizeof *ms);
    char **blobs = calloc((size_t)members, sizeof *blobs);
    uint64_t *sorted = malloc((nkeys + 1) * sizeof *sorted);
    hs_trainer *tr = hs_trainer_new(nclasses);
    float *sc = calloc((size_t)nclasses, sizeof *sc);
    if (!ms || !blobs || !sorted || !tr || !sc) {
        fprintf(stderr, "bag: out of memory\n");
        exit(2);
    }
    hs_error err;
    for (int b = 0; b < members; b++) {
        hs_trainer *t = train(arg, seed);
        seed += 0x9E3779B97F4A7C15ULL;
        size_t size = 0;
        blobs[b] = hs_trainer_save(t, tmp_path, 0.0f) ? NULL
                                                      : silver_read_file(tmp_path, &size);
        ms[b] = blobs[b] ? hs_model_load(blobs[b], size, &err) : NULL;
        hs_trainer_free(t);
        if (!ms[b]) {
            fprintf(stderr, "bag: cannot write or read back %s\n", tmp_path);
            exit(2);
        }
    }
    remove(tmp_path);
    memcpy(sorted, keys, nkeys * sizeof *sorted);
    qsort(sorted, nkeys, sizeof *sorted, bag_cmp_key);
    hs_trainer_tick(tr);               /* so that fixed weights average */
    for (size_t i = 0; i < nkeys; i++) {
        if (i > 0 && sorted[i] == sorted[i - 1])
            continue;
        memset(sc, 0, (size_t)nclasses * sizeof *sc);
        for (int b = 0; b < members; b++)
            hs_model_score(ms[b], &sorted[i], 1, sc);
        for (int c = 0; c < nclasses; c++) {
            long w = lrintf(sc[c] * scale / (float)members);
            if (labs(w) >= prune)
                hs_trainer_set(tr, sorted[i], c, (int)w);
        }
    }
    for (int b = 0; b < members; b++) {
        hs_model_free(ms[b]);
        free(blobs[b]);
    }
    free(ms);
    free(blobs);
    free(sorted);
    free(sc);
    return tr;
}

#endif
