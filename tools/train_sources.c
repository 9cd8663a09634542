/*
 * train_sources.c -- learn which phrase is an attribution's source
 * (src/sources.c) from PolNeAR train.
 *
 * Each train article goes through the full pipeline, as at run time; the
 * library hands over its attributions just before the source pass
 * (hs_attribute_observed, HS_OBSERVE_SOURCES).  An attribution the rules
 * left without a source, whose content and cue overlap those of a gold
 * attribution of the first annotator, gives one instance: its candidates are those of
 * hs_sources_candidate(), "no source" among them, and the right one is the
 * head of the gold source (its word whose head lies outside it), or "no
 * source" when the gold has none.  Instances whose gold source has no
 * candidate in it (another sentence, a word the parser hung inside another
 * phrase) are counted and skipped.  A ranking perceptron learns to prefer
 * the right candidate; five of them over their own seeded shuffles are
 * averaged (tools/bag.h), so the model file is byte-identical from run to
 * run.
 *
 * usage: train_sources CORPUS_DIR OUT_DIR     (writes OUT_DIR/sources.bin)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brat.h"
#include "perceptron.h"
#include "silver.h"
#include "sources.h"
#include "bag.h"

#define EPOCHS 10
#define SEED 0x50c4ce5ULL
/* The model is the average of BAG perceptrons (tools/bag.h), its weights
 * in hundredths of a perceptron step (HS_SOURCES_MARGIN is in the same
 * unit); averages under a quarter step are dropped. */
#define BAG 5
#define BAG_SCALE 100.0f
#define BAG_PRUNE 25

typedef struct {
    uint32_t off, n;     /* keys[off .. off+n) */
} candidate;

typedef struct {
    uint32_t cand0, ncand;  /* cands[cand0 .. cand0+ncand) */
    uint32_t gold;          /* index of the right candidate */
    bool gold_none;         /* the gold attribution has no source */
} instance;

typedef struct {
    instance *inst;
    size_t ninst, capinst;
    candidate *cands;
    size_t ncands, capcands;
    uint64_t *keys;
    size_t nkeys, capkeys;
    size_t unreachable;     /* the gold source holds no candidate */
    size_t unmatched;       /* no gold attribution overlaps */
} dataset;

static void oom(void)
{
    fprintf(stderr, "train_sources: out of memory\n");
    exit(2);
}
/* Do token i and fragment list (frags, n) overlap? */
static bool tok_in_frags(const hs_token *t, const hs_brat_frag *f, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (t->c0 < f[k].end && f[k].begin < t->c1)
            return true;
    return false;
}

/* Words of the code-point span list (f, n) that also lie in the content
 * of w, as a count of tokens. */
static size_t overlap_words(const hs_doc *d, const hs_attr_work *w,
                            const hs_brat_frag *f, size_t n)
{
    size_t c = 0;
    for (uint32_t i = 0; i < d->ntoks; i++) {
        const hs_token *t = &d->toks[i];
        if ((t->flags & HS_TF_PUNCT) || !tok_in_frags(t, f, n))
            continue;
        for (uint32_t k = 0; k < w->content.n; k++)
            if (t->c0 < w->content.frag[k].end && w->content.frag[k].begin < t->c1) {
                c++;
                break;
            }
    }
    return c;
}

/* The head of gold attribution ga's source among the candidates of site
 * s: the candidate inside the source whose own head lies outside it (the
 * first inside, when none does); HS_SOURCES_NONE when ga has no source;
 * -2 when no candidate lies inside. */
static int32_t gold_head(const hs_doc *d, const hs_attr_work *w,
                         const hs_sources_site *s, const hs_brat_attr *ga)
{
    size_t nf = ga->n[HS_ROLE_SOURCE];
    const hs_brat_frag *f = ga->frag[HS_ROLE_SOURCE];
    if (nf == 0)
        return HS_SOURCES_NONE;
    int32_t first = -2;
    for (int32_t i = s->lo; i <= s->hi; i++) {
        if (!tok_in_frags(&d->toks[i], f, nf) || !hs_sources_candidate(d, w, s, i))
            continue;
        int32_t h = d->toks[i].head;
        if (h < 0 || !tok_in_frags(&d->toks[h], f, nf))
            return i;
        if (first == -2)
            first = i;
    }
    return first;
}

/* Add the instance of site s whose right candidate is `gold`. */
static void add_instance(dataset *ds, const hs_doc *d, const hs_tree *t,
                         const hs_attr_work *w, const hs_sources_site *s,
                         int32_t gold)
{
    if (!HS_GROW(ds->inst, ds->capinst, ds->ninst + 1))
        oom();
    instance *in = &ds->inst[ds->ninst++];
    in->cand0 = (uint32_t)ds->ncands;
    in->ncand = 0;
    in->gold_none = gold == HS_SOURCES_NONE;
    for (int32_t i = HS_SOURCES_NONE; i <= s->hi; i++) {   /* "none" first */
        if (i >= 0 && i < s->lo)
            i = s->lo;
        if (!hs_sources_candidate(d, w, s, i))
            continue;
        if (!HS_GROW(ds->cands, ds->capcands, ds->ncands + 1) ||
            !HS_GROW(ds->keys, ds->capkeys, ds->nkeys + HS_SOURCES_MAX_FEATS))
            oom();
        if (i == gold)
            in->gold = in->ncand;
        candidate *c = &ds->cands[ds->ncands++];
        c->off = (uint32_t)ds->nkeys;
        c->n = (uint32_t)hs_sources_features(d, t, w, s, i, ds->keys + ds->nkeys);
        ds->nkeys += c->n;
        in->ncand++;
    }
}

typedef struct {
    dataset *ds;
    const hs_brat_doc *gold;
} observe_arg;

/* The observer: one instance per attribution that matches a gold one. */
static void observe(const hs_doc *d, const struct hs_tree *t,
                    hs_observe_point point, void *argp)
{
    if (point != HS_OBSERVE_SOURCES)
        return;
    observe_arg *arg = argp;
    dataset *ds = arg->ds;
    for (size_t a = 0; a < d->nattrs; a++) {
        const hs_attr_work *w = &d->attrs[a];
        hs_sources_site s;
        if (!hs_sources_site_of(d, t, w, &s))
            continue;

        /* the gold attribution sharing most content words, cue overlapping */
        const hs_brat_attr *best = NULL;
        size_t best_ov = 0;
        for (size_t g = 0; g < arg->gold->nattrs; g++) {
            const hs_brat_attr *ga = &arg->gold->attrs[g];
            if (!ga->n[HS_ROLE_CONTENT] || !ga->n[HS_ROLE_CUE])
                continue;
            bool cue_ov = false;
            for (int32_t i = w->cue_tok0; i < w->cue_tok1; i++)
                cue_ov |= tok_in_frags(&d->toks[i], ga->frag[HS_ROLE_CUE],
                                       ga->n[HS_ROLE_CUE]);
            if (!cue_ov)
                continue;
            size_t ov = overlap_words(d, w, ga->frag[HS_ROLE_CONTENT],
                                      ga->n[HS_ROLE_CONTENT]);
            if (ov > best_ov) {
                best_ov = ov;
                best = ga;
            }
        }
        if (!best) {
            ds->unmatched++;
            continue;
        }
        int32_t g = gold_head(d, w, &s, best);
        if (g == -2) {
            ds->unreachable++;
            continue;
        }
        add_instance(ds, d, t, w, &s, g);
    }
}
/* Run the pipeline over one split and collect its instances. */
static int collect(const hs_engine *eng, const char *corpus, const char *split,
                   dataset *ds)
{
    silver_doc *docs;
    size_t n;
    if (silver_load(corpus, split, &docs, &n))
        return -1;
    for (size_t k = 0; k < n; k++) {
        char *path = silver_gold_path(corpus, split, docs[k].name);
        size_t len;
        char *buf = path ? silver_read_file(path, &len) : NULL;
        free(path);
        if (!buf)
            continue;
        hs_brat_doc gold;
        hs_error err;
        hs_brat_init(&gold);
        hs_doc *d = hs_doc_new(eng);
        if (!d)
            oom();
        observe_arg arg = { ds, &gold };
        if (hs_brat_parse(&gold, buf, len, &err) ||
            hs_observe_text(d, docs[k].text, docs[k].len, observe, &arg, &err))
            fprintf(stderr, "train_sources: %s: %s\n", docs[k].name, err.message);
        hs_doc_free(d);
        hs_brat_free(&gold);
        free(buf);
    }
    silver_free(docs, n);
    return 0;
}

/* Index of the best-scoring candidate of in (the first on ties). */
static uint32_t argmax(const dataset *ds, const instance *in,
                       const hs_trainer *tr, const hs_model *m)
{
    uint32_t best = 0;
    float best_score = 0.0f;
    for (uint32_t c = 0; c < in->ncand; c++) {
        const candidate *cd = &ds->cands[in->cand0 + c];
        float sc[2] = { 0, 0 };
        if (tr)
            hs_trainer_score(tr, ds->keys + cd->off, cd->n, sc);
        else
            hs_model_score(m, ds->keys + cd->off, cd->n, sc);
        if (c == 0 || sc[1] - sc[0] > best_score) {
            best = c;
            best_score = sc[1] - sc[0];
        }
    }
    return best;
}

/* Score of candidate c of in under model m. */
static float cand_score(const dataset *ds, const instance *in, uint32_t c,
                        const hs_model *m)
{
    const candidate *cd = &ds->cands[in->cand0 + c];
    float sc[2] = { 0, 0 };
    hs_model_score(m, ds->keys + cd->off, cd->n, sc);
    return sc[1] - sc[0];
}

/* The candidate the library picks for in: the model's best, when it beats
 * "no source" (candidate 0) by more than `margin`. */
static uint32_t pick(const dataset *ds, const instance *in, const hs_model *m,
                     float margin)
{
    uint32_t g = argmax(ds, in, NULL, m);
    return cand_score(ds, in, g, m) - cand_score(ds, in, 0, m) > margin ? g : 0;
}

/* How often the model picks the right candidate, at the library's margin
 * and (to retune HS_SOURCES_MARGIN) at a few others; apart for the
 * instances whose gold has a source and those without (where the rules,
 * which gave none, are right). */
static void evaluate(const hs_model *m, const dataset *ds, const char *what)
{
    static const float margins[] = { 0, 200, 400, 800, 1600 };
    size_t nin[2] = { 0, 0 };
    for (size_t i = 0; i < ds->ninst; i++)
        nin[ds->inst[i].gold_none]++;
    fprintf(stderr, "train_sources: %s: %zu instances, %zu with a gold source "
            "(%zu more out of reach), %zu without; %zu attributions matching "
            "no gold one\n", what, ds->ninst, nin[0], ds->unreachable, nin[1],
            ds->unmatched);
    fprintf(stderr, "  right (with a source + without) at margin:");
    for (size_t k = 0; k < sizeof margins / sizeof *margins; k++) {
        size_t right[2] = { 0, 0 };
        for (size_t i = 0; i < ds->ninst; i++)
            right[ds->inst[i].gold_none] +=
                pick(ds, &ds->inst[i], m, margins[k]) == ds->inst[i].gold;
        fprintf(stderr, " %g: %zu+%zu", (double)margins[k], right[0], right[1]);
    }
    fprintf(stderr, "\n");
}

/* xorshift64: the members' shuffles. */
static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* One averaged perceptron over EPOCHS shuffles seeded with seed. */
static hs_trainer *train_member(void *arg, uint64_t seed)
{
    const dataset *ds = arg;
    hs_trainer *tr = hs_trainer_new(2);
    size_t *order = malloc((ds->ninst + 1) * sizeof *order);
    if (!tr || !order)
        oom();
    for (size_t i = 0; i < ds->ninst; i++)
        order[i] = i;
    uint64_t rng = seed;
    for (int ep = 0; ep < EPOCHS; ep++) {
        bag_shuffle(order, ds->ninst, rng_next, &rng);
        size_t errors = 0;
        for (size_t k = 0; k < ds->ninst; k++) {
            const instance *in = &ds->inst[order[k]];
            uint32_t g = argmax(ds, in, tr, NULL);
            if (g != in->gold) {
                const candidate *good = &ds->cands[in->cand0 + in->gold];
                const candidate *bad = &ds->cands[in->cand0 + g];
                hs_trainer_update(tr, ds->keys + good->off, good->n, 1, 0);
                hs_trainer_update(tr, ds->keys + bad->off, bad->n, 0, 1);
                errors++;
            }
            hs_trainer_tick(tr);
        }
        if (ep == EPOCHS - 1)
            fprintf(stderr, "train_sources: last epoch: %zu errors of %zu\n",
                    errors, ds->ninst);
    }
    free(order);
    return tr;
}

static void dataset_free(dataset *ds)
{
    free(ds->inst);
    free(ds->cands);
    free(ds->keys);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: train_sources CORPUS_DIR OUT_DIR\n");
        return 1;
    }
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "train_sources: %s\n", err.message);
        return 2;
    }
    dataset tr_ds = { 0 }, dev_ds = { 0 };
    if (collect(eng, argv[1], "train", &tr_ds) ||
        collect(eng, argv[1], "dev", &dev_ds))
        return 2;
    char path[4096];
    snprintf(path, sizeof path, "%s/sources.member.bin", argv[2]);
    hs_trainer *tr = bag_train(BAG, SEED, train_member, &tr_ds, tr_ds.keys,
                               tr_ds.nkeys, 2, BAG_SCALE, BAG_PRUNE, path);
    snprintf(path, sizeof path, "%s/sources.bin", argv[2]);
    if (hs_trainer_save(tr, path, 0.0f)) {
        perror(path);
        return 2;
    }
    hs_trainer_free(tr);
    size_t size;
    char *blob = silver_read_file(path, &size);
    hs_model *m = blob ? hs_model_load(blob, size, &err) : NULL;
    if (!m) {
        fprintf(stderr, "train_sources: %s: cannot read back\n", path);
        return 2;
    }
    evaluate(m, &tr_ds, "train");
    evaluate(m, &dev_ds, "dev");
    hs_model_free(m);
    free(blob);
    dataset_free(&tr_ds);
    dataset_free(&dev_ds);
    hs_engine_free(eng);
    return 0;
}
