/*
 * cmd_demo.c -- `hearsay demo`: the embedded reference article, its
 * attributions printed as a table grouped by speaker.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "hearsay.h"

/* Print at most `width` code points of s, with "…" when cut. */
static void put_clipped(const char *s, size_t width)
{
    size_t cps = 0, i = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (cps == width) {
                fwrite(s, 1, i, stdout);
                fputs("…", stdout);
                return;
            }
            cps++;
        }
    }
    fputs(s, stdout);
}

/* Print s clipped or padded to exactly `width` code points, then a
 * space, so columns line up whatever the text. */
static void put_padded(const char *s, size_t width)
{
    size_t cps = 0;
    for (const char *p = s; *p; p++)
        cps += ((unsigned char)*p & 0xC0) != 0x80;
    if (cps > width) {
        put_clipped(s, width - 1);
        cps = width;
    } else {
        fputs(s, stdout);
    }
    for (; cps < width; cps++)
        putchar(' ');
    putchar(' ');
}

/* Text of span s as a new string, line breaks flattened. */
static char *span_str(const hs_result *res, hs_span s)
{
    size_t n = hs_result_span_text(res, s, NULL, 0);
    char *buf = malloc(n + 1);
    if (!buf)
        return NULL;
    hs_result_span_text(res, s, buf, n + 1);
    for (char *p = buf; *p; p++)
        if (*p == '\n')
            *p = ' ';
    return buf;
}

/* Print the rows of one speaker (speaker id `who`, or -1: unresolved). */
static void print_group(const hs_result *res, int who)
{
    for (size_t i = 0; i < hs_result_attribution_count(res); i++) {
        const hs_attribution *a = hs_result_attribution(res, i);
        if (a->speaker != who)
            continue;
        char *cue = a->cue.end > a->cue.begin ? span_str(res, a->cue) : NULL;
        char *src = a->source.end > a->source.begin ? span_str(res, a->source) : NULL;
        hs_span all = { a->content[0].begin, a->content[a->content_count - 1].end };
        char *con = span_str(res, all);
        printf("  %2d  %-16s %-9s %.2f  ", a->id, hs_act_name(a->act), hs_kind_name(a->kind),
               (double)a->confidence);
        put_padded(cue ? cue : "-", 15);
        put_padded(src ? src : "-", 22);
        put_clipped(con ? con : "", 50);
        putchar('\n');
        /* whom the content is about, its names under the content */
        for (size_t k = 0; k < a->about_count; k++) {
            const hs_entity *t = hs_result_entity_by_id(res, a->about[k]);
            if (k == 0)
                printf("%70s about: ", "");
            else
                fputs(", ", stdout);
            fputs(t ? t->name : "?", stdout);
        }
        if (a->about_count)
            putchar('\n');
        free(cue);
        free(src);
        free(con);
    }
}

int hs_cmd_demo(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        puts("usage: hearsay demo\n\nRun hearsay on its embedded reference article "
             "(Bucha, April 2022) and\nprint who said what, grouped by speaker.");
        return 0;
    }
    size_t len;
    const char *text = hs_demo_text(&len);
    hs_error err;
    hs_engine *eng = hs_engine_new(NULL, &err);
    hs_result *res = eng ? hs_extract(eng, text, len, "bucha-china", &err) : NULL;
    if (!res) {
        fprintf(stderr, "hearsay demo: %s\n", err.message);
        hs_engine_free(eng);
        return 2;
    }
    size_t n = hs_result_attribution_count(res);
    printf("hearsay %s: bucha-china (%zu characters): %zu attributions, "
           "%zu entities\n\n", hs_version(), hs_result_chars(res), n,
           hs_result_entity_count(res));
    /* speakers in order of their first attribution */
    for (size_t i = 0; i < n; i++) {
        int who = hs_result_attribution(res, i)->speaker;
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = hs_result_attribution(res, j)->speaker == who;
        if (seen)
            continue;
        const hs_entity *e = hs_result_entity_by_id(res, who);
        if (e) {
            printf("%s  [%s%s%s%s%s]\n", e->name, hs_entity_type_name(e->type),
                   e->role ? ", " : "", e->role ? e->role : "",
                   e->affiliation ? ", " : "", e->affiliation ? e->affiliation : "");
        } else {
            printf("(speaker not named)\n");
        }
        print_group(res, who);
        putchar('\n');
    }
    printf("  columns: id, speech act, kind, confidence, cue, source span, content;\n"
           "  below a row, whom the content is about\n");
    hs_result_free(res);
    hs_engine_free(eng);
    if (fflush(stdout) != 0) {
        perror("hearsay demo: write error");
        return 2;
    }
    return 0;
}
