/*
 * runner.c -- ordered parallel extraction over a document stream
 * (see runner.h).
 *
 * Two slots each hold a batch of at most BATCH_DOCS documents and
 * BATCH_BYTES of text (but always at least one document).  The worker
 * threads start once and live for the whole stream: each claims the next
 * document of the oldest batch that has one left and renders it into the
 * document's memory buffer, then moves on to the next batch without
 * waiting for the others.  The main thread reads batch k+1 while batch k
 * is worked on, writes batch k in order once its last document is done,
 * and reads batch k+2 into the slot k leaves.  No thread waits at a batch
 * boundary while there is work; peak memory is about two batches of input
 * and output, whatever the stream length.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

#define BATCH_DOCS 512
#define BATCH_BYTES ((size_t)16 << 20)
#define MAX_THREADS 256

typedef struct {
    hs_input_doc in;
    char *out;          /* rendered output */
    size_t outlen;
    char *error;        /* extraction / rendering error message */
} job;

/* One batch's slot.  `ready` with n == 0 marks the end of the stream. */
typedef struct {
    job *jobs;
    size_t n;           /* documents in the batch */
    size_t claimed;     /* documents handed to a thread */
    size_t done;        /* documents finished */
    uint64_t seq;       /* which batch the slot holds */
    bool ready;
} slot;

typedef struct {
    const hs_runner *r;
    slot slots[2];
    uint64_t claim_seq;         /* the batch workers claim from */
    pthread_mutex_t mu;
    pthread_cond_t filled;      /* a slot was filled */
    pthread_cond_t finished;    /* a batch's last document is done */
} ring;

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

/* A worker: claim documents in batch order until the end of the
 * stream. */
static void *worker(void *arg)
{
    ring *g = arg;
    pthread_mutex_lock(&g->mu);
    for (;;) {
        slot *s = &g->slots[g->claim_seq & 1];
        if (!s->ready || s->seq != g->claim_seq) {
            pthread_cond_wait(&g->filled, &g->mu);
            continue;
        }
        if (s->n == 0)
            break;                          /* end of the stream */
        if (s->claimed == s->n) {
            g->claim_seq++;                 /* on to the next batch */
            continue;
        }
        job *j = &s->jobs[s->claimed++];
        pthread_mutex_unlock(&g->mu);
        run_job(g->r, j);
        pthread_mutex_lock(&g->mu);
        if (++s->done == s->n)
            pthread_cond_broadcast(&g->finished);
    }
    pthread_mutex_unlock(&g->mu);
    return NULL;
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

/* Fill slot s with batch `seq` from src (none when `read` is false: the
 * end of the stream) and let the workers at it. */
static void fill(ring *g, slot *s, uint64_t seq, hs_source *src, bool *more, bool read)
{
    size_t n = read ? read_batch(src, s->jobs, more) : 0;
    pthread_mutex_lock(&g->mu);
    s->n = n;
    s->claimed = s->done = 0;
    s->seq = seq;
    s->ready = true;
    pthread_cond_broadcast(&g->filled);
    pthread_mutex_unlock(&g->mu);
}

/* Wait until batch s is done; with no worker thread, do it here. */
static void await_batch(ring *g, slot *s, int workers)
{
    pthread_mutex_lock(&g->mu);
    while (workers == 0 && s->claimed < s->n) {
        job *j = &s->jobs[s->claimed++];
        pthread_mutex_unlock(&g->mu);
        run_job(g->r, j);
        pthread_mutex_lock(&g->mu);
        s->done++;
    }
    while (s->done < s->n)
        pthread_cond_wait(&g->finished, &g->mu);
    s->ready = false;
    pthread_mutex_unlock(&g->mu);
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
    ring g = { .r = r };
    g.slots[0].jobs = calloc(BATCH_DOCS, sizeof(job));
    g.slots[1].jobs = calloc(BATCH_DOCS, sizeof(job));
    if (!g.slots[0].jobs || !g.slots[1].jobs) {
        free(g.slots[0].jobs);
        free(g.slots[1].jobs);
        fputs("hearsay: out of memory\n", stderr);
        return -1;
    }
    pthread_mutex_init(&g.mu, NULL);
    pthread_cond_init(&g.filled, NULL);
    pthread_cond_init(&g.finished, NULL);
    *failed = *total = 0;
    bool more = true;
    fill(&g, &g.slots[0], 0, src, &more, true);
    pthread_t tid[MAX_THREADS];
    int workers = 0;
    int want = r->threads < MAX_THREADS ? r->threads : MAX_THREADS;
    while (workers < want && pthread_create(&tid[workers], NULL, worker, &g) == 0)
        workers++;
    int rc = 0;
    if (g.slots[0].n > 0)
        fill(&g, &g.slots[1], 1, src, &more, true);
    for (uint64_t k = 0;; k++) {
        slot *s = &g.slots[k & 1];
        if (s->n == 0)
            break;                          /* the end marker */
        await_batch(&g, s, workers);
        rc = write_batch(r, s->jobs, s->n, failed, total, rc);
        /* batch k+1 is being worked on; read k+2 into this slot (none
         * after the stream's end or a write error) */
        if (g.slots[(k + 1) & 1].n > 0)
            fill(&g, s, k + 2, src, &more, rc == 0);
    }
    for (int t = 0; t < workers; t++)
        pthread_join(tid[t], NULL);
    pthread_cond_destroy(&g.finished);
    pthread_cond_destroy(&g.filled);
    pthread_mutex_destroy(&g.mu);
    free(g.slots[0].jobs);
    free(g.slots[1].jobs);
    if (rc == 0 && r->out && fflush(r->out) != 0) {
        fprintf(stderr, "hearsay: write error: %s\n", strerror(errno));
        rc = -1;
    }
    return rc;
}
