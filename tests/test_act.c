/*
 * test_act.c -- the speech act of each attribution (src/act.c): what the
 * cue's words name, what "insist" and "ask" mean by their content, what a
 * record of findings "says", what a neutral cue's content judges, and a
 * quoted command.
 */
#include <stdio.h>

#include "testutil.h"

/* The act of the attribution whose cue text is `cue` in `text`; fails the
 * test when there is none. */
static hs_act act_of(const char *text, const char *cue)
{
    hs_result *r = test_extract(text);
    ck_assert_ptr_nonnull(r);
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        const hs_attribution *a = hs_result_attribution(r, i);
        char buf[256];
        hs_result_span_text(r, a->cue, buf, sizeof buf);
        if (strcmp(buf, cue) == 0) {
            hs_act act = a->act;
            hs_result_free(r);
            return act;
        }
    }
    hs_result_free(r);
    ck_abort_msg("no attribution with cue '%s' in: %s", cue, text);
    return HS_ACT_SAY;
}

#define CHECK_ACT(text, cue, act)                                            \
    ck_assert_msg(act_of(text, cue) == (act), "%s: '%s' is %s, not %s", text, \
                  cue, hs_act_name(act_of(text, cue)), hs_act_name(act))

START_TEST(insist_on_a_fact_is_a_claim)
{
    CHECK_ACT("Chaffetz insisted he has different questions for Pagliano.",
              "insisted", HS_ACT_CLAIM);
    CHECK_ACT("Democrats insisted that the Senate vote on the nominee.",
              "insisted", HS_ACT_DEMAND);
    /* a number in the claim does not make it a report */
    CHECK_ACT("Jerome Powell insists that inflation is well on its way back to 2 percent.",
              "insists", HS_ACT_CLAIM);
    CHECK_ACT("Trump claimed that crime has gone down 20 percent.", "claimed", HS_ACT_CLAIM);
}
END_TEST

START_TEST(asking_someone_to_act_is_an_appeal)
{
    CHECK_ACT("Rubio asked his supporters to vote for Kasich in Ohio.",
              "asked", HS_ACT_APPEAL);
    CHECK_ACT("Reporters asked whether the plan would work.", "asked",
              HS_ACT_QUESTION);
    /* what is asked for, or asked with "that", is requested */
    CHECK_ACT("Prosecutors asked that he be held without bail.", "asked", HS_ACT_APPEAL);
    CHECK_ACT("The campaign asked for a recount in three counties.", "asked for",
              HS_ACT_APPEAL);
}
END_TEST

START_TEST(verbs_that_judge_or_refuse)
{
    CHECK_ACT("Reid mocked Romney for not releasing his full tax returns.",
              "mocked", HS_ACT_CONDEMN);
    CHECK_ACT("Trump has refused to release his tax returns.", "has refused",
              HS_ACT_DENY);
    CHECK_ACT("Critics see the program as an opportunity to fix the visa system.",
              "see", HS_ACT_BELIEVE);
}
END_TEST

START_TEST(a_record_of_findings_reports)
{
    CHECK_ACT("A new Quinnipiac poll says Clinton leads Trump by four points in Florida.",
              "says", HS_ACT_REPORT);
    CHECK_ACT("The senator says Clinton leads Trump by four points in Florida.",
              "says", HS_ACT_SAY);
    CHECK_ACT("According to an analysis by the Tax Policy Center, most families "
              "would pay less.", "According to", HS_ACT_REPORT);
}
END_TEST

START_TEST(judging_words_in_a_neutral_cues_content)
{
    CHECK_ACT("The governor said the decision was disgraceful.", "said",
              HS_ACT_CONDEMN);
    CHECK_ACT("The mayor said the firefighters were heroes.", "said",
              HS_ACT_PRAISE);
    /* what a survey shows voters think is still its report */
    CHECK_ACT("A Gallup survey shows that most voters think the decision was disgraceful.",
              "shows", HS_ACT_REPORT);
}
END_TEST

START_TEST(a_modal_in_what_a_noun_holds_asks_for_nothing)
{
    /* "must" in the clause of "the notion that" tells what the notion
     * holds; the judge does not appeal */
    CHECK_ACT("The judge wrote that the law threatens the notion that the United "
              "States must regulate immigration with one voice.", "wrote", HS_ACT_SAY);
    CHECK_ACT("The judge wrote that the United States must regulate immigration "
              "with one voice.", "wrote", HS_ACT_APPEAL);
}
END_TEST

START_TEST(a_quoted_command)
{
    CHECK_ACT("“Stop the coverup!” the protesters shouted.", "shouted", HS_ACT_DEMAND);
    CHECK_ACT("“Come together, America, to focus on solutions,” he added.", "added",
              HS_ACT_APPEAL);
    /* turns of speech and questions are no commands */
    CHECK_ACT("“Let’s be clear. The economy is not working,” he said.", "said",
              HS_ACT_SAY);
    CHECK_ACT("“Do you ever notice she does an event?” Trump said.", "said",
              HS_ACT_QUESTION);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("act");
    TCase *c = tcase_create("act");
    tcase_add_test(c, insist_on_a_fact_is_a_claim);
    tcase_add_test(c, asking_someone_to_act_is_an_appeal);
    tcase_add_test(c, verbs_that_judge_or_refuse);
    tcase_add_test(c, a_record_of_findings_reports);
    tcase_add_test(c, judging_words_in_a_neutral_cues_content);
    tcase_add_test(c, a_quoted_command);
    tcase_add_test(c, a_modal_in_what_a_noun_holds_asks_for_nothing);
    suite_add_tcase(s, c);
    return s;
}

HS_TEST_MAIN()
