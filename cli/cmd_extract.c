/*
 * cmd_extract.c -- `hearsay extract`: documents in, attributions out.
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "commands.h"
#include "input.h"
#include "runner.h"

static const char usage[] =
    "usage: hearsay extract [options] [FILE...]\n"
    "\n"
    "Extract attributions from each FILE (one document per file, its id the\n"
    "file name without .txt), or from standard input.\n"
    "\n"
    "  -f, --format FMT   json (JSON Lines, default), brat, text\n"
    "  -o, --out DIR      brat: write DIR/<id>.ann for each document\n"
    "  -j, --threads N    worker threads (default 1); output stays in order\n"
    "      --jsonl        inputs are JSON Lines: {\"id\": ..., \"text\": ...}\n"
    "      --max-bytes N  largest document accepted (default 64 MiB)\n"
    "      --min-confidence P  only attributions whose confidence (the\n"
    "                     probability an annotator marks them the same) is\n"
    "                     at least P, 0..1 (default 0: all)\n"
    "  -h, --help         this help\n"
    "\n"
    "Exit status: 0 all documents processed, 1 usage error, 2 some input\n"
    "failed (each failure is reported on stderr; the others are written).\n";

typedef struct {
    const char *outdir;
} brat_ctx;

static int work_json(void *ctx, const hs_input_doc *in, const hs_result *res,
                     FILE *buf, hs_error *err)
{
    (void)ctx;
    (void)in;
    return hs_write_json(res, buf, err);
}

static int work_text(void *ctx, const hs_input_doc *in, const hs_result *res,
                     FILE *buf, hs_error *err)
{
    (void)ctx;
    (void)in;
    return hs_write_text(res, buf, err);
}

/* brat: one file per document, written by the worker itself. */
static int work_brat(void *ctx, const hs_input_doc *in, const hs_result *res,
                     FILE *buf, hs_error *err)
{
    const brat_ctx *b = ctx;
    (void)buf;
    size_t n = strlen(b->outdir) + strlen(in->id) + 6;
    char *path = malloc(n);
    if (!path) {
        err->code = HS_ERR_NOMEM;
        snprintf(err->message, sizeof err->message, "out of memory");
        return -1;
    }
    snprintf(path, n, "%s/%s.ann", b->outdir, in->id);
    FILE *f = fopen(path, "w");
    if (!f) {
        err->code = HS_ERR_IO;
        snprintf(err->message, sizeof err->message, "cannot write %s: %s", path,
                 strerror(errno));
        free(path);
        return -1;
    }
    int rc = hs_write_brat(res, f, err);
    if (fclose(f) != 0 && rc == 0) {
        err->code = HS_ERR_IO;
        snprintf(err->message, sizeof err->message, "cannot write %s: %s", path,
                 strerror(errno));
        rc = -1;
    }
    free(path);
    return rc;
}

/* Parse a size with an optional K/M/G suffix; 0 on error (a sign, an
 * overflow, or more than SIZE_MAX/4, which keeps the readers' line-length
 * arithmetic from wrapping). */
static size_t parse_size(const char *s)
{
    char *end;
    errno = 0;
    if (*s < '0' || *s > '9')       /* strtoull would accept "-1" */
        return 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s)
        return 0;
    int shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
    }
    if (*end || v > (unsigned long long)(SIZE_MAX / 4) >> shift)
        return 0;
    return (size_t)v << shift;
}

int hs_cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        { "format", required_argument, NULL, 'f' },
        { "out", required_argument, NULL, 'o' },
        { "threads", required_argument, NULL, 'j' },
        { "jsonl", no_argument, NULL, 'J' },
        { "max-bytes", required_argument, NULL, 'M' },
        { "min-confidence", required_argument, NULL, 'C' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    const char *format = "json", *outdir = NULL;
    int threads = 1;
    bool jsonl = false;
    hs_options eopt = { 0 };
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:j:h", opts, NULL)) != -1) {
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': outdir = optarg; break;
        case 'j':
            threads = atoi(optarg);
            if (threads < 1 || threads > 256) {
                fprintf(stderr, "hearsay extract: -j takes 1..256\n");
                return 1;
            }
            break;
        case 'J': jsonl = true; break;
        case 'M':
            if (!(eopt.max_doc_bytes = parse_size(optarg))) {
                fprintf(stderr, "hearsay extract: bad --max-bytes '%s'\n", optarg);
                return 1;
            }
            break;
        case 'C':
            if (hs_parse_confidence(optarg, &eopt.min_confidence)) {
                fprintf(stderr, "hearsay extract: bad --min-confidence '%s' (0..1)\n", optarg);
                return 1;
            }
            break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 1;
        }
    }
    hs_work_fn work;
    brat_ctx bctx = { outdir };
    if (strcmp(format, "json") == 0) {
        work = work_json;
    } else if (strcmp(format, "text") == 0) {
        work = work_text;
    } else if (strcmp(format, "brat") == 0) {
        if (!outdir) {
            fputs("hearsay extract: --format brat needs --out DIR\n", stderr);
            return 1;
        }
        struct stat st;
        if (stat(outdir, &st) != 0 && mkdir(outdir, 0777) != 0) {
            fprintf(stderr, "hearsay extract: %s: %s\n", outdir, strerror(errno));
            return 2;
        }
        work = work_brat;
    } else {
        fprintf(stderr, "hearsay extract: unknown format '%s'\n", format);
        return 1;
    }
    hs_error err;
    hs_engine *eng = hs_engine_new(&eopt, &err);
    if (!eng) {
        fprintf(stderr, "hearsay: %s\n", err.message);
        return 2;
    }
    size_t max_bytes = eopt.max_doc_bytes ? eopt.max_doc_bytes
                                          : HS_DEFAULT_MAX_DOC_BYTES;
    hs_source *src = hs_source_new(argv + optind, (size_t)(argc - optind), jsonl,
                                   max_bytes);
    hs_runner r = { .eng = eng, .threads = threads, .work = work, .ctx = &bctx,
                    .out = work == work_brat ? NULL : stdout };
    size_t failed = 0, total = 0;
    int rc = src ? hs_run(&r, src, &failed, &total) : -1;
    hs_source_free(src);
    hs_engine_free(eng);
    if (rc == 0 && fclose(stdout) != 0) {
        fprintf(stderr, "hearsay: write error: %s\n", strerror(errno));
        rc = -1;
    }
    if (failed)
        fprintf(stderr, "hearsay: %zu of %zu document%s failed\n", failed, total,
                total == 1 ? "" : "s");
    return rc || failed ? 2 : 0;
}
