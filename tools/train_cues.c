/*
 * train_cues.c -- learn the cue detector (src/cues.c) from PolNeAR train.
 *
 * Each candidate token of a train article is an instance; it is positive
 * when it heads a gold Cue span of the first annotator (the span's token
 * whose syntactic head lies outside the span, a verb preferred; in a cue
 * that runs on through an infinitive, "declined to criticize", the
 * infinitive's verb).  Tokens,
 * tags and trees come from CoreNLP's silver layer, re-tagged and re-parsed
 * with hearsay's own models when they are built in, so the features match
 * what the library sees at run time.  Five averaged perceptrons are
 * trained, each for a fixed number of epochs over its own seeded orders
 * (keyed on each instance, tools/bag.h, so that a few changed instances
 * do not reshuffle the rest), and averaged into one model: the model
 * file is byte-identical from run to run.
 *
 * `--hold-out K` trains the fold model OUT_DIR/cue.K.bin without fold K
 * (make heldout) and also scores it on fold K; `--folds DIR` parses the
 * train articles with the fold parsers of DIR (tools/folds.h), which
 * make heldout's fold cue detectors do not use, so the held-out fold is
 * then scored on a fold parser's trees too.
 *
 * usage: train_cues CORPUS_DIR OUT_DIR [--folds DIR] [--hold-out K]
 *        (writes OUT_DIR/cue.bin, or OUT_DIR/cue.K.bin)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brat.h"
#include "lexicon.h"
#include "models.h"
#include "cues.h"
#include "perceptron.h"
#include "silver.h"
#include "bag.h"
#include "folds.h"

#define EPOCHS 6
#define POSITIVE_WEIGHT 2
/* The model is the average of BAG perceptrons (tools/bag.h), its weights in
 * hundredths of a perceptron step (HS_CUE_MARGIN is in the same unit);
 * averaged weights under a quarter step are dropped (a quarter smaller
 * model, no loss on dev). */
#define BAG 5
#define BAG_SCALE 100.0f
#define BAG_PRUNE 25
/* The gate (src/cues.h): words seen at least this often among the train
 * candidates, which headed a cue in at most one of GATE_MAX_RATE of them:
 * half of the candidates, and not one cue found on dev is lost. */
#define GATE_MIN_SEEN 20
#define GATE_MAX_RATE 200
#define SEED 0x5eed1234abcdULL

typedef struct {
    uint32_t off, n;     /* keys[off .. off+n) */
    uint8_t label;
    bool lexcue;         /* the cue lexicon calls the word a cue word */
    uint64_t gate;       /* hs_cue_gate_key() */
} instance;

typedef struct {
    instance *inst;
    size_t ninst, capinst;
    uint64_t *keys;
    size_t nkeys, capkeys;
} dataset;

/* Does token t lie in attribution at's cue? */
static bool in_cue(const hs_brat_attr *at, const hs_token *t)
{
    return hs_brat_frags_overlap(at->frag[HS_ROLE_CUE], at->n[HS_ROLE_CUE], t->c0, t->c1);
}

/* Mark gold cue heads of d in is_head[] from the .ann file at path. */
static void gold_heads(const hs_doc *d, const char *path, uint8_t *is_head)
{
    memset(is_head, 0, d->ntoks);
    size_t len;
    char *buf = silver_read_file(path, &len);
    if (!buf)
        return;
    hs_brat_doc bd;
    hs_error err;
    hs_brat_init(&bd);
    hs_brat_parse(&bd, buf, len, &err);
    for (size_t a = 0; a < bd.nattrs; a++) {
        const hs_brat_attr *at = &bd.attrs[a];
        if (at->n[HS_ROLE_CUE] == 0 || at->n[HS_ROLE_CONTENT] == 0)
            continue;
        /* tokens of the cue */
        int32_t best = -1;
        bool best_verb = false;
        for (uint32_t i = 0; i < d->ntoks; i++) {
            const hs_token *t = &d->toks[i];
            if (!in_cue(at, t) || !hs_cue_candidate(d, i))
                continue;
            bool head_out = t->head < 0 || !in_cue(at, &d->toks[t->head]);
            bool verb = t->pos >= HS_POS_VB && t->pos <= HS_POS_VBZ;
            if (!head_out)
                continue;
            if (best < 0 || (verb && !best_verb)) {
                best = (int32_t)i;
                best_verb = verb;
            }
        }
        /* a cue that runs on through an infinitive ("declined to
         * criticize", "went on to say") is learnt at the infinitive's
         * verb, which says what kind of speech it is; the library runs
         * the cue back to the verb that governs it (src/attr_cue.c) */
        for (bool more = best >= 0; more;) {
            more = false;
            for (uint32_t x = (uint32_t)best + 1; x < d->ntoks && !more; x++) {
                const hs_token *t = &d->toks[x];
                if (t->head != best || t->deprel != HS_DEP_XCOMP || t->pos != HS_POS_VB ||
                    !in_cue(at, t))
                    continue;
                for (uint32_t k = (uint32_t)best + 1; k < x && !more; k++)
                    if (d->toks[k].head == (int32_t)x && d->toks[k].deprel == HS_DEP_MARK &&
                        hs_tok_is(d, k, "to")) {
                        best = (int32_t)x;
                        more = true;
                    }
            }
        }
        if (best >= 0)
            is_head[best] = 1;
    }
    hs_brat_free(&bd);
    free(buf);
}

/* Prepare a silver document as the library would see it. */
static hs_doc *prepare(const hs_engine *eng, const silver_doc *sd)
{
    hs_error err;
    hs_doc *d = silver_make_doc(eng, sd, &err);
    if (!d)
        return NULL;
    if (eng->pos_model && eng->parse_model) {
        if (hs_tag(d, &err) || hs_parse(d, &err)) {
            hs_doc_free(d);
            return NULL;
        }
    }
    if (hs_quotes(d, &err)) {
        hs_doc_free(d);
        return NULL;
    }
    return d;
}

/* Does the cue lexicon count token i's word, in any class, in a cue at
 * least a fifth of the time?  Such words stay out of the gate, so the
 * library's lexicon rules (src/cues.c) still see them. */
static bool lexicon_cue_word(const hs_doc *d, uint32_t i)
{
    static const char cls[] = "VNO";
    const hs_token *t = &d->toks[i];
    for (const char *c = cls; *c; c++) {
        const hs_cue_entry *e = hs_lex_cue(d->eng->lex, hs_tok_str(d, t),
                                           hs_tok_len(t), *c);
        if (e && e->in_cue * 5 >= e->seen)
            return true;
    }
    return false;
}

/* Add the instances of one split to ds: of its held-out fold alone when
 * held, else of the rest. */
static int collect(hs_engine *eng, const folds *f, const folds_opts *o,
                   const char *corpus, const char *split, bool held,
                   dataset *ds)
{
    silver_doc *docs;
    size_t n;
    if (silver_load(corpus, split, &docs, &n))
        return -1;
    for (size_t k = 0; k < n; k++) {
        if (folds_skip(o, split, k) != held)
            continue;
        folds_select(eng, f, split, k);
        char *path = silver_gold_path(corpus, split, docs[k].name);
        hs_doc *d = path ? prepare(eng, &docs[k]) : NULL;
        if (!d) {
            free(path);
            continue;
        }
        hs_tree tree;
        uint8_t *head = malloc(d->ntoks + 1);
        if (!head || !hs_tree_build(&tree, d)) {
            fprintf(stderr, "train_cues: out of memory\n");
            exit(2);
        }
        gold_heads(d, path, head);
        for (uint32_t i = 0; i < d->ntoks; i++) {
            if (!hs_cue_candidate(d, i))
                continue;
            if (!HS_GROW(ds->inst, ds->capinst, ds->ninst + 1) ||
                !HS_GROW(ds->keys, ds->capkeys, ds->nkeys + HS_CUE_MAX_FEATS)) {
                fprintf(stderr, "train_cues: out of memory\n");
                exit(2);
            }
            instance *in = &ds->inst[ds->ninst++];
            in->off = (uint32_t)ds->nkeys;
            in->n = (uint32_t)hs_cue_features(d, &tree, i, ds->keys + ds->nkeys);
            in->label = head[i];
            in->gate = hs_cue_gate_key(d, i);
            in->lexcue = lexicon_cue_word(d, i);
            ds->nkeys += in->n;
        }
        hs_tree_free(&tree);
        free(head);
        free(path);
        hs_doc_free(d);
    }
    silver_free(docs, n);
    return 0;
}

typedef struct {
    uint64_t gate;
    uint8_t label, lexcue;
} gate_obs;

/* Order of gate observations: by key. */
static int cmp_gate(const void *a, const void *b)
{
    uint64_t x = ((const gate_obs *)a)->gate, y = ((const gate_obs *)b)->gate;
    return x < y ? -1 : x > y;
}

/* Fix the gate (src/cues.h) of every word and class seen at least
 * GATE_MIN_SEEN times among the train candidates that headed a cue in at
 * most one of GATE_MAX_RATE of them; returns how many were gated.  Call
 * after training: a fixed weight holds for the whole run. */
static size_t set_gates(hs_trainer *tr, const dataset *ds)
{
    gate_obs *obs = malloc((ds->ninst + 1) * sizeof *obs);
    if (!obs) {
        fprintf(stderr, "train_cues: out of memory\n");
        exit(2);
    }
    size_t n = 0, gated = 0;
    for (size_t k = 0; k < ds->ninst; k++)
        if (ds->inst[k].gate)
            obs[n++] = (gate_obs){ ds->inst[k].gate, ds->inst[k].label,
                                   ds->inst[k].lexcue };
    qsort(obs, n, sizeof *obs, cmp_gate);
    for (size_t a = 0, b; a < n; a = b) {
        size_t pos = 0;
        bool lexcue = false;
        for (b = a; b < n && obs[b].gate == obs[a].gate; b++) {
            pos += obs[b].label;
            lexcue |= obs[b].lexcue;
        }
        if (b - a >= GATE_MIN_SEEN && pos * GATE_MAX_RATE <= b - a && !lexcue) {
            hs_trainer_set(tr, obs[a].gate, 0, 1);
            gated++;
        }
    }
    free(obs);
    return gated;
}

/* Fix class 1 of the gate (src/cues.h) for the strong cue words of the
 * cue lexicon (data/lexicons/cues.txt, as built in): verbs in a cue at
 * least 80% of at least 10 times, nouns at least 20% of at least 5 times.
 * Returns how many. */
static size_t set_lexicon_gates(hs_trainer *tr)
{
    hs_blob b;
    if (!hs_blob_get("lexicons/cues.txt", &b))
        return 0;
    size_t count = 0;
    const char *p = (const char *)b.data, *end = p + b.size;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        char line[256];
        size_t len = (size_t)(le - p);
        p = nl ? nl + 1 : end;
        if (len >= sizeof line)
            continue;
        memcpy(line, le - len, len);
        line[len] = 0;
        char *f[5], *save = NULL;
        size_t nf = 0;
        for (char *tok = strtok_r(line, "\t", &save); tok && nf < 5;
             tok = strtok_r(NULL, "\t", &save))
            f[nf++] = tok;
        if (nf < 5)
            continue;
        unsigned long in_cue = strtoul(f[3], NULL, 10), seen = strtoul(f[4], NULL, 10);
        bool strong = f[2][0] == 'V' ? seen >= 10 && in_cue * 10 >= seen * 8 :
                      f[2][0] == 'N' ? seen >= 5 && in_cue * 5 >= seen : false;
        if (strong) {
            hs_trainer_set(tr, hs_cue_gate_word(f[0], strlen(f[0]), f[2][0]), 1, 1);
            count++;
        }
    }
    return count;
}

/* Precision, recall and F1 of the model's positive class on ds. */
static void evaluate(const hs_model *m, const dataset *ds, const char *what)
{
    size_t tp = 0, fp = 0, fn = 0;
    for (size_t k = 0; k < ds->ninst; k++) {
        float sc[2] = { 0, 0 };
        hs_model_score(m, ds->keys + ds->inst[k].off, ds->inst[k].n, sc);
        bool guess = sc[1] - sc[0] > HS_CUE_MARGIN;   /* as at run time */
        tp += guess && ds->inst[k].label;
        fp += guess && !ds->inst[k].label;
        fn += !guess && ds->inst[k].label;
    }
    double p = tp + fp ? (double)tp / (double)(tp + fp) : 0;
    double r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    printf("%s cue heads: P %.1f R %.1f F1 %.1f (%zu gold; tp %zu fp %zu fn %zu)\n",
           what, 100 * p, 100 * r, p + r > 0 ? 200 * p * r / (p + r) : 0,
           tp + fn, tp, fp, fn);
}

/* Instance in's signature for bag_epoch_order(): a hash of its label
 * and keys. */
static uint64_t instance_hash(const dataset *ds, const instance *in)
{
    uint64_t h = hs_feat_mix(0x43554553ULL, (uint64_t)in->n * 2u + in->label);
    for (uint32_t k = 0; k < in->n; k++)
        h = hs_feat_mix(h, ds->keys[in->off + k]);
    return h;
}

/* One averaged perceptron over EPOCHS orders of ds seeded with seed. */
static hs_trainer *train_member(const dataset *ds, uint64_t seed)
{
    hs_trainer *tr = hs_trainer_new(2);
    bag_order *order = malloc((ds->ninst + 1) * sizeof *order);
    uint64_t *sig = malloc((ds->ninst + 1) * sizeof *sig);
    if (!tr || !order || !sig) {
        fprintf(stderr, "train_cues: out of memory\n");
        exit(2);
    }
    for (size_t k = 0; k < ds->ninst; k++)
        sig[k] = instance_hash(ds, &ds->inst[k]);
    if (!bag_spread_copies(sig, ds->ninst)) {
        fprintf(stderr, "train_cues: out of memory\n");
        exit(2);
    }
    for (int ep = 0; ep < EPOCHS; ep++) {
        bag_epoch_order(order, sig, ds->ninst, seed, ep);
        size_t errors = 0;
        for (size_t k = 0; k < ds->ninst; k++) {
            const instance *in = &ds->inst[order[k].index];
            float sc[2];
            hs_trainer_score(tr, ds->keys + in->off, in->n, sc);
            int guess = sc[1] > sc[0];
            if (guess != in->label) {
                hs_trainer_update(tr, ds->keys + in->off, in->n, in->label, guess);
                /* missed cues cost more than false alarms: recall is the
                 * scarcer of the two */
                for (int rep = 1; rep < POSITIVE_WEIGHT && in->label; rep++)
                    hs_trainer_update(tr, ds->keys + in->off, in->n, in->label, guess);
                errors++;
            }
            hs_trainer_tick(tr);
        }
        printf("  epoch %d: %zu errors\n", ep + 1, errors);
    }
    free(order);
    free(sig);
    return tr;
}

static hs_trainer *member(void *ds, uint64_t seed)
{
    return train_member(ds, seed);
}

int main(int argc, char **argv)
{
    folds_opts fo;
    if (argc < 3 || folds_parse_args(argc, argv, 3, &fo, "train_cues")) {
        fprintf(stderr, "usage: train_cues CORPUS_DIR OUT_DIR [--folds DIR] [--hold-out K]\n");
        return 1;
    }
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "train_cues: %s\n", err.message);
        return 2;
    }
    folds fm;
    if (folds_load(&fm, eng, &fo, 0))
        return 2;
    dataset train = { 0 }, dev = { 0 }, held = { 0 };
    if (collect(eng, &fm, &fo, argv[1], "train", false, &train) ||
        collect(eng, &fm, &fo, argv[1], "dev", false, &dev) ||
        (fo.hold_out >= 0 &&
         collect(eng, &fm, &fo, argv[1], "train", true, &held)))
        return 2;
    folds_free(&fm, eng);
    printf("train_cues: %zu train and %zu dev instances%s\n", train.ninst, dev.ninst,
           eng->parse_model ? " (own tags and trees)" : " (silver tags and trees)");
    char tmp[4096];
    folds_model_path(tmp, sizeof tmp, argv[2], "cue.member", &fo);
    hs_trainer *tr = bag_train(BAG, SEED, member, &train, train.keys,
                               train.nkeys, 2, BAG_SCALE, BAG_PRUNE, tmp);
    printf("gated %zu words\n", set_gates(tr, &train));
    printf("%zu strong cue words\n", set_lexicon_gates(tr));
    char path[4096];
    folds_model_path(path, sizeof path, argv[2], "cue", &fo);
    if (hs_trainer_save(tr, path, 0.0f)) {
        perror(path);
        return 2;
    }
    size_t size = 0;
    char *blob = silver_read_file(path, &size);
    hs_model *m = blob ? hs_model_load(blob, size, &err) : NULL;
    if (m) {
        evaluate(m, &train, "train");
        evaluate(m, &dev, "dev");
        if (fo.hold_out >= 0)
            evaluate(m, &held, "held-out fold");
        hs_model_free(m);
    }
    printf("wrote %s (%zu bytes)\n", path, size);
    free(blob);
    hs_trainer_free(tr);
    free(train.inst);
    free(train.keys);
    free(dev.inst);
    free(dev.keys);
    free(held.inst);
    free(held.keys);
    hs_engine_free(eng);
    return 0;
}
