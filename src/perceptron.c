/*
 * perceptron.c -- averaged perceptron: hashed features, training, blobs.
 *
 * Features are 64-bit keys.  A trained model is a blob with an
 * open-addressing hash table of its features, read in place (the blob is
 * compiled into .rodata by models.c) so loading copies nothing and scoring
 * one feature costs one or two cache lines:
 *
 *   header  32 bytes   magic "HSPM", version, nclasses, nslots, nentries,
 *                      scale (float), nfeat, reserved (all little-endian)
 *   slots   nslots x { uint32 fp; uint32 off; }
 *   entries nentries x { uint16 cls; int16 w; }
 *
 * A key k lives in slot ((k >> 32) * nslots) >> 32 or after it (linear
 * probing, wrapping); fp is the key's low 32 bits, so a slot match checks
 * the whole 64-bit key except for the bits implied by the home slot.  off
 * is 0 for an empty slot; otherwise entries[off].cls holds the number n of
 * non-zero weights of the feature and entries[off+1 .. off+n] hold them
 * (class, weight), classes ascending.  A weight is w * scale.  Entry 0 is a
 * dummy so that no feature has off 0.  nslots > nfeat, so every probe
 * sequence ends at an empty slot (the trainer writes nslots = 2 nfeat + 1;
 * any larger-than-nfeat table loads).
 *
 * The trainer keeps, for every feature, only the classes it has ever
 * updated (a feature seldom touches more than a few of the classes), with
 * the current weight, the running total and the time of its last change
 * (lazy averaging: the total catches up only when a weight changes, and at
 * save time).  Weights and totals are integers, so averaging is exact and
 * the saved blob depends only on the sequence of updates; features are
 * written in key order, so hash-table layout never leaks into the file.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "perceptron.h"

#define HS_PM_MAGIC "HSPM"
#define HS_PM_VERSION 1u
#define HS_PM_HEADER 32u

/* ------------------------------------------------------------- features */

/* Final avalanche of a 64-bit value (MurmurHash3's fmix64). */
static inline uint64_t fmix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* Hash `len` bytes chained from `seed`: FNV-1a over 8-byte words (then the
 * tail bytes), finished with an avalanche so every bit of the result
 * depends on every input bit. */
uint64_t hs_feat_hash(uint64_t seed, const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t h = seed ^ 0xcbf29ce484222325ULL ^ (uint64_t)len;
    while (len >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
        p += 8;
        len -= 8;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < len; i++)
        w |= (uint64_t)p[i] << (8 * i);
    h = (h ^ w) * 0x100000001b3ULL;
    return fmix64(h);
}

/* Key of template `tmpl` with string value s[0..len). */
uint64_t hs_feat_str(uint32_t tmpl, const char *s, size_t len)
{
    return hs_feat_hash(0x9e3779b97f4a7c15ULL * (tmpl + 1u), s, len);
}

/* Conjoin key with another 64-bit value (order matters). */
uint64_t hs_feat_mix(uint64_t key, uint64_t value)
{
    return fmix64((key * 0x9e3779b97f4a7c15ULL) ^
                  (value + 0x632be59bd9b4e019ULL + (key >> 7)));
}

/* ---------------------------------------------------------- inference */

typedef struct {
    uint32_t fp;               /* low 32 bits of the key */
    uint32_t off;              /* index in entries; 0: empty slot */
} pm_slot;

typedef struct {
    uint16_t cls;              /* class (or, at a feature's head, count) */
    int16_t w;                 /* quantised weight */
} pm_entry;

struct hs_model {
    const pm_slot *slots;
    const pm_entry *entries;
    uint32_t nslots, nentries, nclasses;
    float scale;
};

/* Read a little-endian uint32 at p. */
static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

/* Check and wrap a model blob (see the top of this file).  The blob must
 * be 4-byte aligned and outlive the model; nothing is copied. */
hs_model *hs_model_load(const void *blob, size_t size, hs_error *err)
{
    const unsigned char *b = blob;
    if (size < HS_PM_HEADER || memcmp(b, HS_PM_MAGIC, 4) != 0 ||
        rd32(b + 4) != HS_PM_VERSION || ((uintptr_t)b & 3u)) {
        hs_set_error(err, HS_ERR_MODEL, 0, "model blob: bad header");
        return NULL;
    }
    /* The slot and entry arrays are read natively: refuse a big-endian
     * host rather than misread (the magic check above is byte-wise). */
    uint32_t probe = 1;
    unsigned char first;
    memcpy(&first, &probe, 1);
    uint32_t nclasses = rd32(b + 8), nslots = rd32(b + 12),
             nentries = rd32(b + 16), nfeat = rd32(b + 24);
    float scale;
    memcpy(&scale, b + 20, 4);
    uint64_t need = HS_PM_HEADER + (uint64_t)nslots * sizeof(pm_slot) +
                    (uint64_t)nentries * sizeof(pm_entry);
    if (first != 1 || nclasses == 0 || nclasses > 65535 || nslots <= nfeat ||
        nentries == 0 || need > size || !(scale > 0.0f) || !isfinite(scale)) {
        hs_set_error(err, HS_ERR_MODEL, 0, "model blob: bad sizes");
        return NULL;
    }
    const pm_slot *slots = (const pm_slot *)(b + HS_PM_HEADER);
    const pm_entry *entries = (const pm_entry *)(slots + nslots);
    /* Every occupied slot must point at a well-formed entry run, so that
     * scoring never reads outside the blob or past scores[nclasses). */
    uint32_t used = 0;
    for (uint32_t i = 0; i < nslots; i++) {
        uint32_t off = slots[i].off;
        if (off == 0)
            continue;
        used++;
        if (off >= nentries || entries[off].cls > nentries - 1 - off)
            goto bad;
        for (uint32_t k = 1; k <= entries[off].cls; k++)
            if (entries[off + k].cls >= nclasses)
                goto bad;
    }
    if (used != nfeat || entries[0].cls != 0)
        goto bad;
    hs_model *m = malloc(sizeof *m);
    if (!m) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    m->slots = slots;
    m->entries = entries;
    m->nslots = nslots;
    m->nentries = nentries;
    m->nclasses = nclasses;
    m->scale = scale;
    return m;
bad:
    hs_set_error(err, HS_ERR_MODEL, 0, "model blob: bad feature table");
    return NULL;
}

/* Free the wrapper (the blob is not owned). */
void hs_model_free(hs_model *m)
{
    free(m);
}

/* Number of classes the model scores. */
int hs_model_classes(const hs_model *m)
{
    return (int)m->nclasses;
}

/* The entry-run offsets, in a model's slots and entries, of nb (at most
 * 64) keys into at[] (0: an unknown key, the empty run): every home slot
 * prefetched first, then the probes, each prefetching its run, so that
 * the batch's cache misses overlap. */
static inline void probe_batch(const pm_slot *slots, uint32_t nslots, const pm_entry *ent,
                               const uint64_t *keys, size_t nb, uint32_t *at)
{
    for (size_t k = 0; k < nb; k++) {
        at[k] = (uint32_t)(((keys[k] >> 32) * (uint64_t)nslots) >> 32);
        __builtin_prefetch(&slots[at[k]]);
    }
    for (size_t k = 0; k < nb; k++) {
        uint32_t fp = (uint32_t)keys[k], i = at[k], off;
        while ((off = slots[i].off) != 0 && slots[i].fp != fp)
            if (++i == nslots)
                i = 0;
        at[k] = off;
        __builtin_prefetch(&ent[off]);
    }
}

/* Add the weights of every known key to scores[].  The table lookups are
 * memory-bound, so keys go in batches of up to 64 through three passes:
 * compute home slots and prefetch them, probe and prefetch the entry runs,
 * then add the weights; the cache misses of a batch overlap instead of
 * queueing. */
void hs_model_score(const hs_model *m, const uint64_t *keys, size_t nkeys,
                    float *scores)
{
    const pm_slot *slots = m->slots;
    const pm_entry *ent = m->entries;
    const uint32_t nslots = m->nslots;
    const float scale = m->scale;
    uint32_t at[64];
    while (nkeys) {
        size_t nb = nkeys < 64 ? nkeys : 64;
        probe_batch(slots, nslots, ent, keys, nb, at);
        if (m->nclasses <= 256) {
            /* Sum integer weights, scale once per class. */
            int32_t acc[256];
            memset(acc, 0, m->nclasses * sizeof *acc);
            for (size_t k = 0; k < nb; k++) {
                const pm_entry *e = ent + at[k];
                for (uint32_t j = 1; j <= e[0].cls; j++)
                    acc[e[j].cls] += e[j].w;
            }
            for (uint32_t c = 0; c < m->nclasses; c++)
                scores[c] += (float)acc[c] * scale;
        } else {
            for (size_t k = 0; k < nb; k++) {
                const pm_entry *e = ent + at[k];
                for (uint32_t j = 1; j <= e[0].cls; j++)
                    scores[e[j].cls] += (float)e[j].w * scale;
            }
        }
        keys += nb;
        nkeys -= nb;
    }
}

/* hs_model_first_positive(): the probes of hs_model_score(), then each
 * key's entry run read on its own (the empty run at offset 0: -1). */
void hs_model_first_positive(const hs_model *m, const uint64_t *keys, size_t nkeys,
                             int *first)
{
    const pm_entry *ent = m->entries;
    uint32_t at[64];
    while (nkeys) {
        size_t nb = nkeys < 64 ? nkeys : 64;
        probe_batch(m->slots, m->nslots, ent, keys, nb, at);
        for (size_t k = 0; k < nb; k++) {
            int best = -1;
            if (at[k]) {
                const pm_entry *e = ent + at[k];
                for (uint32_t j = 1; j <= e[0].cls; j++)
                    if ((float)e[j].w * m->scale > 0.0f && e[j].cls < m->nclasses &&
                        (best < 0 || e[j].cls < best))
                        best = e[j].cls;
            }
            first[k] = best;
        }
        keys += nb;
        first += nb;
        nkeys -= nb;
    }
}

/* ------------------------------------------------------------ training */

typedef struct {
    int64_t total;             /* sum of w over time up to ts */
    int32_t w;                 /* current weight */
    uint32_t ts;               /* tick of the last change of w */
    uint16_t cls;
    uint16_t fixed;            /* set by hs_trainer_set: never pruned */
} tr_weight;

typedef struct {
    uint64_t key;
    tr_weight *ws;             /* the classes this feature has touched */
    uint32_t n, cap;
} tr_feat;

struct hs_trainer {
    int nclasses;
    uint32_t tick;             /* training instances seen */
    tr_feat *feats;            /* in order of first update */
    size_t nfeats, capfeats;
    uint32_t *table;           /* open addressing: feature index + 1 */
    size_t tcap;               /* power of two */
    bool lost;                 /* an update was lost to out of memory:
                                * hs_trainer_save() refuses to write */
};

/* Home slot of `key` in a trainer table of `cap` (a power of two). */
static size_t tr_home(uint64_t key, size_t cap)
{
    return (size_t)(fmix64(key) & (cap - 1));
}

/* A trainer for `nclasses` classes, or NULL when out of memory. */
hs_trainer *hs_trainer_new(int nclasses)
{
    if (nclasses <= 0 || nclasses > 65535)
        return NULL;
    hs_trainer *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->nclasses = nclasses;
    t->tcap = 1 << 16;
    t->table = calloc(t->tcap, sizeof *t->table);
    if (!t->table) {
        free(t);
        return NULL;
    }
    return t;
}

/* Free a trainer and all its weights. */
void hs_trainer_free(hs_trainer *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->nfeats; i++)
        free(t->feats[i].ws);
    free(t->feats);
    free(t->table);
    free(t);
}

/* Index of the feature `key`, or -1 when it has never been updated. */
static long tr_find(const hs_trainer *t, uint64_t key)
{
    for (size_t i = tr_home(key, t->tcap);; i = (i + 1) & (t->tcap - 1)) {
        uint32_t v = t->table[i];
        if (v == 0)
            return -1;
        if (t->feats[v - 1].key == key)
            return (long)(v - 1);
    }
}

/* Double the trainer's hash table; false when out of memory. */
static bool tr_rehash(hs_trainer *t)
{
    size_t ncap = t->tcap * 2;
    uint32_t *nt = calloc(ncap, sizeof *nt);
    if (!nt)
        return false;
    for (size_t f = 0; f < t->nfeats; f++) {
        size_t i = tr_home(t->feats[f].key, ncap);
        while (nt[i])
            i = (i + 1) & (ncap - 1);
        nt[i] = (uint32_t)(f + 1);
    }
    free(t->table);
    t->table = nt;
    t->tcap = ncap;
    return true;
}

/* The feature `key`, created if new; NULL when out of memory. */
static tr_feat *tr_get(hs_trainer *t, uint64_t key)
{
    long f = tr_find(t, key);
    if (f >= 0)
        return &t->feats[f];
    if ((t->nfeats + 1) * 2 > t->tcap && !tr_rehash(t))
        return NULL;
    if (!HS_GROW(t->feats, t->capfeats, t->nfeats + 1))
        return NULL;
    size_t i = tr_home(key, t->tcap);
    while (t->table[i])
        i = (i + 1) & (t->tcap - 1);
    t->table[i] = (uint32_t)(t->nfeats + 1);
    tr_feat *ft = &t->feats[t->nfeats++];
    memset(ft, 0, sizeof *ft);
    ft->key = key;
    return ft;
}

/* Current weights of the keys into scores[] (overwritten). */
void hs_trainer_score(const hs_trainer *t, const uint64_t *keys,
                      size_t nkeys, float *scores)
{
    memset(scores, 0, (size_t)t->nclasses * sizeof *scores);
    for (size_t k = 0; k < nkeys; k++) {
        long f = tr_find(t, keys[k]);
        if (f < 0)
            continue;
        const tr_feat *ft = &t->feats[f];
        for (uint32_t j = 0; j < ft->n; j++)
            scores[ft->ws[j].cls] += (float)ft->ws[j].w;
    }
}

/* Add `delta` to the weight of class `cls` in feature ft at time `now`,
 * bringing its running total up to date first.  False when out of
 * memory (nothing changed). */
static bool tr_bump(tr_feat *ft, int cls, int delta, uint32_t now)
{
    tr_weight *w = NULL;
    for (uint32_t j = 0; j < ft->n; j++)
        if (ft->ws[j].cls == cls) {
            w = &ft->ws[j];
            break;
        }
    if (!w) {
        if (ft->n == ft->cap) {
            uint32_t ncap = ft->cap ? ft->cap * 2 : 2;
            tr_weight *nw = realloc(ft->ws, ncap * sizeof *nw);
            if (!nw)
                return false;
            ft->ws = nw;
            ft->cap = ncap;
        }
        w = &ft->ws[ft->n++];
        memset(w, 0, sizeof *w);
        w->cls = (uint16_t)cls;
        w->ts = now;
    }
    w->total += (int64_t)(now - w->ts) * w->w;
    w->ts = now;
    w->w += delta;
    return true;
}

/* Perceptron step: reward `truth`, penalise `guess` on every key. */
void hs_trainer_update(hs_trainer *t, const uint64_t *keys, size_t nkeys,
                       int truth, int guess)
{
    if (truth == guess || truth < 0 || guess < 0 || truth >= t->nclasses ||
        guess >= t->nclasses)
        return;
    for (size_t k = 0; k < nkeys; k++) {
        tr_feat *ft = tr_get(t, keys[k]);
        if (!ft || !tr_bump(ft, truth, +1, t->tick) ||
            !tr_bump(ft, guess, -1, t->tick)) {
            t->lost = true;
            return;
        }
    }
}

/* Fix the weight of (key, cls) (perceptron.h). */
void hs_trainer_set(hs_trainer *t, uint64_t key, int cls, int weight)
{
    if (cls < 0 || cls >= t->nclasses)
        return;
    tr_feat *ft = tr_get(t, key);
    if (!ft || !tr_bump(ft, cls, 0, t->tick)) {
        t->lost = true;
        return;
    }
    for (uint32_t j = 0; j < ft->n; j++)
        if (ft->ws[j].cls == cls) {
            ft->ws[j].w = weight;
            ft->ws[j].total = (int64_t)weight * t->tick;
            ft->ws[j].fixed = 1;
        }
}

/* Count one training instance, for averaging. */
void hs_trainer_tick(hs_trainer *t)
{
    t->tick++;
}

/* qsort comparator: features by key. */
static int cmp_feat_key(const void *a, const void *b)
{
    uint64_t x = (*(const tr_feat *const *)a)->key;
    uint64_t y = (*(const tr_feat *const *)b)->key;
    return x < y ? -1 : x > y;
}

/* qsort comparator: weights by class. */
static int cmp_weight_cls(const void *a, const void *b)
{
    uint32_t x = ((const tr_weight *)a)->cls, y = ((const tr_weight *)b)->cls;
    return x < y ? -1 : x > y;
}

/* Averaged value of weight w after `now` ticks. */
static double tr_avg(const tr_weight *w, uint32_t now)
{
    int64_t total = w->total + (int64_t)(now - w->ts) * w->w;
    return now ? (double)total / (double)now : 0.0;
}

/* Put a uint32 into p, little-endian. */
static void wr32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

/* Average the weights, drop those under min_abs in magnitude (and the
 * features left with none), quantise to int16 with one scale, and write
 * the blob to `path`.  The trainer is not changed (only its per-feature
 * weight lists are reordered by class). */
int hs_trainer_save(hs_trainer *t, const char *path, float min_abs)
{
    int rc = -1;
    if (t->lost) {             /* a model short of updates is not the model */
        errno = ENOMEM;
        return -1;
    }
    tr_feat **order = malloc((t->nfeats ? t->nfeats : 1) * sizeof *order);
    pm_slot *slots = NULL;
    pm_entry *entries = NULL;
    FILE *f = NULL;
    if (!order) {
        errno = ENOMEM;
        return -1;
    }
    /* Pass 1: the kept features in key order, the largest weight, and the
     * number of entries. */
    size_t nkeep = 0, nent = 1;
    double maxabs = 0.0;
    for (size_t i = 0; i < t->nfeats; i++) {
        tr_feat *ft = &t->feats[i];
        size_t kept = 0;
        qsort(ft->ws, ft->n, sizeof *ft->ws, cmp_weight_cls);
        for (uint32_t j = 0; j < ft->n; j++) {
            double a = fabs(tr_avg(&ft->ws[j], t->tick));
            if (ft->ws[j].fixed || (a >= min_abs && a > 0.0)) {
                kept++;
                if (a > maxabs)
                    maxabs = a;
            }
        }
        if (kept) {
            order[nkeep++] = ft;
            nent += 1 + kept;
        }
    }
    qsort(order, nkeep, sizeof *order, cmp_feat_key);
    double scale = maxabs > 0.0 ? maxabs / 32767.0 : 1.0;
    if (nent > UINT32_MAX / 2 || nkeep > UINT32_MAX / 2) {
        errno = EOVERFLOW;
        goto out;
    }
    /* Half the slots stay empty: a quarter of the keys the parser asks for
     * are absent, and a miss probes until an empty slot.  At a load of
     * 0.7 the parser's look-ups cost 35 ns each on the dev key stream, at
     * 0.5 24 ns, for 1 MB more table (bench/score-cost.sh). */
    uint32_t nslots = (uint32_t)(nkeep * 2 + 1);
    slots = calloc(nslots, sizeof *slots);
    entries = calloc(nent + 1, sizeof *entries);
    if (!slots || !entries) {
        errno = ENOMEM;
        goto out;
    }
    /* Pass 2: quantise and place each feature, in key order.  A feature
     * whose fingerprint already occurs on its probe path (a 1 in 2^32
     * chance per slot) would be unreachable: it is dropped. */
    uint32_t used = 1, nfeat = 0;
    for (size_t o = 0; o < nkeep; o++) {
        const tr_feat *ft = order[o];
        uint32_t head = used, n = 0;
        for (uint32_t j = 0; j < ft->n; j++) {
            double a = tr_avg(&ft->ws[j], t->tick);
            bool fixed = ft->ws[j].fixed;
            if (!fixed && !(fabs(a) >= min_abs && fabs(a) > 0.0))
                continue;
            long q = lrint(a / scale);
            if (q == 0 && fixed && a != 0.0)
                q = a > 0 ? 1 : -1;
            if (q == 0)
                continue;
            if (q > 32767)
                q = 32767;
            if (q < -32767)
                q = -32767;
            entries[head + 1 + n].cls = (uint16_t)ft->ws[j].cls;
            entries[head + 1 + n].w = (int16_t)q;
            n++;
        }
        if (n == 0)
            continue;
        uint64_t key = ft->key;
        uint32_t fp = (uint32_t)key;
        uint32_t i = (uint32_t)(((key >> 32) * (uint64_t)nslots) >> 32);
        bool clash = false;
        while (slots[i].off) {
            if (slots[i].fp == fp)
                clash = true;
            if (++i == nslots)
                i = 0;
        }
        if (clash) {
            memset(&entries[head + 1], 0, n * sizeof *entries);
            continue;
        }
        entries[head].cls = (uint16_t)n;
        slots[i].fp = fp;
        slots[i].off = head;
        used = head + 1 + n;
        nfeat++;
    }
    if (used == 1) {
        /* An empty model: keep one dummy entry after entry 0 so the blob
         * layout stays uniform. */
        used = 2;
    }
    unsigned char hdr[HS_PM_HEADER];
    memset(hdr, 0, sizeof hdr);
    memcpy(hdr, HS_PM_MAGIC, 4);
    wr32(hdr + 4, HS_PM_VERSION);
    wr32(hdr + 8, (uint32_t)t->nclasses);
    wr32(hdr + 12, nslots);
    wr32(hdr + 16, used);
    float fscale = (float)scale;
    uint32_t sbits;
    memcpy(&sbits, &fscale, 4);
    wr32(hdr + 20, sbits);
    wr32(hdr + 24, nfeat);
    /* Slots and entries are written field by field, little-endian. */
    f = fopen(path, "wb");
    if (!f)
        goto out;
    if (fwrite(hdr, 1, sizeof hdr, f) != sizeof hdr)
        goto out;
    for (uint32_t i = 0; i < nslots; i++) {
        unsigned char b[8];
        wr32(b, slots[i].fp);
        wr32(b + 4, slots[i].off);
        if (fwrite(b, 1, 8, f) != 8)
            goto out;
    }
    for (uint32_t i = 0; i < used; i++) {
        unsigned char b[4];
        uint16_t w = (uint16_t)entries[i].w;
        b[0] = (unsigned char)entries[i].cls;
        b[1] = (unsigned char)(entries[i].cls >> 8);
        b[2] = (unsigned char)w;
        b[3] = (unsigned char)(w >> 8);
        if (fwrite(b, 1, 4, f) != 4)
            goto out;
    }
    rc = 0;
out:
    if (f && fclose(f) && rc == 0)
        rc = -1;
    free(order);
    free(slots);
    free(entries);
    return rc;
}
