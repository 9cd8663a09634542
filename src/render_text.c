/*
 * render_text.c -- a readable who-said-what summary, one line per
 * attribution: speaker (role), act, kind, confidence, cue, the content
 * and whom it is about.
 */
#include <string.h>

#include "internal.h"

/* Print span text with line breaks and tabs flattened to spaces; returns
 * its last byte (0 when empty). */
static char put_span(const hs_result *res, hs_span s, FILE *out)
{
    size_t len;
    const char *p = hs_result_span_bytes(res, s, &len);
    for (size_t i = 0; i < len; i++)
        fputc(p[i] == '\n' || p[i] == '\r' || p[i] == '\t' ? ' ' : p[i], out);
    return len ? p[len - 1] : 0;
}

int hs_write_text(const hs_result *res, FILE *out, hs_error *err)
{
    const char *id = hs_result_doc_id(res);
    size_t n = hs_result_attribution_count(res);
    fprintf(out, "# %s: %zu attribution%s\n", id ? id : "(stdin)", n,
            n == 1 ? "" : "s");
    for (size_t i = 0; i < n; i++) {
        const hs_attribution *a = hs_result_attribution(res, i);
        const hs_entity *e = hs_result_entity_by_id(res, a->speaker);
        fprintf(out, "%3d  ", a->id);
        if (e) {
            /* what the name already says is not said again: "Vermont
             * senator", not "Vermont senator (Vermont)" */
            const char *role = e->role && !strstr(e->name, e->role) ? e->role : NULL;
            const char *aff = e->affiliation && !strstr(e->name, e->affiliation)
                              ? e->affiliation : NULL;
            fputs(e->name, out);
            if (role || aff)
                fprintf(out, " (%s%s%s)", role ? role : "", role && aff ? ", " : "",
                        aff ? aff : "");
        } else if (a->source.end > a->source.begin) {
            put_span(res, a->source, out);
        } else {
            fputs("(unnamed)", out);
        }
        fprintf(out, " [%s, %s, %.2f] ", hs_act_name(a->act), hs_kind_name(a->kind),
                (double)a->confidence);
        if (a->cue.end > a->cue.begin)   /* "wrote in a memo:" has its colon */
            fputs(put_span(res, a->cue, out) == ':' ? " " : ": ", out);
        for (size_t k = 0; k < a->content_count; k++) {
            if (k)
                fputs(" … ", out);
            put_span(res, a->content[k], out);
        }
        for (size_t k = 0; k < a->about_count; k++) {
            const hs_entity *t = hs_result_entity_by_id(res, a->about[k]);
            fputs(k ? ", " : "  [about: ", out);
            fputs(t ? t->name : "?", out);
        }
        fputs(a->about_count ? "]\n" : "\n", out);
    }
    if (ferror(out)) {
        hs_set_error(err, HS_ERR_IO, 0, "write failed");
        return -1;
    }
    return 0;
}
