/*
 * render_text.c -- a readable who-said-what summary, one line per
 * attribution: speaker (role), act, kind, confidence, cue, and the
 * content.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Print span text with line breaks flattened; returns its last byte (0
 * when empty).  Out of memory sets *nomem rather than leave a gap. */
static char put_span(const hs_result *res, hs_span s, FILE *out, int *nomem)
{
    size_t need = hs_result_span_text(res, s, NULL, 0);
    char *buf = malloc(need + 1);
    if (!buf) {
        *nomem = 1;
        return 0;
    }
    hs_result_span_text(res, s, buf, need + 1);
    for (char *p = buf; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    fputs(buf, out);
    char last = need ? buf[need - 1] : 0;
    free(buf);
    return last;
}

int hs_write_text(const hs_result *res, FILE *out, hs_error *err)
{
    const char *id = hs_result_doc_id(res);
    size_t n = hs_result_attribution_count(res);
    int nomem = 0;
    fprintf(out, "# %s: %zu attribution%s\n", id ? id : "(stdin)", n,
            n == 1 ? "" : "s");
    for (size_t i = 0; i < n && !nomem; i++) {
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
            put_span(res, a->source, out, &nomem);
        } else {
            fputs("(unnamed)", out);
        }
        fprintf(out, " [%s, %s, %.2f] ", hs_act_name(a->act), hs_kind_name(a->kind),
                (double)a->confidence);
        if (a->cue.end > a->cue.begin)   /* "wrote in a memo:" has its colon */
            fputs(put_span(res, a->cue, out, &nomem) == ':' ? " " : ": ", out);
        for (size_t k = 0; k < a->content_count; k++) {
            if (k)
                fputs(" … ", out);
            put_span(res, a->content[k], out, &nomem);
        }
        fputc('\n', out);
    }
    if (nomem) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory writing text");
        return -1;
    }
    if (ferror(out)) {
        hs_set_error(err, HS_ERR_IO, 0, "write failed");
        return -1;
    }
    return 0;
}
