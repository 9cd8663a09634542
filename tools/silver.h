/*
 * silver.h -- read CoreNLP's silver layer of the PolNeAR corpus (trainers).
 *
 * The trainers under tools/ learn from CoreNLP's annotations of the corpus
 * texts: shared/corpus/polnear/silver/{train,dev}.tokens.tsv.gz, a gzip TSV
 * with one token a line (columns doc sent tok begin end word lemma pos ner
 * head deprel; begin/end are code-point offsets into
 * polnear/<split>/text/<doc>.txt; sent and tok are 1-based, head is the
 * sentence-relative tok of the head, 0 for the root).  silver_load() reads
 * a split into memory, one silver_doc per article with its text, sorted by
 * name; silver_make_doc() turns one into an hs_doc exactly as the runtime
 * tokenizer would leave it (tokens, sentences, paragraphs, flags) but with
 * CoreNLP's tokens, tags and dependencies filled in, so a trainer computes
 * its features with the same code the library runs.
 *
 * Header-only (static functions): each tool includes it once.  Needs zlib
 * (the Makefile links tools with -lz).  Corpus text never leaves memory.
 */
#ifndef HS_SILVER_H
#define HS_SILVER_H

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "internal.h"

typedef struct {
    uint32_t c0, c1;          /* code-point range in the document text */
    char *word, *lemma;       /* CoreNLP's (normalised) form and lemma */
    uint8_t pos, ner, deprel; /* HS_POS_*, HS_NER_*, HS_DEP_* */
    int32_t head;             /* doc-level token index of head, -1 root */
    uint32_t sent;            /* sentence index in the document, 0-based */
} silver_tok;

typedef struct {
    char *name;               /* article name */
    char *text;               /* the article text, NUL-terminated */
    size_t len;               /* bytes of text */
    silver_tok *toks;
    size_t ntoks;
} silver_doc;

/* Map a CoreNLP NER label to an HS_NER_* class: the four CoNLL classes
 * are kept, numeric and temporal classes become O. */
static inline uint8_t silver_ner_class(const char *s)
{
    if (strcmp(s, "PERSON") == 0)
        return HS_NER_PERSON;
    if (strcmp(s, "ORGANIZATION") == 0)
        return HS_NER_ORG;
    if (strcmp(s, "LOCATION") == 0)
        return HS_NER_LOC;
    if (strcmp(s, "MISC") == 0)
        return HS_NER_MISC;
    return HS_NER_O;
}

/* strdup() that reports failure on stderr. */
static inline char *silver_strdup(const char *s)
{
    char *p = strdup(s);
    if (!p)
        fprintf(stderr, "silver: out of memory\n");
    return p;
}

/* Read the whole file at `path` into a NUL-terminated buffer; returns it
 * (length in *len) or NULL with a message on stderr. */
static inline char *silver_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "silver: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t k = fread(buf + n, 1, cap - n - 1, f);
        n += k;
        if (k == 0)
            break;
    }
    if (!buf || ferror(f)) {
        fprintf(stderr, "silver: %s: read failed\n", path);
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Free `ndocs` documents returned by silver_load(), and the array. */
static inline void silver_free(silver_doc *docs, size_t ndocs)
{
    if (!docs)
        return;
    for (size_t i = 0; i < ndocs; i++) {
        for (size_t k = 0; k < docs[i].ntoks; k++) {
            free(docs[i].toks[k].word);
            free(docs[i].toks[k].lemma);
        }
        free(docs[i].toks);
        free(docs[i].name);
        free(docs[i].text);
    }
    free(docs);
}

/* qsort comparator: documents by name. */
static inline int silver_cmp_doc(const void *a, const void *b)
{
    return strcmp(((const silver_doc *)a)->name,
                  ((const silver_doc *)b)->name);
}

/* Split `line` (newline stripped) at tabs into at most `max` fields;
 * returns the number of fields. */
static inline int silver_split(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    return n;
}

/* Resolve the sentence-relative heads of doc `sd` to doc-level indexes;
 * the tokens' head fields hold the raw 1-based values on entry.  Returns
 * 0, or -1 if a head points outside its sentence. */
static inline int silver_fix_heads(silver_doc *sd)
{
    size_t s0 = 0;
    for (size_t i = 0; i < sd->ntoks; i++) {
        if (i == 0 || sd->toks[i].sent != sd->toks[i - 1].sent)
            s0 = i;
        size_t s1 = s0;
        while (s1 < sd->ntoks && sd->toks[s1].sent == sd->toks[s0].sent)
            s1++;
        int32_t h = sd->toks[i].head;
        if (h == 0) {
            sd->toks[i].head = -1;
        } else if (h < 0 || (size_t)h > s1 - s0) {
            fprintf(stderr, "silver: %s: bad head %d\n", sd->name, (int)h);
            return -1;
        } else {
            sd->toks[i].head = (int32_t)(s0 + (size_t)h - 1);
        }
    }
    return 0;
}

/* Load split `split` ("train" or "dev") of the silver layer under
 * `corpus_dir` (e.g. "../shared/corpus") with each article's text.  On
 * success *docs holds *ndocs documents sorted by name and 0 is returned;
 * on failure -1, with a message on stderr. */
static inline int silver_load(const char *corpus_dir, const char *split,
                              silver_doc **docs, size_t *ndocs)
{
    char path[4096];
    *docs = NULL;
    *ndocs = 0;
    snprintf(path, sizeof path, "%s/polnear/silver/%s.tokens.tsv.gz",
             corpus_dir, split);
    gzFile gz = gzopen(path, "rb");
    if (!gz) {
        fprintf(stderr, "silver: cannot open %s\n", path);
        return -1;
    }
    gzbuffer(gz, 1 << 18);
    silver_doc *ds = NULL;
    size_t nd = 0, capd = 0, capt = 0;
    char line[8192];
    int lineno = 0, rc = 0;
    uint32_t prev_sent = 0, prev_tok = 0;
    while (gzgets(gz, line, sizeof line)) {
        lineno++;
        size_t ll = strlen(line);
        if (ll && line[ll - 1] == '\n')
            line[--ll] = '\0';
        if (lineno == 1 || ll == 0)
            continue;                         /* header */
        char *f[11];
        if (silver_split(line, f, 11) != 11) {
            fprintf(stderr, "silver: %s:%d: expected 11 columns\n", path,
                    lineno);
            rc = -1;
            break;
        }
        if (nd == 0 || strcmp(ds[nd - 1].name, f[0]) != 0) {
            if (nd == capd) {
                capd = capd ? capd * 2 : 256;
                silver_doc *nds = realloc(ds, capd * sizeof *ds);
                if (!nds) {
                    fprintf(stderr, "silver: out of memory\n");
                    rc = -1;
                    break;
                }
                ds = nds;
            }
            memset(&ds[nd], 0, sizeof ds[nd]);
            ds[nd].name = silver_strdup(f[0]);
            nd++;
            capt = 0;
            prev_sent = prev_tok = 0;
            if (!ds[nd - 1].name) {
                rc = -1;
                break;
            }
        }
        silver_doc *sd = &ds[nd - 1];
        uint32_t sent = (uint32_t)strtoul(f[1], NULL, 10);
        uint32_t tok = (uint32_t)strtoul(f[2], NULL, 10);
        if (sent < 1 || tok < 1 ||
            !(sent == prev_sent ? tok == prev_tok + 1
                                : sent == prev_sent + 1 && tok == 1)) {
            fprintf(stderr, "silver: %s:%d: tokens out of order\n", path,
                    lineno);
            rc = -1;
            break;
        }
        prev_sent = sent;
        prev_tok = tok;
        if (sd->ntoks == capt) {
            capt = capt ? capt * 2 : 1024;
            silver_tok *nt = realloc(sd->toks, capt * sizeof *nt);
            if (!nt) {
                fprintf(stderr, "silver: out of memory\n");
                rc = -1;
                break;
            }
            sd->toks = nt;
        }
        silver_tok *t = &sd->toks[sd->ntoks];
        memset(t, 0, sizeof *t);
        t->c0 = (uint32_t)strtoul(f[3], NULL, 10);
        t->c1 = (uint32_t)strtoul(f[4], NULL, 10);
        t->sent = sent - 1;
        t->pos = (uint8_t)hs_pos_from_name(f[7]);
        t->ner = silver_ner_class(f[8]);
        t->head = (int32_t)strtol(f[9], NULL, 10);
        t->deprel = (uint8_t)hs_dep_from_name(f[10]);
        t->word = silver_strdup(f[5]);
        t->lemma = silver_strdup(f[6]);
        sd->ntoks++;
        if (!t->word || !t->lemma || t->c1 < t->c0) {
            if (t->c1 < t->c0)
                fprintf(stderr, "silver: %s:%d: bad offsets\n", path, lineno);
            rc = -1;
            break;
        }
    }
    if (rc == 0 && !gzeof(gz)) {
        int e;
        fprintf(stderr, "silver: %s: %s\n", path, gzerror(gz, &e));
        rc = -1;
    }
    gzclose(gz);
    if (rc == 0 && nd)
        qsort(ds, nd, sizeof *ds, silver_cmp_doc);
    for (size_t i = 0; rc == 0 && i < nd; i++) {
        if (i && strcmp(ds[i - 1].name, ds[i].name) == 0) {
            fprintf(stderr, "silver: %s: %s is not contiguous\n", path,
                    ds[i].name);
            rc = -1;
            break;
        }
        if (silver_fix_heads(&ds[i])) {
            rc = -1;
            break;
        }
        snprintf(path, sizeof path, "%s/polnear/%s/text/%s.txt", corpus_dir,
                 split, ds[i].name);
        ds[i].text = silver_read_file(path, &ds[i].len);
        if (!ds[i].text)
            rc = -1;
    }
    if (rc) {
        silver_free(ds, nd);
        return -1;
    }
    *docs = ds;
    *ndocs = nd;
    return 0;
}

/* Build the hs_doc of silver document `sd` for engine `eng`: the text is
 * loaded with hs_text_load(), the tokens get CoreNLP's offsets (bytes via
 * byte_of_cp), sentence, POS, NER class, head and relation, and then
 * hs_lex_annotate() computes flags, sentences and paragraphs.  Returns the
 * document (free with hs_doc_free) or NULL with err filled. */
static inline hs_doc *silver_make_doc(const hs_engine *eng,
                                      const silver_doc *sd, hs_error *err)
{
    hs_doc *d = hs_doc_new(eng);
    if (!d) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    if (hs_text_load(d, sd->text, sd->len, err))
        goto fail;
    d->toks = calloc(sd->ntoks ? sd->ntoks : 1, sizeof *d->toks);
    if (!d->toks) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        goto fail;
    }
    d->captoks = sd->ntoks ? sd->ntoks : 1;
    for (size_t i = 0; i < sd->ntoks; i++) {
        const silver_tok *s = &sd->toks[i];
        hs_token *t = &d->toks[i];
        if (s->c1 > d->nchars || s->c0 > s->c1) {
            hs_set_error(err, HS_ERR_ARG, 0, "%s: token %zu outside text",
                         sd->name, i);
            goto fail;
        }
        t->c0 = s->c0;
        t->c1 = s->c1;
        t->b0 = d->byte_of_cp[s->c0];
        t->b1 = d->byte_of_cp[s->c1];
        t->sent = s->sent;
        t->pos = s->pos;
        t->ner = s->ner;
        t->head = s->head;
        t->deprel = s->deprel;
    }
    d->ntoks = sd->ntoks;
    if (hs_lex_annotate(d, err))
        goto fail;
    return d;
fail:
    hs_doc_free(d);
    return NULL;
}

/* Path of the first-sorted annotator file of article `name`, or NULL. */
static inline char *silver_gold_path(const char *corpus, const char *split, const char *name)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/polnear/%s/attributions", corpus, split);
    DIR *dp = opendir(dir);
    if (!dp)
        return NULL;
    char *best = NULL;
    size_t nl = strlen(name);
    struct dirent *e;
    while ((e = readdir(dp))) {
        const char *f = e->d_name;
        size_t fl = strlen(f);
        /* <name>_<4 hex>.ann */
        if (fl != nl + 9 || strncmp(f, name, nl) != 0 || f[nl] != '_' ||
            strcmp(f + fl - 4, ".ann") != 0)
            continue;
        if (!best || strcmp(f, best) < 0) {
            free(best);
            best = strdup(f);
        }
    }
    closedir(dp);
    if (!best)
        return NULL;
    char *path = malloc(strlen(dir) + strlen(best) + 2);
    sprintf(path, "%s/%s", dir, best);
    free(best);
    return path;
}

#endif /* HS_SILVER_H */
