/*
 * rank.h -- ranking-perceptron data sets for the trainers of the learned
 * passes that choose one candidate among many (tools/train_bounds.c: a
 * span's edge; tools/train_sources.c: a source's head).
 *
 * An instance is a list of candidates, each a run of feature keys, with
 * the index of the right one (gold) and of the rules' choice (rule).  A
 * member of the bag (tools/bag.h) is one averaged perceptron over seeded
 * shuffles of the instances: class 1 scores "this candidate", class 0 the
 * opposite, and a wrong best candidate moves both it and the right one.
 * The library picks the best candidate when it beats the rules' by a
 * margin (rank_pick).
 *
 * Also here: matching an attribution of the library's to the gold one it
 * stands for, as both trainers do.
 *
 * Header-only (static functions): each trainer includes it once.
 */
#ifndef HS_RANK_H
#define HS_RANK_H

#include <stdio.h>
#include <stdlib.h>

#include "bag.h"
#include "brat.h"
#include "internal.h"
#include "perceptron.h"
#include "silver.h"
#include "folds.h"

typedef struct {
    uint32_t off, n;        /* keys[off .. off+n) */
} rank_cand;

typedef struct {
    uint32_t cand0, ncand;  /* cands[cand0 .. cand0+ncand) */
    uint32_t gold;          /* index of the right candidate */
    uint32_t rule;          /* index of the rules' choice */
    int group;              /* what the trainer reports it under */
} rank_inst;

typedef struct {
    rank_inst *inst;
    size_t ninst, capinst;
    rank_cand *cands;
    size_t ncands, capcands;
    uint64_t *keys;
    size_t nkeys, capkeys;
} rank_set;

static void rank_oom(void)
{
    fprintf(stderr, "rank: out of memory\n");
    exit(2);
}

/* A new, empty instance of set s in group `group`. */
static rank_inst *rank_new_inst(rank_set *s, int group)
{
    if (!HS_GROW(s->inst, s->capinst, s->ninst + 1))
        rank_oom();
    rank_inst *in = &s->inst[s->ninst++];
    *in = (rank_inst){ .cand0 = (uint32_t)s->ncands, .group = group };
    return in;
}

/* Room for up to `max` keys of a new candidate of in (the last instance
 * of s); fill them and call rank_end_cand() with their count. */
static uint64_t *rank_begin_cand(rank_set *s, size_t max)
{
    if (!HS_GROW(s->cands, s->capcands, s->ncands + 1) ||
        !HS_GROW(s->keys, s->capkeys, s->nkeys + max))
        rank_oom();
    return s->keys + s->nkeys;
}

/* Close the candidate begun with rank_begin_cand(), n keys long; returns
 * its index in in. */
static uint32_t rank_end_cand(rank_set *s, rank_inst *in, size_t n)
{
    rank_cand *c = &s->cands[s->ncands++];
    c->off = (uint32_t)s->nkeys;
    c->n = (uint32_t)n;
    s->nkeys += n;
    return in->ncand++;
}

static void rank_free(rank_set *s)
{
    free(s->inst);
    free(s->cands);
    free(s->keys);
}

/* Score of candidate c of in under trainer tr (current weights), or
 * under model m when tr is NULL. */
static float rank_score(const rank_set *s, const rank_inst *in, uint32_t c,
                        const hs_trainer *tr, const hs_model *m)
{
    const rank_cand *cd = &s->cands[in->cand0 + c];
    float sc[2] = { 0, 0 };
    if (tr)
        hs_trainer_score(tr, s->keys + cd->off, cd->n, sc);
    else
        hs_model_score(m, s->keys + cd->off, cd->n, sc);
    return sc[1] - sc[0];
}

/* Index of the best-scoring candidate of in (the first on ties). */
static uint32_t rank_argmax(const rank_set *s, const rank_inst *in,
                            const hs_trainer *tr, const hs_model *m)
{
    uint32_t best = 0;
    float best_score = 0.0f;
    for (uint32_t c = 0; c < in->ncand; c++) {
        float sc = rank_score(s, in, c, tr, m);
        if (c == 0 || sc > best_score) {
            best = c;
            best_score = sc;
        }
    }
    return best;
}

/* The candidate the library picks for in: the model's best, when it beats
 * the rules' choice by more than `margin`. */
static uint32_t rank_pick(const rank_set *s, const rank_inst *in,
                          const hs_model *m, float margin)
{
    uint32_t g = rank_argmax(s, in, NULL, m);
    return rank_score(s, in, g, NULL, m) - rank_score(s, in, in->rule, NULL, m) > margin
               ? g : in->rule;
}

/* A hash of instance in's candidates and keys: its signature for
 * bag_epoch_order(). */
static uint64_t rank_inst_hash(const rank_set *s, const rank_inst *in)
{
    uint64_t h = hs_feat_mix(0x52414e4bULL, in->ncand * 131u + in->gold);
    for (uint32_t c = 0; c < in->ncand; c++) {
        const rank_cand *cd = &s->cands[in->cand0 + c];
        for (uint32_t k = 0; k < cd->n; k++)
            h = hs_feat_mix(h, s->keys[cd->off + k]);
    }
    return h;
}

/* Arguments of rank_train_member() through bag_train(). */
typedef struct {
    const rank_set *set;
    int epochs;
    const char *name;       /* for the progress line */
} rank_train_arg;

/* One averaged perceptron over a->epochs shuffles of a->set seeded with
 * seed (a bag_member_fn). */
static hs_trainer *rank_train_member(void *argp, uint64_t seed)
{
    const rank_train_arg *a = argp;
    const rank_set *s = a->set;
    hs_trainer *tr = hs_trainer_new(2);
    bag_order *order = malloc((s->ninst + 1) * sizeof *order);
    uint64_t *sig = malloc((s->ninst + 1) * sizeof *sig);
    if (!tr || !order || !sig)
        rank_oom();
    for (size_t i = 0; i < s->ninst; i++)
        sig[i] = rank_inst_hash(s, &s->inst[i]);
    for (int ep = 0; ep < a->epochs; ep++) {
        bag_epoch_order(order, sig, s->ninst, seed, ep);
        size_t errors = 0;
        for (size_t k = 0; k < s->ninst; k++) {
            const rank_inst *in = &s->inst[order[k].index];
            uint32_t g = rank_argmax(s, in, tr, NULL);
            if (g != in->gold) {
                const rank_cand *good = &s->cands[in->cand0 + in->gold];
                const rank_cand *bad = &s->cands[in->cand0 + g];
                hs_trainer_update(tr, s->keys + good->off, good->n, 1, 0);
                hs_trainer_update(tr, s->keys + bad->off, bad->n, 0, 1);
                errors++;
            }
            hs_trainer_tick(tr);
        }
        if (ep == a->epochs - 1)
            fprintf(stderr, "%s: last epoch: %zu errors of %zu\n", a->name,
                    errors, s->ninst);
    }
    free(order);
    free(sig);
    return tr;
}

/* Train the bag of `members` rank members (a->epochs each, seeds from
 * `seed`, weights in 1/scale steps, averages under `prune` dropped) on
 * a->set, save it as OUT_DIR/<file>.bin (<file>.K.bin when o holds out
 * fold K) and read it back: the model in *m, over the blob in *blob (free
 * both).  Exits on failure. */
static void rank_train_save(const rank_train_arg *a, int members, uint64_t seed,
                            float scale, long prune, const char *outdir,
                            const char *file, const folds_opts *o,
                            hs_model **m, char **blob)
{
    char path[4096], member[4200];
    snprintf(member, sizeof member, "%s.member", file);
    folds_model_path(path, sizeof path, outdir, member, o);
    hs_trainer *tr = bag_train(members, seed, rank_train_member, (void *)a,
                               a->set->keys, a->set->nkeys, 2, scale, prune, path);
    folds_model_path(path, sizeof path, outdir, file, o);
    if (hs_trainer_save(tr, path, 0.0f)) {
        perror(path);
        exit(2);
    }
    hs_trainer_free(tr);
    size_t size;
    hs_error err;
    *blob = silver_read_file(path, &size);
    *m = *blob ? hs_model_load(*blob, size, &err) : NULL;
    if (!*m) {
        fprintf(stderr, "%s: %s: cannot read back\n", a->name, path);
        exit(2);
    }
}

/* What a trainer's observer gets: its data set and the article's gold. */
typedef struct {
    void *ds;
    const hs_brat_doc *gold;
} rank_observe_arg;

/* Run every article of `split` of the corpus through the pipeline, the
 * observer `see` getting a rank_observe_arg with ds and the article's
 * first-annotator gold; train articles through the fold models of f
 * when it has them (tools/folds.h).  Returns -1 when the split cannot be
 * read. */
static int rank_collect(hs_engine *eng, const folds *f, const folds_opts *o,
                        const char *corpus, const char *split,
                        hs_attr_observer see, void *ds, const char *name)
{
    silver_doc *docs;
    size_t n;
    if (silver_load(corpus, split, &docs, &n))
        return -1;
    for (size_t k = 0; k < n; k++) {
        if (folds_skip(o, split, k))
            continue;
        folds_select(eng, f, split, k);
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
            rank_oom();
        rank_observe_arg arg = { ds, &gold };
        if (hs_brat_parse(&gold, buf, len, &err) ||
            hs_observe_text(d, docs[k].text, docs[k].len, see, &arg, &err))
            fprintf(stderr, "%s: %s: %s\n", name, docs[k].name, err.message);
        hs_doc_free(d);
        hs_brat_free(&gold);
        free(buf);
    }
    silver_free(docs, n);
    return 0;
}

/* A trainer's start: read `CORPUS_DIR OUT_DIR [--folds DIR] [--hold-out
 * K]` from argv into *o and collect the train split (less its held-out
 * fold) into tr, the dev split into dev (see rank_collect).  Returns 1 on
 * a usage error, 2 on another failure (after a message), 0 when both are
 * collected. */
static int rank_collect_splits(hs_engine *eng, int argc, char **argv,
                               hs_attr_observer see, void *tr, void *dev,
                               folds_opts *o, const char *name)
{
    if (argc < 3 || folds_parse_args(argc, argv, 3, o, name)) {
        fprintf(stderr, "usage: %s CORPUS_DIR OUT_DIR [--folds DIR] [--hold-out K]\n",
                name);
        return 1;
    }
    folds f;
    if (folds_load(&f, eng, o, FOLDS_CUES))
        return 2;
    int rc = rank_collect(eng, &f, o, argv[1], "train", see, tr, name) ||
             rank_collect(eng, &f, o, argv[1], "dev", see, dev, name) ? 2 : 0;
    folds_free(&f, eng);
    return rc;
}

/* ------------------------------------------------------ gold matching */

/* Does token t overlap the fragment list (f, n)? */
static bool rank_tok_in_frags(const hs_token *t, const hs_brat_frag *f, size_t n)
{
    return hs_brat_frags_overlap(f, n, t->c0, t->c1);
}

/* Words of the code-point span list (f, n) that also lie in the content
 * of w, as a count of tokens. */
static size_t rank_overlap_words(const hs_doc *d, const hs_attr_work *w,
                                 const hs_brat_frag *f, size_t n)
{
    size_t c = 0;
    for (uint32_t i = 0; i < d->ntoks; i++) {
        const hs_token *t = &d->toks[i];
        if ((t->flags & HS_TF_PUNCT) || !rank_tok_in_frags(t, f, n))
            continue;
        for (uint32_t k = 0; k < w->content.n; k++)
            if (t->c0 < w->content.frag[k].end && w->content.frag[k].begin < t->c1) {
                c++;
                break;
            }
    }
    return c;
}

/* The gold attribution of g that w stands for: the one sharing most
 * content words with w whose cue overlaps w's.  A gold attribution
 * without a cue matches on content alone, unless need_cue; so does w
 * without a cue.  NULL when none shares a content word. */
static const hs_brat_attr *rank_match_gold(const hs_doc *d, const hs_attr_work *w,
                                           const hs_brat_doc *g, bool need_cue)
{
    const hs_brat_attr *best = NULL;
    size_t best_ov = 0;
    for (size_t k = 0; k < g->nattrs; k++) {
        const hs_brat_attr *ga = &g->attrs[k];
        if (!ga->n[HS_ROLE_CONTENT] || (need_cue && !ga->n[HS_ROLE_CUE]))
            continue;
        if (ga->n[HS_ROLE_CUE] && w->cue_tok0 >= 0) {
            bool cue_ov = false;
            for (int32_t i = w->cue_tok0; i < w->cue_tok1; i++)
                cue_ov |= rank_tok_in_frags(&d->toks[i], ga->frag[HS_ROLE_CUE],
                                            ga->n[HS_ROLE_CUE]);
            if (!cue_ov)
                continue;
        }
        size_t ov = rank_overlap_words(d, w, ga->frag[HS_ROLE_CONTENT],
                                       ga->n[HS_ROLE_CONTENT]);
        if (ov > best_ov) {
            best_ov = ov;
            best = ga;
        }
    }
    return best;
}

#endif
