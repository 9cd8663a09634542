/*
 * test_confidence.c -- each attribution's confidence (src/confidence.c):
 * the fitted weights are read, every confidence is a probability, and on
 * real text a quotation with a named speaker and a strong cue is trusted
 * far more than a weak cue's phrase without a clause; and the weak-cue
 * selector (src/attr_tidy.c) keeps a weak cue's attribution its content
 * does not vouch for when it looks like the ones the gold marks; and one
 * content makes one attribution.
 */
#include <math.h>
#include <stdio.h>

#include "brat.h"
#include "confidence.h"
#include "testutil.h"

static const char NEWS[] =
    "BERLIN (Reuters) - German Chancellor Olaf Scholz on Tuesday rejected "
    "calls to send long-range missiles to Ukraine, saying the risk of "
    "escalation was too high.\n\n"
    "\"We will not become a party to this war,\" Scholz told reporters "
    "after meeting his cabinet.\n\n"
    "According to a poll published by ARD, 58 percent of Germans oppose "
    "the delivery.\n";

/* The attribution of r whose cue is `cue`, or NULL. */
static const hs_attribution *by_cue(const hs_result *r, const char *cue)
{
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        const hs_attribution *a = hs_result_attribution(r, i);
        if (a->cue.end - a->cue.begin == strlen(cue) &&
            strncmp(NEWS + a->cue.begin, cue, strlen(cue)) == 0)
            return a;
    }
    return NULL;
}

START_TEST(weights_are_read)
{
    static const char *const files[] = { "models/confidence.txt", "models/weak.txt" };
    for (int f = 0; f < 2; f++) {
        float w[HS_CONF_COUNT];
        hs_error err;
        ck_assert_int_eq(hs_conf_load(files[f], w, &err), 0);
        size_t nonzero = 0;
        for (int k = 0; k < HS_CONF_COUNT; k++) {
            ck_assert(isfinite(w[k]));
            nonzero += w[k] != 0;
        }
        ck_assert_uint_gt(nonzero, HS_CONF_COUNT / 2);
    }
}
END_TEST

START_TEST(selector_keeps_a_likely_weak_cue)
{
    static const char text[] =
        "Trump avoids condemning Russia's invasion of Ukraine, including "
        "its annexation of Crimea.";
    hs_result *r = test_extract(text);
    ck_assert_ptr_nonnull(r);
    const hs_doc *d = hs_result_doc(r);
    ck_assert_uint_eq(d->nattrs, 1);
    ck_assert(d->attrs[0].weak && d->attrs[0].unvouched);
    char buf[64];
    hs_result_span_text(r, d->attrs[0].cue, buf, sizeof buf);
    ck_assert_str_eq(buf, "avoids condemning");
    ck_assert_float_lt(d->attrs[0].confidence, 0.8f);
    hs_result_free(r);
}
END_TEST

START_TEST(weak_cues_kept_only_as_vouched_or_selected)
{
    /* whichever words a retrained detector puts under the margin, a weak
     * cue's attribution is kept only when its content vouches for it (a
     * quotation, a clause of "that", "whether" ...) or the selector
     * passed it */
    static const char *const texts[] = {
        "They maintained that large numbers of his supporters were angry. They "
        "maintained the building. Protesters were frustrated that the police "
        "department released only part of the footage. Protesters were frustrated "
        "with the police department. Many Americans have heard by now that 20 veterans "
        "commit suicide each day. Many Americans have heard the news by now. He hinted "
        "at a shakeup. Carson implied his rival was weak.",
        "Japan branded North Korea an \"outlaw nation in the neighborhood.\" Japan "
        "branded North Korea an outlaw nation. Many voters sense that the economy is "
        "weak. Officials let it be known that the talks will resume.",
    };
    size_t weak = 0;
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        hs_result *r = test_extract(texts[t]);
        ck_assert_ptr_nonnull(r);
        const hs_doc *d = hs_result_doc(r);
        for (size_t k = 0; k < d->nattrs; k++) {
            const hs_attr_work *w = &d->attrs[k];
            if (!w->weak || w->unvouched)
                continue;
            weak++;
            ck_assert_uint_gt(w->content.n, 0);
            char c[256];
            hs_result_span_text(r, w->content.frag[0], c, sizeof c);
            ck_assert_msg(strncmp(c, "that ", 5) == 0 || strncmp(c, "whether ", 8) == 0 ||
                          strchr(c, '"') != NULL, "weak cue kept on '%s'", c);
        }
        hs_result_free(r);
    }
    ck_assert_uint_ge(weak, 1);     /* "branded" at least */
}
END_TEST

START_TEST(confidences_rank_real_attributions)
{
    hs_result *r = test_extract(NEWS);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_ge(hs_result_attribution_count(r), 4);
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        float c = hs_result_attribution(r, i)->confidence;
        ck_assert(c > 0 && c < 1);
    }
    const hs_attribution *told = by_cue(r, "told");
    const hs_attribution *rejected = by_cue(r, "rejected");
    const hs_attribution *according = by_cue(r, "According to");
    ck_assert_ptr_nonnull(told);
    ck_assert_ptr_nonnull(rejected);
    ck_assert_ptr_nonnull(according);
    ck_assert_int_eq(told->kind, HS_DIRECT);
    ck_assert_float_gt(told->confidence, 0.85f);
    ck_assert_float_gt(rejected->confidence, 0.6f);
    /* "published by" is no speech: the detector's weak guess, a bare
     * noun phrase for content */
    const hs_attribution *published = by_cue(r, "published by");
    if (published)
        ck_assert_float_lt(published->confidence, 0.4f);
    hs_result_free(r);
}
END_TEST

/* The brat output carries each confidence as a note on the trigger, one
 * per E line, and reading it back ignores the notes. */
START_TEST(brat_notes_carry_the_confidence)
{
    hs_result *r = test_extract(NEWS);
    ck_assert_ptr_nonnull(r);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    hs_error err;
    ck_assert_int_eq(hs_write_brat(r, f, &err), 0);
    fclose(f);
    size_t notes = 0, events = 0;
    for (const char *p = buf; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
        int id, trig;
        double c;
        notes += sscanf(p, "#%d\tAnnotatorNotes T%d\tconfidence %lf", &id, &trig, &c) == 3 &&
                 c > 0 && c < 1;
        events += p[0] == 'E';
    }
    ck_assert_uint_eq(events, hs_result_attribution_count(r));
    ck_assert_uint_eq(notes, events);
    hs_brat_doc d;
    hs_brat_init(&d);
    ck_assert_int_eq(hs_brat_parse(&d, buf, len, &err), 0);
    ck_assert_uint_eq(d.nattrs, events);
    ck_assert_uint_eq(d.warn[HS_BRAT_W_MALFORMED_T], 0);
    hs_brat_free(&d);
    free(buf);
    hs_result_free(r);
}
END_TEST

START_TEST(one_content_one_attribution)
{
    /* "said in the letter" reads two cues for one content; only the
     * more confident attribution is kept */
    hs_result *r = test_extract("City Attorney Brad Holm said in the letter that the advertisement "
                                "“unmistakably and wrongfully” suggests that Phoenix and its "
                                "officers support Trump’s campaign.");
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(hs_result_attribution_count(r), 1);
    char cue[32];
    hs_result_span_text(r, hs_result_attribution(r, 0)->cue, cue, sizeof cue);
    ck_assert_str_eq(cue, "said");
    hs_result_free(r);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("confidence");
    TCase *tc = tcase_create("confidence");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, weights_are_read);
    tcase_add_test(tc, confidences_rank_real_attributions);
    tcase_add_test(tc, selector_keeps_a_likely_weak_cue);
    tcase_add_test(tc, weak_cues_kept_only_as_vouched_or_selected);
    tcase_add_test(tc, brat_notes_carry_the_confidence);
    tcase_add_test(tc, one_content_one_attribution);
    suite_add_tcase(s, tc);
    return s;
}

HS_TEST_MAIN()
