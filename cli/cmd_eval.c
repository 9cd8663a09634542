/*
 * cmd_eval.c -- `hearsay eval`: score attributions against gold annotations.
 *
 *   hearsay eval DIR [--json] [--all-annotators] [--out PRED_DIR]
 *       DIR has text/ and attributions/ (the PolNeAR layout).  Runs the
 *       engine on every article of the gold set, scores its attributions,
 *       and with --out also writes them as PRED_DIR/<article>.ann.
 *   hearsay eval --gold GOLD_DIR --pred PRED_DIR [--text-dir DIR] [--json]
 *                [--all-annotators]
 *       Scores existing prediction files (also: `hearsay eval GOLD PRED`).
 *
 * The numbers, the table and the JSON keys are those of the reference
 * scorer shared/tools/score-attributions; this file reproduces its driver
 * (which gold files belong to which article, default text directory,
 * warnings for missing or extra predictions) and leaves the scoring to
 * src/score.c and the reading of .ann files to src/brat.c.
 *
 * Exit status: 0 ok, 1 usage, 2 an input is missing or unreadable.
 */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "brat.h"
#include "commands.h"
#include "hearsay.h"
#include "score.h"

/* One article of the gold set and its gold files (sorted). */
typedef struct {
    char *name;
    char **files;
    size_t nfiles;
} article;

/* A (article, gold path) pair while grouping. */
typedef struct {
    char *art;
    char *fn;
} gold_entry;

/* Print the usage text to `out`. */
static void usage(FILE *out)
{
    fputs("usage: hearsay eval DIR [--json] [--all-annotators] "
          "[--out PRED_DIR] [--min-confidence P] [--calibration]\n"
          "       hearsay eval --gold GOLD_DIR --pred PRED_DIR "
          "[--text-dir DIR] [--json] [--all-annotators]\n"
          "\n"
          "DIR holds text/<article>.txt and attributions/<article>_<ann>.ann\n"
          "(PolNeAR layout).  The first form runs the extractor on every\n"
          "article and scores it; the second scores existing .ann files.\n"
          "Scores as shared/tools/score-attributions does.  --calibration\n"
          "adds how often the attributions given each tenth of confidence\n"
          "are fully correct (against the first annotator).\n", out);
}

/* malloc'd "a/b" (no doubled '/'), or NULL. */
static char *path_join(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    bool slash = la && a[la - 1] != '/';
    char *p = malloc(la + slash + lb + 1);
    if (!p)
        return NULL;
    memcpy(p, a, la);
    if (slash)
        p[la] = '/';
    memcpy(p + la + slash, b, lb + 1);
    return p;
}

/* malloc'd a + b + c, or NULL. */
static char *concat3(const char *a, const char *b, const char *c)
{
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *p = malloc(la + lb + lc + 1);
    if (!p)
        return NULL;
    memcpy(p, a, la);
    memcpy(p + la, b, lb);
    memcpy(p + la + lb, c, lc + 1);
    return p;
}

/* Whether `path` exists (Python's os.path.exists: follows links). */
static bool path_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Whether `path` is a directory. */
static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Read a whole file.  Returns 0, or -1 with errno set (ENOENT when it does
 * not exist). */
static int read_file(const char *path, char **buf, size_t *len)
{
    *buf = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    if (!b) {
        fclose(f);
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        if (n == cap) {
            char *nb = cap < ((size_t)1 << 40) ? realloc(b, cap * 2) : NULL;
            if (!nb) {
                free(b);
                fclose(f);
                errno = ENOMEM;
                return -1;
            }
            b = nb;
            cap *= 2;
        }
        size_t k = fread(b + n, 1, cap - n, f);
        n += k;
        if (k == 0) {
            if (ferror(f)) {
                int e = errno ? errno : EIO;
                free(b);
                fclose(f);
                errno = e;
                return -1;
            }
            break;
        }
    }
    fclose(f);
    *buf = b;
    *len = n;
    return 0;
}

/* Python's os.path.dirname(os.path.abspath(p)), malloc'd: the directory
 * above p, after making p absolute and normalising "." and "..". */
static char *parent_dir(const char *p)
{
    char cwd[4096];
    char *full;
    if (p[0] == '/') {
        full = strdup(p);
    } else {
        if (!getcwd(cwd, sizeof cwd))
            return NULL;
        full = path_join(cwd, p);
    }
    if (!full)
        return NULL;
    /* normalise in place: components kept in `out` */
    size_t n = strlen(full);
    char *out = malloc(n + 2);
    if (!out) {
        free(full);
        return NULL;
    }
    size_t o = 0;
    char *save = NULL;
    for (char *c = strtok_r(full, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
        if (!strcmp(c, "."))
            continue;
        if (!strcmp(c, "..")) {
            while (o > 0 && out[o - 1] != '/')
                o--;
            if (o > 0)
                o--;
            continue;
        }
        out[o++] = '/';
        size_t lc = strlen(c);
        memcpy(out + o, c, lc);
        o += lc;
    }
    out[o] = 0;
    free(full);
    /* dirname */
    char *slash = strrchr(out, '/');
    if (!slash || slash == out)
        strcpy(out, "/");
    else
        *slash = 0;
    return out;
}

/* Python's re.search(r'_[0-9A-Za-z]{4}$', stem): '$' also matches before
 * one final newline. */
static bool has_annotator_suffix(const char *stem)
{
    size_t n = strlen(stem);
    if (n && stem[n - 1] == '\n')
        n--;
    if (n < 5 || stem[n - 5] != '_')
        return false;
    for (size_t i = n - 4; i < n; i++) {
        char c = stem[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

/* qsort order of gold entries: by article, then file name. */
static int entry_cmp(const void *x, const void *y)
{
    const gold_entry *a = x, *b = y;
    int c = strcmp(a->art, b->art);
    return c ? c : strcmp(a->fn, b->fn);
}

/* Free an article list. */
static void free_articles(article *arts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < arts[i].nfiles; k++)
            free(arts[i].files[k]);
        free(arts[i].files);
        free(arts[i].name);
    }
    free(arts);
}

/* The article name a gold file stem belongs to (the reference's
 * collect_gold): <stem> or <stem without _suffix>, whichever has a text,
 * else whichever has a prediction, else by the shape of the name.  pred_dir
 * may be NULL.  malloc'd, or NULL. */
static char *article_of(const char *stem, const char *text_dir,
                        const char *pred_dir)
{
    char *cands[2] = { strdup(stem), NULL };
    int nc = 1;
    if (!cands[0])
        return NULL;
    const char *us = strrchr(stem, '_');
    if (us) {
        cands[1] = strndup(stem, (size_t)(us - stem));
        if (!cands[1]) {
            free(cands[0]);
            return NULL;
        }
        nc = 2;
    }
    int pick = -1;
    for (int pass = 0; pass < 2 && pick < 0; pass++) {
        const char *dir = pass ? pred_dir : text_dir;
        const char *ext = pass ? ".ann" : ".txt";
        if (!dir)
            continue;
        for (int i = 0; i < nc && pick < 0; i++) {
            char *name = concat3(cands[i], ext, "");
            char *p = name ? path_join(dir, name) : NULL;
            if (p && path_exists(p))
                pick = i;
            free(name);
            free(p);
        }
    }
    if (pick < 0)
        pick = has_annotator_suffix(stem) ? nc - 1 : 0;
    char *res = cands[pick];
    free(cands[1 - pick]);
    return res;
}

/* Group the .ann files of gold_dir by article, articles sorted.  Returns
 * the count, or -1 (message printed) when the directory cannot be read. */
static long collect_gold(const char *gold_dir, const char *text_dir,
                         const char *pred_dir, article **out)
{
    *out = NULL;
    DIR *d = opendir(gold_dir);
    if (!d) {
        fprintf(stderr, "hearsay eval: cannot read directory %s: %s\n",
                gold_dir, strerror(errno));
        return -1;
    }
    gold_entry *ents = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    bool nomem = false;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l < 4 || strcmp(de->d_name + l - 4, ".ann"))
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            gold_entry *ne = realloc(ents, ncap * sizeof *ne);
            if (!ne) {
                nomem = true;
                break;
            }
            ents = ne;
            cap = ncap;
        }
        char *stem = strndup(de->d_name, l - 4);
        char *fn = strdup(de->d_name);
        char *art = stem ? article_of(stem, text_dir, pred_dir) : NULL;
        free(stem);
        if (!fn || !art) {
            free(fn);
            free(art);
            nomem = true;
            break;
        }
        ents[n].art = art;
        ents[n].fn = fn;
        n++;
    }
    closedir(d);
    if (!nomem && n)
        qsort(ents, n, sizeof *ents, entry_cmp);
    article *arts = calloc(n ? n : 1, sizeof *arts);
    size_t na = 0;
    if (!arts)
        nomem = true;
    for (size_t i = 0; i < n && !nomem; i++) {
        if (!na || strcmp(arts[na - 1].name, ents[i].art)) {
            arts[na].name = ents[i].art;
            ents[i].art = NULL;
            na++;
        }
        article *a = &arts[na - 1];
        char **nf = realloc(a->files, (a->nfiles + 1) * sizeof *nf);
        char *p = path_join(gold_dir, ents[i].fn);
        if (!nf || !p) {
            if (nf)
                a->files = nf;
            free(p);
            nomem = true;
            break;
        }
        a->files = nf;
        a->files[a->nfiles++] = p;
    }
    for (size_t i = 0; i < n; i++) {
        free(ents[i].art);
        free(ents[i].fn);
    }
    free(ents);
    if (nomem) {
        free_articles(arts, na);
        fprintf(stderr, "hearsay eval: out of memory\n");
        return -1;
    }
    *out = arts;
    return (long)na;
}

/* Number of .ann files in PRED_DIR whose article is not in the gold set. */
static size_t count_extra(const char *pred_dir, const article *arts,
                          size_t na)
{
    DIR *d = opendir(pred_dir);
    if (!d)
        return 0;
    size_t extra = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l < 4 || strcmp(de->d_name + l - 4, ".ann"))
            continue;
        char *stem = strndup(de->d_name, l - 4);
        if (!stem)
            break;
        size_t lo = 0, hi = na;
        bool found = false;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int c = strcmp(stem, arts[mid].name);
            if (!c) {
                found = true;
                break;
            }
            if (c < 0)
                hi = mid;
            else
                lo = mid + 1;
        }
        if (!found)
            extra++;
        free(stem);
    }
    closedir(d);
    return extra;
}

/* Parse a .ann file into *doc.  A missing file is an empty document, as in
 * the reference.  Returns 1 when it exists, 0 when missing, -1 (message
 * printed) when unreadable or malformed beyond the reader's budget. */
static int load_ann(const char *path, hs_brat_doc *doc)
{
    char *buf;
    size_t len;
    hs_brat_init(doc);
    if (read_file(path, &buf, &len)) {
        if (errno == ENOENT)
            return 0;
        fprintf(stderr, "hearsay eval: cannot read %s: %s\n", path,
                strerror(errno));
        return -1;
    }
    hs_error err;
    int rc = hs_brat_parse(doc, buf, len, &err);
    free(buf);
    if (rc) {
        fprintf(stderr, "hearsay eval: %s: %s\n", path, err.message);
        hs_brat_free(doc);
        return -1;
    }
    return 1;
}

/* Options of one run. */
typedef struct {
    const char *dir;        /* first form */
    const char *gold, *pred, *text_dir, *out;
    bool json, all;
    bool calibration;       /* first form: confidence against the gold */
    double min_confidence;  /* first form: the engine drops less sure ones */
} options;

/* The confidence of the predictions against what the scorer made of
 * them, by tenths: attributions, summed confidence, fully correct. */
typedef struct {
    size_t n[10], full[10];
    double sum[10];
} calibration;

/* Parse argv into *o.  Returns 0, 1 (usage error, printed), or 3 (help
 * printed). */
static int parse_args(int argc, char **argv, options *o)
{
    const char *pos[2];
    int npos = 0;
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        const char *name = NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 3;
        } else if (!strcmp(a, "--json")) {
            o->json = true;
            continue;
        } else if (!strcmp(a, "--all-annotators")) {
            o->all = true;
            continue;
        } else if (!strcmp(a, "--calibration")) {
            o->calibration = true;
            continue;
        } else if (!strcmp(a, "--min-confidence")) {
            if (i + 1 >= argc || hs_parse_confidence(argv[i + 1], &o->min_confidence)) {
                fprintf(stderr, "hearsay eval: --min-confidence needs a value 0..1\n");
                usage(stderr);
                return 1;
            }
            i++;
            continue;
        }
        static const char *const names[] = {
            "--gold", "--pred", "--text-dir", "--out"
        };
        const char **slots[] = { &o->gold, &o->pred, &o->text_dir, &o->out };
        for (int k = 0; k < 4; k++) {
            size_t l = strlen(names[k]);
            if (!strncmp(a, names[k], l) && (a[l] == 0 || a[l] == '=')) {
                slot = slots[k];
                name = names[k];
                if (a[l] == '=') {
                    *slot = a + l + 1;
                    slot = NULL;
                }
                break;
            }
        }
        if (name) {
            if (slot) {
                if (i + 1 >= argc) {
                    fprintf(stderr, "hearsay eval: %s needs a value\n", name);
                    usage(stderr);
                    return 1;
                }
                *slot = argv[++i];
            }
            continue;
        }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "hearsay eval: unknown option %s\n", a);
            usage(stderr);
            return 1;
        }
        if (npos == 2) {
            fprintf(stderr, "hearsay eval: too many arguments\n");
            usage(stderr);
            return 1;
        }
        pos[npos++] = a;
    }
    if (npos == 2 && !o->gold && !o->pred) {
        o->gold = pos[0];
        o->pred = pos[1];
    } else if (npos == 1 && !o->gold && !o->pred) {
        o->dir = pos[0];
    } else if (npos || !o->gold || !o->pred) {
        fprintf(stderr, "hearsay eval: give DIR, or --gold and --pred\n");
        usage(stderr);
        return 1;
    }
    if ((o->out || o->min_confidence > 0 || o->calibration) && !o->dir) {
        fprintf(stderr, "hearsay eval: --out, --min-confidence and --calibration "
                        "need the DIR form\n");
        usage(stderr);
        return 1;
    }
    return 0;
}

/* Predicted attributions of one article by the engine, added to *pred and,
 * when out_dir is set, written to out_dir/<art>.ann; with conf, the
 * confidence of each of pred's attributions into (*conf)[], malloc'd.
 * Returns 0 or 2. */
static int predict(const hs_engine *eng, const char *art, const char *text,
                   size_t len, const char *tpath, const char *out_dir,
                   hs_brat_doc *pred, float **conf)
{
    hs_error err;
    hs_result *res = NULL;
    if (len) {
        res = hs_extract(eng, text, len, art, &err);
        if (!res && err.code != HS_ERR_EMPTY) {
            fprintf(stderr, "hearsay eval: %s: %s\n", tpath, err.message);
            return 2;
        }
    }
    size_t n = res ? hs_result_attribution_count(res) : 0;
    if (conf && !(*conf = malloc((n + 1) * sizeof **conf))) {
        fprintf(stderr, "hearsay eval: out of memory\n");
        hs_result_free(res);
        return 2;
    }
    for (size_t i = 0; i < n; i++) {
        size_t had = pred->nattrs;
        if (hs_brat_add_attribution(pred, hs_result_attribution(res, i),
                                    &err)) {
            fprintf(stderr, "hearsay eval: %s\n", err.message);
            hs_result_free(res);
            return 2;
        }
        if (conf && pred->nattrs > had)   /* not a duplicate */
            (*conf)[had] = hs_result_attribution(res, i)->confidence;
    }
    int rc = 0;
    if (out_dir) {
        char *name = concat3(art, ".ann", "");
        char *path = name ? path_join(out_dir, name) : NULL;
        FILE *f = path ? fopen(path, "w") : NULL;
        bool ok = f != NULL;
        if (f && res && hs_write_brat(res, f, &err))
            ok = false;
        if (f && fclose(f))
            ok = false;
        if (!ok) {
            fprintf(stderr, "hearsay eval: cannot write %s: %s\n",
                    path ? path : art, strerror(errno));
            rc = 2;
        }
        free(name);
        free(path);
    }
    hs_result_free(res);
    return rc;
}

/* Add one article's predictions (confidences conf[], one per
 * pred->attrs) to cal, by what the scorer's pairing against gold made of
 * each.  0, or -1 with err filled. */
static int add_calibration(calibration *cal, hs_score_text *st,
                           const hs_brat_doc *gold, const hs_brat_doc *pred,
                           const float *conf, hs_error *err)
{
    uint8_t *out = malloc(pred->nattrs + 1);
    if (!out) {
        err->code = HS_ERR_NOMEM;
        snprintf(err->message, sizeof err->message, "out of memory");
        return -1;
    }
    if (hs_score_outcomes(st, gold, pred, out, err)) {
        free(out);
        return -1;
    }
    for (size_t i = 0; i < pred->nattrs; i++) {
        int b = conf[i] >= 1 ? 9 : conf[i] < 0 ? 0 : (int)(conf[i] * 10);
        cal->n[b]++;
        cal->sum[b] += conf[i];
        cal->full[b] += out[i] == HS_OUTCOME_FULLY_CORRECT;
    }
    free(out);
    return 0;
}

/* The calibration table: per tenth of confidence, how many attributions,
 * their mean confidence and the share fully correct. */
static void print_calibration(const calibration *cal, FILE *out)
{
    fputs("\nCONFIDENCE (first annotator)   attributions  mean confidence  "
          "fully correct  share\n", out);
    for (int b = 0; b < 10; b++)
        if (cal->n[b])
            fprintf(out, "  %.1f-%.1f %28zu %16.3f %14zu %6.3f\n", b / 10.0,
                    (b + 1) / 10.0, cal->n[b], cal->sum[b] / (double)cal->n[b],
                    cal->full[b], (double)cal->full[b] / (double)cal->n[b]);
}

/* Score every article: the driver of the reference scorer. */
static int run(const options *o)
{
    char *gold_dir = NULL, *text_dir = NULL, *free_text = NULL;
    const char *pred_dir = o->pred;
    hs_engine *eng = NULL;
    hs_scorer *sc = NULL;
    article *arts = NULL;
    long na = 0;
    int rc = 2;
    if (o->dir) {
        if (!is_dir(o->dir)) {
            fprintf(stderr, "hearsay eval: directory not found: %s\n", o->dir);
            return 2;
        }
        gold_dir = path_join(o->dir, "attributions");
        text_dir = free_text = o->text_dir ? strdup(o->text_dir)
                                           : path_join(o->dir, "text");
        pred_dir = o->out;
    } else {
        gold_dir = strdup(o->gold);
        if (o->text_dir && *o->text_dir) {
            text_dir = free_text = strdup(o->text_dir);
        } else {
            char *parent = parent_dir(o->gold);
            text_dir = free_text = parent ? path_join(parent, "text") : NULL;
            free(parent);
        }
    }
    if (!gold_dir || !text_dir) {
        fprintf(stderr, "hearsay eval: out of memory\n");
        goto out;
    }
    if (!is_dir(gold_dir)) {
        fprintf(stderr, "hearsay eval: gold directory not found: %s\n",
                gold_dir);
        goto out;
    }
    if (o->dir && o->out && !is_dir(o->out) && mkdir(o->out, 0777)) {
        fprintf(stderr, "hearsay eval: cannot create %s: %s\n", o->out,
                strerror(errno));
        goto out;
    }
    if (!o->dir && !is_dir(pred_dir)) {
        fprintf(stderr, "hearsay eval: prediction directory not found: %s\n",
                pred_dir);
        goto out;
    }
    na = collect_gold(gold_dir, text_dir, pred_dir, &arts);
    if (na < 0)
        goto out;
    if (na == 0) {
        fprintf(stderr, "hearsay eval: no .ann files in %s\n", gold_dir);
        goto out;
    }
    hs_error err;
    hs_options eopt = { .min_confidence = o->min_confidence };
    if (o->dir && !(eng = hs_engine_new(&eopt, &err))) {
        fprintf(stderr, "hearsay eval: %s\n", err.message);
        goto out;
    }
    if (!(sc = hs_scorer_new())) {
        fprintf(stderr, "hearsay eval: out of memory\n");
        goto out;
    }
    size_t n_files = 0, missing = 0;
    calibration cal;
    memset(&cal, 0, sizeof cal);
    for (long i = 0; i < na; i++) {
        const article *a = &arts[i];
        char *tname = concat3(a->name, ".txt", "");
        char *tpath = tname ? path_join(text_dir, tname) : NULL;
        free(tname);
        char *text = NULL;
        size_t len = 0;
        hs_score_text *st = NULL;
        hs_brat_doc pred;
        hs_brat_init(&pred);
        float *conf = NULL;
        int step = 2;
        if (!tpath) {
            fprintf(stderr, "hearsay eval: out of memory\n");
            goto next;
        }
        if (!path_exists(tpath)) {
            fprintf(stderr, "hearsay eval: text not found: %s (use "
                            "--text-dir)\n", tpath);
            goto next;
        }
        if (read_file(tpath, &text, &len)) {
            fprintf(stderr, "hearsay eval: cannot read %s: %s\n", tpath,
                    strerror(errno));
            goto next;
        }
        if (!(st = hs_score_text_new(text, len, &err))) {
            fprintf(stderr, "hearsay eval: %s: %s\n", tpath, err.message);
            goto next;
        }
        if (o->dir) {
            if (predict(eng, a->name, text, len, tpath, o->out, &pred,
                        o->calibration ? &conf : NULL))
                goto next;
        } else {
            char *pname = concat3(a->name, ".ann", "");
            char *ppath = pname ? path_join(pred_dir, pname) : NULL;
            free(pname);
            int got = ppath ? load_ann(ppath, &pred) : -1;
            free(ppath);
            if (got < 0)
                goto next;
            if (got == 0)
                missing++;
        }
        hs_scorer_count_warnings(sc, &pred, HS_SIDE_PRED);
        size_t k = o->all ? a->nfiles : 1;
        for (size_t g = 0; g < k; g++) {
            hs_brat_doc gold;
            if (load_ann(a->files[g], &gold) < 0)
                goto next;
            hs_scorer_count_warnings(sc, &gold, HS_SIDE_GOLD);
            int r = hs_scorer_add(sc, st, &gold, &pred, 1.0 / (double)k,
                                  &err);
            if (!r && g == 0 && conf)
                r = add_calibration(&cal, st, &gold, &pred, conf, &err);
            hs_brat_free(&gold);
            if (r) {
                fprintf(stderr, "hearsay eval: %s\n", err.message);
                goto next;
            }
            n_files++;
        }
        step = 0;
next:
        free(conf);
        hs_brat_free(&pred);
        hs_score_text_free(st);
        free(text);
        free(tpath);
        if (step)
            goto out;
    }
    if (missing)
        hs_scorer_warn(sc, HS_SW_MISSING_PRED, missing);
    if (!o->dir) {
        size_t extra = count_extra(pred_dir, arts, (size_t)na);
        if (extra)
            hs_scorer_warn(sc, HS_SW_EXTRA_PRED, extra);
    }
    hs_score_report rep;
    hs_scorer_report(sc, &rep);
    rep.mode = o->all ? "all-annotators" : "first-annotator";
    rep.gold_files = n_files;
    if (o->json ? hs_score_report_json(&rep, stdout, &err)
                : hs_score_report_print(&rep, stdout)) {
        fprintf(stderr, "hearsay eval: cannot write the report\n");
        goto out;
    }
    if (o->calibration && !o->json)
        print_calibration(&cal, stdout);
    rc = fflush(stdout) ? 2 : 0;
out:
    free_articles(arts, na > 0 ? (size_t)na : 0);
    hs_scorer_free(sc);
    hs_engine_free(eng);
    free(gold_dir);
    free(free_text);
    return rc;
}

/* Entry point of `hearsay eval` (argv[0] is "eval"). */
int hs_cmd_eval(int argc, char **argv)
{
    options o;
    int rc = parse_args(argc, argv, &o);
    if (rc == 3)
        return 0;
    if (rc)
        return rc;
    return run(&o);
}
