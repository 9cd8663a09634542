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

/* The order a member visits the instances in, epoch by epoch: by a hash
 * of each instance's own content (its signature, the caller's hash of
 * its keys and label) mixed with the seed and the epoch, not by its
 * index.  An upstream change that adds, drops or alters a few instances
 * then moves only those in the order, and the model trained after it
 * differs from the one before by what changed, not by a whole new
 * shuffle (with an index shuffle, a one-line rule change moved dev
 * scores by up to 0.4 through the retrained models alone). */
typedef struct {
    uint64_t key;
    size_t index;
} bag_order;

static inline int bag_cmp_order(const void *x, const void *y)
{
    const bag_order *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return (a->index > b->index) - (a->index < b->index);
}

/* Make equal signatures sig[0..n) distinct, each copy mixed with its
 * count among the earlier ones, so that identical instances do not all
 * meet in one run of the order (a perceptron would then see the same
 * instance many times in a row).  Returns false when out of memory. */
static inline bool bag_spread_copies(uint64_t *sig, size_t n)
{
    bag_order *by = malloc((n + 1) * sizeof *by);
    if (!by)
        return false;
    for (size_t i = 0; i < n; i++)
        by[i] = (bag_order){ sig[i], i };
    qsort(by, n, sizeof *by, bag_cmp_order);
    for (size_t i = 1, copy = 1; i < n; i++) {
        copy = by[i].key == by[i - 1].key ? copy + 1 : 1;
        if (copy > 1)
            sig[by[i].index] = hs_feat_mix(by[i].key, copy);
    }
    free(by);
    return true;
}

/* Fill order[0..n) with the visiting order of epoch `epoch` (from 0) of
 * the member trained on `seed`, given each instance's signature sig[]. */
static inline void bag_epoch_order(bag_order *order, const uint64_t *sig, size_t n,
                                   uint64_t seed, int epoch)
{
    uint64_t salt = hs_feat_mix(seed, (uint64_t)epoch + 1);
    for (size_t i = 0; i < n; i++)
        order[i] = (bag_order){ hs_feat_mix(sig[i], salt), i };
    qsort(order, n, sizeof *order, bag_cmp_order);
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
