/*
 * runner.c -- ordered parallel extraction over a document stream
 * (see runner.h).
 *
 * A batch holds at most BATCH_DOCS documents and BATCH_BYTES of text (but
 * always at least one document).  Workers claim documents with an atomic
 * counter; each renders into its document's memory buffer; the main thread
 * writes the buffers in order once the batch is done.  Peak memory is
 * about one batch of input plus its output, whatever the stream length.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

#define BATCH_DOCS 512
#define BATCH_BYTES ((size_t)16 << 20)

typedef struct {
    hs_input_doc in;
    char *out;          /* rendered output */
    size_t outlen;
    char *error;        /* extraction / rendering error message */
} job;

typedef struct {
    const hs_runner *r;
    job *jobs;
    size_t n;
    atomic_size_t next;
} batch;

/* Extract and render one document into its buffer. */
static void run_job(const hs_runner *r, job *j)
{
    if (j->in.error)
        return;
    hs_error err = { 0 };
    hs_result *res = hs_extract(r->eng, j->in.text, j->in.len, j->in.id, &err);
    if (!res) {
        j->error = strdup(err.message);
        return;
    }
    FILE *buf = open_memstream(&j->out, &j->outlen);
    if (!buf) {
        j->error = strdup("out of memory");
    } else {
        if (r->work(r->ctx, &j->in, res, buf, &err))
            j->error = strdup(err.message);
        if (fclose(buf) != 0 && !j->error)
            j->error = strdup("out of memory");
    }
    hs_result_free(res);
    /* the text is no longer needed: free it early */
    free(j->in.text);
    j->in.text = NULL;
}

static void *worker(void *arg)
{
    batch *b = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&b->next, 1);
        if (i >= b->n)
            break;
        run_job(b->r, &b->jobs[i]);
    }
    return NULL;
}

/* Run every job of the batch on r->threads threads. */
static void run_batch(const hs_runner *r, batch *b)
{
    atomic_store(&b->next, 0);
    int nt = r->threads;
    if (nt > (int)b->n)
        nt = (int)b->n;
    pthread_t tid[256];
    int started = 0;
    for (int t = 1; t < nt && t < 256; t++)
        if (pthread_create(&tid[started], NULL, worker, b) == 0)
            started++;
    worker(b);
    for (int t = 0; t < started; t++)
        pthread_join(tid[t], NULL);
}

int hs_run(const hs_runner *r, hs_source *src, size_t *failed, size_t *total)
{
    job *jobs = calloc(BATCH_DOCS, sizeof *jobs);
    if (!jobs) {
        fputs("hearsay: out of memory\n", stderr);
        return -1;
    }
    int rc = 0;
    bool more = true;
    *failed = *total = 0;
    while (more && rc == 0) {
        size_t n = 0, bytes = 0;
        while (n < BATCH_DOCS && (n == 0 || bytes < BATCH_BYTES)) {
            if (!hs_source_next(src, &jobs[n].in)) {
                more = false;
                break;
            }
            bytes += jobs[n].in.len;
            n++;
        }
        batch b = { .r = r, .jobs = jobs, .n = n };
        run_batch(r, &b);
        for (size_t i = 0; i < n; i++) {
            job *j = &jobs[i];
            const char *msg = j->in.error ? j->in.error : j->error;
            (*total)++;
            if (msg) {
                fprintf(stderr, "hearsay: %s: %s\n", j->in.name, msg);
                (*failed)++;
            } else if (r->out && j->outlen && rc == 0 &&
                       fwrite(j->out, 1, j->outlen, r->out) != j->outlen) {
                fprintf(stderr, "hearsay: write error: %s\n", strerror(errno));
                rc = -1;
            }
            free(j->out);
            free(j->error);
            hs_input_doc_free(&j->in);
            memset(j, 0, sizeof *j);
        }
    }
    free(jobs);
    if (rc == 0 && r->out && fflush(r->out) != 0) {
        fprintf(stderr, "hearsay: write error: %s\n", strerror(errno));
        rc = -1;
    }
    return rc;
}
