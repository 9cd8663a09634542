/*
 * render_json.c -- one JSON object per document (docs/output-schema.md).
 *
 * Written compactly on one line, so a stream of documents is JSON Lines.
 * Every "text" field is input[begin:end].
 *
 * The document's frame ({"hearsay":1,...,"attributions":[ ... ]}) is
 * written directly and each attribution and entity is built as a small
 * jansson tree, dumped and freed before the next one: the output is
 * streamed, so rendering never holds the whole document as a tree or as
 * one string (on the seed article repeated to 300 KB, that tree was 45%
 * of the peak heap).  jansson keeps insertion order, so the bytes are
 * those a whole-document tree would give.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

/* Each builder returns a new tree, or NULL when jansson or malloc ran out
 * of memory: a key is never silently missing from what is written. */

/* o[key] = v, taking v; clears *ok if o, v or the insertion failed. */
static void put(json_t *o, const char *key, json_t *v, int *ok)
{
    if (!v || json_object_set_new(o, key, v) != 0)
        *ok = 0;
}

/* a.append(v), taking v; clears *ok on failure. */
static void append(json_t *a, json_t *v, int *ok)
{
    if (!v || json_array_append_new(a, v) != 0)
        *ok = 0;
}

/* o if everything went in, else NULL (o released). */
static json_t *built(json_t *o, int ok)
{
    if (ok && o)
        return o;
    json_decref(o);
    return NULL;
}

/* {"text":..., "begin":..., "end":...} for span s of res. */
static json_t *span_json(const hs_result *res, hs_span s)
{
    size_t len;
    const char *text = hs_result_span_bytes(res, s, &len);
    return json_pack("{s:s%,s:I,s:I}", "text", text, len, "begin",
                     (json_int_t)s.begin, "end", (json_int_t)s.end);
}

/* [begin, end] */
static json_t *pair_json(size_t begin, size_t end)
{
    return json_pack("[I,I]", (json_int_t)begin, (json_int_t)end);
}

/* The content object: the whole extent, plus its fragments when the
 * quotation is interrupted ("…,” she said, “…"). */
static json_t *content_json(const hs_result *res, const hs_attribution *a)
{
    hs_span all = { a->content[0].begin, a->content[a->content_count - 1].end };
    json_t *o = span_json(res, all);
    int ok = 1;
    if (o && a->content_count > 1) {
        json_t *fr = json_array();
        for (size_t k = 0; fr && k < a->content_count; k++)
            append(fr, pair_json(a->content[k].begin, a->content[k].end), &ok);
        put(o, "fragments", fr, &ok);
    }
    return built(o, ok);
}

/* The optional role and affiliation of entity e, into o. */
static void put_role(json_t *o, const hs_entity *e, int *ok)
{
    if (e->role)
        put(o, "role", json_string(e->role), ok);
    if (e->affiliation)
        put(o, "affiliation", json_string(e->affiliation), ok);
}

static json_t *speaker_json(const hs_result *res, int id)
{
    const hs_entity *e = hs_result_entity_by_id(res, id);
    if (!e)
        return json_null();
    json_t *o = json_pack("{s:i,s:s,s:s}", "entity", e->id, "name", e->name,
                          "type", hs_entity_type_name(e->type));
    int ok = 1;
    put_role(o, e, &ok);
    return built(o, ok);
}

static json_t *cue_json(const hs_result *res, const hs_attribution *a)
{
    if (a->cue.end <= a->cue.begin)
        return json_null();
    json_t *c = span_json(res, a->cue);
    int ok = 1;
    put(c, "lemma", json_string(a->cue_lemma), &ok);
    return built(c, ok);
}

static json_t *attribution_json(const hs_result *res, const hs_attribution *a)
{
    json_t *o = json_object();
    int ok = 1;
    put(o, "id", json_integer(a->id), &ok);
    put(o, "kind", json_string(hs_kind_name(a->kind)), &ok);
    put(o, "cue", cue_json(res, a), &ok);
    put(o, "source", a->source.end > a->source.begin ? span_json(res, a->source)
                                                     : json_null(), &ok);
    put(o, "content", content_json(res, a), &ok);
    put(o, "speaker", speaker_json(res, a->speaker), &ok);
    put(o, "act", json_string(hs_act_name(a->act)), &ok);
    put(o, "confidence",
        json_real((double)(int)(a->confidence * 100 + 0.5) / 100), &ok);
    return built(o, ok);
}

static json_t *entity_json(const hs_entity *e)
{
    json_t *m = json_array();
    int ok = 1;
    for (size_t k = 0; m && k < e->mention_count; k++)
        append(m, pair_json(e->mentions[k].begin, e->mentions[k].end), &ok);
    json_t *o = json_pack("{s:i,s:s,s:s}", "id", e->id, "name", e->name,
                          "type", hs_entity_type_name(e->type));
    put_role(o, e, &ok);
    put(o, "mentions", m, &ok);
    return built(o, ok);
}

/* Compact, keys in insertion order, and the shortest form of the
 * two-decimal confidence (jansson's default 17 digits would print 0.93
 * as 0.93000000000000005). */
#define DUMP_FLAGS (JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(15))

/* The output and what went wrong first, if anything. */
typedef struct {
    FILE *out;
    int nomem;          /* a tree could not be built */
    int failed;         /* nothing more is written once set */
} writer;

static void put_text(writer *w, const char *s)
{
    if (!w->failed && fputs(s, w->out) == EOF)
        w->failed = 1;
}

/* Dump v and release it; v NULL means building it ran out of memory.
 * The dump goes through a buffer and one fwrite: json_dumpf would call
 * fwrite, and take the stream's lock, for every token. */
static void put_json(writer *w, json_t *v)
{
    char small[4096];
    if (!w->failed && !v) {
        w->nomem = w->failed = 1;
    } else if (!w->failed) {
        size_t n = json_dumpb(v, small, sizeof small, DUMP_FLAGS);
        char *buf = n <= sizeof small ? small : malloc(n);
        if (n == 0 || !buf || (buf != small && json_dumpb(v, buf, n, DUMP_FLAGS) != n))
            w->nomem = w->failed = 1;   /* the dump's own allocations */
        else if (fwrite(buf, 1, n, w->out) != n)
            w->failed = 1;
        if (buf != small)
            free(buf);
    }
    json_decref(v);
}

int hs_write_json(const hs_result *res, FILE *out, hs_error *err)
{
    writer w = { out, 0, 0 };
    char num[32];
    const char *id = hs_result_doc_id(res);
    snprintf(num, sizeof num, "%d", HS_SCHEMA_VERSION);
    put_text(&w, "{\"hearsay\":");
    put_text(&w, num);
    put_text(&w, ",\"doc\":");
    put_json(&w, id ? json_string(id) : json_null());
    snprintf(num, sizeof num, "%zu", hs_result_chars(res));
    put_text(&w, ",\"chars\":");
    put_text(&w, num);
    put_text(&w, ",\"attributions\":[");
    for (size_t i = 0; !w.failed && i < hs_result_attribution_count(res); i++) {
        put_text(&w, i ? "," : "");
        put_json(&w, attribution_json(res, hs_result_attribution(res, i)));
    }
    put_text(&w, "],\"entities\":[");
    for (size_t i = 0; !w.failed && i < hs_result_entity_count(res); i++) {
        put_text(&w, i ? "," : "");
        put_json(&w, entity_json(hs_result_entity(res, i)));
    }
    put_text(&w, "]}\n");
    if (w.failed || ferror(out)) {
        if (w.nomem)
            hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory writing JSON");
        else
            hs_set_error(err, HS_ERR_IO, 0, "write failed");
        return -1;
    }
    return 0;
}
