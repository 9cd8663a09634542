/*
 * test_lexicon.c -- the embedded word lists, looked up as the stages do.
 *
 * Covers the WordNet supersense list (data/lexicons/supersenses.txt):
 * irregular and regular inflections reach their lemma, a word gets the
 * supersense of the part of speech asked for, nouns outside the kept
 * supersenses and non-words are absent; and the cue list's counts.
 */
#include "testutil.h"

#include "internal.h"
#include "lexicon.h"

/* The first supersense of w as cpos, by name, or "-" when absent. */
static const char *first_sense(const char *w, char cpos)
{
    const hs_sense_entry *e =
        hs_lex_supersense(test_engine()->lex, w, strlen(w), cpos);
    return e && e->n ? hs_lex_supersense_name(e->ss[0]) : "-";
}

START_TEST(test_supersense_inflections)
{
    /* irregular: "said" is listed from WordNet's verb.exc */
    ck_assert_str_eq(first_sense("said", 'V'), "verb.communication");
    ck_assert_str_eq(first_sense("Said", 'V'), "verb.communication");
    /* regular: -ed, -ing, -s, -ies */
    ck_assert_str_eq(first_sense("touted", 'V'), "verb.communication");
    ck_assert_str_eq(first_sense("lamented", 'V'), "verb.emotion");
    ck_assert_str_eq(first_sense("insisting", 'V'), "verb.communication");
    ck_assert_str_eq(first_sense("believes", 'V'), "verb.cognition");
    ck_assert_str_eq(first_sense("denies", 'V'), "verb.communication");
    ck_assert_str_eq(first_sense("allegations", 'N'), "noun.communication");
    ck_assert_str_eq(first_sense("worries", 'N'), "noun.cognition");
}
END_TEST

START_TEST(test_supersense_pos_and_absence)
{
    /* "claim" is both; each part of speech has its own senses */
    ck_assert_str_eq(first_sense("claim", 'N'), "noun.communication");
    ck_assert_str_eq(first_sense("claim", 'V'), "verb.communication");
    const hs_sense_entry *e =
        hs_lex_supersense(test_engine()->lex, "claim", 5, 'V');
    ck_assert_int_ge(e->n, 2);
    /* artifacts are not kept among nouns; non-words are absent */
    ck_assert_str_eq(first_sense("table", 'N'), "-");
    ck_assert_str_eq(first_sense("xqzzy", 'V'), "-");
    ck_assert_str_eq(first_sense("", 'V'), "-");
    ck_assert_str_eq(first_sense("said", 'O'), "-");
    ck_assert_str_eq(hs_lex_supersense_name(200), "?");
}
END_TEST

START_TEST(test_cue_counts)
{
    const hs_cue_entry *e = hs_lex_cue(test_engine()->lex, "said", 4, 'V');
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_gt(e->seen, 1000);
    ck_assert_uint_gt(e->in_cue * 2, e->seen);   /* a cue most times */
    ck_assert_ptr_null(hs_lex_cue(test_engine()->lex, "table", 5, 'V'));
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("lexicon");
    TCase *tc = tcase_create("lexicon");
    tcase_add_test(tc, test_supersense_inflections);
    tcase_add_test(tc, test_supersense_pos_and_absence);
    tcase_add_test(tc, test_cue_counts);
    suite_add_tcase(s, tc);
    return s;
}

HS_TEST_MAIN()
