/*
 * dev_attr.c -- development tool: run the attribution stages over a PolNeAR
 * split and write brat predictions, either on CoreNLP's silver tokens,
 * tags and trees (--silver: the attribution rules with an oracle-quality
 * parse) or through the full pipeline (default), to compare the two with
 * the reference scorer.  With `--folds DIR` each train article goes
 * through the fold parser, cue detector, source choice and bounds that
 * did not see it (tools/folds.h; make heldout writes them to
 * build/folds): train scores then show what a rule does on text the
 * models do not know, over ten times dev's articles.
 *
 * usage: dev_attr CORPUS_DIR SPLIT OUT_DIR [--silver|--ours [DOC]|--folds DIR [DOC]]
 * (DOC: print the attributions of documents whose name contains DOC)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "internal.h"
#include "silver.h"
#include "folds.h"

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: dev_attr CORPUS_DIR SPLIT OUT_DIR [--silver]\n");
        return 1;
    }
    bool silver = argc > 4 && strcmp(argv[4], "--silver") == 0;
    folds_opts fo = { -1, argc > 5 && strcmp(argv[4], "--folds") == 0 ? argv[5] : NULL };
    /* print the documents named DOC */
    const char *only = argc > 5 && !fo.dir ? argv[5] : fo.dir && argc > 6 ? argv[6] : NULL;
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "dev_attr: %s\n", err.message);
        return 2;
    }
    folds fm;
    silver_doc *docs;
    size_t n;
    if (folds_load(&fm, eng, &fo, FOLDS_CUES | FOLDS_PASSES) || silver_load(argv[1], argv[2], &docs, &n))
        return 2;
    mkdir(argv[3], 0777);
    for (size_t i = 0; i < n; i++) {
        hs_result *res;
        if (only && !strstr(docs[i].name, only))
            continue;
        folds_select(eng, &fm, argv[2], i);
        if (silver) {
            hs_doc *d = silver_make_doc(eng, &docs[i], &err);
            if (!d || hs_run_stages(d, HS_STAGE_QUOTES, &err)) {
                fprintf(stderr, "%s: %s\n", docs[i].name, err.message);
                hs_doc_free(d);
                continue;
            }
            res = hs_result_wrap(d, &err);
        } else {
            res = hs_extract(eng, docs[i].text, docs[i].len, docs[i].name, &err);
        }
        if (!res) {
            fprintf(stderr, "%s: %s\n", docs[i].name, err.message);
            continue;
        }
        if (only)
            hs_write_text(res, stdout, &err);
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.ann", argv[3], docs[i].name);
        FILE *f = fopen(path, "w");
        if (!f || hs_write_brat(res, f, &err))
            fprintf(stderr, "%s: cannot write\n", path);
        if (f)
            fclose(f);
        hs_result_free(res);
    }
    silver_free(docs, n);
    folds_free(&fm, eng);
    hs_engine_free(eng);
    return 0;
}
