/*
 * input.c -- documents from files, stdin and JSON Lines (see input.h).
 *
 * Reading is bounded: a file or line longer than the document limit is not
 * loaded whole; its extra bytes are skipped and the document is reported as
 * too big.  JSON Lines are parsed with jansson.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "input.h"

struct hs_source {
    char **paths;
    size_t n, next;        /* next path to open */
    bool use_stdin;        /* no paths: read stdin once */
    bool jsonl;
    size_t max_bytes;
    FILE *cur;             /* open JSONL stream */
    char *cur_name;
    size_t line;
};

char *hs_doc_id_from_path(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 4 && strcmp(base + n - 4, ".txt") == 0)
        n -= 4;
    char *id = malloc(n + 1);
    if (id) {
        memcpy(id, base, n);
        id[n] = '\0';
    }
    return id;
}

hs_source *hs_source_new(char **paths, size_t n, bool jsonl, size_t max_bytes)
{
    hs_source *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->paths = paths;
    s->n = n;
    s->use_stdin = n == 0;
    s->jsonl = jsonl;
    s->max_bytes = max_bytes;
    return s;
}

void hs_input_doc_free(hs_input_doc *doc)
{
    free(doc->name);
    free(doc->id);
    free(doc->text);
    free(doc->error);
    memset(doc, 0, sizeof *doc);
}

static char *xstrdup(const char *s)
{
    char *p = strdup(s ? s : "");
    if (!p) {
        fputs("hearsay: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

/* printf into a new string. */
static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, f);
    vsnprintf(buf, sizeof buf, f, ap);
    va_end(ap);
    return xstrdup(buf);
}

/* Read all of f up to max bytes; more sets *too_big and skips the rest. */
static char *read_all(FILE *f, size_t max, size_t *len, bool *too_big, int *eno)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    *too_big = false;
    *eno = 0;
    if (!buf) {
        *eno = ENOMEM;
        return NULL;
    }
    for (;;) {
        if (n == cap) {
            if (cap > max) {
                *too_big = true;
                break;
            }
            /* never hold more than max + 1 bytes: one past the limit is
             * enough to know the document is too big */
            size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            char *nb = realloc(buf, ncap);
            if (!nb) {
                *eno = ENOMEM;
                free(buf);
                return NULL;
            }
            buf = nb;
            cap = ncap;
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0) {
            if (ferror(f)) {
                *eno = errno ? errno : EIO;
                free(buf);
                return NULL;
            }
            break;
        }
        if (n > max) {
            *too_big = true;
            break;
        }
    }
    if (*too_big) {
        /* skip the rest without keeping it */
        char skip[1 << 16];
        while (fread(skip, 1, sizeof skip, f) > 0)
            ;
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* One whole file (or stdin) as a document. */
static void read_file_doc(hs_source *s, const char *path, hs_input_doc *doc)
{
    bool is_stdin = strcmp(path, "-") == 0;
    doc->name = xstrdup(is_stdin ? "stdin" : path);
    doc->id = is_stdin ? xstrdup("stdin") : hs_doc_id_from_path(path);
    struct stat st;
    if (!is_stdin && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        doc->error = fmt("is a directory");
        return;
    }
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        doc->error = fmt("%s", strerror(errno));
        return;
    }
    /* a regular file over the limit is rejected by its size, unread */
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
        (uintmax_t)st.st_size > s->max_bytes) {
        doc->error = fmt("document is %jd bytes, over the limit of %zu bytes "
                         "(--max-bytes)", (intmax_t)st.st_size, s->max_bytes);
        if (!is_stdin)
            fclose(f);
        return;
    }
    bool too_big;
    int eno;
    doc->text = read_all(f, s->max_bytes, &doc->len, &too_big, &eno);
    if (!is_stdin)
        fclose(f);
    if (too_big)
        doc->error = fmt("document is over the limit of %zu bytes "
                         "(--max-bytes)", s->max_bytes);
    else if (!doc->text)
        doc->error = fmt("read error: %s", strerror(eno));
}

/* Read one line of at most max bytes; longer lines are skipped to their
 * end and flagged.  *blank tells whether the whole line, kept or skipped,
 * held only spaces, tabs and carriage returns (a CRLF file's blank lines
 * hold \r).  Returns false at EOF. */
static bool read_line(FILE *f, size_t max, char **out, size_t *len, bool *too_long,
                      bool *blank)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    int c = EOF;
    *too_long = false;
    *blank = true;
    if (!buf)
        return false;
    while ((c = getc_unlocked(f)) != EOF && c != '\n') {
        if (c != ' ' && c != '\t' && c != '\r')
            *blank = false;
        if (*too_long)
            continue;
        if (n + 1 >= cap) {
            if (cap > max) {
                *too_long = true;
                continue;
            }
            /* hold at most max + 2 bytes (the line and its NUL) */
            size_t ncap = cap * 2 > max + 2 ? max + 2 : cap * 2;
            char *nb = realloc(buf, ncap);
            if (!nb) {
                *too_long = true;
                continue;
            }
            buf = nb;
            cap = ncap;
        }
        buf[n++] = (char)c;
    }
    if (c == EOF && n == 0 && !*too_long) {
        free(buf);
        return false;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return true;
}

/* Next JSON Lines document from the open stream; false at its end. */
static bool next_jsonl(hs_source *s, hs_input_doc *doc)
{
    char *line;
    size_t len;
    bool too_long, blank;
    /* escaped JSON may be longer than the text it holds */
    size_t max_line = s->max_bytes * 2 + 4096;
    for (;;) {
        if (!read_line(s->cur, max_line, &line, &len, &too_long, &blank))
            return false;
        s->line++;
        if (!blank)
            break;
        free(line);     /* a blank line, however long, holds no document */
    }
    doc->name = fmt("%s:%zu", s->cur_name, s->line);
    if (too_long) {
        free(line);
        doc->id = fmt("line%zu", s->line);
        doc->error = fmt("line is over the limit of %zu bytes", max_line);
        return true;
    }
    json_error_t jerr;
    json_t *o = json_loadb(line, len, 0, &jerr);
    free(line);
    json_t *text = o ? json_object_get(o, "text") : NULL;
    json_t *id = o ? json_object_get(o, "id") : NULL;
    if (json_is_string(id))
        doc->id = xstrdup(json_string_value(id));
    else if (json_is_integer(id))
        doc->id = fmt("%lld", (long long)json_integer_value(id));
    else
        doc->id = fmt("line%zu", s->line);
    if (!o)
        doc->error = fmt("invalid JSON: %s", jerr.text);
    else if (!json_is_string(text))
        doc->error = fmt("no \"text\" string in the JSON object");
    else if (json_string_length(text) > s->max_bytes)
        doc->error = fmt("document is over the limit of %zu bytes", s->max_bytes);
    else {
        size_t n = json_string_length(text);
        doc->text = malloc(n + 1);
        if (!doc->text) {
            doc->error = fmt("out of memory");
        } else {
            memcpy(doc->text, json_string_value(text), n);
            doc->text[n] = '\0';
            doc->len = n;
        }
    }
    json_decref(o);
    return true;
}

bool hs_source_next(hs_source *s, hs_input_doc *doc)
{
    memset(doc, 0, sizeof *doc);
    for (;;) {
        if (s->cur) {
            if (next_jsonl(s, doc))
                return true;
            if (s->cur != stdin)
                fclose(s->cur);
            s->cur = NULL;
            free(s->cur_name);
            s->cur_name = NULL;
        }
        const char *path;
        if (s->use_stdin) {
            s->use_stdin = false;
            path = "-";
        } else if (s->next < s->n) {
            path = s->paths[s->next++];
        } else {
            return false;
        }
        if (!s->jsonl) {
            read_file_doc(s, path, doc);
            return true;
        }
        bool is_stdin = strcmp(path, "-") == 0;
        struct stat st;
        FILE *f = NULL;
        if (!is_stdin && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            errno = EISDIR;
        else
            f = is_stdin ? stdin : fopen(path, "rb");
        if (!f) {
            doc->name = xstrdup(path);
            doc->id = hs_doc_id_from_path(path);
            doc->error = fmt("%s", strerror(errno));
            return true;
        }
        s->cur = f;
        s->cur_name = xstrdup(is_stdin ? "stdin" : path);
        s->line = 0;
    }
}

void hs_source_free(hs_source *s)
{
    if (!s)
        return;
    if (s->cur && s->cur != stdin)
        fclose(s->cur);
    free(s->cur_name);
    free(s);
}
