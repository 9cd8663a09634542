/*
 * hearsay.h -- who said what, about whom, how.
 *
 * libhearsay turns news text into attribution records: every direct, mixed
 * and indirect quotation with its cue ("said", "according to"), its source
 * span ("Foreign ministry spokesman Zhao Lijian"), its content span, the
 * resolved speaker and the speech act.  This is the library's only public
 * header.
 *
 * Usage:
 *
 *     hs_error err;
 *     hs_engine *eng = hs_engine_new(NULL, &err);      // once, ~ms
 *     hs_result *res = hs_extract(eng, text, len, "doc-id", &err);
 *     for (size_t i = 0; i < hs_result_attribution_count(res); i++) {
 *         const hs_attribution *a = hs_result_attribution(res, i);
 *         ...
 *     }
 *     hs_result_free(res);
 *     hs_engine_free(eng);
 *
 * Threads: an engine is immutable after hs_engine_new() and may be shared by
 * any number of threads calling hs_extract() at once.  A result belongs to
 * the caller and is not shared.  The library has no mutable global state.
 *
 * Offsets: every begin/end is a Unicode code-point offset into the input
 * text (the index a Python str, brat and PolNeAR use), begin inclusive,
 * end exclusive.
 */
#ifndef HEARSAY_H
#define HEARSAY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HS_VERSION "0.1.0"
#define HS_SCHEMA_VERSION 1

/* Default maximum document size in bytes (64 MiB). */
#define HS_DEFAULT_MAX_DOC_BYTES ((size_t)64 << 20)

/* Error codes.  Every failing call fills an hs_error with one of these and a
 * one-line message. */
typedef enum {
    HS_OK = 0,
    HS_ERR_NOMEM,      /* allocation failed */
    HS_ERR_UTF8,       /* input is not valid UTF-8 (byte_offset set) */
    HS_ERR_NUL,        /* input contains a NUL byte (byte_offset set) */
    HS_ERR_TOO_BIG,    /* input larger than the engine's max_doc_bytes */
    HS_ERR_EMPTY,      /* input has no text at all */
    HS_ERR_MODEL,      /* an embedded model or lexicon is corrupt */
    HS_ERR_ARG,        /* invalid argument */
    HS_ERR_IO          /* an output could not be written */
} hs_code;

typedef struct {
    hs_code code;
    size_t byte_offset;     /* for HS_ERR_UTF8 / HS_ERR_NUL */
    char message[256];      /* one line, no trailing newline */
} hs_error;

/* Engine options; pass NULL to hs_engine_new() for the defaults. */
typedef struct {
    size_t max_doc_bytes;   /* 0: HS_DEFAULT_MAX_DOC_BYTES */
    double min_confidence;  /* drop attributions whose confidence is
                               below this, 0..1 (0: keep every one;
                               others: HS_ERR_ARG from hs_engine_new) */
} hs_options;

/* A half-open code-point range [begin, end). */
typedef struct {
    size_t begin;
    size_t end;
} hs_span;

typedef enum { HS_DIRECT, HS_MIXED, HS_INDIRECT } hs_kind;

typedef enum {
    HS_ENT_PERSON, HS_ENT_ORG, HS_ENT_GPE, HS_ENT_OTHER
} hs_entity_type;

/* Speech acts, in the order of the output schema. */
typedef enum {
    HS_ACT_SAY, HS_ACT_REPORT, HS_ACT_CLAIM, HS_ACT_EXPRESS_CONCERN,
    HS_ACT_APPEAL, HS_ACT_DEMAND, HS_ACT_ACCUSE, HS_ACT_CONDEMN, HS_ACT_DENY,
    HS_ACT_PRAISE, HS_ACT_THREATEN, HS_ACT_PROMISE, HS_ACT_QUESTION,
    HS_ACT_BELIEVE,
    HS_ACT_COUNT
} hs_act;

/* One attribution.  Spans with begin == end are absent (an attribution with
 * no source, or no cue).  The content may be discontinuous: a quotation
 * interrupted by its attribution, or continued in the next paragraph. */
typedef struct {
    int id;                      /* 1-based, in text order of the cue */
    hs_kind kind;
    hs_span cue;
    const char *cue_lemma;       /* "say", "according to", ... */
    hs_span source;
    size_t content_count;        /* >= 1 */
    const hs_span *content;      /* fragments in text order */
    int speaker;                 /* entity id, or -1 when unknown */
    hs_act act;
    float confidence;            /* 0..1: the probability that an annotator
                                    marks it the same (docs/output-schema.md) */
    size_t about_count;
    const int *about;            /* whom the content is about: the ids of
                                    the entities mentioned inside it (the
                                    speaker's own "he" or "they" as the
                                    speaker), in order of first mention;
                                    NULL when none */
} hs_attribution;

/* One entity: a person, organisation or place with all its mentions. */
typedef struct {
    int id;
    const char *name;            /* canonical name: longest proper name */
    hs_entity_type type;
    const char *role;            /* title or role, or NULL */
    const char *affiliation;     /* country / organisation, or NULL */
    size_t mention_count;
    const hs_span *mentions;     /* text order */
} hs_entity;

typedef struct hs_engine hs_engine;
typedef struct hs_result hs_result;

/* Library version string, e.g. "0.1.0". */
const char *hs_version(void);

/* Create an engine: loads the embedded lexicons and models.  Returns NULL
 * and fills err on failure. */
hs_engine *hs_engine_new(const hs_options *opt, hs_error *err);
void hs_engine_free(hs_engine *eng);

/* Run the pipeline on one document: `len` bytes of UTF-8 text.  Offsets
 * count every code point of the input, a leading BOM included (as Python's
 * "utf-8" codec does).  `doc_id` may be NULL.  Returns NULL and
 * fills err when the input is rejected (invalid UTF-8, NUL, too big, empty)
 * or memory runs out. */
hs_result *hs_extract(const hs_engine *eng, const char *text, size_t len,
                      const char *doc_id, hs_error *err);
void hs_result_free(hs_result *res);

const char *hs_result_doc_id(const hs_result *res);
/* The input text, as given, NUL-terminated, and its length in code points. */
const char *hs_result_text(const hs_result *res);
size_t hs_result_chars(const hs_result *res);

size_t hs_result_attribution_count(const hs_result *res);
const hs_attribution *hs_result_attribution(const hs_result *res, size_t i);
size_t hs_result_entity_count(const hs_result *res);
/* Entity by index (0-based); hs_result_entity_by_id() by its id. */
const hs_entity *hs_result_entity(const hs_result *res, size_t i);
const hs_entity *hs_result_entity_by_id(const hs_result *res, int id);

/* Copy text[span] into buf as UTF-8 (truncated, always NUL-terminated);
 * returns the number of bytes the full span needs, excluding the NUL. */
size_t hs_result_span_text(const hs_result *res, hs_span span,
                           char *buf, size_t bufsize);

/* The reference article embedded in the library (the seed of `hearsay
 * demo`): NUL-terminated UTF-8, its length in *len. */
const char *hs_demo_text(size_t *len);

/* Names of enum values as used in the output schema. */
const char *hs_kind_name(hs_kind k);
const char *hs_act_name(hs_act a);
const char *hs_entity_type_name(hs_entity_type t);

/* Serialisers.  Each returns 0, or -1 with err filled (HS_ERR_IO, NOMEM). */
/* One JSON object on one line, per docs/output-schema.md, with '\n'.
 * A document id that is not valid UTF-8 (one taken from a file name can
 * be any bytes) is HS_ERR_UTF8, with nothing written: JSON holds only
 * UTF-8, and a repaired id would not name the document.
 * Written as it is built, one attribution at a time: on failure part of
 * the object may already be in `out`, so write to a buffer first
 * (open_memstream) when a failed document must leave no trace. */
int hs_write_json(const hs_result *res, FILE *out, hs_error *err);
/* brat standoff (.ann), PolNeAR conventions. */
int hs_write_brat(const hs_result *res, FILE *out, hs_error *err);
/* Human-readable who-said-what summary. */
int hs_write_text(const hs_result *res, FILE *out, hs_error *err);

#ifdef __cplusplus
}
#endif
#endif /* HEARSAY_H */
