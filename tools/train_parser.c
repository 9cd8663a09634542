/*
 * train_parser.c -- train the dependency parser (src/parse.c) on CoreNLP's
 * silver basic dependencies.
 *
 *   build/tools/train_parser CORPUS_DIR OUT_DIR
 *
 * Reads polnear/silver/{train,dev}.tokens.tsv.gz under CORPUS_DIR, trains
 * the arc-hybrid parser of parse.h with an averaged perceptron and the
 * dynamic oracle (Goldberg and Nivre 2013: after the first epoch the
 * trainer follows its own mistakes with probability EXPLORE_P, learning to
 * recover from them), and writes OUT_DIR/parse.bin.
 *
 * The part-of-speech tags are the ones the runtime will see: when
 * OUT_DIR/pos.bin holds a tagger model, every training and dev document is
 * re-tagged with hs_tag() before its features are computed (the silver
 * tags are used only to tell punctuation in the evaluation).
 *
 * Non-projective silver trees (about 0.6% of the sentences) are skipped in
 * training: the dynamic oracle is exact only for projective trees and the
 * parser can only build projective ones.  Sentences are visited in an
 * order shuffled by a fixed-seed generator, training is single-threaded
 * and the blob is written in key order, so two runs give byte-identical
 * files.
 *
 * `--hold-out K` trains without the train articles of fold K and writes
 * OUT_DIR/parse.K.bin, the fold parser make heldout scores fold K with
 * (tools/folds.h).
 *
 * At the end the saved model is loaded back and run through hs_parse() on
 * the dev split (the runtime path) to print UAS/LAS with and without
 * punctuation, and parsing speed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parse.h"
#include "perceptron.h"
#include "silver.h"
#include "folds.h"

#define EPOCHS 8
#define EXPLORE_P 0.9
#define MIN_ABS 2.5f
#define SEED 0x5eed9a45e3ULL

/* One silver document prepared for training or evaluation: the hs_doc
 * (tagged as the runtime would) and the gold tree and tags. */
typedef struct {
    hs_doc *doc;
    int32_t *gold_head;     /* doc-level head, -1 root */
    uint8_t *gold_rel;      /* HS_DEP_* */
    uint8_t *gold_pos;      /* silver HS_POS_* */
    uint32_t *gold_sent;    /* CoreNLP sentence of each token */
} prep_doc;

/* A training sentence: document and token range. */
typedef struct {
    uint32_t doc, tok0, tok1;
} sent_ref;

/* splitmix64: the trainer's own deterministic random numbers. */
static uint64_t rng_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform double in [0, 1). */
static double rng_unit(uint64_t *state)
{
    return (double)(rng_next(state) >> 11) * (1.0 / 9007199254740992.0);
}

/* Seconds of processor-independent wall time. */
static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* True for the tags excluded from the "no punct" scores (the usual PTB
 * punctuation tags). */
static bool is_punct_tag(int p)
{
    return p == HS_POS_COMMA || p == HS_POS_PERIOD || p == HS_POS_COLON ||
           p == HS_POS_LQUOTE || p == HS_POS_RQUOTE || p == HS_POS_LRB ||
           p == HS_POS_RRB;
}

/* Build the prep_docs of a silver split: make each hs_doc, keep the gold
 * layers, and re-tag with the engine's tagger when it has one.  Returns 0
 * or -1. */
static int prepare(const hs_engine *eng, silver_doc *sd, size_t nsd,
                   prep_doc **out, size_t *pos_ok, size_t *pos_all)
{
    prep_doc *pd = calloc(nsd ? nsd : 1, sizeof *pd);
    if (!pd)
        return -1;
    for (size_t i = 0; i < nsd; i++) {
        hs_error err;
        hs_doc *d = silver_make_doc(eng, &sd[i], &err);
        if (!d) {
            fprintf(stderr, "train_parser: %s: %s\n", sd[i].name,
                    err.message);
            return -1;
        }
        size_t n = d->ntoks ? d->ntoks : 1;
        pd[i].doc = d;
        pd[i].gold_head = malloc(n * sizeof *pd[i].gold_head);
        pd[i].gold_rel = malloc(n);
        pd[i].gold_pos = malloc(n);
        pd[i].gold_sent = malloc(n * sizeof *pd[i].gold_sent);
        if (!pd[i].gold_head || !pd[i].gold_rel || !pd[i].gold_pos ||
            !pd[i].gold_sent)
            return -1;
        for (size_t k = 0; k < d->ntoks; k++) {
            pd[i].gold_head[k] = d->toks[k].head;
            pd[i].gold_rel[k] = d->toks[k].deprel;
            pd[i].gold_pos[k] = d->toks[k].pos;
            pd[i].gold_sent[k] = sd[i].toks[k].sent;
        }
        if (eng->pos_model) {
            if (hs_tag(d, &err)) {
                fprintf(stderr, "train_parser: tag %s: %s\n", sd[i].name,
                        err.message);
                return -1;
            }
            for (size_t k = 0; k < d->ntoks; k++) {
                *pos_ok += d->toks[k].pos == pd[i].gold_pos[k];
                d->toks[k].head = pd[i].gold_head[k];
                d->toks[k].deprel = pd[i].gold_rel[k];
            }
            *pos_all += d->ntoks;
        }
    }
    *out = pd;
    return 0;
}

/* Free prep_docs. */
static void prep_free(prep_doc *pd, size_t n)
{
    for (size_t i = 0; pd && i < n; i++) {
        hs_doc_free(pd[i].doc);
        free(pd[i].gold_head);
        free(pd[i].gold_rel);
        free(pd[i].gold_pos);
        free(pd[i].gold_sent);
    }
    free(pd);
}

/* Sentence-relative gold tree of tokens [tok0, tok1) (ROOT = n) into
 * gh/gr; false when some head lies outside the sentence or the tree is
 * not a projective tree with one root. */
static bool gold_tree(const prep_doc *p, uint32_t tok0, uint32_t tok1,
                      int32_t *gh, uint8_t *gr)
{
    int32_t n = (int32_t)(tok1 - tok0);
    int roots = 0;
    for (int32_t i = 0; i < n; i++) {
        int32_t h = p->gold_head[tok0 + (uint32_t)i];
        if (h < 0) {
            gh[i] = n;
            roots++;
        } else if ((uint32_t)h < tok0 || (uint32_t)h >= tok1) {
            return false;
        } else {
            gh[i] = h - (int32_t)tok0;
        }
        gr[i] = p->gold_rel[tok0 + (uint32_t)i];
        if (gr[i] < 2 && h >= 0)
            return false;            /* unknown relation */
    }
    if (roots != 1)
        return false;
    /* Projective: no two arcs cross (ROOT at position n, i.e. to the
     * right of everything). */
    for (int32_t i = 0; i < n; i++) {
        int32_t a = i < gh[i] ? i : gh[i], b = i < gh[i] ? gh[i] : i;
        for (int32_t j = 0; j < n; j++) {
            int32_t c = j < gh[j] ? j : gh[j], e = j < gh[j] ? gh[j] : j;
            if (a < c && c < b && b < e)
                return false;
        }
    }
    return true;
}

/* Train one epoch over `ns` sentences in the order of `order`.  Returns
 * the share of decisions the current model got right. */
static double train_epoch(hs_trainer *tr, const prep_doc *pd,
                          const sent_ref *sents, const uint32_t *order,
                          size_t ns, bool explore, uint64_t *rng,
                          hs_pstate *st, int32_t *gh, uint8_t *gr)
{
    uint64_t keys[HS_PARSE_MAXFEATS];
    float scores[HS_PARSE_NCLASSES];
    int32_t cost[HS_PARSE_NCLASSES];
    size_t right = 0, all = 0;
    for (size_t oi = 0; oi < ns; oi++) {
        const sent_ref *r = &sents[order[oi]];
        const prep_doc *p = &pd[r->doc];
        gold_tree(p, r->tok0, r->tok1, gh, gr);
        hs_pstate_init(st, p->doc, r->tok0, r->tok1);
        while (!hs_pstate_done(st)) {
            if (st->nstack == 1) {
                hs_pstate_apply(st, HS_PARSE_SHIFT);
                continue;
            }
            if (st->nstack == 2 && st->b >= st->n) {
                hs_pstate_apply(st, 1 + HS_PARSE_NLABELS);
                continue;
            }
            size_t nk = hs_pstate_features(st, keys);
            hs_trainer_score(tr, keys, nk, scores);
            int guess = hs_pstate_best(st, scores);
            hs_pstate_costs(st, gh, gr, cost);
            int32_t minc = INT32_MAX;
            for (int c = 0; c < HS_PARSE_NCLASSES; c++)
                if (cost[c] < minc)
                    minc = cost[c];
            int truth = -1;
            for (int c = 0; c < HS_PARSE_NCLASSES; c++)
                if (cost[c] == minc &&
                    (truth < 0 || scores[c] > scores[truth]))
                    truth = c;
            all++;
            int next = truth;
            if (cost[guess] == minc) {
                right++;
                next = guess;
            } else {
                hs_trainer_update(tr, keys, nk, truth, guess);
                if (explore && rng_unit(rng) < EXPLORE_P)
                    next = guess;
            }
            hs_trainer_tick(tr);
            hs_pstate_apply(st, next);
        }
    }
    return all ? (double)right / (double)all : 0.0;
}

/* Parse every dev document with hs_parse() and print attachment scores.
 * corenlp: parse CoreNLP's sentences (the parser alone) instead of the
 * runtime's, which also break at every paragraph start.  Adds the seconds
 * hs_parse took to *secs and the tokens to *ntoks; returns 0 or -1. */
static int evaluate_split(prep_doc *pd, size_t nd, bool corenlp,
                          double *secs, size_t *ntoks)
{
    size_t uas[2] = {0, 0}, las[2] = {0, 0}, tot[2] = {0, 0};
    size_t rel_right[HS_DEP_COUNT] = {0}, rel_all[HS_DEP_COUNT] = {0};
    for (size_t i = 0; i < nd; i++) {
        hs_doc *d = pd[i].doc;
        hs_error err;
        hs_sentence *keep = d->sents;
        size_t nkeep = d->nsents;
        hs_sentence *cs = NULL;
        size_t ncs = 0, ccap = 0;
        if (corenlp) {
            for (size_t t0 = 0, t1; t0 < d->ntoks; t0 = t1) {
                for (t1 = t0 + 1; t1 < d->ntoks &&
                     pd[i].gold_sent[t1] == pd[i].gold_sent[t0]; t1++)
                    ;
                if (!HS_GROW(cs, ccap, ncs + 1))
                    return -1;
                cs[ncs++] = (hs_sentence){(uint32_t)t0, (uint32_t)t1, 0};
            }
            d->sents = cs;
            d->nsents = ncs;
        }
        double t0 = now_s();
        int rc = hs_parse(d, &err);
        *secs += now_s() - t0;
        *ntoks += d->ntoks;
        d->sents = keep;
        d->nsents = nkeep;
        free(cs);
        if (rc) {
            fprintf(stderr, "train_parser: parse: %s\n", err.message);
            return -1;
        }
        for (size_t k = 0; k < d->ntoks; k++) {
            bool u = d->toks[k].head == pd[i].gold_head[k];
            bool l = u && d->toks[k].deprel == pd[i].gold_rel[k];
            if (pd[i].gold_rel[k] < HS_DEP_COUNT) {
                rel_all[pd[i].gold_rel[k]]++;
                rel_right[pd[i].gold_rel[k]] += u;
            }
            for (int w = 0; w < 2; w++) {
                if (w == 1 && is_punct_tag(pd[i].gold_pos[k]))
                    continue;
                tot[w]++;
                uas[w] += u;
                las[w] += l;
            }
        }
    }
    printf("  dev, %s: UAS %.2f LAS %.2f with punctuation, "
           "UAS %.2f LAS %.2f without\n",
           corenlp ? "CoreNLP sentences" : "runtime sentences",
           100.0 * uas[0] / tot[0], 100.0 * las[0] / tot[0],
           100.0 * uas[1] / tot[1], 100.0 * las[1] / tot[1]);
    /* The arcs the attribution stages read a clause by: how often each
     * gold one gets its head right (docs/ACCURACY.md). */
    static const int backbone[] = { HS_DEP_ROOT, HS_DEP_NSUBJ, HS_DEP_NSUBJPASS,
                                    HS_DEP_DOBJ, HS_DEP_CCOMP, HS_DEP_XCOMP,
                                    HS_DEP_PARATAXIS, HS_DEP_ADVCL, HS_DEP_CONJ };
    printf("  dev, %s, head right by gold relation:",
           corenlp ? "CoreNLP sentences" : "runtime sentences");
    for (size_t r = 0; r < sizeof backbone / sizeof *backbone; r++)
        if (rel_all[backbone[r]])
            printf(" %s %.1f%%", hs_dep_names[backbone[r]],
                   100.0 * rel_right[backbone[r]] / rel_all[backbone[r]]);
    printf("\n");
    return 0;
}

/* Both dev evaluations; returns the seconds hs_parse took on the runtime
 * sentences (tokens in *ntoks), or -1. */
static double evaluate(prep_doc *pd, size_t nd, size_t *ntoks)
{
    double t = 0, t2 = 0;
    size_t n2 = 0;
    *ntoks = 0;
    if (evaluate_split(pd, nd, true, &t2, &n2) ||
        evaluate_split(pd, nd, false, &t, ntoks))
        return -1;
    return t;
}

/* Read a whole file; NULL if absent or empty. */
static unsigned char *read_blob(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    unsigned char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 1 << 20;
            unsigned char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        if (k == 0)
            break;
        n += k;
    }
    fclose(f);
    if (n == 0) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Save the averaged model so far to `path`.tmp and score it on dev
 * (development aid). */
static void eval_snapshot(hs_trainer *tr, hs_engine *eng, const char *path,
                          prep_doc *pdev, size_t ndev)
{
    char p[4200];
    snprintf(p, sizeof p, "%s.tmp", path);
    size_t len = 0, nt = 0;
    unsigned char *b = NULL;
    hs_model *m = NULL;
    hs_error err;
    if (hs_trainer_save(tr, p, MIN_ABS) == 0 && (b = read_blob(p, &len)) &&
        (m = hs_model_load(b, len, &err))) {
        const hs_model *old = eng->parse_model;
        eng->parse_model = m;
        evaluate(pdev, ndev, &nt);
        eng->parse_model = old;
    }
    hs_model_free(m);
    free(b);
    remove(p);
}

/* Train, save, evaluate. */
int main(int argc, char **argv)
{
    folds_opts fo;
    if (argc < 3 || folds_parse_args(argc, argv, 3, &fo, "train_parser") ||
        fo.dir) {
        fprintf(stderr, "usage: %s CORPUS_DIR OUT_DIR [--hold-out K]\n", argv[0]);
        return 2;
    }
    const char *corpus = argv[1], *outdir = argv[2];
    int epochs = EPOCHS;
    const char *ep = getenv("HS_PARSER_EPOCHS");
    if (ep && atoi(ep) > 0)
        epochs = atoi(ep);
    char path[4096];
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "train_parser: engine: %s\n", err.message);
        return 1;
    }
    /* The tagger the runtime will use: OUT_DIR/pos.bin as just trained
     * (the embedded copy may be older). */
    const hs_model *embedded_pos = eng->pos_model;
    const hs_model *embedded_parse = eng->parse_model;
    hs_model *pos = NULL;
    size_t poslen = 0;
    snprintf(path, sizeof path, "%s/pos.bin", outdir);
    unsigned char *posblob = read_blob(path, &poslen);
    if (posblob) {
        pos = hs_model_load(posblob, poslen, &err);
        if (!pos)
            fprintf(stderr, "train_parser: %s: %s (using silver tags)\n",
                    path, err.message);
    }
    eng->pos_model = pos;
    eng->parse_model = NULL;
    printf("train_parser: %s tags\n",
           pos ? "predicted (pos.bin)" : "silver (no tagger model)");

    silver_doc *strain = NULL, *sdev = NULL;
    size_t ntrain = 0, ndev = 0;
    if (silver_load(corpus, "train", &strain, &ntrain) ||
        silver_load(corpus, "dev", &sdev, &ndev))
        return 1;
    prep_doc *ptrain = NULL, *pdev = NULL;
    size_t pok = 0, pall = 0, dok = 0, dall = 0;
    if (prepare(eng, strain, ntrain, &ptrain, &pok, &pall) ||
        prepare(eng, sdev, ndev, &pdev, &dok, &dall)) {
        fprintf(stderr, "train_parser: cannot prepare documents\n");
        return 1;
    }
    if (pall)
        printf("tagger accuracy vs silver: train %.2f%%, dev %.2f%%\n",
               100.0 * pok / pall, 100.0 * dok / dall);

    /* The training sentences: CoreNLP's sentences (the runtime also
     * splits at paragraph breaks, which CoreNLP sometimes does not), every
     * projective one. */
    sent_ref *sents = NULL;
    size_t ns = 0, cap = 0, skipped = 0;
    for (size_t i = 0; i < ntrain; i++) {
        if (folds_skip(&fo, "train", i))
            continue;
        const hs_doc *d = ptrain[i].doc;
        for (size_t t0 = 0, t1; t0 < d->ntoks; t0 = t1) {
            for (t1 = t0 + 1; t1 < d->ntoks &&
                 ptrain[i].gold_sent[t1] == ptrain[i].gold_sent[t0]; t1++)
                ;
            if (!HS_GROW(sents, cap, ns + 1))
                return 1;
            sents[ns++] = (sent_ref){(uint32_t)i, (uint32_t)t0, (uint32_t)t1};
        }
    }
    uint32_t maxn = 1;
    for (size_t i = 0; i < ns; i++)
        if (sents[i].tok1 - sents[i].tok0 > maxn)
            maxn = sents[i].tok1 - sents[i].tok0;
    int32_t *gh = malloc(((size_t)maxn + 1) * sizeof *gh);
    uint8_t *gr = malloc((size_t)maxn + 1);
    hs_pstate st;
    memset(&st, 0, sizeof st);
    if (!gh || !gr || !hs_pstate_reserve(&st, maxn))
        return 1;
    size_t kept = 0;
    for (size_t i = 0; i < ns; i++) {
        if (!gold_tree(&ptrain[sents[i].doc], sents[i].tok0, sents[i].tok1,
                       gh, gr)) {
            skipped++;
            continue;
        }
        sents[kept++] = sents[i];
    }
    ns = kept;
    printf("training sentences: %zu (skipped %zu non-projective or "
           "malformed)\n", ns, skipped);

    uint32_t *order = malloc((ns ? ns : 1) * sizeof *order);
    hs_trainer *tr = hs_trainer_new(HS_PARSE_NCLASSES);
    if (!order || !tr)
        return 1;
    for (size_t i = 0; i < ns; i++)
        order[i] = (uint32_t)i;
    uint64_t rng = SEED;
    folds_model_path(path, sizeof path, outdir, "parse", &fo);
    for (int e = 0; e < epochs; e++) {
        double t0 = now_s();
        for (size_t i = ns; i > 1; i--) {       /* Fisher-Yates */
            size_t j = (size_t)(rng_next(&rng) % i);
            uint32_t x = order[i - 1];
            order[i - 1] = order[j];
            order[j] = x;
        }
        double acc = train_epoch(tr, ptrain, sents, order, ns, e > 0, &rng,
                                 &st, gh, gr);
        printf("epoch %2d: decisions right %.2f%%  (%.1fs)\n", e + 1,
               100.0 * acc, now_s() - t0);
        fflush(stdout);
        /* Development aid: HS_PARSER_EVAL_EVERY=k scores the averaged
         * model on dev every k epochs. */
        const char *ee = getenv("HS_PARSER_EVAL_EVERY");
        if (ee && atoi(ee) > 0 && (e + 1) % atoi(ee) == 0 && e + 1 < epochs)
            eval_snapshot(tr, eng, path, pdev, ndev);
    }
    float min_abs = MIN_ABS;
    const char *ma = getenv("HS_PARSER_MIN_ABS");
    if (ma && atof(ma) >= 0)
        min_abs = (float)atof(ma);
    if (hs_trainer_save(tr, path, min_abs)) {
        perror(path);
        return 1;
    }
    /* Development aid: HS_PARSER_SWEEP="0.5 2 4" also saves and scores
     * the model pruned at each of those thresholds. */
    const char *sw = getenv("HS_PARSER_SWEEP");
    for (char *end; sw && *sw; sw = end) {
        double th = strtod(sw, &end);
        if (end == sw)
            break;
        char p2[4200];
        snprintf(p2, sizeof p2, "%s.%g", path, th);
        size_t l2 = 0, nt2 = 0;
        unsigned char *b2 = NULL;
        hs_model *m2 = NULL;
        if (hs_trainer_save(tr, p2, (float)th) == 0 &&
            (b2 = read_blob(p2, &l2)) && (m2 = hs_model_load(b2, l2, &err))) {
            printf("min_abs %g: %zu bytes: ", th, l2);
            eng->parse_model = m2;
            evaluate(pdev, ndev, &nt2);
            eng->parse_model = NULL;
        }
        hs_model_free(m2);
        free(b2);
    }
    hs_trainer_free(tr);

    /* Evaluate the saved model exactly as the runtime will use it. */
    size_t blen = 0;
    unsigned char *blob = read_blob(path, &blen);
    hs_model *pm = blob ? hs_model_load(blob, blen, &err) : NULL;
    if (!pm) {
        fprintf(stderr, "train_parser: cannot reload %s\n", path);
        return 1;
    }
    printf("wrote %s: %zu bytes\n", path, blen);
    eng->parse_model = pm;
    size_t ntok = 0;
    double secs = evaluate(pdev, ndev, &ntok);
    if (secs < 0)
        return 1;
    /* Speed: hs_parse alone over the dev split, a few passes. */
    double t = secs;
    size_t tt = ntok;
    for (int rep = 0; rep < 4; rep++) {
        for (size_t i = 0; i < ndev; i++) {
            double t0 = now_s();
            hs_parse(pdev[i].doc, &err);
            t += now_s() - t0;
            tt += pdev[i].doc->ntoks;
        }
    }
    printf("hs_parse speed: %.0f tokens/s\n", t > 0 ? tt / t : 0.0);

    eng->pos_model = embedded_pos;
    eng->parse_model = embedded_parse;
    hs_model_free(pm);
    hs_model_free(pos);
    free(blob);
    free(posblob);
    hs_pstate_free(&st);
    free(gh);
    free(gr);
    free(order);
    free(sents);
    prep_free(ptrain, ntrain);
    prep_free(pdev, ndev);
    silver_free(strain, ntrain);
    silver_free(sdev, ndev);
    hs_engine_free(eng);
    return 0;
}
