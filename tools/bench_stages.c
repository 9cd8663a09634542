/*
 * bench_stages.c -- where the time goes: CPU seconds spent in each
 * pipeline stage over a set of text files (one document each).
 *
 * usage: bench_stages FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "internal.h"
#include "silver.h"

/* CPU time of this process in seconds. */
static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    static const char *const names[] = {
        "text + lex", "tag", "parse", "quotes + cues + attribute",
        "resolve + act", "JSON rendering"
    };
    double sec[6] = { 0 };
    size_t toks = 0, bytes = 0;
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    if (!eng) {
        fprintf(stderr, "bench_stages: %s\n", err.message);
        return 2;
    }
    FILE *devnull = fopen("/dev/null", "w");
    for (int a = 1; a < argc; a++) {
        size_t len;
        char *text = silver_read_file(argv[a], &len);
        if (!text) {
            fprintf(stderr, "bench_stages: cannot read %s\n", argv[a]);
            continue;
        }
        hs_doc *d = hs_doc_new(eng);
        double t[7];
        t[0] = cpu_now();
        int rc = hs_text_load(d, text, len, &err) || hs_lex(d, &err);
        t[1] = cpu_now();
        rc = rc || hs_tag(d, &err);
        t[2] = cpu_now();
        rc = rc || hs_parse(d, &err);
        t[3] = cpu_now();
        rc = rc || hs_quotes(d, &err) || hs_attribute(d, &err);
        t[4] = cpu_now();
        rc = rc || hs_resolve(d, &err) || hs_act_classify(d, &err);
        t[5] = cpu_now();
        size_t ntoks = d->ntoks;
        hs_result *res = NULL;
        if (rc)
            hs_doc_free(d);
        else if (!(res = hs_result_wrap(d, &err)))   /* frees d on failure */
            rc = 1;
        if (res)
            hs_write_json(res, devnull, &err);
        t[6] = cpu_now();
        if (rc)
            fprintf(stderr, "bench_stages: %s: %s\n", argv[a], err.message);
        hs_result_free(res);
        for (int s = 0; s < 6; s++)
            sec[s] += t[s + 1] - t[s];
        toks += ntoks;
        bytes += len;
        free(text);
    }
    fclose(devnull);
    double total = 0;
    for (int s = 0; s < 6; s++)
        total += sec[s];
    printf("%zu documents, %zu bytes, %zu tokens, %.2f CPU s\n", (size_t)(argc - 1),
           bytes, toks, total);
    printf("| stage | CPU s | share | tokens per CPU s |\n|---|---:|---:|---:|\n");
    for (int s = 0; s < 6; s++)
        printf("| %s | %.3f | %.0f%% | %.0f |\n", names[s], sec[s],
               total > 0 ? 100 * sec[s] / total : 0, sec[s] > 0 ? (double)toks / sec[s] : 0);
    hs_engine_free(eng);
    return 0;
}
