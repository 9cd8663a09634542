/*
 * runner.h -- run documents through one shared engine on N threads,
 * keeping input order.
 *
 * Documents are read in batches (bounded in count and bytes, so memory
 * stays flat on endless streams); worker threads take documents from the
 * oldest batch with any left, extract and call `work`, which renders the
 * result into the document's own output buffer; a finished batch's
 * buffers are written to `out` in input order and the batch is freed
 * while the workers go on with the next.
 */
#ifndef HS_CLI_RUNNER_H
#define HS_CLI_RUNNER_H

#include <stdio.h>

#include "hearsay.h"
#include "input.h"

/* Called on a worker thread for each document that extracted; writes what
 * it has to say about it to `buf` (an in-memory stream) and returns 0, or
 * -1 with err set (the document counts as failed). */
typedef int (*hs_work_fn)(void *ctx, const hs_input_doc *in,
                          const hs_result *res, FILE *buf, hs_error *err);

typedef struct {
    const hs_engine *eng;
    int threads;            /* >= 1 */
    hs_work_fn work;
    void *ctx;
    FILE *out;              /* ordered output; NULL: buffers discarded */
} hs_runner;

/* Process every document of src.  Per-document errors are reported on
 * stderr as "hearsay: NAME: message" and counted in *failed.  Returns 0,
 * or -1 when the output could not be written (message printed). */
int hs_run(const hs_runner *r, hs_source *src, size_t *failed, size_t *total);

#endif
