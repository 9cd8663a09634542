/*
 * engine.c -- the engine, the pipeline and the result.
 *
 * hs_engine_new() loads every embedded model and lexicon once; the engine
 * is read-only afterwards, so threads share it.  hs_extract() runs the
 * stages of internal.h in order over one hs_doc, then exports the
 * attributions and entities into the public structs of hearsay.h.
 */
#include <stdlib.h>
#include <string.h>

#include "confidence.h"
#include "internal.h"
#include "lexicon.h"
#include "models.h"
#include "perceptron.h"

struct hs_result {
    hs_doc *doc;
    hs_attribution *attrs;
    size_t nattrs;
    hs_span *content_frags;     /* backing store for attrs[i].content */
    hs_entity *ents;
    size_t nents;
};

const char *hs_version(void) { return HS_VERSION; }

const char *hs_demo_text(size_t *len)
{
    hs_blob b;
    if (!hs_blob_get("seed/bucha-china.txt", &b)) {
        *len = 0;
        return "";
    }
    *len = b.size;
    return (const char *)b.data;
}

/* Load the embedded model `name`; *out stays NULL when the model file is
 * empty (not trained in this checkout). */
static int load_model(const char *name, const hs_model **out, hs_error *err)
{
    hs_blob b;
    *out = NULL;
    if (!hs_blob_get(name, &b) || b.size == 0)
        return 0;
    hs_model *m = hs_model_load(b.data, b.size, err);
    if (!m)
        return -1;
    *out = m;
    return 0;
}

hs_engine *hs_engine_new(const hs_options *opt, hs_error *err)
{
    hs_engine *eng = calloc(1, sizeof *eng);
    if (!eng) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    eng->max_doc_bytes = opt && opt->max_doc_bytes ? opt->max_doc_bytes
                                                   : HS_DEFAULT_MAX_DOC_BYTES;
    eng->min_confidence = opt ? (float)opt->min_confidence : 0.0f;
    if (!(eng->min_confidence >= 0.0f && eng->min_confidence <= 1.0f)) {
        hs_set_error(err, HS_ERR_ARG, 0, "min_confidence must be in 0..1");
        free(eng);
        return NULL;
    }
    if (load_model("models/pos.bin", &eng->pos_model, err) ||
        load_model("models/ner.bin", &eng->ner_model, err) ||
        load_model("models/parse.bin", &eng->parse_model, err) ||
        load_model("models/cue.bin", &eng->cue_model, err) ||
        load_model("models/bounds.bin", &eng->bounds_model, err) ||
        load_model("models/sources.bin", &eng->sources_model, err) ||
        !(eng->lex = hs_lexicons_load(err)) ||
        hs_conf_load("models/confidence.txt", eng->conf_weights, err) ||
        hs_conf_load("models/weak.txt", eng->weak_weights, err)) {
        hs_engine_free(eng);
        return NULL;
    }
    return eng;
}

void hs_engine_free(hs_engine *eng)
{
    if (!eng)
        return;
    hs_model_free((hs_model *)eng->pos_model);
    hs_model_free((hs_model *)eng->ner_model);
    hs_model_free((hs_model *)eng->parse_model);
    hs_model_free((hs_model *)eng->cue_model);
    hs_model_free((hs_model *)eng->bounds_model);
    hs_model_free((hs_model *)eng->sources_model);
    hs_lexicons_free(eng->lex);
    free(eng);
}

hs_doc *hs_doc_new(const hs_engine *eng)
{
    hs_doc *d = calloc(1, sizeof *d);
    if (d)
        d->eng = eng;
    return d;
}

void hs_doc_free(hs_doc *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nents; i++) {
        free(d->ents[i].name);
        free(d->ents[i].role);
        free(d->ents[i].affiliation);
        free(d->ents[i].mentions);
    }
    free(d->ents);
    free(d->attrs);
    free(d->quotes);
    free(d->paras);
    free(d->sents);
    free(d->toks);
    free(d->tok_entity);
    free(d->about);
    free(d->byte_of_cp);
    free(d->text);
    free(d->id);
    free(d);
}

/* Copy the work structures of d into the public arrays of res. */
static int export_result(hs_result *res, hs_error *err)
{
    hs_doc *d = res->doc;
    size_t nfrags = 0;
    for (size_t i = 0; i < d->nattrs; i++)
        nfrags += d->attrs[i].content.n;
    res->attrs = calloc(d->nattrs ? d->nattrs : 1, sizeof *res->attrs);
    res->content_frags = calloc(nfrags ? nfrags : 1, sizeof *res->content_frags);
    res->ents = calloc(d->nents ? d->nents : 1, sizeof *res->ents);
    if (!res->attrs || !res->content_frags || !res->ents) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    size_t f = 0;
    for (size_t i = 0; i < d->nattrs; i++) {
        const hs_attr_work *w = &d->attrs[i];
        hs_attribution *a = &res->attrs[i];
        a->id = (int)i + 1;
        a->kind = w->kind;
        a->cue = w->cue;
        a->cue_lemma = w->cue_lemma ? w->cue_lemma : "";
        a->source = w->source;
        a->content = &res->content_frags[f];
        a->content_count = w->content.n;
        for (uint32_t k = 0; k < w->content.n; k++)
            res->content_frags[f++] = w->content.frag[k];
        a->speaker = w->speaker;
        a->act = w->act;
        a->confidence = w->confidence;
        a->about_count = w->about_n;
        a->about = w->about_n ? d->about + w->about_at : NULL;
    }
    res->nattrs = d->nattrs;
    for (size_t i = 0; i < d->nents; i++) {
        const hs_entity_work *w = &d->ents[i];
        hs_entity *e = &res->ents[i];
        e->id = (int)i + 1;
        e->name = w->name;
        e->type = w->type;
        e->role = w->role;
        e->affiliation = w->affiliation;
        e->mention_count = w->nmentions;
        e->mentions = w->mentions;
    }
    res->nents = d->nents;
    return 0;
}

hs_result *hs_result_wrap(hs_doc *d, hs_error *err)
{
    hs_result *res = calloc(1, sizeof *res);
    if (!res) {
        hs_doc_free(d);
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    res->doc = d;
    if (export_result(res, err)) {
        hs_result_free(res);
        return NULL;
    }
    return res;
}

const hs_doc *hs_result_doc(const hs_result *res)
{
    return res->doc;
}

int hs_run_stages(hs_doc *d, int from, hs_error *err)
{
    switch (from) {
    case HS_STAGE_TAG:
        if (hs_tag(d, err))
            return -1;
        /* fall through */
    case HS_STAGE_PARSE:
        if (hs_parse(d, err))
            return -1;
        /* fall through */
    case HS_STAGE_QUOTES:
        if (hs_quotes(d, err) || hs_attribute(d, err) || hs_resolve(d, err) ||
            hs_act_classify(d, err) || hs_confidence(d, err) || hs_about(d, err))
            return -1;
        return 0;
    default:
        hs_set_error(err, HS_ERR_ARG, 0, "bad stage");
        return -1;
    }
}

int hs_observe_text(hs_doc *d, const char *text, size_t len,
                    hs_attr_observer see, void *arg, hs_error *err)
{
    return hs_text_load(d, text, len, err) || hs_lex(d, err) || hs_tag(d, err) ||
           hs_parse(d, err) || hs_quotes(d, err) ||
           hs_attribute_observed(d, see, arg, err) ? -1 : 0;
}

hs_result *hs_extract(const hs_engine *eng, const char *text, size_t len,
                      const char *doc_id, hs_error *err)
{
    if (!eng || (!text && len)) {
        hs_set_error(err, HS_ERR_ARG, 0, "invalid argument");
        return NULL;
    }
    hs_doc *d = hs_doc_new(eng);
    if (!d) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    if ((doc_id && !(d->id = strdup(doc_id)))) {
        hs_doc_free(d);
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return NULL;
    }
    if (hs_text_load(d, text, len, err) || hs_lex(d, err) ||
        hs_run_stages(d, HS_STAGE_TAG, err)) {
        hs_doc_free(d);
        return NULL;
    }
    return hs_result_wrap(d, err);
}

void hs_result_free(hs_result *res)
{
    if (!res)
        return;
    hs_doc_free(res->doc);
    free(res->attrs);
    free(res->content_frags);
    free(res->ents);
    free(res);
}

const char *hs_result_doc_id(const hs_result *res) { return res->doc->id; }
const char *hs_result_text(const hs_result *res) { return res->doc->text; }
size_t hs_result_chars(const hs_result *res) { return res->doc->nchars; }
size_t hs_result_attribution_count(const hs_result *res) { return res->nattrs; }
size_t hs_result_entity_count(const hs_result *res) { return res->nents; }

const hs_attribution *hs_result_attribution(const hs_result *res, size_t i)
{
    return i < res->nattrs ? &res->attrs[i] : NULL;
}

const hs_entity *hs_result_entity(const hs_result *res, size_t i)
{
    return i < res->nents ? &res->ents[i] : NULL;
}

const hs_entity *hs_result_entity_by_id(const hs_result *res, int id)
{
    return id >= 1 && (size_t)id <= res->nents ? &res->ents[id - 1] : NULL;
}

const char *hs_result_span_bytes(const hs_result *res, hs_span span, size_t *len)
{
    const hs_doc *d = res->doc;
    if (span.end > d->nchars)
        span.end = d->nchars;
    if (span.begin > span.end)
        span.begin = span.end;
    size_t b0 = d->byte_of_cp[span.begin];
    *len = d->byte_of_cp[span.end] - b0;
    return d->text + b0;
}

size_t hs_result_span_text(const hs_result *res, hs_span span, char *buf,
                           size_t bufsize)
{
    size_t need;
    const char *p = hs_result_span_bytes(res, span, &need);
    if (bufsize) {
        size_t k = need < bufsize - 1 ? need : bufsize - 1;
        /* never cut a code point in half */
        while (k > 0 && k < need && ((unsigned char)p[k] & 0xC0) == 0x80)
            k--;
        memcpy(buf, p, k);
        buf[k] = '\0';
    }
    return need;
}

const char *hs_kind_name(hs_kind k)
{
    static const char *const names[] = { "direct", "mixed", "indirect" };
    return (unsigned)k < 3 ? names[k] : "indirect";
}

const char *hs_act_name(hs_act a)
{
    static const char *const names[HS_ACT_COUNT] = {
        "say", "report", "claim", "express-concern", "appeal", "demand",
        "accuse", "condemn", "deny", "praise", "threaten", "promise",
        "question", "believe"
    };
    return (unsigned)a < HS_ACT_COUNT ? names[a] : "say";
}

const char *hs_entity_type_name(hs_entity_type t)
{
    static const char *const names[] = { "PERSON", "ORG", "GPE", "OTHER" };
    return (unsigned)t < 4 ? names[t] : "OTHER";
}
