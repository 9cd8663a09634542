/*
 * fit_confidence.c -- fit data/models/weak.txt, the weak-cue selector
 * (src/attr_tidy.c), then data/models/confidence.txt, the weights of each
 * attribution's confidence (src/confidence.c).
 *
 * The confidence is the probability that the scorer counts an attribution
 * fully correct.  It must hold on text the models never saw, so it is
 * fitted on the train articles run through the fold models of make
 * heldout (each article through the parser, cue detector, source choice
 * and bounds that did not see it: what run time looks like, not what the
 * in-sample models make of their own train text).  Each prediction is an
 * instance: its facts (hs_conf_features()) and whether the scorer's
 * pairing against the first annotator counts it fully correct
 * (hs_score_outcomes()).  The model is an L2-regularised logistic
 * regression solved by Newton's method from zero: no randomness, so the
 * file is the same on every run.
 *
 * The weak-cue selector is fitted first, the same way, on the
 * attributions of weak cues whose content does not vouch for them, every
 * one of them kept (hs_engine.weak_keep_all), each labelled found or not
 * (paired with a gold one at all); its facts are the ones it reads at run
 * time, before the speaker and speech act are known (hs_attr_work's
 * weak_facts).  The confidence is then fitted on what the pipeline with
 * that selector predicts.  Both fits see every attribution of a content
 * two cues share (hs_engine.contents_keep_all): at run time the more
 * confident of them is kept, so a fit on the kept ones alone would learn
 * from a choice the old weights made, and refits would not settle.
 *
 * Then it scores both fits on dev, run with the full models as `hearsay
 * eval` runs it: for the selector, how many it passes and how many of
 * those are found (and the same on train by five-fold cross-validation
 * over the articles); for the confidence, log loss, Brier score, AUC and
 * a reliability table (predicted against observed, by tenths): the
 * numbers docs/ACCURACY.md shows.
 *
 * usage: fit_confidence CORPUS_DIR MODELS_DIR --folds DIR
 *        (writes MODELS_DIR/weak.txt and MODELS_DIR/confidence.txt; make
 *        confidence: DIR is build/folds, MODELS_DIR data/models)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brat.h"
#include "confidence.h"
#include "score.h"
#include "silver.h"
#include "folds.h"

#define L2 1.0          /* penalty on every weight but the bias */
#define NEWTON_STEPS 30

typedef struct {
    int f[HS_CONF_MAX_ACTIVE];
    int n;
    int y;              /* 1: fully correct (the selector's: found) */
    int doc;            /* index of its article in the split */
} instance;

typedef struct {
    instance *v;
    size_t n, cap;
} dataset;

/* Run the articles of split through the engine (fold models for train)
 * and add one instance per predicted attribution to ds; with `weak`, one
 * per attribution the weak-cue selector let in, with the selector's facts
 * and found as the label. */
static int collect(hs_engine *eng, const folds *fm, const char *corpus,
                   const char *split, bool weak, dataset *ds)
{
    silver_doc *docs;
    size_t n;
    if (silver_load(corpus, split, &docs, &n))
        return -1;
    for (size_t i = 0; i < n; i++) {
        hs_error err;
        char *gpath = silver_gold_path(corpus, split, docs[i].name);
        size_t glen;
        char *gbuf = gpath ? silver_read_file(gpath, &glen) : NULL;
        free(gpath);
        if (!gbuf)
            continue;
        folds_select(eng, fm, split, i);
        hs_result *res = hs_extract(eng, docs[i].text, docs[i].len, docs[i].name, &err);
        hs_score_text *t = res ? hs_score_text_new(docs[i].text, docs[i].len, &err) : NULL;
        if (!res || !t) {
            fprintf(stderr, "fit_confidence: %s: %s\n", docs[i].name, err.message);
            return -1;
        }
        hs_brat_doc gold, pred;
        hs_brat_init(&gold);
        hs_brat_init(&pred);
        /* which brat attribution each prediction became (-1: a duplicate
         * of an earlier one, which the scorer sees once) */
        int *at = malloc((hs_result_attribution_count(res) + 1) * sizeof *at);
        uint8_t *outcome = malloc(hs_result_attribution_count(res) + 1);
        if (!at || !outcome || hs_brat_parse(&gold, gbuf, glen, &err)) {
            fprintf(stderr, "fit_confidence: %s: cannot read the gold\n", docs[i].name);
            return -1;
        }
        for (size_t a = 0; a < hs_result_attribution_count(res); a++) {
            size_t had = pred.nattrs;
            if (hs_brat_add_attribution(&pred, hs_result_attribution(res, a), &err))
                return -1;
            at[a] = pred.nattrs > had ? (int)had : -1;
        }
        if (hs_score_outcomes(t, &gold, &pred, outcome, &err))
            return -1;
        for (size_t a = 0; a < hs_result_attribution_count(res); a++) {
            const hs_attr_work *w = &hs_result_doc(res)->attrs[a];
            if (at[a] < 0 || (weak && !w->unvouched))
                continue;
            if (ds->n == ds->cap) {
                ds->cap = ds->cap ? 2 * ds->cap : 4096;
                ds->v = realloc(ds->v, ds->cap * sizeof *ds->v);
                if (!ds->v)
                    return -1;
            }
            instance *in = &ds->v[ds->n++];
            in->doc = (int)i;
            if (weak) {
                in->n = w->nweak_facts;
                for (int k = 0; k < in->n; k++)
                    in->f[k] = w->weak_facts[k];
                in->y = outcome[at[a]] != HS_OUTCOME_MISSED;
            } else {
                in->n = (int)hs_conf_features(hs_result_doc(res), w, in->f);
                in->y = outcome[at[a]] == HS_OUTCOME_FULLY_CORRECT;
            }
        }
        free(at);
        free(outcome);
        hs_brat_free(&gold);
        hs_brat_free(&pred);
        hs_score_text_free(t);
        hs_result_free(res);
        free(gbuf);
    }
    silver_free(docs, n);
    return 0;
}

/* The probability the weights give instance in. */
static double predict(const double *w, const instance *in)
{
    double z = 0;
    for (int k = 0; k < in->n; k++)
        z += w[in->f[k]];
    return 1.0 / (1.0 + exp(-z));
}

/* Solve A x = b for symmetric positive definite A (n x n) by Cholesky,
 * in place (A's lower triangle becomes the factor). */
static void cholesky_solve(double *A, double *b, int n)
{
    for (int j = 0; j < n; j++) {
        double s = A[j * n + j];
        for (int k = 0; k < j; k++)
            s -= A[j * n + k] * A[j * n + k];
        A[j * n + j] = sqrt(s);
        for (int i = j + 1; i < n; i++) {
            double t = A[i * n + j];
            for (int k = 0; k < j; k++)
                t -= A[i * n + k] * A[j * n + k];
            A[i * n + j] = t / A[j * n + j];
        }
    }
    for (int i = 0; i < n; i++) {          /* L y = b */
        double t = b[i];
        for (int k = 0; k < i; k++)
            t -= A[i * n + k] * b[k];
        b[i] = t / A[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) {     /* L^T x = y */
        double t = b[i];
        for (int k = i + 1; k < n; k++)
            t -= A[k * n + i] * b[k];
        b[i] = t / A[i * n + i];
    }
}

/* Newton's method on the penalised log loss, from all weights zero. */
static void fit(const dataset *ds, double *w)
{
    enum { N = HS_CONF_COUNT };
    static double H[N * N];
    double g[N];
    memset(w, 0, N * sizeof *w);
    for (int step = 0; step < NEWTON_STEPS; step++) {
        memset(H, 0, sizeof H);
        for (int j = 0; j < N; j++) {
            g[j] = j == HS_CONF_BIAS ? 0 : L2 * w[j];
            H[j * N + j] = j == HS_CONF_BIAS ? 1e-9 : L2;
        }
        for (size_t k = 0; k < ds->n; k++) {
            const instance *in = &ds->v[k];
            double p = predict(w, in), r = p * (1 - p);
            for (int a = 0; a < in->n; a++) {
                g[in->f[a]] += p - in->y;
                for (int b = 0; b < in->n; b++)
                    H[in->f[a] * N + in->f[b]] += r;
            }
        }
        cholesky_solve(H, g, N);
        for (int j = 0; j < N; j++)
            w[j] -= g[j];
    }
}

typedef struct {
    double p;
    int y;
} scored;

/* Order of scored instances: by confidence. */
static int cmp_scored(const void *a, const void *b)
{
    double x = ((const scored *)a)->p, y = ((const scored *)b)->p;
    return x < y ? -1 : x > y;
}

/* Area under the ROC curve of w on ds: the chance that a fully correct
 * attribution gets more confidence than one that is not (ties half). */
static double auc(const double *w, const dataset *ds)
{
    scored *v = malloc((ds->n + 1) * sizeof *v);
    if (!v)
        return NAN;
    for (size_t k = 0; k < ds->n; k++)
        v[k] = (scored){ predict(w, &ds->v[k]), ds->v[k].y };
    qsort(v, ds->n, sizeof *v, cmp_scored);
    double pairs = 0, below = 0, npos = 0, nneg = 0;
    for (size_t a = 0, b; a < ds->n; a = b) {
        double pos = 0, neg = 0;
        for (b = a; b < ds->n && v[b].p == v[a].p; b++)
            pos += v[b].y, neg += !v[b].y;
        pairs += pos * (below + neg / 2);
        below += neg;
        npos += pos;
        nneg += neg;
    }
    free(v);
    return npos * nneg > 0 ? pairs / (npos * nneg) : NAN;
}

/* Log loss, Brier score, AUC and a reliability table of w on ds. */
static void report(const double *w, const dataset *ds, const char *what,
                   const char *label)
{
    double ll = 0, brier = 0, base = 0;
    size_t n[10] = { 0 }, pos[10] = { 0 }, all_pos = 0;
    double sum[10] = { 0 };
    for (size_t k = 0; k < ds->n; k++)
        all_pos += (size_t)ds->v[k].y;
    double prior = ds->n ? (double)all_pos / (double)ds->n : 0;
    for (size_t k = 0; k < ds->n; k++) {
        const instance *in = &ds->v[k];
        double p = predict(w, in);
        ll -= in->y ? log(p) : log(1 - p);
        brier += (p - in->y) * (p - in->y);
        base += (prior - in->y) * (prior - in->y);
        int b = p >= 1 ? 9 : (int)(p * 10);
        n[b]++;
        pos[b] += (size_t)in->y;
        sum[b] += p;
    }
    double N = ds->n ? (double)ds->n : 1;
    printf("%s: %zu attributions, %.1f%% %s; log loss %.3f, "
           "Brier %.3f (%.3f with one probability for all), AUC %.3f\n",
           what, ds->n, 100 * prior, label, ll / N, brier / N, base / N, auc(w, ds));
    printf("  probability  attributions   mean probability  %s\n", label);
    for (int b = 0; b < 10; b++)
        if (n[b])
            printf("  %.1f-%.1f %14zu %17.3f %15.3f\n", b / 10.0, (b + 1) / 10.0,
                   n[b], sum[b] / (double)n[b], (double)pos[b] / (double)n[b]);
}

/* Fit ds, write the weights to dir/name with a header, and leave them,
 * rounded as written, in w. */
static int fit_and_write(const dataset *ds, const char *dir, const char *name,
                         const char *header, double *w)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    fit(ds, w);
    FILE *out = fopen(path, "w");
    if (!out) {
        perror(path);
        return -1;
    }
    fprintf(out, "%s# Fitted by tools/fit_confidence.c (make confidence) on %zu\n"
                 "# predictions of make heldout's fold models over train.\n",
            header, ds->n);
    for (int j = 0; j < HS_CONF_COUNT; j++)
        fprintf(out, "%s\t%.4f\n", hs_conf_names[j], w[j]);
    if (fclose(out)) {
        perror(path);
        return -1;
    }
    for (int j = 0; j < HS_CONF_COUNT; j++)   /* what the library reads */
        w[j] = round(w[j] * 1e4) / 1e4;
    printf("wrote %s\n", path);
    return 0;
}

/* How many of ds the selector w passes, and how many of those are found:
 * on ds itself (cv false) or each article's by weights fitted without its
 * fold (five folds by article index). */
static void selector_report(const double *w, const dataset *ds, bool cv,
                            const char *what)
{
    size_t kept = 0, found = 0, all_found = 0;
    for (int fold = 0; fold < (cv ? 5 : 1); fold++) {
        double wf[HS_CONF_COUNT];
        if (cv) {
            dataset tr = { 0 };
            tr.v = malloc((ds->n + 1) * sizeof *tr.v);
            if (!tr.v)
                return;
            for (size_t k = 0; k < ds->n; k++)
                if (ds->v[k].doc % 5 != fold)
                    tr.v[tr.n++] = ds->v[k];
            fit(&tr, wf);
            free(tr.v);
        } else {
            memcpy(wf, w, sizeof wf);
        }
        for (size_t k = 0; k < ds->n; k++) {
            if (cv && ds->v[k].doc % 5 != fold)
                continue;
            all_found += (size_t)ds->v[k].y;
            if (predict(wf, &ds->v[k]) >= HS_WEAK_KEEP) {
                kept++;
                found += (size_t)ds->v[k].y;
            }
        }
    }
    printf("%s: %zu weak cues' attributions without a vouching content, %zu found; "
           "the selector (at %.2f) passes %zu, %zu of them found\n",
           what, ds->n, all_found, (double)HS_WEAK_KEEP, kept, found);
}

int main(int argc, char **argv)
{
    folds_opts fo;
    if (argc < 5 || folds_parse_args(argc, argv, 3, &fo, "fit_confidence") || !fo.dir) {
        fprintf(stderr, "usage: fit_confidence CORPUS_DIR MODELS_DIR --folds DIR\n");
        return 1;
    }
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "fit_confidence: %s\n", err.message);
        return 2;
    }
    folds fm;
    dataset weak = { 0 }, weak_dev = { 0 }, train = { 0 }, dev = { 0 };
    double ww[HS_CONF_COUNT], w[HS_CONF_COUNT];
    if (folds_load(&fm, eng, &fo, FOLDS_CUES | FOLDS_PASSES))
        return 2;
    /* Both fits see every attribution of a shared content: the run-time
     * choice between them (src/confidence.c) asks the confidence being
     * fitted, and a fit that saw only the winners would depend on the
     * weights it replaces (two refits in a row would differ). */
    eng->contents_keep_all = true;
    /* the selector, on every weak cue's attribution */
    eng->weak_keep_all = true;
    if (collect(eng, &fm, argv[1], "train", true, &weak) ||
        fit_and_write(&weak, argv[2], "weak.txt",
                      "# Weights of the weak-cue selector (src/attr_tidy.c): the\n"
                      "# probability that a weak cue's attribution, its content not\n"
                      "# vouching for it, is found (paired with a gold one).\n", ww))
        return 2;
    eng->weak_keep_all = false;
    for (int j = 0; j < HS_CONF_COUNT; j++)
        eng->weak_weights[j] = (float)ww[j];
    /* the confidence, on what the pipeline with that selector predicts */
    if (collect(eng, &fm, argv[1], "train", false, &train) ||
        fit_and_write(&train, argv[2], "confidence.txt",
                      "# Weights of the attribution confidence (src/confidence.c): the\n"
                      "# probability that the scorer counts an attribution fully correct.\n", w))
        return 2;
    /* dev, scored as `hearsay eval` runs it, with the new weights */
    eng->contents_keep_all = false;
    for (int j = 0; j < HS_CONF_COUNT; j++)
        eng->conf_weights[j] = (float)w[j];
    eng->weak_keep_all = true;
    if (collect(eng, &fm, argv[1], "dev", true, &weak_dev))
        return 2;
    eng->weak_keep_all = false;
    if (collect(eng, &fm, argv[1], "dev", false, &dev))
        return 2;
    folds_free(&fm, eng);
    selector_report(ww, &weak, false, "weak cues, train held out (fitted on)");
    selector_report(ww, &weak, true, "weak cues, train held out (cross-validated)");
    selector_report(ww, &weak_dev, false, "weak cues, dev (full models)");
    report(w, &train, "confidence, train held out (fitted on)", "fully correct");
    report(w, &dev, "confidence, dev (full models)", "fully correct");
    free(weak.v);
    free(weak_dev.v);
    free(train.v);
    free(dev.v);
    hs_engine_free(eng);
    return 0;
}
