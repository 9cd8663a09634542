/*
 * test_sources.c -- the learned source choice (src/sources.c).
 *
 * The pass runs between two observation points of
 * hs_attribute_observed(): the cases record each attribution's source at
 * both and check what the pass did to it.  A sentence whose subject the
 * parser loses gets its source from the model; a source of the rules' is
 * never touched; a given source never overlaps a cue or its content.
 */
#include "testutil.h"

#include "internal.h"
#include "sources.h"

#define MAX_SEEN 16

/* Each attribution's source (token range; -1 none) at both points. */
typedef struct {
    size_t n;
    int32_t before[MAX_SEEN][2], after[MAX_SEEN][2];
    int overlaps;       /* sources after the pass that touch a cue or content */
} seen;

static bool tok_in_content(const hs_doc *d, const hs_attr_work *w, int32_t i)
{
    for (uint32_t k = 0; k < w->content.n; k++)
        if (d->toks[i].c0 < w->content.frag[k].end &&
            w->content.frag[k].begin < d->toks[i].c1)
            return true;
    return false;
}

static void observe(const hs_doc *d, const struct hs_tree *t,
                    hs_observe_point point, void *arg)
{
    (void)t;
    seen *s = arg;
    s->n = d->nattrs < MAX_SEEN ? d->nattrs : MAX_SEEN;
    for (size_t a = 0; a < s->n; a++) {
        const hs_attr_work *w = &d->attrs[a];
        int32_t *r = point == HS_OBSERVE_SOURCES ? s->before[a] : s->after[a];
        r[0] = w->src_tok0;
        r[1] = w->src_tok1;
        if (point != HS_OBSERVE_BOUNDS)
            continue;
        for (int32_t i = w->src_tok0; i >= 0 && i < w->src_tok1; i++) {
            bool bad = tok_in_content(d, w, i);
            for (size_t b = 0; b < d->nattrs; b++)
                bad |= i >= d->attrs[b].cue_tok0 && i < d->attrs[b].cue_tok1;
            s->overlaps += bad;
        }
    }
}

/* Run text to the end of attribution, recording into s; the first
 * attribution's source text after all passes into src[]. */
static void run(const char *text, seen *s, char *src, size_t cap)
{
    hs_error err;
    hs_doc *d = hs_doc_new(test_engine());
    ck_assert_ptr_nonnull(d);
    memset(s, 0, sizeof *s);
    ck_assert_int_eq(hs_observe_text(d, text, strlen(text), observe, s, &err), 0);
    ck_assert_uint_ge(d->nattrs, 1);
    hs_span sp = d->attrs[0].source;
    size_t b0 = d->byte_of_cp[sp.begin], b1 = d->byte_of_cp[sp.end];
    size_t n = b1 - b0 < cap - 1 ? b1 - b0 : cap - 1;
    memcpy(src, d->text + b0, n);
    src[n] = '\0';
    hs_doc_free(d);
}

START_TEST(model_is_built_in)
{
    ck_assert_ptr_nonnull(test_engine()->sources_model);
}
END_TEST

START_TEST(lost_subject_found)
{
    /* the parser hangs "documented" on "report" as a relative clause, and
     * the rules find no subject; the noun phrase that opens the sentence
     * is the source */
    seen s;
    char src[256];
    run("The study not only documented faster warming in the Arctic, "
        "but also found more methane.", &s, src, sizeof src);
    ck_assert_int_eq(s.before[0][0], -1);
    ck_assert_int_ge(s.after[0][0], 0);
    ck_assert_str_eq(src, "The study");
}
END_TEST

START_TEST(verb_read_as_compound_head)
{
    /* "reports" read as a noun with "Times" its compound: the names
     * before it are the source */
    seen s;
    char src[256];
    run("The New York Times reports:\n\n\"In an illustration of the lack of "
        "enthusiasm, the campaign raised less.\"", &s, src, sizeof src);
    ck_assert_int_eq(s.before[0][0], -1);
    ck_assert_str_eq(src, "The New York Times");
}
END_TEST

START_TEST(rules_sources_untouched)
{
    static const char *const texts[] = {
        "Minyon Moore, a senior adviser to the campaign, called the remarks "
        "a \"call to arms.\"",
        "The mayor said the city would lift the curfew, adding that the "
        "protests had been peaceful.",
        "In a letter to Congress, several environmental groups granted the "
        "company an extension, saying its capital was less than expected.",
        "“We will not back down,” the union's leader told reporters on Friday.",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        seen s;
        char src[256];
        run(texts[k], &s, src, sizeof src);
        for (size_t a = 0; a < s.n; a++) {
            if (s.before[a][0] < 0)
                continue;
            ck_assert_int_eq(s.after[a][0], s.before[a][0]);
            ck_assert_int_eq(s.after[a][1], s.before[a][1]);
        }
        ck_assert_msg(s.overlaps == 0, "a source overlaps a cue or content in '%s'",
                      texts[k]);
    }
}
END_TEST

START_TEST(no_source_for_agentless_passive)
{
    /* nobody is said to have done the criticising: the model keeps "no
     * source" rather than take the subject, which is the content */
    seen s;
    char src[256];
    run("The plan was widely criticized as too vague.", &s, src, sizeof src);
    ck_assert_int_eq(s.after[0][0], -1);
    ck_assert_str_eq(src, "");
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("sources");
    TCase *tc = tcase_create("sources");
    tcase_add_test(tc, model_is_built_in);
    tcase_add_test(tc, lost_subject_found);
    tcase_add_test(tc, verb_read_as_compound_head);
    tcase_add_test(tc, rules_sources_untouched);
    tcase_add_test(tc, no_source_for_agentless_passive);
    suite_add_tcase(s, tc);
    return s;
}

HS_TEST_MAIN()
