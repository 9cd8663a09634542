/*
 * render_brat.c -- brat standoff (.ann) in PolNeAR's conventions.
 *
 * Per attribution: Source, Cue and Content T lines (a discontinuous
 * content lists its fragments "b e;b e"), an Attribution trigger on the
 * cue (Attribution-no-source when there is no source) and one E line.  A
 * source shared by several attributions is written once and referenced by
 * each E line, as the annotators do.  The confidence goes on the trigger
 * as a brat note ("#1<TAB>AnnotatorNotes T4<TAB>confidence 0.93"), which
 * brat shows and the PolNeAR scorer skips.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Write the covered text of fragments (joined by a space), with line
 * breaks turned into spaces so each record stays on one line. */
static int put_text(const hs_result *res, const hs_span *fr, size_t n, FILE *out)
{
    for (size_t k = 0; k < n; k++) {
        size_t need = hs_result_span_text(res, fr[k], NULL, 0);
        char *buf = malloc(need + 1);
        if (!buf)
            return -1;
        hs_result_span_text(res, fr[k], buf, need + 1);
        for (char *p = buf; *p; p++)
            if (*p == '\n' || *p == '\r')
                *p = ' ';
        if (k)
            fputc(' ', out);
        fputs(buf, out);
        free(buf);
    }
    return 0;
}

/* One T line; returns its number. */
static int put_t(const hs_result *res, FILE *out, int *next, const char *type,
                 const hs_span *fr, size_t n)
{
    int id = (*next)++;
    fprintf(out, "T%d\t%s ", id, type);
    for (size_t k = 0; k < n; k++)
        fprintf(out, "%s%zu %zu", k ? ";" : "", fr[k].begin, fr[k].end);
    fputc('\t', out);
    put_text(res, fr, n, out);
    fputc('\n', out);
    return id;
}

int hs_write_brat(const hs_result *res, FILE *out, hs_error *err)
{
    size_t n = hs_result_attribution_count(res);
    int next = 1, ev = 1;
    int *src_ids = calloc(n ? n : 1, sizeof *src_ids);
    if (!src_ids) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        const hs_attribution *a = hs_result_attribution(res, i);
        int src = 0, cue = 0;
        bool has_src = a->source.end > a->source.begin;
        if (has_src) {
            /* shared sources belong to neighbouring attributions; a
             * bounded look-back keeps writing linear */
            for (size_t j = i > 16 ? i - 16 : 0; j < i && !src; j++) {
                const hs_attribution *b = hs_result_attribution(res, j);
                if (src_ids[j] && b->source.begin == a->source.begin &&
                    b->source.end == a->source.end)
                    src = src_ids[j];
            }
            if (!src)
                src = put_t(res, out, &next, "Source", &a->source, 1);
        }
        src_ids[i] = src;
        bool has_cue = a->cue.end > a->cue.begin;
        if (has_cue)
            cue = put_t(res, out, &next, "Cue", &a->cue, 1);
        int con = put_t(res, out, &next, "Content", a->content, a->content_count);
        const char *trig_type = has_src ? "Attribution" : "Attribution-no-source";
        int trig = has_cue ? put_t(res, out, &next, trig_type, &a->cue, 1)
                           : put_t(res, out, &next, trig_type, a->content,
                                   a->content_count);
        fprintf(out, "E%d\t%s:T%d", ev++, trig_type, trig);
        if (src)
            fprintf(out, " Source:T%d", src);
        if (cue)
            fprintf(out, " Cue:T%d", cue);
        fprintf(out, " Content:T%d\n", con);
        fprintf(out, "#%d\tAnnotatorNotes T%d\tconfidence %.2f\n", ev - 1, trig,
                (double)a->confidence);
    }
    free(src_ids);
    if (ferror(out)) {
        hs_set_error(err, HS_ERR_IO, 0, "write failed");
        return -1;
    }
    return 0;
}
