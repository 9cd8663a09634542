/*
 * fuzz_extract.c -- libFuzzer harness: hs_extract() on arbitrary bytes.
 *
 * The idea: the library must never crash, hang or misbehave on any input,
 * and "misbehave" is spelled out as invariants that this harness checks and
 * abort()s on, so libFuzzer records a violation like a crash:
 *
 *   - acceptance agrees with an independent strict UTF-8 validator written
 *     here (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF),
 *     NUL bytes and empty input are rejected, and a rejection reports the
 *     byte offset of the first bad byte with a one-line message;
 *   - hs_result_chars() is the code-point count and hs_result_text() the
 *     input, byte for byte;
 *   - every offset lies in [0, chars] with begin <= end; ids are 1..n;
 *     enums are in range; content fragments are in text order and do not
 *     overlap; the source, the cue and each content fragment of one
 *     attribution do not overlap one another; speakers name real entities;
 *     each entity an attribution is about is listed once and has a mention
 *     inside its content;
 *   - the JSON writer's output parses with jansson, says the same as the
 *     structs, and each "text" field equals the input substring taken by
 *     code points (computed here, not with the library's own map);
 *   - the brat and text writers succeed; the brat output is one record per
 *     line with offsets in range, and reading it back with the brat reader
 *     of `hearsay eval` (src/brat.h) gives exactly the attributions that
 *     hs_brat_add_attribution() makes of the structs;
 *   - running the same input twice gives byte-identical JSON, brat and
 *     text output.
 *
 * Built by fuzz/run.sh with clang -fsanitize=fuzzer,address,undefined; the
 * same file links with fuzz/replay_main.c (no libFuzzer) to replay the
 * regression inputs in `make check`.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "fuzz.h"
#include "brat.h"
#include "hearsay.h"


/* Largest document the harness's engine accepts: small, so the TOO_BIG
 * path is reachable by the fuzzer too. */
#define FUZZ_MAX_DOC (1u << 20)

static hs_engine *engine;


/* Create the shared engine once. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    hs_error err;
    hs_options opt = { .max_doc_bytes = FUZZ_MAX_DOC };
    engine = hs_engine_new(&opt, &err);
    if (!engine) {
        fprintf(stderr, "fuzz_extract: engine: %s\n", err.message);
        abort();
    }
    return 0;
}

/* Length of the valid UTF-8 sequence at s[0..n), or 0 if it is invalid
 * (strict RFC 3629 table; independent of utf8proc). */
static size_t utf8_seq(const uint8_t *s, size_t n)
{
    uint8_t b = s[0];
    if (b < 0x80)
        return 1;
    uint8_t lo = 0x80, hi = 0xBF;
    size_t len;
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (n < len || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t k = 2; k < len; k++)
        if (s[k] < 0x80 || s[k] > 0xBF)
            return 0;
    return len;
}

/* Classify the input as the library must: returns the expected error code
 * (HS_OK when it must be accepted) and the offending byte in *bad. Fills
 * cp_byte[] (size+1 entries) with the byte offset of each code point and
 * *nchars with their count when valid. */
static hs_code classify(const uint8_t *data, size_t size, size_t *bad,
                        size_t *cp_byte, size_t *nchars)
{
    *bad = 0;
    if (size > FUZZ_MAX_DOC)
        return HS_ERR_TOO_BIG;
    if (size == 0)
        return HS_ERR_EMPTY;
    size_t n = 0;
    for (size_t i = 0; i < size;) {
        size_t k = utf8_seq(data + i, size - i);
        if (k == 0) {
            *bad = i;
            return HS_ERR_UTF8;
        }
        if (data[i] == 0) {
            *bad = i;
            return HS_ERR_NUL;
        }
        cp_byte[n++] = i;
        i += k;
    }
    cp_byte[n] = size;
    *nchars = n;
    return HS_OK;
}

/* Check one span against the text length. */
static void check_span(hs_span s, size_t chars, const char *what)
{
    REQUIRE(s.begin <= s.end && s.end <= chars, "%s [%zu,%zu) of %zu chars",
            what, s.begin, s.end, chars);
}

/* Do two non-empty spans overlap? (Empty spans are absent.) */
static int overlaps(hs_span a, hs_span b)
{
    if (a.begin == a.end || b.begin == b.end)
        return 0;
    return a.begin < b.end && b.begin < a.end;
}

/* Check every struct-level invariant of a result. */
static void check_structs(const hs_result *res, size_t chars)
{
    size_t na = hs_result_attribution_count(res);
    size_t ne = hs_result_entity_count(res);
    for (size_t i = 0; i < na; i++) {
        const hs_attribution *a = hs_result_attribution(res, i);
        REQUIRE(a != NULL, "attribution %zu", i);
        REQUIRE(a->id == (int)i + 1, "attribution %zu has id %d", i, a->id);
        REQUIRE((unsigned)a->kind <= HS_INDIRECT, "kind %d", (int)a->kind);
        REQUIRE((unsigned)a->act < HS_ACT_COUNT, "act %d", (int)a->act);
        REQUIRE(a->confidence >= 0.0f && a->confidence <= 1.0f,
                "confidence %f", (double)a->confidence);
        REQUIRE(a->cue_lemma != NULL, "cue_lemma NULL");
        REQUIRE(a->speaker == -1 ||
                    (a->speaker >= 1 && (size_t)a->speaker <= ne),
                "speaker %d of %zu entities", a->speaker, ne);
        check_span(a->cue, chars, "cue");
        check_span(a->source, chars, "source");
        REQUIRE(a->content_count >= 1 && a->content != NULL,
                "content_count %zu", a->content_count);
        REQUIRE(!overlaps(a->cue, a->source), "cue [%zu,%zu) overlaps source "
                "[%zu,%zu) in attribution %d", a->cue.begin, a->cue.end,
                a->source.begin, a->source.end, a->id);
        for (size_t k = 0; k < a->content_count; k++) {
            hs_span c = a->content[k];
            check_span(c, chars, "content");
            REQUIRE(c.begin < c.end, "empty content fragment %zu of "
                    "attribution %d", k, a->id);
            if (k)
                REQUIRE(a->content[k - 1].end <= c.begin,
                        "content fragments %zu,%zu of attribution %d out of "
                        "order or overlapping", k - 1, k, a->id);
            REQUIRE(!overlaps(c, a->cue), "content [%zu,%zu) overlaps cue "
                    "[%zu,%zu) in attribution %d", c.begin, c.end,
                    a->cue.begin, a->cue.end, a->id);
            REQUIRE(!overlaps(c, a->source), "content [%zu,%zu) overlaps "
                    "source [%zu,%zu) in attribution %d", c.begin, c.end,
                    a->source.begin, a->source.end, a->id);
        }
        /* about: distinct entities, each with a mention inside a content
         * fragment */
        REQUIRE((a->about_count == 0) == (a->about == NULL),
                "about_count %zu with about %p", a->about_count, (void *)a->about);
        for (size_t k = 0; k < a->about_count; k++) {
            const hs_entity *e = hs_result_entity_by_id(res, a->about[k]);
            REQUIRE(e != NULL, "about %d of %zu entities", a->about[k], ne);
            for (size_t j = 0; j < k; j++)
                REQUIRE(a->about[j] != a->about[k], "entity %d twice in about",
                        a->about[k]);
            int inside = 0;
            for (size_t m = 0; m < e->mention_count && !inside; m++)
                for (size_t f = 0; f < a->content_count && !inside; f++)
                    inside = e->mentions[m].begin >= a->content[f].begin &&
                             e->mentions[m].end <= a->content[f].end;
            REQUIRE(inside, "about entity %d has no mention in the content of "
                    "attribution %d", e->id, a->id);
        }
    }
    for (size_t i = 0; i < ne; i++) {
        const hs_entity *e = hs_result_entity(res, i);
        REQUIRE(e != NULL && e->id == (int)i + 1, "entity %zu id", i);
        REQUIRE(e->name != NULL, "entity %d has no name", e->id);
        REQUIRE((unsigned)e->type <= HS_ENT_OTHER, "entity type %d",
                (int)e->type);
        REQUIRE(hs_result_entity_by_id(res, e->id) == e, "entity_by_id");
        for (size_t k = 0; k < e->mention_count; k++) {
            check_span(e->mentions[k], chars, "mention");
            if (k)
                REQUIRE(e->mentions[k - 1].begin <= e->mentions[k].begin,
                        "mentions of entity %d out of text order", e->id);
        }
    }
    REQUIRE(hs_result_attribution(res, na) == NULL, "attribution past end");
    REQUIRE(hs_result_entity(res, ne) == NULL, "entity past end");
}

/* Check a JSON {"text","begin","end"} object against the input. */
static void check_json_span(json_t *o, hs_span want, const uint8_t *data,
                            const size_t *cp_byte, const char *what)
{
    REQUIRE(json_is_object(o), "%s is not an object", what);
    json_t *t = json_object_get(o, "text");
    json_t *b = json_object_get(o, "begin");
    json_t *e = json_object_get(o, "end");
    REQUIRE(json_is_string(t) && json_is_integer(b) && json_is_integer(e),
            "%s lacks text/begin/end", what);
    REQUIRE((size_t)json_integer_value(b) == want.begin &&
                (size_t)json_integer_value(e) == want.end,
            "%s JSON offsets differ from the struct", what);
    size_t b0 = cp_byte[want.begin], b1 = cp_byte[want.end];
    REQUIRE(json_string_length(t) == b1 - b0 &&
                memcmp(json_string_value(t), data + b0, b1 - b0) == 0,
            "%s text differs from input[%zu:%zu]", what, want.begin, want.end);
}

/* Parse the JSON output and compare it with the structs and the input. */
static void check_json(const char *out, size_t outlen, const hs_result *res,
                       const uint8_t *data, const size_t *cp_byte,
                       size_t chars)
{
    REQUIRE(outlen > 0 && out[outlen - 1] == '\n' &&
                memchr(out, '\n', outlen) == out + outlen - 1,
            "JSON output is not exactly one line");
    json_error_t jerr;
    json_t *doc = json_loadb(out, outlen, 0, &jerr);
    REQUIRE(doc != NULL, "JSON output does not parse: %s", jerr.text);
    REQUIRE(json_integer_value(json_object_get(doc, "hearsay")) ==
                HS_SCHEMA_VERSION, "schema version");
    REQUIRE((size_t)json_integer_value(json_object_get(doc, "chars")) == chars,
            "chars");
    json_t *atts = json_object_get(doc, "attributions");
    json_t *ents = json_object_get(doc, "entities");
    REQUIRE(json_is_array(atts) && json_is_array(ents), "arrays");
    REQUIRE(json_array_size(atts) == hs_result_attribution_count(res),
            "attribution count");
    REQUIRE(json_array_size(ents) == hs_result_entity_count(res),
            "entity count");
    for (size_t i = 0; i < json_array_size(atts); i++) {
        const hs_attribution *a = hs_result_attribution(res, i);
        json_t *o = json_array_get(atts, i);
        REQUIRE(json_integer_value(json_object_get(o, "id")) == a->id, "id");
        json_t *cue = json_object_get(o, "cue");
        json_t *src = json_object_get(o, "source");
        if (a->cue.end > a->cue.begin)
            check_json_span(cue, a->cue, data, cp_byte, "cue");
        else
            REQUIRE(json_is_null(cue), "absent cue is not null");
        if (a->source.end > a->source.begin)
            check_json_span(src, a->source, data, cp_byte, "source");
        else
            REQUIRE(json_is_null(src), "absent source is not null");
        hs_span all = { a->content[0].begin,
                        a->content[a->content_count - 1].end };
        json_t *con = json_object_get(o, "content");
        check_json_span(con, all, data, cp_byte, "content");
        json_t *fr = json_object_get(con, "fragments");
        if (a->content_count > 1) {
            REQUIRE(json_array_size(fr) == a->content_count, "fragments");
            for (size_t k = 0; k < a->content_count; k++) {
                json_t *p = json_array_get(fr, k);
                REQUIRE((size_t)json_integer_value(json_array_get(p, 0)) ==
                                a->content[k].begin &&
                            (size_t)json_integer_value(json_array_get(p, 1)) ==
                                a->content[k].end,
                        "fragment %zu", k);
            }
        } else {
            REQUIRE(fr == NULL, "single fragment listed");
        }
        json_t *ab = json_object_get(o, "about");
        REQUIRE(json_is_array(ab) && json_array_size(ab) == a->about_count,
                "about of attribution %d", a->id);
        for (size_t k = 0; k < a->about_count; k++)
            REQUIRE(json_integer_value(json_array_get(ab, k)) == a->about[k],
                    "about %zu of attribution %d", k, a->id);
    }
    json_decref(doc);
}

/* Check the brat output: T/E/A/R/#-records, one per line, offsets in
 * range. */
static void check_brat(const char *out, size_t outlen, size_t chars)
{
    const char *p = out, *end = out + outlen;
    REQUIRE(outlen == 0 || out[outlen - 1] == '\n', "brat lacks final newline");
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        REQUIRE(nl != NULL, "brat line without newline");
        REQUIRE(strchr("TEARN#", *p) != NULL, "brat line starts with 0x%02x",
                (unsigned)(unsigned char)*p);
        if (*p == 'T') {
            /* T<n>\tType b e;b e\ttext */
            const char *tab = memchr(p, '\t', (size_t)(nl - p));
            REQUIRE(tab != NULL, "brat T line without tab");
            const char *q = memchr(tab + 1, ' ', (size_t)(nl - tab - 1));
            REQUIRE(q != NULL, "brat T line without offsets");
            while (q < nl && *q != '\t') {
                char *e1, *e2;
                unsigned long long b = strtoull(q + 1, &e1, 10);
                unsigned long long e = strtoull(e1, &e2, 10);
                REQUIRE(e1 != q + 1 && e2 != e1 && b <= e && e <= chars,
                        "brat offsets %llu %llu of %zu", b, e, chars);
                q = e2;
                REQUIRE(*q == ';' || *q == '\t', "brat offsets end 0x%02x",
                        (unsigned)(unsigned char)*q);
            }
        }
        p = nl + 1;
    }
}

/* Read the brat output back and compare it with the structs. */
static void check_brat_roundtrip(const char *out, size_t outlen,
                                 const hs_result *res)
{
    hs_brat_doc read, made;
    hs_error err;
    hs_brat_init(&read);
    hs_brat_init(&made);
    REQUIRE(hs_brat_parse(&read, out, outlen, &err) == 0,
            "brat reader on our own output: %s", err.message);
    for (size_t i = 0; i < hs_result_attribution_count(res); i++)
        REQUIRE(hs_brat_add_attribution(&made, hs_result_attribution(res, i),
                                        &err) == 0,
                "hs_brat_add_attribution: %s", err.message);
    REQUIRE(read.nattrs == made.nattrs, "brat output reads back as %zu "
            "attributions, the structs make %zu", read.nattrs, made.nattrs);
    for (size_t i = 0; i < read.nattrs; i++)
        for (int r = 0; r < HS_ROLE_COUNT; r++) {
            REQUIRE(read.attrs[i].n[r] == made.attrs[i].n[r],
                    "attribution %zu %s: %zu fragments read back, %zu made",
                    i, hs_role_name((hs_role)r), read.attrs[i].n[r],
                    made.attrs[i].n[r]);
            for (size_t k = 0; k < read.attrs[i].n[r]; k++)
                REQUIRE(read.attrs[i].frag[r][k].begin ==
                                made.attrs[i].frag[r][k].begin &&
                            read.attrs[i].frag[r][k].end ==
                                made.attrs[i].frag[r][k].end,
                        "attribution %zu %s fragment %zu differs", i,
                        hs_role_name((hs_role)r), k);
        }
    hs_brat_free(&read);
    hs_brat_free(&made);
}

/* The three outputs of one extraction. */
typedef struct {
    char *json, *brat, *text;
    size_t njson, nbrat, ntext;
} outputs;

/* Render res with every writer into memory. */
static void render(const hs_result *res, outputs *o)
{
    hs_error err;
    FILE *f = open_memstream(&o->json, &o->njson);
    REQUIRE(f != NULL, "open_memstream");
    REQUIRE(hs_write_json(res, f, &err) == 0, "hs_write_json: %s",
            err.message);
    fclose(f);
    f = open_memstream(&o->brat, &o->nbrat);
    REQUIRE(f != NULL, "open_memstream");
    REQUIRE(hs_write_brat(res, f, &err) == 0, "hs_write_brat: %s",
            err.message);
    fclose(f);
    f = open_memstream(&o->text, &o->ntext);
    REQUIRE(f != NULL, "open_memstream");
    REQUIRE(hs_write_text(res, f, &err) == 0, "hs_write_text: %s",
            err.message);
    fclose(f);
}

/* Free the buffers of o. */
static void outputs_free(outputs *o)
{
    free(o->json);
    free(o->brat);
    free(o->text);
}

/* Extract data, checking acceptance/rejection; returns the result or NULL
 * when (correctly) rejected. */
static hs_result *extract_checked(const uint8_t *data, size_t size,
                                  hs_code want, size_t bad)
{
    hs_error err;
    memset(&err, 0x55, sizeof err);
    hs_result *res = hs_extract(engine, (const char *)data, size, "fuzz", &err);
    if (!res) {
        REQUIRE(err.code != HS_OK, "NULL result with HS_OK");
        REQUIRE(memchr(err.message, '\0', sizeof err.message) != NULL,
                "error message not terminated");
        REQUIRE(err.message[0] && !strchr(err.message, '\n'),
                "error message empty or multi-line: %s", err.message);
        if (err.code == HS_ERR_NOMEM)
            return NULL;
        REQUIRE(err.code == want, "rejected with code %d (%s), expected %d",
                (int)err.code, err.message, (int)want);
        if (want == HS_ERR_UTF8 || want == HS_ERR_NUL)
            REQUIRE(err.byte_offset == bad, "bad byte reported at %zu, is at %zu",
                    err.byte_offset, bad);
        return NULL;
    }
    REQUIRE(want == HS_OK, "accepted input that must be rejected with %d "
            "(bad byte %zu)", (int)want, bad);
    return res;
}

/* The fuzz target. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!engine)
        LLVMFuzzerInitialize(NULL, NULL);
    size_t bad, chars = 0;
    size_t *cp_byte = malloc((size + 1) * sizeof *cp_byte);
    REQUIRE(cp_byte != NULL, "malloc");
    hs_code want = classify(data, size, &bad, cp_byte, &chars);
    hs_result *res = extract_checked(data, size, want, bad);
    if (!res) {
        free(cp_byte);
        return 0;
    }
    REQUIRE(hs_result_chars(res) == chars, "chars %zu, expected %zu",
            hs_result_chars(res), chars);
    REQUIRE(memcmp(hs_result_text(res), data, size) == 0 &&
                hs_result_text(res)[size] == '\0',
            "hs_result_text differs from the input");
    REQUIRE(strcmp(hs_result_doc_id(res), "fuzz") == 0, "doc id");
    check_structs(res, chars);
    outputs o1 = { 0 }, o2 = { 0 };
    render(res, &o1);
    check_json(o1.json, o1.njson, res, data, cp_byte, chars);
    check_brat(o1.brat, o1.nbrat, chars);
    check_brat_roundtrip(o1.brat, o1.nbrat, res);
    hs_result_free(res);

    /* determinism: a second run gives the same bytes */
    res = extract_checked(data, size, want, bad);
    if (res) {
        render(res, &o2);
        REQUIRE(o1.njson == o2.njson && !memcmp(o1.json, o2.json, o1.njson),
                "JSON output differs between two runs");
        REQUIRE(o1.nbrat == o2.nbrat && !memcmp(o1.brat, o2.brat, o1.nbrat),
                "brat output differs between two runs");
        REQUIRE(o1.ntext == o2.ntext && !memcmp(o1.text, o2.text, o1.ntext),
                "text output differs between two runs");
        hs_result_free(res);
    }
    outputs_free(&o1);
    outputs_free(&o2);
    free(cp_byte);
    return 0;
}
