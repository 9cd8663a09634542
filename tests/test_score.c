/*
 * test_score.c -- the brat reader and the scorer on small hand-made
 * articles: the behaviours the reference scorer was unit-tested against
 * (shared/corpus/README.md, "Scorer"), plus the reader's odd cases and its
 * robustness on arbitrary bytes.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>

#include "brat.h"
#include "score.h"
#include "testutil.h"

static const char TEXT[] =
    "Smith said: \"We will win the election.\" Jones disagreed.\n"
    "\n"
    "The plan, officials said, would cost $5 billion.";

/* Code-point offset of the first occurrence of `needle` in TEXT (ASCII). */
static size_t off(const char *needle)
{
    const char *p = strstr(TEXT, needle);
    ck_assert_msg(p != NULL, "no %s in text", needle);
    return (size_t)(p - TEXT);
}

/* Parse an .ann string, failing the test on error. */
static void parse(hs_brat_doc *d, const char *ann)
{
    hs_error err;
    hs_brat_init(d);
    ck_assert_int_eq(hs_brat_parse(d, ann, strlen(ann), &err), 0);
}

/* Score gold against pred (each a list of .ann strings scored with weight
 * 1/k against the same prediction) on `text`. */
static hs_score_report score_k(const char *text, const char *const *golds,
                               size_t k, const char *pred_ann)
{
    hs_error err;
    hs_score_text *t = hs_score_text_new(text, strlen(text), &err);
    ck_assert_ptr_nonnull(t);
    hs_scorer *sc = hs_scorer_new();
    ck_assert_ptr_nonnull(sc);
    hs_brat_doc pred;
    parse(&pred, pred_ann);
    hs_scorer_count_warnings(sc, &pred, HS_SIDE_PRED);
    for (size_t i = 0; i < k; i++) {
        hs_brat_doc gold;
        parse(&gold, golds[i]);
        hs_scorer_count_warnings(sc, &gold, HS_SIDE_GOLD);
        ck_assert_int_eq(hs_scorer_add(sc, t, &gold, &pred, 1.0 / (double)k,
                                       &err), 0);
        hs_brat_free(&gold);
    }
    hs_brat_free(&pred);
    hs_score_report rep;
    hs_scorer_report(sc, &rep);
    hs_scorer_free(sc);
    hs_score_text_free(t);
    return rep;
}

/* score_k with one gold file. */
static hs_score_report score1(const char *text, const char *gold,
                              const char *pred)
{
    return score_k(text, &gold, 1, pred);
}

/* The gold annotation of TEXT: Smith said: "We ... election." and the
 * source-less-looking officials said ... (with a source). */
static char *gold_ann(void)
{
    static char buf[1024];
    snprintf(buf, sizeof buf,
             "T1\tSource %zu %zu\tSmith\n"
             "T2\tCue %zu %zu\tsaid\n"
             "T3\tContent %zu %zu\t\"We will win the election.\"\n"
             "T4\tAttribution %zu %zu\tsaid\n"
             "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
             "T5\tSource %zu %zu\tofficials\n"
             "T6\tCue %zu %zu\tsaid\n"
             "T7\tContent %zu %zu;%zu %zu\tThe plan would cost $5 billion\n"
             "T8\tAttribution %zu %zu\tsaid\n"
             "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n",
             off("Smith"), off("Smith") + 5, off("said"), off("said") + 4,
             off("\"We"), off("n.\"") + 3, off("said"), off("said") + 4,
             off("officials"), off("officials") + 9, off("said,"),
             off("said,") + 4, off("The plan"), off("The plan") + 8,
             off("would"), off("billion") + 8, off("said,"),
             off("said,") + 4);
    return buf;
}

#define EQ(a, b) ck_assert_double_eq_tol((a), (b), 1e-12)

START_TEST(gold_against_itself_is_perfect)
{
    const char *g = gold_ann();
    hs_score_report r = score1(TEXT, g, g);
    for (int k = 0; k < HS_ROLE_COUNT; k++) {
        EQ(r.spans[k].gold, 2);
        EQ(r.spans[k].exact.p, 1);
        EQ(r.spans[k].exact.r, 1);
        EQ(r.spans[k].exact.f1, 1);
        EQ(r.spans[k].partial.f1, 1);
    }
    EQ(r.att.gold, 2);
    EQ(r.att.found, 2);
    EQ(r.att.found_prf.f1, 1);
    EQ(r.att.fully_correct_prf.f1, 1);
    EQ(r.att.source_exact_share, 1);
    EQ(r.att.source_partial_share, 1);
    EQ(r.att.cue_match_share, 1);
    EQ(r.att.content_exact_share, 1);
    EQ(r.att.content_partial_share, 1);
    EQ(r.att.fully_correct_share, 1);
    EQ(r.type[HS_CT_DIRECT].gold, 1);
    EQ(r.type[HS_CT_DIRECT].found_recall, 1);
    EQ(r.type[HS_CT_INDIRECT].fully_correct_recall, 1);
    ck_assert(isnan(r.type[HS_CT_MIXED].found_recall));
    EQ(r.articles, 1);
}
END_TEST

START_TEST(empty_prediction_has_zero_recall)
{
    hs_score_report r = score1(TEXT, gold_ann(), "");
    for (int k = 0; k < HS_ROLE_COUNT; k++) {
        EQ(r.spans[k].exact.r, 0);
        EQ(r.spans[k].exact.p, 0);   /* no prediction but gold: 0 */
        EQ(r.spans[k].partial.r, 0);
    }
    EQ(r.att.found_prf.r, 0);
    EQ(r.att.fully_correct_prf.r, 0);
    EQ(r.att.content_exact_share, 0);
    EQ(r.type[HS_CT_DIRECT].found_recall, 0);
    /* nothing on either side: 1.0 */
    hs_score_report e = score1(TEXT, "", "");
    EQ(e.att.found_prf.p, 1);
    EQ(e.att.found_prf.r, 1);
    EQ(e.att.cue_match_share, 1);
}
END_TEST

START_TEST(shifted_span_is_partial_not_exact)
{
    char pred[256];
    /* "will win the election" instead of "We will win the election." */
    snprintf(pred, sizeof pred, "T1\tContent %zu %zu\tx\nE1\tA:T9 Content:T1\n",
             off("will win"), off("Jones") - 1);
    hs_score_report r = score1(TEXT, gold_ann(), pred);
    hs_prf ex = r.spans[HS_ROLE_CONTENT].exact;
    hs_prf pa = r.spans[HS_ROLE_CONTENT].partial;
    EQ(ex.p, 0);
    EQ(ex.r, 0);
    EQ(pa.p, 1.0);              /* 4 of 4 predicted words are right */
    EQ(pa.r, (4.0 / 5) / 2);    /* 4 of 5 gold words, 2 gold items */
    EQ(r.att.found, 1);
    EQ(r.att.content_exact_share, 0);
    EQ(r.att.content_partial_share, 1);   /* 4/5 >= 0.5 */
    EQ(r.att.source_exact_share, 0);      /* gold has a source */
}
END_TEST

START_TEST(edge_punctuation_ignored_and_colon_cues_match)
{
    static const char text[] = "Mayor: \"Build it.\" Mayor : later.";
    char gold[256], pred[256];
    /* gold content with quotes and period, cue ':' */
    snprintf(gold, sizeof gold,
             "T1\tCue 5 6\t:\nT2\tContent 7 18\t\"Build it.\"\n"
             "T3\tSource 0 5\tMayor\nE1\tAttribution:T1 Cue:T1 Content:T2 "
             "Source:T3\n");
    /* prediction: bare words, cue ': ' with a space, source with space */
    snprintf(pred, sizeof pred,
             "T1\tCue 5 7\t: \nT2\tContent 8 16\tBuild it\n"
             "T3\tSource 0 6\tMayor \nE1\tAttribution:T1 Cue:T1 Content:T2 "
             "Source:T3\n");
    hs_score_report r = score1(text, gold, pred);
    for (int k = 0; k < HS_ROLE_COUNT; k++)
        EQ(r.spans[k].exact.f1, 1);
    EQ(r.att.fully_correct_prf.f1, 1);
    EQ(r.type[HS_CT_DIRECT].gold, 1);
    /* a different colon does not match */
    snprintf(pred, sizeof pred,
             "T1\tCue 25 26\t:\nT2\tContent 8 16\tBuild it\n"
             "E1\tAttribution:T1 Cue:T1 Content:T2\n");
    r = score1(text, gold, pred);
    EQ(r.spans[HS_ROLE_CUE].exact.f1, 0);
    EQ(r.att.cue_match_share, 0);
    EQ(r.att.found, 1);
}
END_TEST

START_TEST(sourceless_gold_needs_sourceless_prediction)
{
    static const char text[] = "\"Tax cuts now,\" the memo said.";
    const char *gold = "T1\tContent 0 15\tx\nT2\tCue 25 29\tsaid\n"
                       "E1\tAttribution-no-source:T2 Cue:T2 Content:T1\n";
    const char *with_src = "T1\tContent 0 15\tx\nT2\tCue 25 29\tsaid\n"
                           "T3\tSource 16 24\tthe memo\n"
                           "E1\tAttribution:T2 Cue:T2 Content:T1 Source:T3\n";
    hs_score_report r = score1(text, gold, with_src);
    EQ(r.att.found, 1);
    EQ(r.att.source_exact_share, 0);
    EQ(r.att.source_partial_share, 0);
    EQ(r.att.fully_correct, 0);
    r = score1(text, gold, gold);
    EQ(r.att.source_exact_share, 1);
    EQ(r.att.fully_correct, 1);
    EQ(r.spans[HS_ROLE_SOURCE].exact.f1, 1);   /* 0 and 0: 1.0 */
}
END_TEST

START_TEST(pairing_is_one_to_one)
{
    char pred[512];
    size_t a = off("\"We"), b = off("n.\"") + 3;
    snprintf(pred, sizeof pred,
             "T1\tContent %zu %zu\tx\nT2\tContent %zu %zu\tx\n"
             "E1\tA:T1 Content:T1\nE2\tA:T2 Content:T2\n",
             a, b, off("win the"), b);
    hs_score_report r = score1(TEXT, gold_ann(), pred);
    EQ(r.att.pred, 2);
    EQ(r.att.found, 1);
    EQ(r.att.found_prf.p, 0.5);
    EQ(r.att.found_prf.r, 0.5);
    EQ(r.att.content_exact_share, 1);   /* the exact one wins the pair */
    EQ(r.spans[HS_ROLE_CONTENT].exact_matches, 1);
    EQ(r.spans[HS_ROLE_CONTENT].partial.p, 0.5);
}
END_TEST

START_TEST(discontinuous_content2_and_multiline_are_parsed)
{
    const char *ann =
        "T1\tContent 10 20;30 40\tpart one\n"
        "second line of the covered text\n"
        "T2\tContent 50 60\tmore\n"
        "T3\tSource 0 5\tSmith\n"
        "T4\tAttribution 25 29\tsaid\n"
        "E1\tAttribution:T4 Source:T3 Content:T1 Content2:T2\n"
        "#1\tAnnotatorNotes T1\tnote\n";
    hs_brat_doc d;
    parse(&d, ann);
    ck_assert_uint_eq(d.nattrs, 1);
    const hs_brat_attr *a = &d.attrs[0];
    ck_assert_uint_eq(a->n[HS_ROLE_CONTENT], 3);
    ck_assert_uint_eq(a->frag[HS_ROLE_CONTENT][1].begin, 30);
    ck_assert_uint_eq(a->frag[HS_ROLE_CONTENT][2].end, 60);
    ck_assert_uint_eq(a->n[HS_ROLE_SOURCE], 1);
    ck_assert_uint_eq(a->n[HS_ROLE_CUE], 0);
    for (int w = 0; w < HS_BRAT_W_COUNT; w++)
        ck_assert_uint_eq(d.warn[w], 0);
    hs_brat_free(&d);

    /* scored: one content item of the discontinuous spans */
    char gold[256];
    snprintf(gold, sizeof gold,
             "T1\tContent %zu %zu;%zu %zu\tx\n"
             "E1\tAttribution:T9 Content:T1\n",
             off("The plan"), off("The plan") + 8, off("would"),
             off("billion") + 7);
    char pred[256];
    snprintf(pred, sizeof pred,
             "T1\tContent %zu %zu\tx\nT2\tContent %zu %zu\tx\n"
             "E1\tAttribution:T9 CONTENT:T1 content2:T2\n",
             off("The plan"), off("The plan") + 8, off("would"),
             off("billion") + 8);
    hs_score_report r = score1(TEXT, gold, pred);
    EQ(r.spans[HS_ROLE_CONTENT].exact.f1, 1);
    EQ(r.att.content_exact_share, 1);
}
END_TEST

START_TEST(all_annotators_average)
{
    static const char text[] = "Ann said it rains. Bob said it snows.";
    const char *g1 = "T1\tContent 9 17\tx\nE1\tA:T1 Content:T1\n";
    const char *g2 = "T1\tContent 9 17\tx\nT2\tContent 28 36\tx\n"
                     "E1\tA:T1 Content:T1\nE2\tA:T2 Content:T2\n";
    const char *golds[2] = { g1, g2 };
    hs_score_report r = score_k(text, golds, 2, g1);
    EQ(r.att.gold, 1.5);
    EQ(r.att.found, 1);
    EQ(r.att.found_prf.r, 1 / 1.5);
    EQ(r.att.found_prf.p, 1);
    EQ(r.articles, 1);
    /* three files: counts are rounded to 4 decimals */
    const char *golds3[3] = { g1, g2, g2 };
    r = score_k(text, golds3, 3, g1);
    EQ(r.att.gold, 1.6667);
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(hs_score_report_print(&r, f), 0);
    rewind(f);
    char line[256];
    bool seen = false;
    while (fgets(line, sizeof line, f))
        if (strstr(line, "found (content >= 1 word)")) {
            ck_assert_str_eq(line, "  found (content >= 1 word)   1.6667 "
                                   "       1        1 | 100.0  60.0  75.0\n");
            seen = true;
        }
    ck_assert(seen);
    fclose(f);
}
END_TEST

START_TEST(reader_odd_cases)
{
    const char *ann =
        "\xEF\xBB\xBFT1\tsource 0 5\tSmith\r\n"
        "T2\tContent 20 10\treversed\r\r\n"
        "E1\tAttribution:T9 Source:T1 Content:T2 Cue:T7\n"
        "E2\tAttribution:T9 Content:T2 Source:T1\n"      /* duplicate */
        "E3\tAttribution:T9 Content12:T2 source:T1 content:T2\n"
        "T3\tCue 6 10\tsaid\n"                           /* unlinked */
        "T4\tContent x y\tbad\n"
        "T5\tContent\tno offsets\n"
        "T6\tContent2 1 2\tnot a role as a T type\n"
        "E4\tAttribution:T1\n"                           /* trigger only */
        "T8\tContent 3 4; 3 4\tdup fragment\n"          /* unlinked */
        " T9\tContent 1 2\tnot a record\n"
        "X1\tContent 1 2\tnot a record\n";
    hs_brat_doc d;
    parse(&d, ann);
    ck_assert_uint_eq(d.nattrs, 3);
    const hs_brat_attr *a = &d.attrs[0];
    ck_assert_uint_eq(a->n[HS_ROLE_SOURCE], 1);
    ck_assert_uint_eq(a->frag[HS_ROLE_CONTENT][0].begin, 10);
    ck_assert_uint_eq(a->frag[HS_ROLE_CONTENT][0].end, 20);
    ck_assert_uint_eq(d.attrs[1].n[HS_ROLE_CUE], 1);
    ck_assert_uint_eq(d.attrs[2].n[HS_ROLE_CONTENT], 2);   /* kept twice */
    ck_assert_uint_eq(d.warn[HS_BRAT_W_UNKNOWN_ID], 1);
    ck_assert_uint_eq(d.warn[HS_BRAT_W_MALFORMED_T], 2);
    ck_assert_uint_eq(d.warn[HS_BRAT_W_UNLINKED_CUE], 1);
    ck_assert_uint_eq(d.warn[HS_BRAT_W_UNLINKED_CONTENT], 1);
    ck_assert_uint_eq(d.warn[HS_BRAT_W_UNLINKED_SOURCE], 0);
    hs_brat_free(&d);

    /* a redefined T keeps its place, takes the new value */
    parse(&d, "T1\tCue 1 2\ta\nT2\tCue 5 6\tb\nT1\tSource 3 4\tc\n");
    ck_assert_uint_eq(d.nattrs, 2);
    ck_assert_uint_eq(d.attrs[0].n[HS_ROLE_SOURCE], 1);
    ck_assert_uint_eq(d.attrs[1].n[HS_ROLE_CUE], 1);
    hs_brat_free(&d);

    /* huge offsets: distinct, never equal to small ones, clipped */
    parse(&d, "T1\tContent 1 99999999999999999999999\tx\n"
              "T2\tContent 1 99999999999999999999998\tx\n"
              "T3\tContent 1 000000000000000000000000000000000002\tx\n");
    ck_assert_uint_eq(d.nattrs, 3);
    ck_assert(d.attrs[0].frag[HS_ROLE_CONTENT][0].end !=
              d.attrs[1].frag[HS_ROLE_CONTENT][0].end);
    ck_assert_uint_eq(d.attrs[2].frag[HS_ROLE_CONTENT][0].end, 2);
    hs_brat_free(&d);

    /* Unicode digits and spaces, as Python's \d and \s */
    parse(&d, "T1\tContent \xd9\xa1 \xe2\x80\x83\xd9\xa3\tx\n"
              "E1\tA:T1\xe2\x80\x83" "Content\xd9\xa2:T1\n");
    ck_assert_uint_eq(d.nattrs, 1);
    ck_assert_uint_eq(d.attrs[0].frag[HS_ROLE_CONTENT][0].begin, 1);
    ck_assert_uint_eq(d.attrs[0].frag[HS_ROLE_CONTENT][0].end, 3);
    ck_assert_uint_eq(d.warn[HS_BRAT_W_UNLINKED_CONTENT], 0);
    hs_brat_free(&d);
}
END_TEST

START_TEST(clipped_offsets_warn_once_per_list)
{
    static const char text[] = "He said yes.";
    const char *pred = "T1\tContent 8 40\tx\nE1\tA:T1 Content:T1\n"
                       "E2\tA:T1 Content:T1 Cue:T2\nT2\tCue 3 7\tsaid\n";
    hs_score_report r = score1(text, pred, pred);
    ck_assert_uint_eq(r.warn[HS_SW_CLIPPED], 1);
    EQ(r.att.found, 2);
    ck_assert_str_eq(hs_score_warning_name(HS_SW_CLIPPED),
                     "span offsets outside the text (clipped)");
}
END_TEST

/* Content type of the whole of `s`. */
static hs_content_type ctype(const char *s)
{
    hs_error err;
    hs_score_text *t = hs_score_text_new(s, strlen(s), &err);
    ck_assert_ptr_nonnull(t);
    hs_brat_frag f = { 0, hs_score_text_chars(t) };
    hs_content_type c = hs_score_content_type(t, &f, 1);
    hs_score_text_free(t);
    return c;
}

START_TEST(content_types)
{
    ck_assert_int_eq(ctype("\"We will win.\""), HS_CT_DIRECT);
    ck_assert_int_eq(ctype("\xe2\x80\x9cWe will win,\xe2\x80\x9d -- "),
                     HS_CT_DIRECT);
    ck_assert_int_eq(ctype("that it was \xe2\x80\x9c" "over\xe2\x80\x9d now"),
                     HS_CT_MIXED);
    ck_assert_int_eq(ctype("O\xe2\x80\x99Malley\xe2\x80\x99s plan works"),
                     HS_CT_INDIRECT);
    ck_assert_int_eq(ctype("the voters\xe2\x80\x99 choice matters"),
                     HS_CT_INDIRECT);
    ck_assert_int_eq(ctype("a \xe2\x80\x98" "big\xe2\x80\x99 deal"),
                     HS_CT_MIXED);
    ck_assert_int_eq(ctype("the voters\xe2\x80\x99"), HS_CT_MIXED);
    ck_assert_int_eq(ctype("it rains"), HS_CT_INDIRECT);
    ck_assert_int_eq(ctype("\""), HS_CT_MIXED);
}
END_TEST

START_TEST(arbitrary_bytes_do_not_crash)
{
    static const char *const seeds[] = {
        "T1\tContent 1 5;7 9\tx\nE1\tA:T1 Content2:T1 Cue:T1\n",
        "T1\tSource 0 3\tx\r\nT2\tCue 4 8\tx\nE1\tA:T2 Source:T1 Cue:T2 "
        "Content:T1\n#1\tAnnotatorNotes T1\tn\n",
    };
    unsigned s = 12345;
    char buf[256];
    for (int it = 0; it < 20000; it++) {
        const char *seed = seeds[it % 2];
        size_t n = strlen(seed);
        memcpy(buf, seed, n);
        int muts = 1 + it % 8;
        for (int m = 0; m < muts; m++) {
            s = s * 1103515245u + 12345u;
            size_t pos = (s >> 8) % n;
            s = s * 1103515245u + 12345u;
            static const char pool[] = "\t\n\r ;:0123456789TEC\xff\xe2\x80";
            buf[pos] = (s >> 9) % 3 ? pool[(s >> 12) % (sizeof pool - 1)]
                                    : (char)(s >> 16);
        }
        hs_brat_doc d;
        hs_error err;
        hs_brat_init(&d);
        (void)hs_brat_parse(&d, buf, n, &err);
        hs_brat_free(&d);
    }
    /* NUL bytes and an empty buffer */
    hs_brat_doc d;
    hs_error err;
    hs_brat_init(&d);
    ck_assert_int_eq(hs_brat_parse(&d, "T1\tCue 1 2\0\nE1\t\0", 16, &err), 0);
    ck_assert_int_eq(hs_brat_parse(&d, NULL, 0, &err), 0);
    hs_brat_free(&d);
}
END_TEST

START_TEST(quadratic_annotation_is_refused)
{
    /* one span of 50,000 fragments linked by 2,000 different E lines */
    size_t cap = 50000 * 14 + 2000 * 80 + 64, n = 0;
    char *buf = malloc(cap);
    ck_assert_ptr_nonnull(buf);
    n += (size_t)sprintf(buf + n, "T1\tContent ");
    for (int i = 0; i < 50000; i++)
        n += (size_t)sprintf(buf + n, "%s%d %d", i ? ";" : "", i, i + 1);
    n += (size_t)sprintf(buf + n, "\tx\n");
    for (int i = 0; i < 2000; i++)
        n += (size_t)sprintf(buf + n, "T%d\tCue %d %d\tx\nE%d\tA:T1 "
                             "Content:T1 Cue:T%d\n", i + 2, i, i + 1, i, i + 2);
    hs_brat_doc d;
    hs_error err;
    hs_brat_init(&d);
    ck_assert_int_eq(hs_brat_parse(&d, buf, n, &err), -1);
    ck_assert_int_eq(err.code, HS_ERR_TOO_BIG);
    hs_brat_free(&d);
    free(buf);
}
END_TEST

START_TEST(in_memory_prediction_equals_written_brat)
{
    static const char text[] =
        "\"We will never give up,\" Senator Mary Jones said on Tuesday. "
        "The mayor said that the bridge would reopen in May.\n\n"
        "According to officials, the cost doubled.";
    hs_result *res = test_extract(text);
    ck_assert_ptr_nonnull(res);
    hs_brat_doc mem, back;
    hs_error err;
    hs_brat_init(&mem);
    for (size_t i = 0; i < hs_result_attribution_count(res); i++)
        ck_assert_int_eq(hs_brat_add_attribution(
                             &mem, hs_result_attribution(res, i), &err), 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(hs_write_brat(res, f, &err), 0);
    fclose(f);
    hs_brat_init(&back);
    ck_assert_int_eq(hs_brat_parse(&back, buf, len, &err), 0);
    ck_assert_uint_eq(mem.nattrs, back.nattrs);
    for (size_t i = 0; i < mem.nattrs; i++)
        for (int r = 0; r < HS_ROLE_COUNT; r++) {
            ck_assert_uint_eq(mem.attrs[i].n[r], back.attrs[i].n[r]);
            if (mem.attrs[i].n[r])
                ck_assert(!memcmp(mem.attrs[i].frag[r], back.attrs[i].frag[r],
                                  mem.attrs[i].n[r] * sizeof(hs_brat_frag)));
        }
    for (int w = 0; w < HS_BRAT_W_COUNT; w++)
        ck_assert_uint_eq(back.warn[w], 0);
    free(buf);
    hs_brat_free(&mem);
    hs_brat_free(&back);
    hs_result_free(res);
}
END_TEST

START_TEST(json_has_the_reference_keys)
{
    hs_score_report r = score1(TEXT, gold_ann(), "T1\tCue 0 1\tS\n");
    r.mode = "first-annotator";
    r.gold_files = 1;
    FILE *f = tmpfile();
    hs_error err;
    ck_assert_int_eq(hs_score_report_json(&r, f, &err), 0);
    rewind(f);
    json_error_t jerr;
    json_t *j = json_loadf(f, 0, &jerr);
    fclose(f);
    ck_assert_ptr_nonnull(j);
    static const char *const keys[] = {
        "spans", "attributions", "recall_by_content_type", "articles",
        "gold_files", "mode", "warnings"
    };
    ck_assert_uint_eq(json_object_size(j), 7);
    for (size_t i = 0; i < 7; i++)
        ck_assert_ptr_nonnull(json_object_get(j, keys[i]));
    json_t *att = json_object_get(j, "attributions");
    ck_assert_uint_eq(json_object_size(att), 12);
    ck_assert(json_is_integer(json_object_get(att, "gold")));
    ck_assert(json_is_null(json_object_get(
        json_object_get(json_object_get(j, "recall_by_content_type"),
                        "mixed"), "found_recall")));
    ck_assert_int_eq(json_integer_value(json_object_get(
                         json_object_get(j, "warnings"),
                         "pred: unlinked Cue spans (scored as their own "
                         "attribution)")), 1);
    json_decref(j);
}
END_TEST

START_TEST(invalid_text_is_refused)
{
    hs_error err;
    ck_assert_ptr_null(hs_score_text_new("ab\xff", 3, &err));
    ck_assert_int_eq(err.code, HS_ERR_UTF8);
    ck_assert_uint_eq(err.byte_offset, 2);
    EQ(hs_score_round4(2.0 / 3), 0.6667);
    EQ(hs_score_round4(0.00005), 0.0001);
}
END_TEST

/* hs_score_outcomes() pairs as hs_scorer_add() counts: the exact
 * prediction is fully correct, the one sharing its content with a wrong
 * source is found only, and the one outside every gold content is
 * missed. */
START_TEST(outcomes_follow_the_pairing)
{
    char pred[1024];
    size_t a = off("\"We"), b = off("n.\"") + 3;
    snprintf(pred, sizeof pred,
             "T1\tSource %zu %zu\tSmith\nT2\tCue %zu %zu\tsaid\n"
             "T3\tContent %zu %zu\tx\n"
             "E1\tA:T2 Source:T1 Cue:T2 Content:T3\n"
             "T4\tSource %zu %zu\tJones\nT5\tCue %zu %zu\tsaid\n"
             "T6\tContent %zu %zu\tx\n"
             "E2\tA:T5 Source:T4 Cue:T5 Content:T6\n"
             "T7\tContent %zu %zu\tx\nE3\tA:T7 Content:T7\n",
             off("Smith"), off("Smith") + 5, off("said"), off("said") + 4, a, b,
             off("Jones"), off("Jones") + 5, off("said,"), off("said,") + 4,
             off("The plan"), off("billion") + 8,
             off("Jones"), off("disagreed") + 9);
    hs_error err;
    hs_score_text *t = hs_score_text_new(TEXT, strlen(TEXT), &err);
    hs_brat_doc gold, p;
    parse(&gold, gold_ann());
    parse(&p, pred);
    ck_assert_uint_eq(p.nattrs, 3);
    uint8_t out[3];
    ck_assert_int_eq(hs_score_outcomes(t, &gold, &p, out, &err), 0);
    ck_assert_int_eq(out[0], HS_OUTCOME_FULLY_CORRECT);
    ck_assert_int_eq(out[1], HS_OUTCOME_FOUND);   /* source "Jones" */
    ck_assert_int_eq(out[2], HS_OUTCOME_MISSED);
    hs_brat_free(&gold);
    hs_brat_free(&p);
    hs_score_text_free(t);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("score");
    TCase *tc = tcase_create("score");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, gold_against_itself_is_perfect);
    tcase_add_test(tc, empty_prediction_has_zero_recall);
    tcase_add_test(tc, shifted_span_is_partial_not_exact);
    tcase_add_test(tc, edge_punctuation_ignored_and_colon_cues_match);
    tcase_add_test(tc, sourceless_gold_needs_sourceless_prediction);
    tcase_add_test(tc, pairing_is_one_to_one);
    tcase_add_test(tc, discontinuous_content2_and_multiline_are_parsed);
    tcase_add_test(tc, all_annotators_average);
    tcase_add_test(tc, reader_odd_cases);
    tcase_add_test(tc, clipped_offsets_warn_once_per_list);
    tcase_add_test(tc, content_types);
    tcase_add_test(tc, arbitrary_bytes_do_not_crash);
    tcase_add_test(tc, quadratic_annotation_is_refused);
    tcase_add_test(tc, in_memory_prediction_equals_written_brat);
    tcase_add_test(tc, json_has_the_reference_keys);
    tcase_add_test(tc, invalid_text_is_refused);
    tcase_add_test(tc, outcomes_follow_the_pairing);
    suite_add_tcase(s, tc);
    return s;
}

HS_TEST_MAIN()
