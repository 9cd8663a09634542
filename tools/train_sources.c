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
 * `--hold-out K` trains without fold K of train and writes
 * OUT_DIR/sources.K.bin, for scoring train with dev_attr --folds (make
 * heldout); `--folds DIR` reads the train articles through the fold
 * parsers and cue detectors of DIR (jackknife training, measured and not
 * used: tools/folds.h).
 *
 * usage: train_sources CORPUS_DIR OUT_DIR [--folds DIR] [--hold-out K]
 *        (writes OUT_DIR/sources.bin, or OUT_DIR/sources.K.bin)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "silver.h"
#include "sources.h"
#include "passkeys.h"
#include "rank.h"

#define EPOCHS 10
#define SEED 0x50c4ce5ULL
/* The model is the average of BAG perceptrons (tools/bag.h), its weights
 * in hundredths of a perceptron step (HS_SOURCES_MARGIN is in the same
 * unit); averages under a quarter step are dropped. */
#define BAG 5
#define BAG_SCALE 100.0f
#define BAG_PRUNE 25

/* The instances of one split, grouped by whether the gold has a source
 * (group 0) or not (group 1), and what was left out. */
typedef struct {
    rank_set set;
    size_t unreachable;     /* the gold source holds no candidate */
    size_t unmatched;       /* no gold attribution overlaps */
} dataset;

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
        if (!rank_tok_in_frags(&d->toks[i], f, nf) || !hs_sources_candidate(d, w, s, i))
            continue;
        int32_t h = d->toks[i].head;
        if (h < 0 || !rank_tok_in_frags(&d->toks[h], f, nf))
            return i;
        if (first == -2)
            first = i;
    }
    return first;
}

/* Add the instance of site s whose right candidate is `gold`; "no
 * source" is its candidate 0, and the rules' choice. */
static void add_instance(dataset *ds, const hs_doc *d, const hs_tree *t,
                         const hs_attr_work *w, const hs_sources_site *s,
                         int32_t gold)
{
    rank_inst *in = rank_new_inst(&ds->set, gold == HS_SOURCES_NONE);
    for (int32_t i = HS_SOURCES_NONE; i <= s->hi; i++) {
        if (i >= 0 && i < s->lo)
            i = s->lo;
        if (!hs_sources_candidate(d, w, s, i))
            continue;
        uint64_t *keys = rank_begin_cand(&ds->set, HS_SOURCES_MAX_FEATS);
        uint32_t c = rank_end_cand(&ds->set, in,
                                   hs_sources_features(d, t, w, s, i, keys));
        if (i == gold)
            in->gold = c;
    }
}

/* The observer: one instance per attribution that matches a gold one. */
static void observe(const hs_doc *d, const struct hs_tree *t,
                    hs_observe_point point, void *argp)
{
    if (point != HS_OBSERVE_SOURCES)
        return;
    rank_observe_arg *arg = argp;
    dataset *ds = arg->ds;
    int32_t *cue_of = malloc((d->ntoks ? d->ntoks : 1) * sizeof *cue_of);
    if (!cue_of)
        rank_oom();
    hs_pk_cue_marks(d, cue_of);
    for (size_t a = 0; a < d->nattrs; a++) {
        const hs_attr_work *w = &d->attrs[a];
        hs_sources_site s;
        if (!hs_sources_site_of(d, t, w, cue_of, &s))
            continue;

        const hs_brat_attr *best = rank_match_gold(d, w, arg->gold, true);
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
    free(cue_of);
}
/* How often the model picks the right candidate, at the library's margin
 * and (to retune HS_SOURCES_MARGIN) at a few others; apart for the
 * instances whose gold has a source and those without (where the rules,
 * which gave none, are right). */
static void evaluate(const hs_model *m, const dataset *ds, const char *what)
{
    static const float margins[] = { 0, 200, 400, 800, 1600 };
    const rank_set *rs = &ds->set;
    size_t nin[2] = { 0, 0 };
    for (size_t i = 0; i < rs->ninst; i++)
        nin[rs->inst[i].group]++;
    fprintf(stderr, "train_sources: %s: %zu instances, %zu with a gold source "
            "(%zu more out of reach), %zu without; %zu attributions matching "
            "no gold one\n", what, rs->ninst, nin[0], ds->unreachable, nin[1],
            ds->unmatched);
    fprintf(stderr, "  right (with a source + without) at margin:");
    for (size_t k = 0; k < sizeof margins / sizeof *margins; k++) {
        size_t right[2] = { 0, 0 };
        for (size_t i = 0; i < rs->ninst; i++)
            right[rs->inst[i].group] +=
                rank_pick(rs, &rs->inst[i], m, margins[k]) == rs->inst[i].gold;
        fprintf(stderr, " %g: %zu+%zu", (double)margins[k], right[0], right[1]);
    }
    fprintf(stderr, "\n");
}

int main(int argc, char **argv)
{
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "train_sources: %s\n", err.message);
        return 2;
    }
    dataset tr_ds = { 0 }, dev_ds = { 0 };
    folds_opts fo;
    int rc = rank_collect_splits(eng, argc, argv, observe, &tr_ds, &dev_ds,
                                 &fo, "train_sources");
    if (rc)
        return rc;
    rank_train_arg ta = { &tr_ds.set, EPOCHS, "train_sources" };
    hs_model *m;
    char *blob;
    rank_train_save(&ta, BAG, SEED, BAG_SCALE, BAG_PRUNE, argv[2], "sources", &fo, &m, &blob);
    evaluate(m, &tr_ds, "train");
    evaluate(m, &dev_ds, "dev");
    hs_model_free(m);
    free(blob);
    rank_free(&tr_ds.set);
    rank_free(&dev_ds.set);
    hs_engine_free(eng);
    return 0;
}
