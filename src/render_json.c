/*
 * render_json.c -- one JSON object per document (docs/output-schema.md).
 *
 * Built with jansson and written compactly on one line, so a stream of
 * documents is JSON Lines.  Every "text" field is input[begin:end].
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

/* {"text":..., "begin":..., "end":...} for span s of res. */
static json_t *span_json(const hs_result *res, hs_span s)
{
    size_t need = hs_result_span_text(res, s, NULL, 0);
    char *buf = malloc(need + 1);
    if (!buf)
        return NULL;
    hs_result_span_text(res, s, buf, need + 1);
    json_t *o = json_pack("{s:s%,s:I,s:I}", "text", buf, need, "begin",
                          (json_int_t)s.begin, "end", (json_int_t)s.end);
    free(buf);
    return o;
}

/* The content object: the whole extent, plus its fragments when the
 * quotation is interrupted ("…,” she said, “…"). */
static json_t *content_json(const hs_result *res, const hs_attribution *a)
{
    hs_span all = { a->content[0].begin, a->content[a->content_count - 1].end };
    json_t *o = span_json(res, all);
    if (o && a->content_count > 1) {
        json_t *fr = json_array();
        for (size_t k = 0; k < a->content_count; k++)
            json_array_append_new(fr, json_pack("[I,I]",
                                                (json_int_t)a->content[k].begin,
                                                (json_int_t)a->content[k].end));
        json_object_set_new(o, "fragments", fr);
    }
    return o;
}

static json_t *speaker_json(const hs_result *res, int id)
{
    const hs_entity *e = hs_result_entity_by_id(res, id);
    if (!e)
        return json_null();
    json_t *o = json_pack("{s:i,s:s,s:s}", "entity", e->id, "name", e->name,
                          "type", hs_entity_type_name(e->type));
    if (e->role)
        json_object_set_new(o, "role", json_string(e->role));
    if (e->affiliation)
        json_object_set_new(o, "affiliation", json_string(e->affiliation));
    return o;
}

static json_t *attribution_json(const hs_result *res, const hs_attribution *a)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(a->id));
    json_object_set_new(o, "kind", json_string(hs_kind_name(a->kind)));
    if (a->cue.end > a->cue.begin) {
        json_t *c = span_json(res, a->cue);
        json_object_set_new(c, "lemma", json_string(a->cue_lemma));
        json_object_set_new(o, "cue", c);
    } else {
        json_object_set_new(o, "cue", json_null());
    }
    json_object_set_new(o, "source", a->source.end > a->source.begin
                                         ? span_json(res, a->source)
                                         : json_null());
    json_object_set_new(o, "content", content_json(res, a));
    json_object_set_new(o, "speaker", speaker_json(res, a->speaker));
    json_object_set_new(o, "act", json_string(hs_act_name(a->act)));
    json_object_set_new(o, "confidence",
                        json_real((double)(int)(a->confidence * 100 + 0.5) / 100));
    return o;
}

static json_t *entity_json(const hs_entity *e)
{
    json_t *m = json_array();
    for (size_t k = 0; k < e->mention_count; k++)
        json_array_append_new(m, json_pack("[I,I]", (json_int_t)e->mentions[k].begin,
                                           (json_int_t)e->mentions[k].end));
    json_t *o = json_pack("{s:i,s:s,s:s}", "id", e->id, "name", e->name,
                          "type", hs_entity_type_name(e->type));
    if (e->role)
        json_object_set_new(o, "role", json_string(e->role));
    if (e->affiliation)
        json_object_set_new(o, "affiliation", json_string(e->affiliation));
    json_object_set_new(o, "mentions", m);
    return o;
}

int hs_write_json(const hs_result *res, FILE *out, hs_error *err)
{
    json_t *doc = json_object();
    json_object_set_new(doc, "hearsay", json_integer(HS_SCHEMA_VERSION));
    const char *id = hs_result_doc_id(res);
    json_object_set_new(doc, "doc", id ? json_string(id) : json_null());
    json_object_set_new(doc, "chars", json_integer((json_int_t)hs_result_chars(res)));
    json_t *atts = json_array();
    for (size_t i = 0; i < hs_result_attribution_count(res); i++)
        json_array_append_new(atts, attribution_json(res, hs_result_attribution(res, i)));
    json_object_set_new(doc, "attributions", atts);
    json_t *ents = json_array();
    for (size_t i = 0; i < hs_result_entity_count(res); i++)
        json_array_append_new(ents, entity_json(hs_result_entity(res, i)));
    json_object_set_new(doc, "entities", ents);
    char *s = json_dumps(doc, JSON_COMPACT);
    json_decref(doc);
    if (!s) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory writing JSON");
        return -1;
    }
    size_t n = strlen(s);
    int bad = fwrite(s, 1, n, out) != n || fputc('\n', out) == EOF;
    free(s);
    if (bad) {
        hs_set_error(err, HS_ERR_IO, 0, "write failed");
        return -1;
    }
    return 0;
}
