/*
 * render_json.c -- one JSON object per document (docs/output-schema.md).
 *
 * Written compactly on one line, so a stream of documents is JSON Lines.
 * Every "text" field is input[begin:end].
 *
 * The output is streamed: the structure of the object (braces, keys,
 * commas) and its integers are written directly, and every string value,
 * the one place JSON needs escaping, and the confidence are encoded by
 * jansson, one value at a time.  Nothing holds the whole document's output
 * (on the seed article repeated to 300 KB, the whole-document jansson
 * tree this replaced was 45% of the peak heap), and the half a million
 * small trees of the 924 PolNeAR texts are no longer built and freed.
 * The bytes are those jansson writes for the same object with
 * JSON_COMPACT and keys in insertion order (tests/test_render.c checks
 * that against jansson's own dump of the parsed line).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

/* Compact, and the shortest form of the two-decimal confidence (jansson's
 * default 17 digits would print 0.93 as 0.93000000000000005). */
#define DUMP_FLAGS (JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(15))

/* The output, a buffer in front of it (one fwrite per few KB instead of
 * one locked stdio call per token), and what went wrong first. */
typedef struct {
    FILE *out;
    size_t n;               /* bytes waiting in buf */
    int nomem;              /* jansson could not encode a value */
    int failed;             /* nothing more is written once set */
    char buf[8192];
} writer;

/* Write out what is waiting in the buffer. */
static void flush(writer *w)
{
    if (!w->failed && w->n && fwrite(w->buf, 1, w->n, w->out) != w->n)
        w->failed = 1;
    w->n = 0;
}

/* Append n bytes of s. */
static void put_bytes(writer *w, const char *s, size_t n)
{
    if (w->failed)
        return;
    if (n > sizeof w->buf - w->n)
        flush(w);
    if (n > sizeof w->buf) {
        if (!w->failed && fwrite(s, 1, n, w->out) != n)
            w->failed = 1;
        return;
    }
    memcpy(w->buf + w->n, s, n);
    w->n += n;
}

/* Append a literal piece of structure: keys, braces, commas. */
static void put_raw(writer *w, const char *s)
{
    put_bytes(w, s, strlen(s));
}

/* Append an integer as jansson writes one. */
static void put_int(writer *w, long long v)
{
    char num[24];
    int n = snprintf(num, sizeof num, "%lld", v);
    put_bytes(w, num, (size_t)n);
}

/* Append v encoded by jansson and release it; v NULL means jansson ran
 * out of memory building it.  It is encoded straight into the buffer
 * when it fits. */
static void put_json(writer *w, json_t *v)
{
    if (!w->failed && !v)
        w->nomem = w->failed = 1;
    if (w->failed) {
        json_decref(v);
        return;
    }
    size_t n = json_dumpb(v, w->buf + w->n, sizeof w->buf - w->n, DUMP_FLAGS);
    if (n > 0 && n <= sizeof w->buf - w->n) {
        w->n += n;
    } else if (n > 0) {
        /* too long for what is left: through a buffer of its own */
        char *big = malloc(n);
        if (big && json_dumpb(v, big, n, DUMP_FLAGS) == n)
            put_bytes(w, big, n);
        else
            w->nomem = w->failed = 1;
        free(big);
    } else {
        w->nomem = w->failed = 1;   /* the dump's own allocations */
    }
    json_decref(v);
}

/* Append the JSON string of the n bytes at s (valid UTF-8: spans of a
 * validated text, and names built from them). */
static void put_string(writer *w, const char *s, size_t n)
{
    put_json(w, s ? json_stringn(s, n) : NULL);
}

static void put_cstring(writer *w, const char *s)
{
    put_string(w, s, s ? strlen(s) : 0);
}

/* [begin,end] */
static void put_pair(writer *w, size_t begin, size_t end)
{
    put_raw(w, "[");
    put_int(w, (long long)begin);
    put_raw(w, ",");
    put_int(w, (long long)end);
    put_raw(w, "]");
}

/* The members of a span object: "text":...,"begin":...,"end":... */
static void put_span_members(writer *w, const hs_result *res, hs_span s)
{
    size_t len;
    const char *text = hs_result_span_bytes(res, s, &len);
    put_raw(w, "\"text\":");
    put_string(w, text, len);
    put_raw(w, ",\"begin\":");
    put_int(w, (long long)s.begin);
    put_raw(w, ",\"end\":");
    put_int(w, (long long)s.end);
}

/* {"text":..., "begin":..., "end":...} for span s, with "lemma" after them
 * when lemma is given (the cue), or null when s is empty. */
static void put_span(writer *w, const hs_result *res, hs_span s, const char *lemma)
{
    if (s.end <= s.begin) {
        put_raw(w, "null");
        return;
    }
    put_raw(w, "{");
    put_span_members(w, res, s);
    if (lemma) {
        put_raw(w, ",\"lemma\":");
        put_cstring(w, lemma);
    }
    put_raw(w, "}");
}

/* The content: the whole extent, plus its fragments when the quotation is
 * interrupted ("…,” she said, “…"). */
static void put_content(writer *w, const hs_result *res, const hs_attribution *a)
{
    hs_span all = { a->content[0].begin, a->content[a->content_count - 1].end };
    put_raw(w, "{");
    put_span_members(w, res, all);
    if (a->content_count > 1) {
        put_raw(w, ",\"fragments\":[");
        for (size_t k = 0; k < a->content_count; k++) {
            put_raw(w, k ? "," : "");
            put_pair(w, a->content[k].begin, a->content[k].end);
        }
        put_raw(w, "]");
    }
    put_raw(w, "}");
}

/* The members an entity and a speaker share after their id:
 * "name", "type", and the optional "role" and "affiliation". */
static void put_entity_members(writer *w, const hs_entity *e)
{
    put_raw(w, ",\"name\":");
    put_cstring(w, e->name);
    put_raw(w, ",\"type\":");
    put_cstring(w, hs_entity_type_name(e->type));
    if (e->role) {
        put_raw(w, ",\"role\":");
        put_cstring(w, e->role);
    }
    if (e->affiliation) {
        put_raw(w, ",\"affiliation\":");
        put_cstring(w, e->affiliation);
    }
}

static void put_speaker(writer *w, const hs_result *res, int id)
{
    const hs_entity *e = hs_result_entity_by_id(res, id);
    if (!e) {
        put_raw(w, "null");
        return;
    }
    put_raw(w, "{\"entity\":");
    put_int(w, e->id);
    put_entity_members(w, e);
    put_raw(w, "}");
}

static void put_attribution(writer *w, const hs_result *res, const hs_attribution *a)
{
    put_raw(w, "{\"id\":");
    put_int(w, a->id);
    put_raw(w, ",\"kind\":");
    put_cstring(w, hs_kind_name(a->kind));
    put_raw(w, ",\"cue\":");
    put_span(w, res, a->cue, a->cue_lemma);
    put_raw(w, ",\"source\":");
    put_span(w, res, a->source, NULL);
    put_raw(w, ",\"content\":");
    put_content(w, res, a);
    put_raw(w, ",\"speaker\":");
    put_speaker(w, res, a->speaker);
    put_raw(w, ",\"about\":[");
    for (size_t k = 0; k < a->about_count; k++) {
        put_raw(w, k ? "," : "");
        put_int(w, a->about[k]);
    }
    put_raw(w, "],\"act\":");
    put_cstring(w, hs_act_name(a->act));
    put_raw(w, ",\"confidence\":");
    put_json(w, json_real((double)(int)(a->confidence * 100 + 0.5) / 100));
    put_raw(w, "}");
}

static void put_entity(writer *w, const hs_entity *e)
{
    put_raw(w, "{\"id\":");
    put_int(w, e->id);
    put_entity_members(w, e);
    put_raw(w, ",\"mentions\":[");
    for (size_t k = 0; k < e->mention_count; k++) {
        put_raw(w, k ? "," : "");
        put_pair(w, e->mentions[k].begin, e->mentions[k].end);
    }
    put_raw(w, "]}");
}

int hs_write_json(const hs_result *res, FILE *out, hs_error *err)
{
    /* an id from a file name can be any bytes, and JSON holds only UTF-8:
     * say so rather than write an id that is not the document's */
    const char *id = hs_result_doc_id(res);
    size_t idlen = id ? strlen(id) : 0, good = id ? hs_utf8_valid_prefix(id, idlen) : 0;
    if (good < idlen) {
        hs_set_error(err, HS_ERR_UTF8, 0,
                     "document id is not valid UTF-8 (byte %zu of it, 0x%02x), "
                     "and JSON holds only UTF-8", good, (unsigned)(unsigned char)id[good]);
        return -1;
    }
    writer *w = malloc(sizeof *w);
    if (!w) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory writing JSON");
        return -1;
    }
    w->out = out;
    w->n = 0;
    w->nomem = w->failed = 0;
    put_raw(w, "{\"hearsay\":");
    put_int(w, HS_SCHEMA_VERSION);
    put_raw(w, ",\"doc\":");
    if (id)
        put_cstring(w, id);
    else
        put_raw(w, "null");
    put_raw(w, ",\"chars\":");
    put_int(w, (long long)hs_result_chars(res));
    put_raw(w, ",\"attributions\":[");
    for (size_t i = 0; !w->failed && i < hs_result_attribution_count(res); i++) {
        put_raw(w, i ? "," : "");
        put_attribution(w, res, hs_result_attribution(res, i));
    }
    put_raw(w, "],\"entities\":[");
    for (size_t i = 0; !w->failed && i < hs_result_entity_count(res); i++) {
        put_raw(w, i ? "," : "");
        put_entity(w, hs_result_entity(res, i));
    }
    put_raw(w, "]}\n");
    flush(w);
    int failed = w->failed || ferror(out), nomem = w->nomem;
    free(w);
    if (failed) {
        if (nomem)
            hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory writing JSON");
        else
            hs_set_error(err, HS_ERR_IO, 0, "write failed");
        return -1;
    }
    return 0;
}
