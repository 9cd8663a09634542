/*
 * train_bounds.c -- learn where a content and its source start and end
 * (src/bounds.c) from PolNeAR train.
 *
 * Each train article goes through the full pipeline (the library's own
 * tokenizer, tagger, parser and attribution rules, as at run time); the
 * library hands over its attributions just before the bounds pass
 * (hs_attribute_observed).  An attribution whose content and cue overlap
 * those of a gold attribution of the first annotator gives up to four
 * instances, one per boundary (the content's end and start, the source's
 * end and start): the candidates are the words hs_bounds_site_of()
 * allows, and the right one holds the gold span's last (first) word
 * (instances where no candidate does are counted and skipped).  A ranking
 * perceptron learns to prefer the right candidate: class 1 of the model
 * scores "the boundary is here", class 0 the opposite, and a mistake moves
 * both.  Five such perceptrons over their own seeded shuffles are averaged
 * (tools/bag.h): the model file is byte-identical from run to run.
 *
 * `--hold-out K` trains without fold K of train and writes
 * OUT_DIR/bounds.K.bin, for scoring train with dev_attr --folds (make
 * heldout); `--folds DIR` reads the train articles through the fold
 * parsers and cue detectors of DIR (jackknife training, measured and not
 * used: tools/folds.h).
 *
 * usage: train_bounds CORPUS_DIR OUT_DIR [--folds DIR] [--hold-out K]
 *        (writes OUT_DIR/bounds.bin, or OUT_DIR/bounds.K.bin)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "passkeys.h"
#include "silver.h"
#include "rank.h"

#define EPOCHS 10
#define SEED 0xb0a4d5ULL
/* The model is the average of BAG perceptrons (tools/bag.h), its weights
 * in hundredths of a perceptron step (HS_BOUNDS_MARGIN is in the same
 * unit); averages under a quarter step are dropped. */
#define BAG 5
#define BAG_SCALE 100.0f
#define BAG_PRUNE 25

/* The instances of one split, grouped by side, and what was left out. */
typedef struct {
    rank_set set;
    size_t unreachable[4];  /* per side: gold word outside the candidates */
    size_t unmatched;       /* no gold attribution overlaps */
} dataset;

/* Add the instance of boundary `side` of site s whose right candidate is
 * word `gold` (counted and skipped when gold is no candidate). */
static void add_instance(dataset *ds, const hs_doc *d, const hs_tree *t,
                         const hs_bounds_site *s, hs_bound_side side,
                         int32_t gold)
{
    if (gold < 0 || !hs_bounds_candidate(d, s, side, gold)) {
        ds->unreachable[side]++;
        return;
    }
    rank_inst *in = rank_new_inst(&ds->set, (int)side);
    int32_t rule, lo, hi;
    hs_bounds_range(s, side, &rule, &lo, &hi);
    for (int32_t i = lo; i <= hi; i++) {
        if (!hs_bounds_candidate(d, s, side, i))
            continue;
        uint64_t *keys = rank_begin_cand(&ds->set, HS_BOUNDS_MAX_FEATS);
        uint32_t c = rank_end_cand(&ds->set, in,
                                   hs_bounds_features(d, t, s, side, i, keys));
        if (i == gold)
            in->gold = c;
        if (i == rule)
            in->rule = c;
    }
}

/* The first and last word token of role `role` of gold attribution ga
 * in *first and *last (-1 when it covers none). */
static void gold_words(const hs_doc *d, const hs_brat_attr *ga, hs_role role,
                       int32_t *first, int32_t *last)
{
    *first = *last = -1;
    for (uint32_t i = 0; i < d->ntoks; i++)
        if (!(d->toks[i].flags & HS_TF_PUNCT) &&
            rank_tok_in_frags(&d->toks[i], ga->frag[role], ga->n[role])) {
            if (*first < 0)
                *first = (int32_t)i;
            *last = (int32_t)i;
        }
}

/* The observer: one instance per attribution that matches a gold one. */
static void observe(const hs_doc *d, const struct hs_tree *t,
                    hs_observe_point point, void *argp)
{
    if (point != HS_OBSERVE_BOUNDS)
        return;
    rank_observe_arg *arg = argp;
    dataset *ds = arg->ds;
    int32_t *cue_of = malloc((d->ntoks + 1) * sizeof *cue_of);
    if (!cue_of)
        rank_oom();
    hs_pk_cue_marks(d, cue_of);
    for (size_t a = 0; a < d->nattrs; a++) {
        const hs_attr_work *w = &d->attrs[a];
        hs_bounds_site s;
        if (!hs_bounds_site_of(d, t, w, cue_of, &s))
            continue;
        const hs_brat_attr *best = rank_match_gold(d, w, arg->gold, false);
        if (!best) {
            ds->unmatched++;
            continue;
        }
        int32_t gold_first, gold_last;
        gold_words(d, best, HS_ROLE_CONTENT, &gold_first, &gold_last);
        add_instance(ds, d, t, &s, HS_BOUND_END, gold_last);
        if (s.one_frag && best->n[HS_ROLE_CONTENT] == 1)
            add_instance(ds, d, t, &s, HS_BOUND_START, gold_first);
        if (s.src_first >= 0 && best->n[HS_ROLE_SOURCE]) {
            int32_t g0, g1;
            gold_words(d, best, HS_ROLE_SOURCE, &g0, &g1);
            /* each edge learned with the other as the rules left it */
            add_instance(ds, d, t, &s, HS_BOUND_SRC_END, g1);
            add_instance(ds, d, t, &s, HS_BOUND_SRC_START, g0);
        }
    }
    free(cue_of);
}

/* How often the rules and the model put each boundary right, at the
 * library's margin and (to retune HS_BOUNDS_MARGIN) at a few others. */
static void evaluate(const hs_model *m, const dataset *ds, const char *what)
{
    static const char *const side_name[4] = { "end", "start", "source end",
                                              "source start" };
    static const float margins[] = { 0, 200, 400, 800, 1600 };
    fprintf(stderr, "train_bounds: %s: %zu attributions matching no gold one\n",
            what, ds->unmatched);
    for (int side = 0; side < 4; side++) {
        size_t ninst = 0, rule = 0;
        const rank_set *rs = &ds->set;
        for (size_t i = 0; i < rs->ninst; i++)
            if (rs->inst[i].group == side) {
                ninst++;
                rule += rs->inst[i].rule == rs->inst[i].gold;
            }
        double den = (double)(ninst ? ninst : 1);
        fprintf(stderr, "  %s: %zu instances (%zu more with the gold word out "
                "of reach): rules right %.2f%%; model at margin:",
                side_name[side], ninst, ds->unreachable[side],
                100.0 * (double)rule / den);
        for (size_t k = 0; k < sizeof margins / sizeof *margins; k++) {
            size_t right = 0;
            for (size_t i = 0; i < rs->ninst; i++)
                if (rs->inst[i].group == side)
                    right += rank_pick(rs, &rs->inst[i], m, margins[k]) == rs->inst[i].gold;
            fprintf(stderr, " %g %.2f%%", (double)margins[k],
                    100.0 * (double)right / den);
        }
        fprintf(stderr, "\n");
    }
}

int main(int argc, char **argv)
{
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "train_bounds: %s\n", err.message);
        return 2;
    }
    dataset tr_ds = { 0 }, dev_ds = { 0 };
    folds_opts fo;
    int rc = rank_collect_splits(eng, argc, argv, observe, &tr_ds, &dev_ds,
                                 &fo, "train_bounds");
    if (rc)
        return rc;
    rank_train_arg ta = { &tr_ds.set, EPOCHS, "train_bounds" };
    hs_model *m;
    char *blob;
    rank_train_save(&ta, BAG, SEED, BAG_SCALE, BAG_PRUNE, argv[2], "bounds", &fo, &m, &blob);
    evaluate(m, &tr_ds, "train");
    evaluate(m, &dev_ds, "dev");
    hs_model_free(m);
    free(blob);
    rank_free(&tr_ds.set);
    rank_free(&dev_ds.set);
    hs_engine_free(eng);
    return 0;
}
