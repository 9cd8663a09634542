/*
 * test_about.c -- whom an attribution is about (src/about.c): the
 * entities mentioned inside its content, in order of first mention, each
 * once; a speaker's own "he" or "she" in it as the speaker
 * (resolve.c).
 */
#include <stdbool.h>

#include "testutil.h"

/* The attribution whose content text starts with `prefix`, or NULL. */
static const hs_attribution *by_content(const hs_result *r, const char *prefix)
{
    char buf[512];
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        const hs_attribution *a = hs_result_attribution(r, i);
        hs_result_span_text(r, a->content[0], buf, sizeof buf);
        if (strncmp(buf, prefix, strlen(prefix)) == 0)
            return a;
    }
    return NULL;
}

/* The names of a's about list, joined by "|" into buf. */
static const char *about_names(const hs_result *r, const hs_attribution *a,
                               char *buf, size_t cap)
{
    buf[0] = '\0';
    for (size_t k = 0; k < a->about_count; k++) {
        const hs_entity *e = hs_result_entity_by_id(r, a->about[k]);
        ck_assert_ptr_nonnull(e);
        if (k)
            strncat(buf, "|", cap - strlen(buf) - 1);
        strncat(buf, e->name, cap - strlen(buf) - 1);
    }
    return buf;
}

/* Assert that the attribution whose content begins with `content` is
 * about `names` (about_names()'s form). */
static void expect_about(const hs_result *r, const char *content, const char *names)
{
    char buf[256];
    const hs_attribution *a = by_content(r, content);
    ck_assert_msg(a != NULL, "no attribution whose content begins '%s'", content);
    ck_assert_str_eq(about_names(r, a, buf, sizeof buf), names);
}

START_TEST(test_names_in_the_content_in_order)
{
    hs_result *r = test_extract(
        "Ukraine's President Volodymyr Zelensky urged the UN Security Council "
        "to expel Russia as a permanent member. The Kremlin has denied the "
        "killings.");
    ck_assert_ptr_nonnull(r);
    expect_about(r, "the UN Security Council", "UN Security Council|Russia");
    /* no name in the content: about no one, and the JSON says [] */
    const hs_attribution *a = by_content(r, "the killings");
    ck_assert_ptr_nonnull(a);
    ck_assert_uint_eq(a->about_count, 0);
    ck_assert_ptr_null(a->about);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_one_paragraph_text_keeps_its_names)
{
    /* a single line with most words capitalised is no headline (whose
     * names alone would be dropped): it is all the text there is */
    hs_result *r = test_extract("Jones said Barack Obama would beat Hillary Clinton.");
    ck_assert_ptr_nonnull(r);
    expect_about(r, "Barack Obama", "Barack Obama|Hillary Clinton");
    hs_result_free(r);
}
END_TEST

START_TEST(test_speakers_own_pronoun_counts_as_the_speaker)
{
    hs_result *r = test_extract(
        "Senator Elizabeth Warren spoke in Boston on Friday. Donald Trump "
        "said he would win Massachusetts, and Mrs. Warren said she doubted "
        "it. Trump said she would lose.");
    ck_assert_ptr_nonnull(r);
    expect_about(r, "he would win", "Donald Trump|Massachusetts");
    expect_about(r, "she doubted", "Elizabeth Warren");
    /* a pronoun for anyone but the speaker is left out: read against the
     * people just named it is right only about half the time */
    const hs_attribution *a = by_content(r, "she would lose");
    ck_assert_ptr_nonnull(a);
    ck_assert_uint_eq(a->about_count, 0);
    /* the speaker's pronoun is a mention of the speaker's entity */
    const hs_entity *e = hs_result_entity_by_id(r, a->speaker);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Donald Trump");
    ck_assert_uint_eq(e->mention_count, 3);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_group_and_an_organisation_are_their_they_and_its)
{
    hs_result *r = test_extract(
        "Senate Republicans said they would block the bill. The Pentagon "
        "said its budget was too small. China said it would respond.");
    ck_assert_ptr_nonnull(r);
    expect_about(r, "they would block", "Senate Republicans");
    expect_about(r, "its budget", "Pentagon");
    /* "it" is left out: as often something just said, or a clause */
    const hs_attribution *a = by_content(r, "it would respond");
    ck_assert_ptr_nonnull(a);
    ck_assert_uint_eq(a->about_count, 0);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_place_adjective_is_the_place_the_document_names)
{
    char buf[256];
    hs_result *r = test_extract(
        "Russia has denied the killings. The Ukrainian army said it had found "
        "dozens of bodies after Russian forces pulled out. Analysts said Latin "
        "American leaders and the Center for American Progress stayed quiet, "
        "and Mexican officials said little.");
    ck_assert_ptr_nonnull(r);
    expect_about(r, "it had found", "Russia");
    /* no place named "Mexico", and "American" is part of longer names */
    const hs_attribution *a = by_content(r, "Latin American leaders");
    ck_assert_ptr_nonnull(a);
    ck_assert_msg(strstr(about_names(r, a, buf, sizeof buf), "United States") == NULL &&
                  strstr(buf, "Mexico") == NULL, "about: %s", buf);
    hs_result_free(r);
}
END_TEST

START_TEST(test_speaker_outside_the_content_is_not_about)
{
    char buf[256];
    /* the source sits between the fragments of an interrupted quotation:
     * the speaker is no part of what was said */
    hs_result *r = test_extract(
        "\"We will not give up Crimea,\" Zelensky said, \"and Russia knows "
        "it.\"");
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(hs_result_attribution_count(r), 1);
    const hs_attribution *a = hs_result_attribution(r, 0);
    ck_assert_uint_eq(a->content_count, 2);
    const char *names = about_names(r, a, buf, sizeof buf);
    ck_assert_msg(strstr(names, "Russia") != NULL, "about: %s", names);
    ck_assert_msg(strstr(names, "Zelensky") == NULL, "about: %s", names);
    hs_result_free(r);
}
END_TEST

START_TEST(test_every_id_has_a_mention_inside_the_content)
{
    size_t len;
    const char *text = hs_demo_text(&len);
    hs_error err;
    hs_result *r = hs_extract(test_engine(), text, len, "seed", &err);
    ck_assert_ptr_nonnull(r);
    size_t with_about = 0;
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        const hs_attribution *a = hs_result_attribution(r, i);
        with_about += a->about_count > 0;
        for (size_t k = 0; k < a->about_count; k++) {
            const hs_entity *e = hs_result_entity_by_id(r, a->about[k]);
            ck_assert_ptr_nonnull(e);
            for (size_t j = 0; j < k; j++)
                ck_assert_int_ne(a->about[j], a->about[k]);
            bool inside = false;
            for (size_t m = 0; m < e->mention_count && !inside; m++)
                for (size_t f = 0; f < a->content_count; f++)
                    if (e->mentions[m].begin >= a->content[f].begin &&
                        e->mentions[m].end <= a->content[f].end)
                        inside = true;
            ck_assert_msg(inside, "attribution %d: %s not in its content", a->id,
                          e->name);
        }
    }
    /* the seed article: "the images emerging from Bucha are fakes produced
     * by Ukraine", "China's ambassador to the UN, Zhang Jun", ... */
    ck_assert_uint_ge(with_about, 8);
    hs_result_free(r);
}
END_TEST

START_TEST(test_json_has_about_after_the_speaker)
{
    hs_result *r = test_extract(
        "The Kremlin claimed the images from Bucha were fakes produced by "
        "Ukraine.");
    ck_assert_ptr_nonnull(r);
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    hs_error err;
    ck_assert_int_eq(hs_write_json(r, f, &err), 0);
    fclose(f);
    const char *sp = strstr(buf, "\"speaker\":");
    const char *ab = strstr(buf, "\"about\":[");
    const char *act = strstr(buf, "\"act\":");
    ck_assert_ptr_nonnull(sp);
    ck_assert_ptr_nonnull(ab);
    ck_assert(sp < ab && ab < act);
    /* two ids: Bucha's and Ukraine's */
    ck_assert_msg(strchr(ab, ',') < strchr(ab, ']'), "%s", ab);
    free(buf);
    hs_result_free(r);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("about");
    TCase *tc = tcase_create("about");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_names_in_the_content_in_order);
    tcase_add_test(tc, test_a_one_paragraph_text_keeps_its_names);
    tcase_add_test(tc, test_speakers_own_pronoun_counts_as_the_speaker);
    tcase_add_test(tc, test_a_group_and_an_organisation_are_their_they_and_its);
    tcase_add_test(tc, test_a_place_adjective_is_the_place_the_document_names);
    tcase_add_test(tc, test_speaker_outside_the_content_is_not_about);
    tcase_add_test(tc, test_every_id_has_a_mention_inside_the_content);
    tcase_add_test(tc, test_json_has_about_after_the_speaker);
    suite_add_tcase(s, tc);
    return s;
}

HS_TEST_MAIN()
