/*
 * fuzz_jsonl.c -- libFuzzer harness: the CLI's document reader
 * (cli/input.c, hs_source) on arbitrary bytes.
 *
 * The idea: the reader is the first code that touches outside bytes in
 * `hearsay extract`, both as whole files and as JSON Lines.  The fuzz
 * input is written to a memfd and read back through /proc/self/fd/N, so
 * the reader runs unchanged over a real file.  The first byte picks the
 * mode (whole file or JSON Lines) and the document size limit (small, so
 * the over-the-limit paths are reached); the rest is the file.
 *
 * Invariants (abort on violation):
 *   - every document has a name and an id, and exactly one of text and
 *     error; texts never exceed the limit;
 *   - whole-file mode yields exactly one document: the file's bytes when
 *     they fit, else an "over the limit" error;
 *   - JSON Lines mode yields one document per non-blank line (blank: only
 *     spaces, tabs, CRs), in order; a
 *     line that jansson (run here independently) parses as an object with
 *     a string "text" within the limit gives exactly that text; other lines
 *     give an error and do not stop the stream;
 *   - reading twice yields the same documents.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <jansson.h>

#include "fuzz.h"
#include "input.h"



/* Nothing to set up; present so replay_main.c links. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

/* The documents one pass of the reader yielded. */
typedef struct {
    hs_input_doc *docs;
    size_t n;
} pass;

/* Read every document of the file at `path`. */
static void read_all_docs(const char *path, bool jsonl, size_t max, pass *p)
{
    char *paths[1] = { (char *)path };
    hs_source *src = hs_source_new(paths, 1, jsonl, max);
    REQUIRE(src != NULL, "hs_source_new");
    size_t cap = 0;
    p->docs = NULL;
    p->n = 0;
    hs_input_doc d;
    while (hs_source_next(src, &d)) {
        if (p->n == cap) {
            cap = cap ? cap * 2 : 16;
            p->docs = realloc(p->docs, cap * sizeof *p->docs);
            REQUIRE(p->docs != NULL, "realloc");
        }
        REQUIRE(d.name && d.id, "document without name or id");
        REQUIRE((d.text != NULL) != (d.error != NULL),
                "document %s has %s", d.name,
                d.text ? "both text and error" : "neither text nor error");
        if (d.text)
            REQUIRE(d.len <= max, "%s: text of %zu bytes over limit %zu",
                    d.name, d.len, max);
        if (d.error)
            REQUIRE(d.error[0] && !strchr(d.error, '\n'),
                    "error message empty or multi-line");
        p->docs[p->n++] = d;
    }
    hs_source_free(src);
}

/* Free one pass. */
static void pass_free(pass *p)
{
    for (size_t i = 0; i < p->n; i++)
        hs_input_doc_free(&p->docs[i]);
    free(p->docs);
}

/* Compare each non-empty line with what the reader made of it. */
static void check_jsonl(const uint8_t *f, size_t n, size_t max, const pass *p)
{
    size_t di = 0;
    size_t max_line = max * 2 + 4096;
    for (size_t i = 0; i < n;) {
        const uint8_t *nl = memchr(f + i, '\n', n - i);
        size_t len = nl ? (size_t)(nl - (f + i)) : n - i;
        const char *line = (const char *)f + i;
        i += len + 1;
        size_t k = 0;
        while (k < len && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'))
            k++;
        if (k == len)
            continue;   /* blank: skipped by the reader */
        REQUIRE(di < p->n, "line at byte %zu yielded no document", i - len - 1);
        const hs_input_doc *d = &p->docs[di++];
        if (d->error && strstr(d->error, "line is over the limit")) {
            REQUIRE(len > max_line, "line of %zu bytes called too long", len);
            continue;
        }
        REQUIRE(len < 2 * max_line + 2, "line of %zu bytes read whole", len);
        json_error_t jerr;
        json_t *o = json_loadb(line, len, 0, &jerr);
        json_t *t = json_object_get(o, "text");
        if (json_is_string(t) && json_string_length(t) <= max) {
            REQUIRE(d->text && d->len == json_string_length(t) &&
                        memcmp(d->text, json_string_value(t), d->len) == 0,
                    "%s: text differs from the JSON string", d->name);
        } else {
            REQUIRE(d->error != NULL, "%s: bad line accepted", d->name);
        }
        json_decref(o);
    }
    REQUIRE(di == p->n, "%zu documents for %zu lines", p->n, di);
}

/* The fuzz target: byte 0 chooses mode and limit, the rest is the file. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    bool jsonl = !(data[0] & 1);
    size_t max = (size_t)1 << (4 + ((data[0] >> 1) & 15));   /* 16B..512K */
    data++;
    size--;
    int fd = memfd_create("fuzz_jsonl", 0);
    REQUIRE(fd >= 0, "memfd_create");
    REQUIRE(write(fd, data, size) == (ssize_t)size, "write");
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);

    pass p1, p2;
    read_all_docs(path, jsonl, max, &p1);
    if (jsonl) {
        check_jsonl(data, size, max, &p1);
    } else {
        REQUIRE(p1.n == 1, "%zu documents from one file", p1.n);
        if (size <= max)
            REQUIRE(p1.docs[0].text && p1.docs[0].len == size &&
                        memcmp(p1.docs[0].text, data, size) == 0,
                    "file of %zu bytes read wrong", size);
        else
            REQUIRE(p1.docs[0].error &&
                        strstr(p1.docs[0].error, "over the limit"),
                    "file of %zu bytes over limit %zu not rejected", size, max);
    }
    read_all_docs(path, jsonl, max, &p2);
    REQUIRE(p1.n == p2.n, "two reads differ in count");
    for (size_t i = 0; i < p1.n; i++) {
        const hs_input_doc *a = &p1.docs[i], *b = &p2.docs[i];
        REQUIRE(a->len == b->len && !strcmp(a->id, b->id) &&
                    !strcmp(a->name, b->name) && !a->text == !b->text &&
                    (!a->text || !memcmp(a->text, b->text, a->len)),
                "two reads differ at document %zu", i);
    }
    pass_free(&p1);
    pass_free(&p2);
    close(fd);
    return 0;
}
