/*
 * folds.h -- folds of the train split (trainers and dev_attr).
 *
 * Every model reads train far better than unseen text: the parser scores
 * UAS 91.8 on train against 85.9 on dev, the cue detector head F1 93
 * against 78.  So train is scored with fold models.  The train articles
 * are dealt into FOLDS_K folds by their index in the split (article i in
 * fold i mod FOLDS_K); `--hold-out K` trains a model without fold K and
 * writes it as NAME.K.bin (tools/heldout.sh puts them in build/folds,
 * never committed); `tools/dev_attr --folds DIR` runs each train article
 * through the parser, cue detector, source choice and bounds that did not
 * see it (make heldout).
 *
 * A trainer given `--folds DIR` also reads its own train articles through
 * the fold parsers (and cue detectors): jackknife training, which would
 * let the passes learn from output as noisy as run time's.  Measured, it
 * scored the same held out and is not how make models trains
 * (docs/ACCURACY.md).  Dev is always processed with the full models.
 *
 * Header-only (static functions): each tool includes it once.
 */
#ifndef HS_FOLDS_H
#define HS_FOLDS_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "perceptron.h"
#include "silver.h"

#define FOLDS_K 5

/* A trainer's fold options: `--hold-out K` (train without fold K, -1:
 * on every article) and `--folds DIR` (NULL: no fold models). */
typedef struct {
    int hold_out;
    const char *dir;
} folds_opts;

/* Read the options after argv[first] into *o.  Returns -1 (after a
 * message naming `tool`) on anything else. */
static inline int folds_parse_args(int argc, char **argv, int first,
                                   folds_opts *o, const char *tool)
{
    o->hold_out = -1;
    o->dir = NULL;
    for (int i = first; i < argc; i++) {
        if (strcmp(argv[i], "--hold-out") == 0 && i + 1 < argc) {
            char *end;
            long k = strtol(argv[++i], &end, 10);
            if (*end || k < 0 || k >= FOLDS_K) {
                fprintf(stderr, "%s: --hold-out takes 0..%d\n", tool, FOLDS_K - 1);
                return -1;
            }
            o->hold_out = (int)k;
        } else if (strcmp(argv[i], "--folds") == 0 && i + 1 < argc) {
            o->dir = argv[++i];
        } else {
            fprintf(stderr, "%s: unknown option %s\n", tool, argv[i]);
            return -1;
        }
    }
    return 0;
}

/* Is article `doc` of `split` left out of this training run? */
static inline bool folds_skip(const folds_opts *o, const char *split, size_t doc)
{
    return o->hold_out >= 0 && strcmp(split, "train") == 0 &&
           (int)(doc % FOLDS_K) == o->hold_out;
}

/* The file a trainer writes model `name` to: OUT_DIR/name.bin, or
 * OUT_DIR/name.K.bin when it holds out fold K. */
static inline void folds_model_path(char *buf, size_t cap, const char *outdir,
                                    const char *name, const folds_opts *o)
{
    if (o->hold_out >= 0)
        snprintf(buf, cap, "%s/%s.%d.bin", outdir, name, o->hold_out);
    else
        snprintf(buf, cap, "%s/%s.bin", outdir, name);
}

/* What folds_load() reads besides the parsers. */
enum {
    FOLDS_CUES = 1,      /* the cue detectors: required */
    FOLDS_PASSES = 2     /* the source choices and bounds, when there */
};

/* The fold models of one run, and the engine's own to go back to. */
typedef struct {
    hs_model *parse[FOLDS_K], *cue[FOLDS_K], *sources[FOLDS_K], *bounds[FOLDS_K];
    char *blob[4 * FOLDS_K];
    const hs_model *full_parse, *full_cue, *full_sources, *full_bounds;
    bool loaded;
} folds;

/* Read DIR/name.K.bin for every fold into m[] (blobs kept in blob[]).
 * Returns -1 after a message when one is missing or unreadable. */
static inline int folds_read(const char *dir, const char *name, hs_model **m,
                             char **blob)
{
    for (int k = 0; k < FOLDS_K; k++) {
        char path[4096];
        size_t len;
        hs_error err;
        snprintf(path, sizeof path, "%s/%s.%d.bin", dir, name, k);
        blob[k] = silver_read_file(path, &len);
        if (!blob[k] || !(m[k] = hs_model_load(blob[k], len, &err))) {
            fprintf(stderr, "folds: %s: %s\n", path,
                    blob[k] ? err.message : "cannot read");
            return -1;
        }
    }
    return 0;
}

/* Is there a DIR/name.0.bin? */
static inline bool folds_exist(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.0.bin", dir, name);
    FILE *fp = fopen(path, "rb");
    if (fp)
        fclose(fp);
    return fp != NULL;
}

/* Load the fold parsers of o->dir and what `what` (FOLDS_*) asks for;
 * nothing when o->dir is NULL.  Returns -1 on failure. */
static inline int folds_load(folds *f, const hs_engine *eng,
                             const folds_opts *o, int what)
{
    memset(f, 0, sizeof *f);
    f->full_parse = eng->parse_model;
    f->full_cue = eng->cue_model;
    f->full_sources = eng->sources_model;
    f->full_bounds = eng->bounds_model;
    if (!o->dir)
        return 0;
    if (folds_read(o->dir, "parse", f->parse, f->blob) ||
        ((what & FOLDS_CUES) &&
         folds_read(o->dir, "cue", f->cue, f->blob + FOLDS_K)))
        return -1;
    if ((what & FOLDS_PASSES) && folds_exist(o->dir, "sources") &&
        (folds_read(o->dir, "sources", f->sources, f->blob + 2 * FOLDS_K) ||
         folds_read(o->dir, "bounds", f->bounds, f->blob + 3 * FOLDS_K)))
        return -1;
    f->loaded = true;
    return 0;
}

/* Point eng at the models that did not see article `doc` of `split`:
 * the fold models for a train article, the full ones otherwise. */
static inline void folds_select(hs_engine *eng, const folds *f,
                                const char *split, size_t doc)
{
    bool fold = f->loaded && strcmp(split, "train") == 0;
    size_t k = doc % FOLDS_K;
    eng->parse_model = fold ? f->parse[k] : f->full_parse;
    eng->cue_model = fold && f->cue[k] ? f->cue[k] : f->full_cue;
    eng->sources_model = fold && f->sources[k] ? f->sources[k] : f->full_sources;
    eng->bounds_model = fold && f->bounds[k] ? f->bounds[k] : f->full_bounds;
}

/* Give eng its own models back and free the fold models. */
static inline void folds_free(folds *f, hs_engine *eng)
{
    eng->parse_model = f->full_parse;
    eng->cue_model = f->full_cue;
    eng->sources_model = f->full_sources;
    eng->bounds_model = f->full_bounds;
    for (int k = 0; k < FOLDS_K; k++) {
        hs_model_free(f->parse[k]);
        hs_model_free(f->cue[k]);
        hs_model_free(f->sources[k]);
        hs_model_free(f->bounds[k]);
    }
    for (int k = 0; k < 4 * FOLDS_K; k++)
        free(f->blob[k]);
    memset(f, 0, sizeof *f);
}

#endif
