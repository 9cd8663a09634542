/*
 * runner.c -- ordered parallel extraction over a document stream
 * (see runner.h).
 *
 * A batch holds at most BATCH_DOCS documents and BATCH_BYTES of text (but
 * always at least one document).  Workers claim documents with an atomic
 * counter; each renders into its document's memory buffer.  Meanwhile the
 * main thread reads the next batch, then writes the finished buffers in
 * order.  Peak memory is about two batches of input plus one of output,
 * whatever the stream length.
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

/* Worker threads of one batch. */
typedef struct {
    pthread_t tid[256];
    int started;
} crew;

/* Start r->threads workers on the batch; they run while the caller reads
 * the next batch.  With no thread available the caller does the work. */
static void start_batch(const hs_runner *r, batch *b, crew *c)
{
    atomic_store(&b->next, 0);
    int nt = r->threads < 256 ? r->threads : 256;
    if (nt > (int)b->n)
        nt = (int)b->n;
    c->started = 0;
    for (int t = 0; t < nt; t++)
        if (pthread_create(&c->tid[c->started], NULL, worker, b) == 0)
            c->started++;
    if (c->started == 0)
        worker(b);
}

static void finish_batch(crew *c)
{
    for (int t = 0; t < c->started; t++)
        pthread_join(c->tid[t], NULL);
}

/* Read up to one batch of documents into jobs; returns the count. */
static size_t read_batch(hs_source *src, job *jobs, bool *more)
{
    size_t n = 0, bytes = 0;
    while (*more && n < BATCH_DOCS && (n == 0 || bytes < BATCH_BYTES)) {
        if (!hs_source_next(src, &jobs[n].in)) {
            *more = false;
            break;
        }
        bytes += jobs[n].in.len;
        n++;
    }
    return n;
}

/* Report and write the results of a finished batch, in order, and free
 * it.  Returns 0, or -1 on a write error (already reported). */
static int write_batch(const hs_runner *r, job *jobs, size_t n, size_t *failed,
                       size_t *total, int rc)
{
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
    return rc;
}

int hs_run(const hs_runner *r, hs_source *src, size_t *failed, size_t *total)
{
    /* two batches: workers extract one while this thread reads the next
     * and then writes the first */
    job *jobs[2] = { calloc(BATCH_DOCS, sizeof(job)), calloc(BATCH_DOCS, sizeof(job)) };
    if (!jobs[0] || !jobs[1]) {
        free(jobs[0]);
        free(jobs[1]);
        fputs("hearsay: out of memory\n", stderr);
        return -1;
    }
    int rc = 0, cur = 0;
    bool more = true;
    *failed = *total = 0;
    size_t n = read_batch(src, jobs[cur], &more);
    while (n > 0) {
        batch b = { .r = r, .jobs = jobs[cur], .n = n };
        crew c;
        start_batch(r, &b, &c);
        size_t next = rc == 0 ? read_batch(src, jobs[!cur], &more) : 0;
        finish_batch(&c);
        rc = write_batch(r, jobs[cur], n, failed, total, rc);
        if (rc != 0 && next) {
            /* stop at a write error: the read-ahead batch is dropped */
            for (size_t i = 0; i < next; i++)
                hs_input_doc_free(&jobs[!cur][i].in);
            next = 0;
        }
        cur = !cur;
        n = next;
    }
    free(jobs[0]);
    free(jobs[1]);
    if (rc == 0 && r->out && fflush(r->out) != 0) {
        fprintf(stderr, "hearsay: write error: %s\n", strerror(errno));
        rc = -1;
    }
    return rc;
}
