/*
 * train_tagger.c -- train the part-of-speech and entity taggers.
 *
 *   build/tools/train_tagger CORPUS_DIR OUT_DIR
 *
 * Learns from CoreNLP's silver tags of the PolNeAR train split
 * (tools/silver.h) and writes OUT_DIR/pos.bin and OUT_DIR/ner.bin, then
 * reports accuracy on the silver dev split and the tagging speed.  Both
 * models are greedy averaged perceptrons trained the way they decode (the
 * history features use the model's own predictions; Honnibal's recipe),
 * with the feature functions of src/tag.c.  The entity model is trained
 * on parts of speech predicted by the new part-of-speech model, as at run
 * time.  Sentence order is shuffled every epoch with a fixed-seed PRNG, so
 * two runs write byte-identical models.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"
#include "perceptron.h"
#include "silver.h"
#include "tag.h"

#define POS_EPOCHS 8
#define NER_EPOCHS 8
#define POS_MIN_ABS 1.0f
#define NER_MIN_ABS 1.0f
#define SEED 0x6865617273617931ULL     /* "hearsay1" */
/* Tag dictionaries (tag.h): words seen at least DICT_MIN_FREQ times with
 * one tag at least POS_DICT_SHARE (entities: O at least NER_DICT_SHARE)
 * of the time. */
#define DICT_MIN_FREQ 20
#define POS_DICT_SHARE 0.97
#define NER_DICT_SHARE 0.995

/* One training sentence: tokens [t0, t1) of document doc. */
typedef struct {
    uint32_t doc, t0, t1;
} sent_ref;

/* A split made ready for training: documents, per-token word features
 * (hs_tag_words), gold tags and the sentence list. */
typedef struct {
    silver_doc *sd;
    size_t nd;
    hs_doc **docs;
    hs_tag_word **words;       /* per doc, per token */
    uint8_t **gold_pos, **gold_bio, **pred_pos;
    uint8_t **dict_pos;        /* per token: dictionary tag, 0 none */
    uint8_t **dict_o;          /* per token: 1 if the entity dict says O */
    sent_ref *sents;
    size_t nsents, ntoks;
} corpus;

/* splitmix64: the trainer's deterministic PRNG. */
static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Fisher-Yates shuffle of the sentence list with PRNG state *s. */
static void shuffle(sent_ref *a, size_t n, uint64_t *s)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(rng_next(s) % i);
        sent_ref t = a[i - 1];
        a[i - 1] = a[j];
        a[j] = t;
    }
}

/* Seconds on a monotonic clock. */
static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU seconds of this process (speed figures that a busy machine does
 * not distort). */
static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* malloc that exits on failure (a trainer has no way to go on). */
static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "train_tagger: out of memory\n");
        exit(1);
    }
    return p;
}

/* Load split `split` and prepare it (see corpus). */
static int corpus_load(corpus *c, const hs_engine *eng, const char *dir,
                       const char *split)
{
    memset(c, 0, sizeof *c);
    if (silver_load(dir, split, &c->sd, &c->nd))
        return -1;
    c->docs = xmalloc(c->nd * sizeof *c->docs);
    c->words = xmalloc(c->nd * sizeof *c->words);
    c->gold_pos = xmalloc(c->nd * sizeof *c->gold_pos);
    c->gold_bio = xmalloc(c->nd * sizeof *c->gold_bio);
    c->pred_pos = xmalloc(c->nd * sizeof *c->pred_pos);
    c->dict_pos = xmalloc(c->nd * sizeof *c->dict_pos);
    c->dict_o = xmalloc(c->nd * sizeof *c->dict_o);
    size_t cap = 0;
    for (size_t i = 0; i < c->nd; i++) {
        const silver_doc *sd = &c->sd[i];
        hs_error err;
        c->docs[i] = silver_make_doc(eng, sd, &err);
        if (!c->docs[i]) {
            fprintf(stderr, "train_tagger: %s: %s\n", sd->name, err.message);
            return -1;
        }
        size_t n = sd->ntoks;
        c->words[i] = xmalloc(n * sizeof **c->words);
        c->gold_pos[i] = xmalloc(n);
        c->gold_bio[i] = xmalloc(n);
        c->pred_pos[i] = xmalloc(n);
        c->dict_pos[i] = xmalloc(n);
        c->dict_o[i] = xmalloc(n);
        for (size_t t = 0; t < n; t++) {
            int type = sd->toks[t].ner;
            int prev = t && sd->toks[t - 1].sent == sd->toks[t].sent
                           ? sd->toks[t - 1].ner : 0;
            c->gold_pos[i][t] = sd->toks[t].pos;
            c->gold_bio[i][t] = (uint8_t)(type == 0 ? 0
                                          : prev == type ? HS_BIO_I(type)
                                                         : HS_BIO_B(type));
        }
        for (size_t t0 = 0, t1; t0 < n; t0 = t1) {
            for (t1 = t0 + 1; t1 < n && sd->toks[t1].sent ==
                                            sd->toks[t0].sent; t1++)
                ;
            hs_tag_words(c->docs[i], t0, t1, c->words[i] + t0);
            if (!HS_GROW(c->sents, cap, c->nsents + 1)) {
                fprintf(stderr, "train_tagger: out of memory\n");
                return -1;
            }
            c->sents[c->nsents++] = (sent_ref){ (uint32_t)i, (uint32_t)t0,
                                                (uint32_t)t1 };
        }
        c->ntoks += n;
    }
    return 0;
}

/* Free everything corpus_load() allocated. */
static void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->nd && c->docs; i++) {
        hs_doc_free(c->docs[i]);
        free(c->words[i]);
        free(c->gold_pos[i]);
        free(c->gold_bio[i]);
        free(c->pred_pos[i]);
        free(c->dict_pos[i]);
        free(c->dict_o[i]);
    }
    free(c->docs);
    free(c->words);
    free(c->gold_pos);
    free(c->gold_bio);
    free(c->pred_pos);
    free(c->dict_pos);
    free(c->dict_o);
    free(c->sents);
    silver_free(c->sd, c->nd);
}

/* Tag counts of the words of a split, keyed by dictionary key: an
 * open-addressing table (deterministic: filled in corpus order). */
typedef struct {
    uint64_t *keys;
    uint32_t *counts;          /* ncls per key */
    size_t cap, n;
    int ncls;
} dict_counts;

/* The count row of key in dc, created if new. */
static uint32_t *dict_row(dict_counts *dc, uint64_t key)
{
    size_t i = (size_t)(key * 0x9e3779b97f4a7c15ULL >> 40) & (dc->cap - 1);
    while (dc->keys[i] && dc->keys[i] != key)
        i = (i + 1) & (dc->cap - 1);
    if (!dc->keys[i]) {
        dc->keys[i] = key;
        dc->n++;
    }
    return dc->counts + i * (size_t)dc->ncls;
}

/* Build the dictionary of tokens' `gold` tags under `keyf` over corpus c,
 * add each dictionary word to trainer tr as a fixed weight, and mark the
 * dictionary tag of every token in out[doc][tok] (tag + 1 for the entity
 * dictionary's O, so 0 always means none).  A word enters when it is seen
 * DICT_MIN_FREQ times and its commonest tag has at least `share` (for the
 * entity dictionary the commonest tag must be O).  Returns the number of
 * dictionary words. */
static size_t build_dict(corpus *c, uint8_t **gold, int ncls,
                         uint64_t (*keyf)(const hs_tag_word *), double share,
                         bool only_o, hs_trainer *tr, uint8_t **out)
{
    dict_counts dc = { NULL, NULL, (size_t)1 << 20, 0, ncls };
    dc.keys = calloc(dc.cap, sizeof *dc.keys);
    dc.counts = calloc(dc.cap * (size_t)ncls, sizeof *dc.counts);
    if (!dc.keys || !dc.counts) {
        fprintf(stderr, "train_tagger: out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < c->nd; i++)
        for (size_t t = 0; t < c->sd[i].ntoks; t++)
            dict_row(&dc, keyf(&c->words[i][t]))[gold[i][t]]++;
    uint8_t *tag = xmalloc(dc.cap);
    size_t nwords = 0;
    for (size_t i = 0; i < dc.cap; i++) {
        tag[i] = 0;
        if (!dc.keys[i])
            continue;
        const uint32_t *row = dc.counts + i * (size_t)ncls;
        uint32_t tot = 0;
        int best = 0;
        for (int k = 0; k < ncls; k++) {
            tot += row[k];
            if (row[k] > row[best])
                best = k;
        }
        if (tot >= DICT_MIN_FREQ && row[best] >= share * tot &&
            (only_o ? best == 0 : best != 0)) {
            tag[i] = (uint8_t)(best + only_o);
            hs_trainer_set(tr, dc.keys[i], best, 1);
            nwords++;
        }
    }
    for (size_t i = 0; i < c->nd; i++)
        for (size_t t = 0; t < c->sd[i].ntoks; t++) {
            uint32_t *row = dict_row(&dc, keyf(&c->words[i][t]));
            out[i][t] = tag[(size_t)(row - dc.counts) / (size_t)ncls];
        }
    free(tag);
    free(dc.keys);
    free(dc.counts);
    return nwords;
}

/* Read the model file at `path` into *buf (malloc'd, so suitably
 * aligned) and wrap it; exits on failure. */
static hs_model *load_model_file(const char *path, char **buf)
{
    size_t len;
    *buf = silver_read_file(path, &len);
    if (!*buf)
        exit(1);
    hs_error err;
    hs_model *m = hs_model_load(*buf, len, &err);
    if (!m) {
        fprintf(stderr, "train_tagger: %s: %s\n", path, err.message);
        exit(1);
    }
    return m;
}

/* What differs between the two taggers' training: classes, gold and
 * dictionary layers, features and the decision rule.  The loop that
 * trains them (train_tagger_model) is shared. */
typedef struct {
    const char *name;          /* for the log */
    int ncls;
    uint8_t **gold;            /* per doc, per token */
    uint8_t **dict;            /* per doc, per token: class + dict_offset, 0 none */
    int dict_offset;
    int unknown;               /* gold class never learned from (-1: none) */
    /* Feature keys of token i of sentence r, given the predictions so far. */
    size_t (*features)(const corpus *c, const sent_ref *r, size_t i,
                       const uint8_t *pred, uint64_t *keys);
    /* The predicted class of token i from its scores. */
    int (*decide)(const float *scores, const uint8_t *pred, size_t i);
} tagger_task;

/* Train task t's model on c for `epochs` epochs over trainer tr (its
 * dictionary already set), the way it decodes: history features see the
 * model's own predictions.  Returns tr. */
static hs_trainer *train_tagger_model(corpus *c, const tagger_task *t,
                                      hs_trainer *tr, int epochs,
                                      uint64_t *rng)
{
    uint8_t *pred = xmalloc(4096);
    uint64_t keys[HS_TAG_MAX_FEATS];
    float scores[HS_POS_COUNT > HS_BIO_COUNT ? HS_POS_COUNT : HS_BIO_COUNT];
    for (int e = 0; e < epochs; e++) {
        size_t right = 0;
        shuffle(c->sents, c->nsents, rng);
        for (size_t s = 0; s < c->nsents; s++) {
            const sent_ref *r = &c->sents[s];
            size_t n = r->t1 - r->t0;
            if (n > 4096)
                continue;
            const uint8_t *gold = t->gold[r->doc] + r->t0;
            const uint8_t *dict = t->dict[r->doc] + r->t0;
            for (size_t i = 0; i < n; i++) {
                if (dict[i]) {
                    pred[i] = (uint8_t)(dict[i] - t->dict_offset);
                    right += pred[i] == gold[i];
                    continue;
                }
                size_t nk = t->features(c, r, i, pred, keys);
                hs_trainer_score(tr, keys, nk, scores);
                int g = t->decide(scores, pred, i);
                if (gold[i] != t->unknown)
                    hs_trainer_update(tr, keys, nk, gold[i], g);
                hs_trainer_tick(tr);
                right += g == gold[i];
                pred[i] = (uint8_t)g;
            }
        }
        fprintf(stderr, "%s epoch %d: train accuracy %.2f%%\n", t->name,
                e + 1, 100.0 * (double)right / (double)c->ntoks);
    }
    free(pred);
    return tr;
}

/* Part-of-speech features of token i of sentence r (tagger_task). */
static size_t pos_features(const corpus *c, const sent_ref *r, size_t i,
                           const uint8_t *pred, uint64_t *keys)
{
    return hs_tag_pos_features(c->words[r->doc] + r->t0, r->t1 - r->t0, i,
                               pred, keys);
}

/* The best part of speech (class 0 is "none", never predicted). */
static int pos_decide(const float *scores, const uint8_t *pred, size_t i)
{
    (void)pred;
    (void)i;
    int g = 1;
    for (int k = 2; k < HS_POS_COUNT; k++)
        if (scores[k] > scores[g])
            g = k;
    return g;
}

/* Train the part-of-speech model on c for `epochs` epochs; returns the
 * trainer. */
static hs_trainer *train_pos(corpus *c, int epochs, uint64_t *rng)
{
    hs_trainer *tr = hs_trainer_new(HS_POS_COUNT);
    size_t nw = build_dict(c, c->gold_pos, HS_POS_COUNT, hs_tag_pos_dict_key,
                           POS_DICT_SHARE, false, tr, c->dict_pos);
    fprintf(stderr, "pos dictionary: %zu words\n", nw);
    const tagger_task t = { "pos", HS_POS_COUNT, c->gold_pos, c->dict_pos, 0,
                            HS_POS_NONE, pos_features, pos_decide };
    return train_tagger_model(c, &t, tr, epochs, rng);
}

/* Tag every sentence of c with POS model m into c->pred_pos. */
static void predict_pos(corpus *c, const hs_model *m)
{
    uint64_t keys[HS_TAG_MAX_FEATS];
    float scores[HS_POS_COUNT];
    for (size_t s = 0; s < c->nsents; s++) {
        const sent_ref *r = &c->sents[s];
        size_t n = r->t1 - r->t0;
        const hs_tag_word *w = c->words[r->doc] + r->t0;
        uint8_t *pred = c->pred_pos[r->doc] + r->t0;
        for (size_t i = 0; i < n; i++) {
            int dc = hs_tag_dict_lookup(m, hs_tag_pos_dict_key(&w[i]));
            if (dc > 0) {
                pred[i] = (uint8_t)dc;
                continue;
            }
            size_t nk = hs_tag_pos_features(w, n, i, pred, keys);
            memset(scores, 0, sizeof scores);
            hs_model_score(m, keys, nk, scores);
            pred[i] = (uint8_t)pos_decide(scores, pred, i);
        }
    }
}

/* Entity features of token i of sentence r, on predicted parts of speech
 * (tagger_task). */
static size_t ner_features(const corpus *c, const sent_ref *r, size_t i,
                           const uint8_t *pred, uint64_t *keys)
{
    return hs_tag_ner_features(c->words[r->doc] + r->t0, r->t1 - r->t0, i,
                               c->pred_pos[r->doc] + r->t0, pred, keys);
}

/* The best BIO class that may follow the previous token's. */
static int ner_decide(const float *scores, const uint8_t *pred, size_t i)
{
    int prev = i ? pred[i - 1] : 0, g = 0;
    for (int k = 1; k < HS_BIO_COUNT; k++)
        if (scores[k] > scores[g] && hs_bio_allowed(prev, k))
            g = k;
    return g;
}

/* Train the entity model on c (with predicted parts of speech). */
static hs_trainer *train_ner(corpus *c, int epochs, uint64_t *rng)
{
    hs_trainer *tr = hs_trainer_new(HS_BIO_COUNT);
    size_t nw = build_dict(c, c->gold_bio, HS_BIO_COUNT, hs_tag_ner_dict_key,
                           NER_DICT_SHARE, true, tr, c->dict_o);
    fprintf(stderr, "ner dictionary: %zu words\n", nw);
    const tagger_task t = { "ner", HS_BIO_COUNT, c->gold_bio, c->dict_o, 1,
                            -1, ner_features, ner_decide };
    return train_tagger_model(c, &t, tr, epochs, rng);
}

/* Count entities (maximal runs of one non-O class within a sentence) of
 * gold g and prediction p over tokens [0, n) with sentences sent[];
 * per type: gold, predicted and exactly matching entities. */
static void count_entities(const silver_tok *st, const hs_token *pt,
                           size_t n, size_t cnt[HS_NER_COUNT][3])
{
    for (int side = 0; side < 2; side++) {
        for (size_t i = 0; i < n;) {
            int ty = side ? pt[i].ner : st[i].ner;
            size_t j = i + 1;
            while (j < n && st[j].sent == st[i].sent &&
                   (side ? pt[j].ner : st[j].ner) == ty)
                j++;
            if (ty) {
                cnt[ty][side]++;
                /* An exact match: the other side has the same run. */
                if (side == 1) {
                    bool same = st[i].ner == ty &&
                                (i == 0 || st[i - 1].ner != ty ||
                                 st[i - 1].sent != st[i].sent) &&
                                (j == n || st[j].ner != ty ||
                                 st[j].sent != st[i].sent);
                    for (size_t k = i; same && k < j; k++)
                        same = st[k].ner == ty;
                    if (same)
                        cnt[ty][2]++;
                }
            }
            i = j;
        }
    }
}

/* Tag the dev documents with the new models and print accuracies and the
 * tagging speed. */
static void evaluate(corpus *dev, const hs_model *pm, const hs_model *nm)
{
    size_t n = 0, pos_ok = 0, ner_ok = 0;
    size_t cnt[HS_NER_COUNT][3];
    memset(cnt, 0, sizeof cnt);
    for (size_t i = 0; i < dev->nd; i++) {
        hs_doc *d = dev->docs[i];
        const silver_doc *sd = &dev->sd[i];
        hs_error err;
        if (hs_tag_with(d, pm, nm, &err)) {
            fprintf(stderr, "train_tagger: %s\n", err.message);
            exit(1);
        }
        for (size_t t = 0; t < d->ntoks; t++) {
            pos_ok += d->toks[t].pos == sd->toks[t].pos;
            ner_ok += d->toks[t].ner == sd->toks[t].ner;
        }
        n += d->ntoks;
        count_entities(sd->toks, d->toks, d->ntoks, cnt);
    }
    printf("dev tokens %zu\n", n);
    printf("POS accuracy %.2f%%\n", 100.0 * (double)pos_ok / (double)n);
    printf("NER token accuracy %.2f%%\n", 100.0 * (double)ner_ok / (double)n);
    static const char *const names[HS_NER_COUNT] = { "O", "PERSON", "ORG",
                                                     "LOC", "MISC" };
    size_t tg = 0, tp = 0, tm = 0;
    for (int ty = 1; ty < HS_NER_COUNT; ty++) {
        size_t g = cnt[ty][0], p = cnt[ty][1], m = cnt[ty][2];
        double P = p ? (double)m / (double)p : 0;
        double R = g ? (double)m / (double)g : 0;
        printf("NER %-6s gold %5zu pred %5zu P %.1f R %.1f F1 %.1f\n",
               names[ty], g, p, 100 * P, 100 * R,
               P + R > 0 ? 200 * P * R / (P + R) : 0.0);
        tg += g;
        tp += p;
        tm += m;
    }
    double P = tp ? (double)tm / (double)tp : 0;
    double R = tg ? (double)tm / (double)tg : 0;
    printf("NER all    gold %5zu pred %5zu P %.1f R %.1f F1 %.1f\n", tg, tp,
           100 * P, 100 * R, P + R > 0 ? 200 * P * R / (P + R) : 0.0);
    /* Speed: hs_tag_with alone over the dev documents, best of 3, in CPU
     * time. */
    double best = 1e30;
    for (int rep = 0; rep < 3; rep++) {
        double t0 = cpu_s();
        for (size_t i = 0; i < dev->nd; i++)
            hs_tag_with(dev->docs[i], pm, nm, NULL);
        double dt = cpu_s() - t0;
        if (dt < best)
            best = dt;
    }
    printf("tagging speed %.0f tokens/s of CPU time (POS+NER, one core)\n",
           (double)n / best);
}

/* Usage: train_tagger CORPUS_DIR OUT_DIR. */
int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s CORPUS_DIR OUT_DIR\n", argv[0]);
        return 2;
    }
    const char *cdir = argv[1], *odir = argv[2];
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "train_tagger: engine: %s\n", err.message);
        return 1;
    }
    double t0 = now_s();
    corpus train, dev;
    if (corpus_load(&train, eng, cdir, "train") ||
        corpus_load(&dev, eng, cdir, "dev"))
        return 1;
    fprintf(stderr, "loaded %zu train tokens, %zu dev tokens (%.1fs)\n",
            train.ntoks, dev.ntoks, now_s() - t0);
    uint64_t rng = SEED;
    char path[4096], *pbuf, *nbuf;

    hs_trainer *tp = train_pos(&train, POS_EPOCHS, &rng);
    snprintf(path, sizeof path, "%s/pos.bin", odir);
    if (hs_trainer_save(tp, path, POS_MIN_ABS)) {
        perror(path);
        return 1;
    }
    hs_trainer_free(tp);
    hs_model *pm = load_model_file(path, &pbuf);
    fprintf(stderr, "wrote %s (%.1fs)\n", path, now_s() - t0);

    predict_pos(&train, pm);
    hs_trainer *tn = train_ner(&train, NER_EPOCHS, &rng);
    snprintf(path, sizeof path, "%s/ner.bin", odir);
    if (hs_trainer_save(tn, path, NER_MIN_ABS)) {
        perror(path);
        return 1;
    }
    hs_trainer_free(tn);
    hs_model *nm = load_model_file(path, &nbuf);
    fprintf(stderr, "wrote %s (%.1fs)\n", path, now_s() - t0);

    evaluate(&dev, pm, nm);
    hs_model_free(pm);
    hs_model_free(nm);
    free(pbuf);
    free(nbuf);
    corpus_free(&train);
    corpus_free(&dev);
    hs_engine_free(eng);
    return 0;
}
