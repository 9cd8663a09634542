/*
 * test_resolve.c -- speaker resolution (src/resolve*.c) on short news text.
 *
 * Pronoun sources go to a named person, not to a group named by a
 * description ("analysts", "few people") that spoke in between; a
 * surname goes to the person, not to an organisation named after them;
 * an entity has the type most of its mentions give it; a name after a
 * title is a person's; "he" or "she" tells the gender of whom it finds;
 * "it" and "they" are the subject before them; a campaign or a lawyer
 * speaks for a person, not as the person, and a governor for a state;
 * titles and party labels stay out of names, and a role out of the
 * person someone works for; a party tag ("(R-Ga.)") or a party's
 * adjective gives the party as affiliation; "X's wife" or "X's
 * campaign manager" is someone X has, not X; "Tulsa police" and
 * "Chinese officials" are affiliated with their place; the subject of a
 * reported clause is not the next "he"; "the president" is the person
 * named with that post.
 */
#include <stdbool.h>

#include "testutil.h"

/* The speaker of the attribution whose content begins with
 * `content_start`, or NULL when there is none. */
static const hs_entity *speaker_entity(const hs_result *r,
                                       const char *content_start)
{
    char buf[256];
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        const hs_attribution *a = hs_result_attribution(r, i);
        if (a->content_count == 0)
            continue;
        hs_result_span_text(r, a->content[0], buf, sizeof buf);
        if (strncmp(buf, content_start, strlen(content_start)) == 0)
            return hs_result_entity_by_id(r, a->speaker);
    }
    return NULL;
}

/* The speaker's name of that attribution, or "" when there is none. */
static const char *speaker_of_content(const hs_result *r,
                                      const char *content_start)
{
    const hs_entity *e = speaker_entity(r, content_start);
    return e ? e->name : "";
}

/* Assert the speaker of the attribution whose content begins with
 * `content`: its name; its type unless `type` is -1; its role and its
 * affiliation ("" for none) unless NULL. */
static void expect_speaker(const hs_result *r, const char *content, const char *name,
                           int type, const char *role, const char *aff)
{
    const hs_entity *e = speaker_entity(r, content);
    ck_assert_msg(e != NULL, "no speaker for '%s'", content);
    ck_assert_str_eq(e->name, name);
    if (type >= 0)
        ck_assert_int_eq(e->type, type);
    if (role)
        ck_assert_str_eq(e->role ? e->role : "", role);
    if (aff)
        ck_assert_str_eq(e->affiliation ? e->affiliation : "", aff);
}

/* Extract `text` and assert one speaker as expect_speaker() does. */
static void expect_speaker_in(const char *text, const char *content, const char *name,
                              int type, const char *role, const char *aff)
{
    hs_result *r = test_extract(text);
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, content, name, type, role, aff);
    hs_result_free(r);
}

/* Extract `text` and assert that the attribution whose content opens
 * with `content` does not have `name` as its speaker (it may have none). */
static void expect_speaker_not_in(const char *text, const char *content, const char *name)
{
    hs_result *r = test_extract(text);
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, content);
    ck_assert_msg(e == NULL || strcmp(e->name, name) != 0, "'%s' spoken by %s", content, name);
    hs_result_free(r);
}

START_TEST(test_he_skips_described_group)
{
    hs_result *r = test_extract(
        "John Smith arrived late on Tuesday. Many voters doubted the report, "
        "analysts said. He said the plan was sound.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "Many voters"), "analysts");
    ck_assert_str_eq(speaker_of_content(r, "the plan"), "John Smith");
    hs_result_free(r);
}
END_TEST

START_TEST(test_she_skips_man)
{
    hs_result *r = test_extract(
        "Mary Jones, the mayor, met Mr. Brown on Monday. Mr. Brown said the "
        "budget was late. She said the city would cope.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the budget"), "Brown");
    ck_assert_str_eq(speaker_of_content(r, "the city"), "Mary Jones");
    hs_result_free(r);
}
END_TEST

START_TEST(test_surname_not_organisation)
{
    /* the tagger reads "Clinton Foundation" as a person's name; "Clinton"
     * alone is not the foundation */
    hs_result *r = test_extract(
        "Trump charges that countries donated millions of dollars to the "
        "Clinton Foundation.\n\nOn Monday night, Clinton leaned in heavy and "
        "often, painting Trump as a Romney caricature.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "Trump as"), "Clinton");
    hs_result_free(r);
}
END_TEST

START_TEST(test_headline_name_stops_at_cue)
{
    /* a Title Case headline: the entity tagger runs the name on into
     * "Says"; the speaker is the name the source ends with */
    hs_result *r = test_extract(
        "Trump \u2018The Dealmaker\u2019 Could Address Clean Energy, Lindsey Graham Says.\n\n"
        "Donald Trump could embrace a clean energy policy, Sen. Lindsey Graham told "
        "The Huffington Post.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "Trump"), "Lindsey Graham");
    /* the headline's capitalised words named no one: no entity is left
     * that only the headline mentions and no one quotes */
    for (size_t i = 0; i < hs_result_entity_count(r); i++) {
        const hs_entity *e = hs_result_entity(r, i);
        ck_assert_msg(strstr(e->name, "Clean Energy") == NULL &&
                      strstr(e->name, "Dealmaker") == NULL, "entity %s", e->name);
    }
    ck_assert_int_eq(hs_result_entity_count(r), 3);
    hs_result_free(r);
}
END_TEST

START_TEST(test_type_by_majority)
{
    /* the headline's "Trump" is a source the tagger leaves untagged, so
     * it first makes an entity of no known type; the names after it make
     * it a person, whom "He" then finds */
    hs_result *r = test_extract(
        "The Latest: Trump urges supporters to watch polls\n\n"
        "Trump said the polls were rigged. He told reporters he would win.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the polls");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Trump");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(speaker_of_content(r, "he would win"), "Trump");
    hs_result_free(r);
}
END_TEST

START_TEST(test_titled_names)
{
    /* the entity tagger runs role words and names into one class, or
     * misses the name; the name after the title is a person's, and an
     * office named after a title word stays an organisation */
    static const struct { const char *text, *content, *name, *role; int type; } cases[] = {
        { "City Attorney Brad Holm said the city would appeal.",
          "the city", "Brad Holm", "City Attorney", HS_ENT_PERSON },
        { "German Chancellor Angela Merkel told reporters the talks failed.",
          "the talks", "Angela Merkel", "Chancellor", HS_ENT_PERSON },   /* of Germany */
        { "Mr. King said he would vote no.", "he would", "King", NULL,
          HS_ENT_PERSON },
        { "Secretary of State John Kerry said the talks failed.", "the talks",
          "John Kerry", "Secretary of State", HS_ENT_PERSON },
        { "The Justice Department said it would appeal.", "it would",
          "Justice Department", NULL, HS_ENT_ORG },
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        expect_speaker_in(cases[k].text,
                          cases[k].content, cases[k].name, cases[k].type,
                          cases[k].role, NULL);
    }
}
END_TEST

START_TEST(test_pronoun_teaches_gender)
{
    /* "Christie" has no given name to tell a gender by; once "He" has
     * found him, "She" goes to the woman before him */
    hs_result *r = test_extract(
        "Hillary Clinton spoke in Ohio on Monday. Christie said the plan "
        "failed. He said the country deserved better. She said the plan "
        "would work.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the country"), "Christie");
    ck_assert_str_eq(speaker_of_content(r, "the plan would"), "Hillary Clinton");
    hs_result_free(r);
}
END_TEST

START_TEST(test_it_they_find_the_subject_before)
{
    /* "It" and "they" are the subject before them that agrees in number,
     * not the latest organisation that spoke */
    hs_result *r = test_extract(
        "The Pentagon said the strike was legal. The ad then references "
        "the emails. It also says she lied to Congress.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "she lied"), "ad");
    hs_result_free(r);
    r = test_extract(
        "The White House praised the deal on Monday. McConnell aides "
        "acknowledged a collaborative relationship with the administration. "
        "But they emphasized that the sanctions would stay.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "that the sanctions"), "McConnell aides");
    hs_result_free(r);
}
END_TEST

START_TEST(test_people_speaking_for_a_person)
{
    /* a campaign or a lawyer speaks for a person, not as the person (and
     * is named by the person's full name: "Bryan Pagliano's lawyer"); a
     * "he" after the campaign still finds the candidate */
    hs_result *r = test_extract(
        "Donald Trump spoke in Ohio on Monday. The Trump campaign said the "
        "polls were wrong. He said he would win. Bryan Pagliano set up the "
        "server. Pagliano's lawyer said his client would testify.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the polls");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Trump campaign");
    ck_assert_int_eq(e->type, HS_ENT_ORG);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Donald Trump");
    ck_assert_str_eq(speaker_of_content(r, "he would win"), "Donald Trump");
    e = speaker_entity(r, "his client");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Bryan Pagliano's lawyer");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Bryan Pagliano");
    hs_result_free(r);
}
END_TEST

START_TEST(test_office_of_a_place)
{
    /* an office named after a place or an agency is held by a person
     * speaking for it, not by the place */
    static const struct { const char *text, *content, *name, *aff; } cases[] = {
        { "The Indiana governor said the state would appeal.", "the state",
          "Indiana governor", "Indiana" },
        { "The FBI director said the case was closed.", "the case",
          "FBI director", "FBI" },
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        hs_result *r = test_extract(cases[k].text);
        ck_assert_ptr_nonnull(r);
        const hs_entity *e = speaker_entity(r, cases[k].content);
        ck_assert_msg(e != NULL, "%s: no speaker", cases[k].text);
        ck_assert_str_eq(e->name, cases[k].name);
        ck_assert_int_eq(e->type, HS_ENT_PERSON);
        ck_assert_str_eq(e->affiliation ? e->affiliation : "", cases[k].aff);
        hs_result_free(r);
    }
}
END_TEST

START_TEST(test_role_before_name_without_comma)
{
    hs_result *r = test_extract(
        "The Kremlin denied that its forces had targeted civilians. A "
        "spokesman for the Russian foreign ministry, Maria Zakharova, "
        "called the reports \"a provocation.\"");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the reports");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Maria Zakharova");
    ck_assert_ptr_nonnull(e->role);
    ck_assert_str_eq(e->role, "spokesman for the Russian foreign ministry");
    hs_result_free(r);
}
END_TEST

START_TEST(test_he_is_never_mrs)
{
    /* the title opens the mention; no man is in sight, so "He" stays
     * unresolved rather than become Mrs. Clinton */
    hs_result *r = test_extract(
        "Mrs. Clinton enjoyed tremendous support from older voters. He "
        "accused the audience of being donors.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the audience"), "");
    hs_result_free(r);
    r = test_extract(
        "Mrs. Clinton spoke in Ohio on Monday. Mr. Kaine said the campaign "
        "was confident. She said the race was close.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the race"), "Clinton");
    hs_result_free(r);
    /* no subject fits "she", the latest person named does */
    r = test_extract(
        "Gov. Chris Christie described Hillary Clinton as a disgrace after "
        "she said that the police were biased.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "that the police"), "Hillary Clinton");
    hs_result_free(r);
}
END_TEST

START_TEST(test_other_given_name_is_another_person)
{
    hs_result *r = test_extract(
        "Donald Trump spoke in Ohio on Monday. Ivanka Trump, the nominee's "
        "eldest daughter, said the plan would help parents. Bill Clinton "
        "said the plan was crazy. Hillary Clinton said it was unfair. "
        "Democrat Hillary Clinton said it would fail. Trump said he agreed.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the plan would"), "Ivanka Trump");
    ck_assert_str_eq(speaker_of_content(r, "the plan was"), "Bill Clinton");
    ck_assert_str_eq(speaker_of_content(r, "it was unfair"), "Hillary Clinton");
    ck_assert_str_eq(speaker_of_content(r, "it would fail"), "Hillary Clinton");
    ck_assert_str_eq(speaker_of_content(r, "he agreed"), "Donald Trump");
    hs_result_free(r);
}
END_TEST

START_TEST(test_demonym_before_title_is_affiliation)
{
    hs_result *r = test_extract(
        "Russian Foreign Minister Sergei Lavrov said the talks had failed. "
        "South Korean President Moon Jae-in said the summit would go ahead.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the talks");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Sergei Lavrov");
    ck_assert_str_eq(e->role, "Foreign Minister");
    ck_assert_str_eq(e->affiliation, "Russia");
    e = speaker_entity(r, "the summit");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->role, "President");
    ck_assert_str_eq(e->affiliation, "South Korea");
    hs_result_free(r);
}
END_TEST

/* A national office with no country stated serves the article's own
 * country, where one leads the places it names; not in a story abroad
 * that names the United States too, nor for a body's bare "president". */
START_TEST(test_national_office_takes_home_country)
{
    expect_speaker_in(
        "President Barack Obama said the economy was growing. The White House "
        "and Congress met in Washington. Governors from Ohio and Texas came too.",
        "the economy", "Barack Obama", HS_ENT_PERSON, "President", "United States");
    expect_speaker_in(
        "Former Secretary of State Madeleine Albright said the vote mattered. "
        "Voters in Iowa, Ohio and New Hampshire went to the polls.",
        "the vote", "Madeleine Albright", HS_ENT_PERSON, "Former Secretary of State",
        "United States");
    expect_speaker_in(
        "President Obama said the vote in Burma was historic. Burma held its "
        "first open election in decades. Burma's opposition won. Officials in "
        "Burma counted the ballots, and the U.S. embassy and the U.S. State "
        "Department watched.",
        "the vote", "Obama", HS_ENT_PERSON, "President", "");
    expect_speaker_in(
        "Cecile Richards, president of Planned Parenthood, said the ruling was a "
        "victory. Women in Texas, Ohio and Iowa cheered.",
        "the ruling", "Cecile Richards", HS_ENT_PERSON, NULL, "Planned Parenthood");
    /* the one country named at all, however few times */
    expect_speaker_in(
        "President Barack Obama said the plan would work. Ohio voters agreed.",
        "the plan", "Barack Obama", HS_ENT_PERSON, "President", "United States");
}
END_TEST

/* A party's adjective stays in a lowercase role, as the article words
 * it, and still gives the party; before an office's title it is the
 * party only. */
START_TEST(test_party_adjective_stays_in_lowercase_role)
{
    expect_speaker_in(
        "Republican presidential nominee Donald Trump said the polls were rigged.",
        "the polls", "Donald Trump", HS_ENT_PERSON, "Republican presidential nominee",
        "Republican Party");
    expect_speaker_in(
        "Republican Secretary of State Jon Husted said the ruling was wrong.",
        "the ruling", "Jon Husted", HS_ENT_PERSON, "Secretary of State", "Republican Party");
}
END_TEST

/* The body a role is held at, past an adjective of its politics and
 * before its town: the role stops before it. */
START_TEST(test_workplace_past_adjective_and_before_town)
{
    expect_speaker_in(
        "Leonard Burman, head of the centrist Tax Policy Center, said the plan "
        "would cost billions.",
        "the plan", "Leonard Burman", HS_ENT_PERSON, "head", "Tax Policy Center");
    expect_speaker_in(
        "Mark Jones, a political scientist at Rice University in Houston, said "
        "the race was close.",
        "the race", "Mark Jones", HS_ENT_PERSON, "political scientist", "Rice University");
}
END_TEST

/* "Retired", which the tagger reads as a verb, stays in the role, and
 * is no word of a body's name. */
START_TEST(test_retired_in_role)
{
    hs_result *r = test_extract(
        "Retired U.S. Air Force Gen. Norman Ham said the troops were tired.\n\n"
        "Retired Army Col. Lawrence Wilkerson said the war was a mistake.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the troops", "Norman Ham", HS_ENT_PERSON, "Retired U.S. Air Force Gen.",
                   NULL);
    expect_speaker(r, "the war", "Lawrence Wilkerson", HS_ENT_PERSON, "Retired Army Col.", "");
    hs_result_free(r);
}
END_TEST

/* A name or role set with a no-break space or over a line break reads
 * with one plain space, as the same name set plainly does. */
START_TEST(test_names_read_with_plain_spaces)
{
    hs_result *r = test_extract(
        "Former House\xC2\xA0Speaker Newt\xC2\xA0Gingrich said the race was over. "
        "Newt Gingrich said the party would unite.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the race", "Newt Gingrich", HS_ENT_PERSON, "Former House Speaker", NULL);
    expect_speaker(r, "the party", "Newt Gingrich", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

/* An appositive role opened by its owner, whose closing comma the
 * writer left out before the verb. */
START_TEST(test_appositive_owner_without_closing_comma)
{
    expect_speaker_in(
        "When Robby Mook, Clinton's campaign manager was asked if Clinton would "
        "hold a press conference, he laughed and said the campaign would see.",
        "the campaign would", "Robby Mook", HS_ENT_PERSON, "campaign manager", NULL);
}
END_TEST

/* An appositive role ends before the town it is practised in. */
START_TEST(test_appositive_role_before_town)
{
    expect_speaker_in(
        "The plan comes from Kevin McKinley, a financial adviser in Eau Claire, "
        "Wis. McKinley said the savings would add up.",
        "the savings", "Kevin McKinley", HS_ENT_PERSON, "financial adviser", NULL);
}
END_TEST

/* A relative is a role, its owner the affiliation: "his wife Michelle"
 * after "President Barack Obama and", "His wife, Melania,"; not a
 * phrase after "and" that sets off the next person ("Abdullah Zahed,
 * 25, and his wife"). */
START_TEST(test_relative_is_a_role)
{
    hs_result *r = test_extract(
        "President Barack Obama and his wife Michelle are expected to visit "
        "Florida. Michelle said the election mattered.\n\n"
        "Donald Trump spoke on Monday. His wife, Melania, said the speech was "
        "hers.\n\n"
        "Abdullah Zahed, 25, and his wife, Breshna Alawee, 27, pleaded for help. "
        "Mr. Zahed said the camp was full.");
    ck_assert_ptr_nonnull(r);
    /* (with the surname of the one she is kin to, as "Clinton's
     * husband, Bill," is Bill Clinton) */
    expect_speaker(r, "the election", "Michelle Obama", HS_ENT_PERSON, "wife", "Barack Obama");
    expect_speaker(r, "the speech", "Melania", HS_ENT_PERSON, "wife", "Donald Trump");
    expect_speaker(r, "the camp", "Abdullah Zahed", HS_ENT_PERSON, "", NULL);
    hs_result_free(r);
    /* the owner just before "and his", over the latest subject; no
     * relative without an owner (a headline's list) */
    r = test_extract(
        "Bernie Sanders held a rally Saturday. Hillary Clinton gave a shout out "
        "to Vice President Joe Biden and his late son Beau Biden, who died last "
        "year. Beau Biden said the state mattered.\n\n"
        "Chelsea Clinton, husband expecting second child.\n\n"
        "Chelsea Clinton said she and her husband were thrilled.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the state", "Beau Biden", HS_ENT_PERSON, "late son", "Joe Biden");
    expect_speaker(r, "she and her", "Chelsea Clinton", HS_ENT_PERSON, "", NULL);
    hs_result_free(r);
    /* not a speaker's own relative in a quotation, a figure of speech */
    expect_speaker_in(
        "Cornel West landed a sharp dig at \"my dear sister Hillary Clinton.\" "
        "Hillary Clinton said the criticism was unfair.",
        "the criticism", "Hillary Clinton", HS_ENT_PERSON, "", NULL);
}
END_TEST

/* A body of the gazetteer's inside a role is its affiliation though it
 * ends in a chamber's word ("White House"), not a stray tag after it. */
START_TEST(test_white_house_in_role)
{
    expect_speaker_in(
        "White House Press Secretary Josh Earnest said the president would veto "
        "the bill.",
        "the president", "Josh Earnest", HS_ENT_PERSON, "Press Secretary",
        "White House");
    /* but a beat, not an employer */
    expect_speaker_in(
        "White House Correspondent Julie Pace said the mood was tense.",
        "the mood", "Julie Pace", HS_ENT_PERSON, "White House Correspondent", "");
}
END_TEST

/* On a page of readers' letters, each signed by a name alone on its
 * own line, a letter's "I" is its signer, a post's its handle. */
START_TEST(test_letters_page_first_person_is_signer)
{
    hs_result *r = test_extract(
        "Trump lead causes more cracks in Republican Party.\n\n"
        "LETTERS.\n\n"
        "In a rare moment of solidarity, I stand with Mitt Romney on the "
        "nominee.\n\n"
        "Debby James.\n\n"
        "Mission Viejo, Calif.\n\n"
        "Politicians need only to look in the mirror. I think the public is "
        "outraged.\n\n"
        "Bruce R. Gary.\n\n"
        "TWITTER.\n\n"
        "I think Kasich won the debate.\n\n"
        "@antnyj.\n");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "Mitt Romney on"), "Debby James");
    ck_assert_str_eq(speaker_of_content(r, "the public"), "Bruce R. Gary");
    ck_assert_str_eq(speaker_of_content(r, "Kasich won"), "@antnyj");
    hs_result_free(r);
}
END_TEST

/* A role said of a person with "is" or "was" is theirs, a body after
 * its title their affiliation ("Mr. Effron is a co-founder of
 * Centerview Partners"); not a predicate ("the only candidate in
 * either party"), nor a supposition ("if Trump is the nominee").  A
 * person's name before a single role word is its owner: "Clinton aide". */
START_TEST(test_role_after_is_and_owner_before_role_word)
{
    hs_result *r = test_extract(
        "Neera Tanden and Blair Effron wrote the paper. Mr. Effron is a "
        "co-founder of Centerview Partners. Effron said the plan was sound.\n\n"
        "Rachel Hoff is a Marco Rubio delegate from Washington. Hoff said the "
        "platform was wrong.\n\n"
        "John Kasich is the only candidate in either party with a budget. Kasich "
        "said the deficit mattered.\n\n"
        "Hillary Clinton spoke on Monday. Clinton aide Huma Abedin said the "
        "emails were found.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the plan", "Blair Effron", HS_ENT_PERSON, "co-founder",
                   "Centerview Partners");
    expect_speaker(r, "the platform", "Rachel Hoff", HS_ENT_PERSON, "delegate", "Marco Rubio");
    expect_speaker(r, "the deficit", "John Kasich", HS_ENT_PERSON, "", NULL);
    expect_speaker(r, "the emails", "Huma Abedin", HS_ENT_PERSON, "aide", "Hillary Clinton");
    hs_result_free(r);
}
END_TEST

/* A body's name that the entity tagger does not take whole still ends
 * the role and is the affiliation: capitalised words to the role's end,
 * "of" and "&" between them, a town after them. */
START_TEST(test_workplace_named_in_capitals)
{
    hs_result *r = test_extract(
        "\"It was a spectacular deal for Patriot,\" said Patrick McGinley, a law "
        "professor at West Virginia University who has studied coal cases.\n\n"
        "Greg Raiff, chief executive officer of Private Jet Services, an aviation "
        "consulting firm, said the plane was unusual.\n\n"
        "\"We can pay now or later,\" said Cynthia Pellegrini, senior vice "
        "president of public policy at the March of Dimes, which signed the letter.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "\"It was a spectacular", "Patrick McGinley", HS_ENT_PERSON,
                   "law professor", "West Virginia University");
    expect_speaker(r, "the plane", "Greg Raiff", HS_ENT_PERSON, "chief executive officer",
                   "Private Jet Services");
    expect_speaker(r, "\"We can pay", "Cynthia Pellegrini", HS_ENT_PERSON,
                   "senior vice president of public policy", "March of Dimes");
    hs_result_free(r);
    /* past what the body is; an entity taken whole before the town */
    expect_speaker_in(
        "Jon Cowan, founder of the center-left think tank Third Way, said the "
        "party had moved left.",
        "the party", "Jon Cowan", HS_ENT_PERSON, "founder", "Third Way");
    expect_speaker_in(
        "\"There's an uncertainty,\" said Quentin Kidd, a political scientist at "
        "Christopher Newport University in Scott's district.",
        "\"There's", "Quentin Kidd", HS_ENT_PERSON, "political scientist",
        "Christopher Newport University");
}
END_TEST

/* A body named by its kind before a role after a name owns it, and is
 * no word of it: "the campaign's press secretary". */
START_TEST(test_owner_by_kind_not_in_role)
{
    expect_speaker_in(
        "Hillary Clinton spoke in Ohio. Brian Fallon, the campaign's press "
        "secretary, said the speech went well.",
        "the speech", "Brian Fallon", HS_ENT_PERSON, "press secretary", "");
}
END_TEST

/* The person a role is held for ends it though their party's tag
 * follows. */
START_TEST(test_workplace_person_before_party_tag)
{
    expect_speaker_in(
        "\"We were there,\" said Jess Fassler, a veteran staffer for Sen. Kirsten "
        "Gillibrand (D-N.Y.), about the sit-in.",
        "\"We were", "Jess Fassler", HS_ENT_PERSON, "veteran staffer", "Kirsten Gillibrand");
}
END_TEST

/* A definite description before any subject (after a headline, whose
 * names are none) takes up the person last named, as a pronoun would. */
START_TEST(test_description_before_any_subject)
{
    expect_speaker_in(
        "Hillary Clinton Goes After Donald Trump As The New Mitt Romney.\n\n"
        "If it worked against Mitt Romney, it might just work against Donald "
        "Trump. At least that's what the Clinton campaign now hopes.\n"
        "The Democratic nominee said her opponent was a fraud.",
        "her opponent", "Hillary Clinton", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

/* An office owned by a place and held at a body, set before a name:
 * "China's ambassador to the UN, Zhang Jun," (the reference article). */
START_TEST(test_office_of_owner_before_name)
{
    hs_result *r = test_extract(
        "His statement echoed earlier remarks by China's ambassador to the UN, "
        "Zhang Jun, at a meeting of the Security Council. Zhang said the "
        "reports were disturbing.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the reports", "Zhang Jun", HS_ENT_PERSON, "ambassador to the UN", "China");
    hs_result_free(r);
}
END_TEST

START_TEST(test_occupation_after_name_is_role)
{
    hs_result *r = test_extract(
        "Jane Doe, a 42-year-old teacher from Ohio, said she had changed her "
        "mind. Tim Cook said the company would grow. Cook added that sales "
        "were strong.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "she had");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Jane Doe");
    ck_assert_str_eq(e->role, "42-year-old teacher from Ohio");
    /* a surname that is also an occupation still finds its person */
    ck_assert_str_eq(speaker_of_content(r, "that sales"), "Tim Cook");
    hs_result_free(r);
}
END_TEST

START_TEST(test_appositive_role_after_age_and_comma)
{
    hs_result *r = test_extract(
        "Ryan Leenders, 30, a member of the International Association of "
        "Machinists, said the plant would close.\n\n"
        "Victor Cha, a Korea scholar at the Center for Strategic and "
        "International Studies, said the test was a provocation.\n\n"
        "She is a Marco Rubio delegate from Washington. Rubio said the "
        "platform would change.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the plant");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Ryan Leenders");
    /* the body a role is held at is the affiliation */
    ck_assert_str_eq(e->role, "member");
    ck_assert_str_eq(e->affiliation ? e->affiliation : "",
                     "International Association of Machinists");
    e = speaker_entity(r, "the test");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->role, "Korea scholar");
    ck_assert_str_eq(e->affiliation ? e->affiliation : "",
                     "Center for Strategic and International Studies");
    /* a role not set off by a comma after the name is not the name's */
    e = speaker_entity(r, "the platform");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Marco Rubio");
    ck_assert_ptr_null(e->role);
    hs_result_free(r);
}
END_TEST

START_TEST(test_relative_clause_names_no_speaker)
{
    hs_result *r = test_extract(
        "The ad, which is part of a $1 million buy from Our Principles PAC, "
        "says Trump skipped the debate.\n\n"
        "The former congressman, who led a filibuster in June after the "
        "Orlando massacre, said the law must change.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "Trump skipped");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "ad");
    e = speaker_entity(r, "the law");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "former congressman");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);       /* "who": a person */
    hs_result_free(r);
}
END_TEST

START_TEST(test_described_person_by_role_word)
{
    hs_result *r = test_extract(
        "A federal judge said the law was unconstitutional.\n\n"
        "Several campaigns said the debate was unfair.\n\n"
        "The state said the rules would change.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the law");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "federal judge");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    /* an office's word is no person, in the plural neither */
    e = speaker_entity(r, "the debate");
    ck_assert_ptr_nonnull(e);
    ck_assert_int_ne(e->type, HS_ENT_PERSON);
    e = speaker_entity(r, "the rules");
    ck_assert_ptr_nonnull(e);
    ck_assert_int_ne(e->type, HS_ENT_PERSON);
    hs_result_free(r);
}
END_TEST

START_TEST(test_title_and_party_not_in_name)
{
    /* the second word of a two-word title, a title the tagger runs into
     * the name, and a party's label are no part of the person's name */
    hs_result *r = test_extract(
        "Attorney General Eric Holder said the case was closed. Justice "
        "Antonin Scalia wrote that the law stood. Democrat Hillary Clinton "
        "said the plan would fail. NATO Secretary General Jens Stoltenberg "
        "said the alliance was united. Dean Baquet said the paper would "
        "print it.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the case");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Eric Holder");
    ck_assert_str_eq(e->role ? e->role : "", "Attorney General");
    e = speaker_entity(r, "that the law");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Antonin Scalia");
    ck_assert_str_eq(e->role ? e->role : "", "Justice");
    e = speaker_entity(r, "the plan");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Hillary Clinton");
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Democratic Party");
    ck_assert_str_eq(speaker_of_content(r, "the alliance"), "Jens Stoltenberg");
    /* a given name that is also a role word stays a name */
    ck_assert_str_eq(speaker_of_content(r, "the paper"), "Dean Baquet");
    hs_result_free(r);
}
END_TEST

START_TEST(test_party_tags_and_adjectives)
{
    /* a US politician's party tag after the name, and a party's adjective
     * before a title or an occupation, give the party as affiliation; an
     * adjective that opens a party body's name stays in the role, and the
     * body is the affiliation */
    hs_result *r = test_extract(
        "Sen. David Perdue (R-Ga.) said the deal was dead. Senate Majority "
        "Leader Mitch McConnell, R-Ky., said a vote would come. Gov. Terry "
        "McAuliffe (D) said the state would appeal. Sen. Bernie Sanders "
        "(I-Vt.) said the bill was weak. Democratic pollster Stan Greenberg "
        "said the numbers had moved. Republican National Committee Research "
        "Director Raj Shah said the ad was false.");
    ck_assert_ptr_nonnull(r);
    static const struct { const char *content, *name, *role, *aff; } want[] = {
        { "the deal", "David Perdue", "Sen.", "Republican Party" },
        { "a vote", "Mitch McConnell", "Senate Majority Leader", "Republican Party" },
        { "the state", "Terry McAuliffe", "Gov.", "Democratic Party" },
        { "the bill", "Bernie Sanders", "Sen.", "" },
        { "the numbers", "Stan Greenberg", "Democratic pollster", "Democratic Party" },
        { "the ad", "Raj Shah", "Republican National Committee Research Director",
          "Republican National Committee" },
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        expect_speaker(r, want[i].content, want[i].name, -1, want[i].role, want[i].aff);
    hs_result_free(r);
}
END_TEST

START_TEST(test_someone_working_for_a_person)
{
    /* "a spokeswoman for X" speaks for X and is not X; X keeps no
     * "spokeswoman for" role; the appositive after "X's spokesman" is
     * the speaker */
    hs_result *r = test_extract(
        "A spokeswoman for Hillary Clinton said the report was false. "
        "Clinton said she would win. A longtime adviser to Trump said he "
        "was angry. Hillary Clinton's spokesman, Brian Fallon, said the "
        "emails were classified later.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the report");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "spokeswoman for Hillary Clinton");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->role ? e->role : "", "spokeswoman");
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Hillary Clinton");
    e = speaker_entity(r, "she would win");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Hillary Clinton");
    ck_assert_ptr_null(e->role);
    e = speaker_entity(r, "he was angry");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "longtime adviser to Trump");
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Trump");
    e = speaker_entity(r, "the emails");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Brian Fallon");
    ck_assert_str_eq(e->role ? e->role : "", "spokesman");
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Hillary Clinton");
    hs_result_free(r);
}
END_TEST

START_TEST(test_people_someone_has_by_other_ties)
{
    /* "her allies", "some of his rivals", "his colleague": people the
     * owner has, named by the owner and affiliated with them */
    hs_result *r = test_extract(
        "Campaign notes.\n\n"
        "Hillary Clinton spoke in Iowa on Monday. Her allies said the race was "
        "tightening.\n\n"
        "Donald Trump spoke in Concord. Some of his rivals said he had skipped the "
        "state.\n\n"
        "Alastair Osman was a geologist. \u201cHe taught me everything,\u201d his "
        "colleague wrote on Facebook.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the race");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Hillary Clinton's allies");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Hillary Clinton");
    e = speaker_entity(r, "he had skipped");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Donald Trump's rivals");
    e = speaker_entity(r, "\u201cHe taught");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Alastair Osman's colleague");
    hs_result_free(r);
    /* so by a name too: "Mr. Trump's rivals" are people, not Trump */
    r = test_extract(
        "Debate night.\n\n"
        "Donald J. Trump spoke first. Mr. Trump's rivals said the debate was "
        "civil.");
    ck_assert_ptr_nonnull(r);
    e = speaker_entity(r, "the debate was");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Donald J. Trump's rivals");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_share_word_alone_is_that_share_of_the_group_before)
{
    /* "most", "several" alone: that share of the people the subject
     * before describes; "Some say" with no such subject stays as it is */
    hs_result *r = test_extract(
        "Planned Parenthood poll.\n\n"
        "While Democratic voters are united in supporting the funding, "
        "Republicans are more divided, although most oppose it.\n\n"
        "Supporters gave each other high-fives as they celebrated. Some said the "
        "win was historic.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "it");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "most Republicans");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Republican Party");
    ck_assert_str_eq(speaker_of_content(r, "the win"), "some supporters");
    hs_result_free(r);
    r = test_extract("Debate night.\n\nThe debate ran late. Some say Clinton won it.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_ne(speaker_of_content(r, "Clinton won"), "some debate");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_pronoun_after_a_fronted_clause_is_its_subject)
{
    /* "Though Ms. Olivieri has spent ..., the influx ... has led to ...,
     * she said": the fronted clause's subject, not the person the
     * paragraph before spoke of last */
    hs_result *r = test_extract(
        "Skating in Washington Heights.\n\n"
        "Arianna Gil founded the group in 2013. \u201cWe skate every day,\u201d she "
        "said.\n\n"
        "Though Ms. Olivieri has spent most of her life in Washington Heights, the "
        "influx of wealthier residents has led to an increased police presence, "
        "she said.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "Though Ms."), "Olivieri");
    hs_result_free(r);
}
END_TEST

START_TEST(test_people_near_a_person_are_a_group_of_their_own)
{
    /* "several people in Clinton's orbit" are those people, named by
     * their phrase, not Clinton; a later "they" is the same group */
    hs_result *r = test_extract(
        "Debate prep.\n\n"
        "Hillary Clinton has been preparing for weeks. The person who plays Trump "
        "in the mock debates, several people in Clinton's orbit told POLITICO, has "
        "already been chosen.\n\n"
        "It is not Mark Cuban, they say.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "The person who plays"),
                     "several people in Clinton's orbit");
    ck_assert_str_eq(speaker_of_content(r, "It is not"), "several people in Clinton's orbit");
    hs_result_free(r);
    /* an anonymous source is not whom it knows of */
    r = test_extract(
        "Cruz and Trump.\n\n"
        "Sen. Ted Cruz of Texas spoke in Iowa. Another source familiar with Cruz's "
        "thinking said he would not endorse.\n\n"
        "A person close to the Clintons said the couple was tired.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "he would not");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_ne(e->name, "Ted Cruz");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    e = speaker_entity(r, "the couple");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "person close to the Clintons");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    hs_result_free(r);
    /* "those close to him": people, named with "those" */
    r = test_extract("Virginia's Senate seat.\n\nGov. Terry McAuliffe declined to discuss "
                     "potential appointees.\n\nThose close to him say that, in addition to "
                     "Scott, he would have to consider Rep. Don Beyer.");
    ck_assert_ptr_nonnull(r);
    e = speaker_entity(r, "that, in addition");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Those close to him");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_post_holders_people)
{
    /* "The congressman's spokesman": the holder's, named by the holder */
    hs_result *r = test_extract(
        "Gowdy fires back.\n\n"
        "Congressman Trey Gowdy spoke on Monday. The congressman's spokesman said "
        "the panel would meet again.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the panel"), "Trey Gowdy's spokesman");
    hs_result_free(r);
    /* a person's office speaks as their campaign does */
    r = test_extract("Unity meeting.\n\nHouse Speaker Paul Ryan's office said the meeting "
                     "would go ahead.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the meeting");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Paul Ryan's office");
    ck_assert_int_eq(e->type, HS_ENT_ORG);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Paul Ryan");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_later_name_in_the_first_ones_phrase_is_not_the_speaker)
{
    /* "Andrew J. Pincus of the law firm Mayer Brown" (a firm the tagger
     * reads as a person): Pincus */
    hs_result *r = test_extract(
        "Supreme Court term.\n\n"
        "\u201cThe odds are that there will be an entire next term with eight "
        "justices,\u201d said another leading Supreme Court advocate, Andrew J. "
        "Pincus of the law firm Mayer Brown.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "\u201cThe odds"), "Andrew J. Pincus");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_post_opening_a_list_is_its_holder)
{
    /* "the senator and his allies": the senator named before, and his
     * allies, together */
    hs_result *r = test_extract(
        "Cruz reboots his attacks.\n\n"
        "Sen. Ted Cruz of Texas spoke in Iowa on Monday.\n\n"
        "Cruz's battle with Trump is on again, and the senator and his allies "
        "intend to bring the front-runner down.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "to bring"), "Ted Cruz and his allies");
    hs_result_free(r);
    /* a post no role names: the person the description takes up */
    r = test_extract(
        "Debate preparation.\n\n"
        "Donald Trump spoke in Ohio on Monday. Trump has had kinder words for Chris "
        "Wallace of Fox News.\n\n"
        "The Republican nominee and his aides said the debate would be fair.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the debate would"), "Donald Trump and his aides");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_group_is_not_its_examples)
{
    /* "candidates like Marco Rubio", "civil rights groups like the
     * ACLU": the group, of its examples' kind, not the example */
    hs_result *r = test_extract(
        "Gitmo plan.\n\n"
        "Candidates like Marco Rubio said the plan was reckless.\n\n"
        "Civil rights groups like the American Civil Liberties Union said the "
        "prison should close.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the plan was");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Candidates");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    e = speaker_entity(r, "the prison");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Civil rights groups");
    ck_assert_int_eq(e->type, HS_ENT_ORG);
    hs_result_free(r);
}
END_TEST

START_TEST(test_names_joined_past_places_appositives_and_bodies)
{
    /* a list of names is its people together past a member's place, an
     * appositive after it in the plural, "his older brother" and a
     * body's people after a person */
    hs_result *r = test_extract(
        "Senate debate.\n\n"
        "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky said the vote "
        "was rigged.\n\n"
        "Richard Alba and Nancy Foner, sociologists at the City University of New "
        "York, said immigrants do well.\n\n"
        "Jeb Bush and his older brother said the family was proud.\n\n"
        "Carly Fiorina spoke. Fiorina and HP executives said the merger was sound.\n\n"
        "White House and Pentagon spokesmen said the prison would close.\n\n"
        "State Senate leader Phil Berger and House Speaker Tim Moore, both "
        "Republicans, said the law would stand.\n\n"
        "Not far away, brothers John and Brian Meza, 22 and 19, were talking about "
        "why they had come to Sanders.\n\n"
        "Bill Clinton and Melania Trump, Republican nominee Donald Trump's wife, "
        "said the birthday was a happy one.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the vote"), "Ted Cruz and Rand Paul");
    ck_assert_str_eq(speaker_of_content(r, "immigrants"), "Richard Alba and Nancy Foner");
    ck_assert_str_eq(speaker_of_content(r, "the family"), "Jeb Bush and his older brother");
    ck_assert_str_eq(speaker_of_content(r, "the merger"), "Carly Fiorina and HP executives");
    const hs_entity *e = speaker_entity(r, "the prison");
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(speaker_of_content(r, "the law"), "Phil Berger and Tim Moore");
    ck_assert_str_eq(speaker_of_content(r, "why they"), "John Meza and Brian Meza");
    ck_assert_str_eq(speaker_of_content(r, "the birthday"), "Bill Clinton and Melania Trump");
    hs_result_free(r);
    r = test_extract("Divorce file.\n\nThe New York Times and the Gannett newspaper chain "
                     "argued that the records should be public.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "that the records"), "New York Times and Gannett");
    hs_result_free(r);
    /* those who work for several: named with all of them */
    r = test_extract("Clinton plans.\n\nHillary Clinton spoke in Iowa. Strategists for "
                     "Barack Obama and Clinton said the race was close.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the race"),
                     "Strategists for Barack Obama and Hillary Clinton");
    hs_result_free(r);
    /* past an employer's "'s" before a member's name */
    r = test_extract("Cable panel.\n\nChris Matthews hosted. Matthews, MSNBC's Alex "
                     "Seitz-Wald and Reuters' Luciana Lopez agreed that the race was over.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "that the race"),
                     "Chris Matthews, Alex Seitz-Wald and Luciana Lopez");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_place_that_only_qualifies_people_is_not_them)
{
    /* "Iowa biofuels advocates", "many Wall Street players": the people,
     * of the place, not the place */
    hs_result *r = test_extract(
        "Clinton's Iowa dilemma.\n\n"
        "Monte Shaw spoke in Des Moines. And Iowa biofuels advocates say the "
        "mandate must stay.\n\n"
        "A disproportionate number of refugees from Iraq said they felt unsafe.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the mandate");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Iowa biofuels advocates");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Iowa");
    e = speaker_entity(r, "they felt");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_ne(e->name, "Iraq");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    hs_result_free(r);
    /* so a body's name right before the head: "the PBS debate
     * moderators" are people of PBS; "Supreme Court precedents" no court */
    r = test_extract(
        "Debate night.\n\n"
        "PBS aired the debate on Thursday. The PBS debate moderators said the "
        "questions were fair.\n\n"
        "The Supreme Court heard the case. Supreme Court precedents suggest the law "
        "will stand.");
    ck_assert_ptr_nonnull(r);
    e = speaker_entity(r, "the questions");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "PBS debate moderators");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "PBS");
    e = speaker_entity(r, "the law will");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Supreme Court precedents");
    hs_result_free(r);
    /* not of a place they are outside, nor of an owner's place */
    r = test_extract(
        "Bloomberg's bid.\n\n"
        "Voters outside metro New York said they barely knew him.\n\n"
        "Sen. Ted Cruz spoke in Houston. The Texas senator's allies said he would "
        "not endorse.");
    ck_assert_ptr_nonnull(r);
    e = speaker_entity(r, "they barely");
    ck_assert_ptr_nonnull(e);
    ck_assert_ptr_null(e->affiliation);
    e = speaker_entity(r, "he would not");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_ne(e->affiliation ? e->affiliation : "", "Texas");
    hs_result_free(r);
}
END_TEST

START_TEST(test_crowds_staff_and_sentence_initial_groups_are_people)
{
    /* "the crowd", "the moderator", "Superdelegates" opening a sentence:
     * people, not things */
    hs_result *r = test_extract(
        "Convention night.\n\n"
        "Trump spoke for an hour. The crowd chanted that the wall would be built.\n\n"
        "Superdelegates said they would wait.\n\n"
        "Kids at the school held up a photo. The kids said it was a joke.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "that the wall");
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    e = speaker_entity(r, "they would wait");
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    e = speaker_entity(r, "it was a joke");
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    hs_result_free(r);
}
END_TEST

START_TEST(test_relatives_and_aides_by_possessive)
{
    /* "X's campaign manager", "X's wife": someone X has, a person
     * affiliated with X, not X; "his mother" is a person; "X's son,
     * Grant," is Grant; "Ivanka and her husband" is no one's husband */
    hs_result *r = test_extract(
        "Donald Trump spoke in Ohio on Monday. Donald Trump's campaign "
        "manager said the polls were wrong. Donald Trump's wife said he was "
        "kind. His mother said the family was proud. Curt Schilling spoke "
        "too. Schilling's son, Grant, said the school had apologized. "
        "Hillary Clinton spoke. Clinton's Democratic opponent, Vermont Sen. "
        "Bernie Sanders, said the emails were fine. Meanwhile, the object of "
        "Trump's admiration, Vladimir Putin, said the West was weak.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the polls");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Donald Trump's campaign manager");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Donald Trump");
    e = speaker_entity(r, "he was kind");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Donald Trump's wife");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    e = speaker_entity(r, "the family");
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    e = speaker_entity(r, "the school");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Grant Schilling");   /* "Schilling's son, Grant," */
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Curt Schilling");
    /* an opponent is no one's man: no affiliation to Clinton */
    e = speaker_entity(r, "the emails");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Bernie Sanders");
    ck_assert_str_eq(e->role ? e->role : "", "Vermont Sen.");
    ck_assert_ptr_null(e->affiliation);
    ck_assert_str_eq(speaker_of_content(r, "the West"), "Vladimir Putin");
    hs_result_free(r);
}
END_TEST

START_TEST(test_bodies_and_nationals)
{
    /* a place's police or authorities are a body affiliated with the
     * place, not the place; people described by a place's or party's
     * adjective are affiliated with it */
    hs_result *r = test_extract(
        "The protest began in Tulsa on Friday. Tulsa police said the man "
        "was armed. Chinese officials said the talks were over. German "
        "authorities said the attack was foiled. Some Democratic officials "
        "said the plan was bad.");
    ck_assert_ptr_nonnull(r);
    static const struct { const char *content, *name; hs_entity_type type; const char *aff; } want[] = {
        { "the man", "Tulsa police", HS_ENT_ORG, "Tulsa" },
        { "the talks", "Chinese officials", HS_ENT_PERSON, "China" },
        { "the attack", "German authorities", HS_ENT_ORG, "Germany" },
        { "the plan", "Some Democratic officials", HS_ENT_PERSON, "Democratic Party" },
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        expect_speaker(r, want[i].content, want[i].name, (int)want[i].type, NULL,
                       want[i].aff);
    hs_result_free(r);
}
END_TEST

START_TEST(test_full_name_is_a_person_and_relative_names_no_one)
{
    /* a full name with a given name stays a person however often its
     * surname modifies a noun; a relative clause after a common noun
     * tells about the noun and names no speaker */
    hs_result *r = test_extract(
        "Donald Trump spoke in Iowa. The Trump campaign and Trump "
        "Organization staff and Trump Tower guards said little. Trump said "
        "the polls were wrong. A longtime Republican data expert who has "
        "worked for Trump said the rules would change.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the polls");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Donald Trump");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_ptr_null(e->role);
    e = speaker_entity(r, "the rules");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "longtime Republican data expert");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    hs_result_free(r);
}
END_TEST

START_TEST(test_reported_subject_is_not_the_next_he)
{
    /* the subject of a reported clause is what was said about, not who
     * goes on speaking */
    hs_result *r = test_extract(
        "House Speaker Paul Ryan spoke to reporters. He said on Thursday "
        "that Donald Trump needs to do more work to unify the party. \"I "
        "think a lot of Republicans want to see a standard-bearer that "
        "bears our standards,\" he said.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "\"I think"), "Paul Ryan");
    hs_result_free(r);
}
END_TEST

START_TEST(test_definite_description_finds_the_post_holder)
{
    /* "the president" is the person named with that post; a rank word
     * must agree ("the president" is not Vice President Biden), and a
     * party said must be theirs ("The GOP nominee" is not Clinton) */
    hs_result *r = test_extract(
        "President Obama spoke in Washington. Vice President Joe Biden "
        "spoke too. The president said the plan would work. Republican "
        "nominee Donald Trump spoke in Ohio. Democratic nominee Hillary "
        "Clinton spoke in Iowa. The GOP nominee said the polls were wrong. "
        "Several members of Congress said the bill was bad. Sen. Ted Cruz "
        "spoke in Texas. The senator said the vote would fail.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the plan"), "Obama");
    ck_assert_str_eq(speaker_of_content(r, "the polls"), "Donald Trump");
    const hs_entity *e = speaker_entity(r, "the bill");
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Congress");
    /* a title's short form: "the senator" is Sen. Cruz */
    ck_assert_str_eq(speaker_of_content(r, "the vote"), "Ted Cruz");
    hs_result_free(r);
}
END_TEST

START_TEST(test_description_with_its_office_phrase)
{
    /* an office's own "of" phrase belongs to the description: "the
     * former secretary of state" takes up the person just spoken of,
     * and is her role; a senator is no secretary */
    expect_speaker_in(
        "Hillary Clinton spoke in Ohio on Monday. \u201cI have confidence in "
        "them,\u201d Clinton told ABC News.\n\nThe former secretary of state "
        "has long said that the wall is a bad idea.",
        "that the wall", "Hillary Clinton", HS_ENT_PERSON, "former secretary of state", NULL);
    expect_speaker_not_in(
        "Sen. Bernie Sanders supports the proposal. Rival Hillary Clinton "
        "has said she would not go that far.\n\nSanders started a petition "
        "this week, which appeared to be directed at Clinton. The former "
        "secretary of state has said that the states should decide.",
        "that the states", "Bernie Sanders");
}
END_TEST

START_TEST(test_the_campaign_takes_up_an_owned_campaign)
{
    /* "the campaign" is the campaign a person owns just before, named
     * as that phrase would be as a source */
    expect_speaker_in(
        "Donald Trump spoke in Ohio. He has given $60 million to Donald "
        "Trump's campaign this year. The campaign said that the ads would "
        "air in eight states.",
        "that the ads", "Donald Trump's campaign", HS_ENT_ORG, NULL, "Donald Trump");
    /* "her campaign" when she is still the one spoken of */
    expect_speaker_in(
        "Hillary Clinton spoke in Iowa on Monday. Her campaign spent heavily "
        "there.\n\nOn Tuesday the campaign said that the spending would go on.",
        "that the spending", "Hillary Clinton's campaign", HS_ENT_ORG, NULL, NULL);
    /* and "the administration" the administration so owned */
    expect_speaker_in(
        "Barack Obama spoke on Monday. Critics have attacked the Obama administration "
        "over the mandate for years. The administration said that the rule would stay.",
        "that the rule", "Obama administration", HS_ENT_ORG, NULL, "Barack Obama");
    /* a campaign no one owns names no owner's */
    expect_speaker_not_in(
        "Jeb Bush spoke in South Carolina on Monday. The primary campaign has "
        "been long. The campaign said that the crowd was large.",
        "that the crowd", "Jeb Bush's campaign");
}
END_TEST

START_TEST(test_description_keeps_its_modifiers)
{
    /* an unnamed source is named by its words with the phrases that
     * tell which ones, up to a relative clause or a comma */
    hs_result *r = test_extract(
        "Officials in both cities said that the protests would be peaceful. "
        "Data released Friday by state gaming regulators showed that revenue "
        "rose. Residents of towns who lost their courses said that the "
        "water was gone. Supporters in the crowd, who waited for hours, "
        "said that the speech was long. Prominent Jewish leaders with his comments "
        "in mind said that the remarks were wrong.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "that the protests"), "Officials in both cities");
    ck_assert_str_eq(speaker_of_content(r, "that the remarks"), "Prominent Jewish leaders");
    ck_assert_str_eq(speaker_of_content(r, "that revenue"),
                     "Data released Friday by state gaming regulators");
    ck_assert_str_eq(speaker_of_content(r, "that the water"), "Residents of towns");
    ck_assert_str_eq(speaker_of_content(r, "that the speech"), "Supporters in the crowd");
    hs_result_free(r);
}
END_TEST

START_TEST(test_names_the_tagger_misreads)
{
    /* a name with a surname's particle is a person's whatever the
     * tagger read ("Marine Le Pen" as nothing or an organisation) */
    expect_speaker_in(
        "Marine Le Pen, the leader of the National Front, said the vote mattered.",
        "the vote", "Marine Le Pen", HS_ENT_PERSON, "leader", "National Front");
    /* a long run ending in an institution's head is the institution,
     * the person before it the speaker */
    expect_speaker_in(
        "Pastor Joseph Brown of Marion Avenue Baptist Church said the crowd was large.",
        "the crowd", "Joseph Brown", HS_ENT_PERSON, NULL, "Marion Avenue Baptist Church");
    /* a person in a phrase after the speaker is not the speaker */
    expect_speaker_in(
        "Darran Whiting of Liberty Baptist Church in Marion said the calls mattered.",
        "the calls", "Darran Whiting", HS_ENT_PERSON, NULL, NULL);
    /* the speaker after an owner still speaks */
    expect_speaker_in(
        "Clinton spokesman Brian Fallon said the emails were released.",
        "the emails", "Brian Fallon", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_noun_before_a_relative_clause_is_no_title)
{
    /* "The federal judge Trump was referring to": the name opens a
     * relative clause on the noun, which is no title of his; a bare
     * title before a name stays one whatever the parser made of it */
    hs_result *r = test_extract(
        "Donald Trump spoke in Ohio. The federal judge Trump was referring to "
        "is Gonzalo Curiel, who was born in Indiana. Trump said the judge was "
        "biased.\n\nGov. Mary Fallin said presumptive Republican presidential "
        "nominee Donald Trump is trying to heal the nation.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the judge was", "Donald Trump", HS_ENT_PERSON, NULL, NULL);
    const hs_entity *e = speaker_entity(r, "the judge was");
    ck_assert_msg(e->role == NULL || strstr(e->role, "judge") == NULL, "role %s", e->role);
    hs_result_free(r);
}
END_TEST

START_TEST(test_employer_after_the_name)
{
    /* an employer in a relative clause whose verb is a job's, or after
     * ", of", is the person's affiliation */
    hs_result *r = test_extract(
        "Conservative economist Aparna Mathur, who studies tax policy and labor "
        "issues at the American Enterprise Institute, said the plan was costly. "
        "The Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church, "
        "said the city was hurting. Sarah Aubrey, who oversees programming at "
        "TNT, said the show was good. Anna Smith, who lives near the Ford "
        "Foundation, said the rent was high.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the plan was", "Aparna Mathur", HS_ENT_PERSON, "Conservative economist",
                   "American Enterprise Institute");
    expect_speaker(r, "the city was", "Peter Wherry", HS_ENT_PERSON, NULL,
                   "Mayfield Memorial Missionary Baptist Church");
    expect_speaker(r, "the show was", "Sarah Aubrey", HS_ENT_PERSON, NULL, "TNT");
    /* living near one is no job */
    expect_speaker(r, "the rent was", "Anna Smith", HS_ENT_PERSON, NULL, "");
    hs_result_free(r);
}
END_TEST

START_TEST(test_bare_appositive_role)
{
    /* an appositive without an article gives role and body, past what
     * kind of body it is; after a title, still the body; not a phrase
     * naming another person */
    hs_result *r = test_extract(
        "The group hired David Bossie, president of the conservative advocacy "
        "group Citizens United, on Monday. Bossie said the campaign was strong.\n\n"
        "Rabbi Rick Jacobs, president of the Union for Reform Judaism, said the "
        "speech was wrong.\n\nOne of his supporters, Randolph, former Colorado "
        "Rep. Pat Schroeder, lives in the district. Randolph said the race was close.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the campaign was", "David Bossie", HS_ENT_PERSON, "president",
                   "Citizens United");
    expect_speaker(r, "the speech was", "Rick Jacobs", HS_ENT_PERSON, "Rabbi",
                   "Union for Reform Judaism");
    expect_speaker(r, "the race was", "Randolph", HS_ENT_PERSON, "", "");
    hs_result_free(r);
}
END_TEST

START_TEST(test_appositive_role_in_a_quotation_not_a_list)
{
    /* a description set beside a name inside a quotation is the
     * person's role as well; an item of a list of posts is no one's */
    hs_result *r = test_extract(
        "Cruz backs Trump\n\nSen. Ted Cruz endorsed Donald Trump on Friday.\n\n"
        "\"I have decided that I will vote for the Republican nominee, Donald "
        "Trump,\" Cruz wrote.\n\nTrump said he was greatly honored.\n\n"
        "\"The president, the vice president, Susan Rice, we were scrambling,\" "
        "Clinton said.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "he was greatly", "Donald Trump", HS_ENT_PERSON, "Republican nominee",
                   "Republican Party");
    bool rice = false;
    for (size_t i = 0; i < hs_result_entity_count(r); i++) {
        const hs_entity *e = hs_result_entity(r, i);
        if (strcmp(e->name, "Susan Rice") == 0) {
            rice = true;
            ck_assert_ptr_null(e->role);
        }
    }
    ck_assert(rice);
    hs_result_free(r);
    /* nor is what another person is named before the comma */
    expect_speaker_in(
        "Rubio hedges\n\nAsked whether he would support Donald Trump if Trump is the GOP "
        "nominee, Rubio gave a roundabout answer. Rubio said he would back the nominee.",
        "he would back", "Rubio", HS_ENT_PERSON, "", "");
    expect_speaker_in(
        "Trump rips Scarborough\n\nNow that he is the presumptive Republican nominee, "
        "Donald Trump has begun calling out critics. Trump said the host was unfair.",
        "the host was", "Donald Trump", HS_ENT_PERSON, "presumptive Republican nominee",
        "Republican Party");
}
END_TEST

START_TEST(test_a_full_name_after_a_body_s_kind_names_the_body)
{
    /* a name the tagger may read as a person's, right after "company" or
     * "firm", is the body's, and its first word names it later */
    hs_result *r = test_extract(
        "Trump's critic wins\n\nRoffman, a securities analyst for the "
        "Philadelphia-based investment company Janney Montgomery Scott, recalled "
        "numerous telephone calls with Trump. Roffman said he was threatened. A "
        "spokeswoman for Janney said nobody involved remains at the firm today.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "he was threatened", "Roffman", HS_ENT_PERSON, "securities analyst",
                   "Janney Montgomery Scott");
    const hs_entity *e = speaker_entity(r, "nobody involved");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Janney Montgomery Scott");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_post_s_holder_owns_a_role)
{
    /* "the president's" before a role is the president's: the role
     * without it, the holder as affiliation */
    hs_result *r = test_extract(
        "Obama and Netanyahu meet\n\nPresident Obama met Prime Minister Netanyahu "
        "on Monday.\n\n\"They each have a number of cases where they feel the other "
        "side erred,\" said Martin Indyk, the president's former special envoy to "
        "the Middle East.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "\"They each", "Martin Indyk", HS_ENT_PERSON,
                   "former special envoy to the Middle East", "Obama");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_noun_before_a_lowercase_role_word_is_the_role_s)
{
    /* the parser may hang "rights" elsewhere; before a lowercase role
     * word it is still the role's */
    expect_speaker_in(
        "Sanders rallies\n\nStanding alongside labor leader and civil rights activist "
        "Dolores Huerta, Sanders spoke. Huerta said the crowd was large.",
        "the crowd", "Dolores Huerta", HS_ENT_PERSON, "civil rights activist", NULL);
    /* nor "wife", hung on the husband as a conjunct */
    expect_speaker_in(
        "Obamas to visit\n\nThe efforts are expected to continue, with both President "
        "Barack Obama and his wife Michelle expected to visit the state. Michelle said "
        "the vote mattered.",
        "the vote", "Michelle Obama", HS_ENT_PERSON, "wife", "Barack Obama");
}
END_TEST

START_TEST(test_a_party_inside_a_role_is_the_affiliation)
{
    /* after a chamber's name */
    expect_speaker_in(
        "Burma visit\n\nThe visit was followed by a trip by Senate Republican leader "
        "Mitch McConnell (Ky.) a month later. McConnell said the talks went well.",
        "the talks", "Mitch McConnell", HS_ENT_PERSON, "Senate Republican leader",
        "Republican Party");
    /* the Libertarians too */
    expect_speaker_in(
        "Third parties\n\nLibertarian presidential nominee Gary Johnson said he would "
        "stay in the race.",
        "he would stay", "Gary Johnson", HS_ENT_PERSON, "Libertarian presidential nominee",
        "Libertarian Party");
    /* in an appositive, where no workplace is said */
    expect_speaker_in(
        "Swing states\n\nJohn Cordisco, the Democratic chairman of suburban "
        "Philadelphia's Bucks County, said the party was united.",
        "the party was", "John Cordisco", HS_ENT_PERSON,
        "Democratic chairman of suburban Philadelphia's Bucks County", "Democratic Party");
    /* a country's adjective leaves the role there as before a name */
    expect_speaker_in(
        "The wall\n\nPaul Bauman, a Canadian geophysicist, said the wall would fail.",
        "the wall would", "Paul Bauman", HS_ENT_PERSON, "geophysicist", "Canada");
    /* an office whose name holds the party keeps it */
    expect_speaker_in(
        "Convention rules\n\nBruce Hough, a Republican National Committeeman from Utah, "
        "said the rules would hold.",
        "the rules", "Bruce Hough", HS_ENT_PERSON,
        "Republican National Committeeman from Utah", "Republican Party");
    /* the party of a possessive's owner is not the speaker's */
    expect_speaker_in(
        "Working women\n\nIvanka Trump, the Republican presidential nominee's eldest "
        "daughter, said the plan would help.",
        "the plan", "Ivanka Trump", HS_ENT_PERSON, NULL, "");
}
END_TEST

START_TEST(test_a_place_opening_a_longer_name_is_no_name_of_its_own)
{
    /* "New York | City" is one city, of the state's country (so the
     * article's country for an office with none said) */
    hs_result *r = test_extract(
        "Clinton rally\n\nSanders spoke at a large New York City rally on Monday. Former "
        "Secretary of State Hillary Clinton said the crowd was small. A professor at New "
        "York University said it was fine.");
    ck_assert_ptr_nonnull(r);
    bool city = false, university = false;
    for (size_t i = 0; i < hs_result_entity_count(r); i++) {
        const hs_entity *e = hs_result_entity(r, i);
        ck_assert_str_ne(e->name, "City");
        ck_assert_str_ne(e->name, "University");
        city |= strcmp(e->name, "New York City") == 0 && e->type == HS_ENT_GPE;
        university |= strcmp(e->name, "New York University") == 0 && e->type == HS_ENT_ORG;
    }
    ck_assert(city && university);
    expect_speaker(r, "the crowd was", "Hillary Clinton", HS_ENT_PERSON,
                   "Former Secretary of State", "United States");
    expect_speaker(r, "it was fine", "professor at New York University", HS_ENT_PERSON, NULL,
                   "New York University");
    hs_result_free(r);
    /* someone named along with a person is no role of theirs */
    expect_speaker_in(
        "Court study\n\nMichelle Fields, along with Washington Post reporter Ben Terris, "
        "said the manager grabbed her.",
        "the manager", "Michelle Fields", HS_ENT_PERSON, "", "");
}
END_TEST

START_TEST(test_the_body_or_place_opening_a_role_is_its_affiliation_only)
{
    /* as "Russian Foreign Minister" is Foreign Minister, of Russia */
    hs_result *r = test_extract(
        "Voting rights\n\nVirginia Gov. Terry McAuliffe said the order was lawful. New "
        "York City Mayor Bill de Blasio said the city agreed. Wells Fargo CEO John Stumpf "
        "said the bank would pay. Manhattan Supreme Court Justice Gerald Lebovits said "
        "the case was closed. One sticking point is a demand by House Minority Leader Nancy "
        "Pelosi. Pelosi said the deal was weak.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the order", "Terry McAuliffe", HS_ENT_PERSON, "Gov.", "Virginia");
    expect_speaker(r, "the city agreed", "Bill de Blasio", HS_ENT_PERSON, "Mayor",
                   "New York City");
    expect_speaker(r, "the bank", "John Stumpf", HS_ENT_PERSON, "CEO", "Wells Fargo");
    /* nor a chamber's leader, nor a rank, the tagger took for a body */
    expect_speaker(r, "the deal", "Nancy Pelosi", HS_ENT_PERSON, "House Minority Leader", NULL);
    /* but a court names the judge's office */
    expect_speaker(r, "the case", "Gerald Lebovits", HS_ENT_PERSON,
                   "Manhattan Supreme Court Justice", "Manhattan Supreme Court");
    hs_result_free(r);
}
END_TEST

START_TEST(test_roles_in_wire_copy_beyond_us_politics)
{
    hs_result *r = test_extract(
        "Strike\n\nThe Alphabet Workers Union criticized the move. \"This is egregious,\" "
        "said Parul Koul, the union's executive chair. The electoral commission has denied "
        "any manipulation. Its chairman, Mahmood Yakubu, said the commission had followed "
        "the law. GM Chief Executive Mary Barra said she was disappointed. U.S. climate "
        "envoy John Kerry said the deal was a start. U.S. Attorney Jennifer Lowery said "
        "the fraud was vast. Dr. Madhav Thambisetty, a neurologist at the National "
        "Institute on Aging, warned that the benefits were small. Atiku Abubakar of the "
        "Peoples Democratic Party said the election was a sham. Greenpeace said the text "
        "was weak.");
    ck_assert_ptr_nonnull(r);
    /* "the union's", "Its": the body named before, also by a description */
    expect_speaker(r, "\"This is", "Parul Koul", HS_ENT_PERSON, "executive chair",
                   "Alphabet Workers Union");
    expect_speaker(r, "the commission had", "Mahmood Yakubu", HS_ENT_PERSON, "chairman",
                   "electoral commission");
    /* a body's or country's short name opening the role is its
     * affiliation, as "Wells Fargo CEO" is; an office named with the
     * country keeps it */
    expect_speaker(r, "she was", "Mary Barra", HS_ENT_PERSON, "Chief Executive",
                   "General Motors");
    expect_speaker(r, "the deal was", "John Kerry", HS_ENT_PERSON, "climate envoy",
                   "United States");
    expect_speaker(r, "the fraud", "Jennifer Lowery", HS_ENT_PERSON, "U.S. Attorney",
                   "United States");
    /* a minister's portfolio the tagger read as a body is the office's
     * word, no affiliation */
    expect_speaker_in("Berlin\n\nThe party said its ministers had no choice after Scholz fired "
                      "Finance Minister Christian Lindner.\n\nLindner accused the chancellor "
                      "of a calculated break.", "the chancellor", "Christian Lindner",
                      HS_ENT_PERSON, "Finance Minister", "");
    /* "Dr." alone before the name says less than the appositive */
    expect_speaker(r, "that the benefits", "Madhav Thambisetty", HS_ENT_PERSON, "neurologist",
                   "National Institute on Aging");
    /* a name the tagger ran into the party after "of" */
    expect_speaker(r, "the election", "Atiku Abubakar", HS_ENT_PERSON, "",
                   "Peoples Democratic Party");
    expect_speaker(r, "the text", "Greenpeace", HS_ENT_ORG, "", "");
    hs_result_free(r);
    /* a body of a country: "Mexico's" before it, or "Chinese" opening it */
    expect_speaker_in("Reform\n\nMexico's Foreign Ministry called his comments "
                      "unacceptable. The Chinese Foreign Ministry said the report was false.",
                      "his comments", "Foreign Ministry", HS_ENT_ORG, "", "Mexico");
    expect_speaker_in("Reform\n\nThe Chinese Foreign Ministry said the report was false.",
                      "the report", "Chinese Foreign Ministry", HS_ENT_ORG, "", "China");
    /* not a party (one entity for the state's and the nation's), nor a
     * school named with an adjective */
    expect_speaker_in("Vote\n\nWyoming's Republican Party said the vote was fair.",
                      "the vote", "Republican Party", HS_ENT_ORG, "", "");
    expect_speaker_in("Fees\n\nGeorgian Court University said tuition would rise.",
                      "tuition", "Georgian Court University", HS_ENT_ORG, "", "");
    /* a second description with its own article is no part of the role */
    expect_speaker_in("Vote\n\nYolanda Díaz, the labor minister and a leading figure on the "
                      "left, said she would announce her plans.", "she would", "Yolanda Díaz",
                      HS_ENT_PERSON, "labor minister", NULL);
    /* "who is" tells a role as an appositive does; "who was" a past one */
    expect_speaker_in("Talks\n\nSheikh Mohammed bin Abdulrahman Al Thani, who is also the "
                      "foreign minister, told a news conference that challenges remained.",
                      "that challenges", "Sheikh Mohammed bin Abdulrahman Al Thani",
                      HS_ENT_PERSON, "foreign minister", NULL);
    /* a title that is also a given name before a shared surname is a
     * given name where no one was given that title before */
    hs_result *k = test_extract("Mine\n\nDaranda Hinkey has watched the trucks. \"This land is "
                                "sacred to us,\" said Hinkey, 27.\n\nHer father, Dean Hinkey, "
                                "remembers hunting deer in the valley.");
    ck_assert_ptr_nonnull(k);
    expect_speaker(k, "\"This land", "Daranda Hinkey", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(k, "hunting deer", "Dean Hinkey", HS_ENT_PERSON, "father", NULL);
    hs_result_free(k);
    expect_speaker_in("Law\n\nVikram Amar, dean of the law school, said the ruling was "
                      "narrow. Dean Amar added that the case would return.",
                      "that the case", "Vikram Amar", HS_ENT_PERSON, NULL, NULL);
    /* an "of" phrase with an owner in it runs on past the owner */
    expect_speaker_in("Strike\n\nThe head of Britain's largest union said strikes would "
                      "spread.", "strikes would", "head of Britain's largest union",
                      HS_ENT_PERSON, NULL, NULL);
    /* a news agency is another voice than the body named before it */
    expect_speaker_not_in("War\n\nThe United Nations urged restraint. Najib Mikati was "
                          "quoted by the state news agency as saying that Lebanon did not "
                          "want war.", "Najib Mikati", "United Nations");
    /* a given name the tagger reads as a verb for its "-ing" */
    expect_speaker_in("Visit\n\nChinese leader Xi Jinping on Friday welcomed the crown "
                      "prince. Xi said China valued the partnership.",
                      "China valued", "Xi Jinping", HS_ENT_PERSON, "leader", "China");
    expect_speaker_in("Message\n\nMatteo Bruni, the Vatican spokesman, said the pope had "
                      "spoken.", "the pope had", "Matteo Bruni", HS_ENT_PERSON, "spokesman",
                      "Vatican");
}
END_TEST

START_TEST(test_wire_copy_beyond_us_politics)
{
    /* "the agency" is the public body named further back, not the
     * company that spoke just before */
    hs_result *r = test_extract(
        "Tesla recall\n\nTesla is recalling more than 2 million vehicles, federal "
        "regulators said on Wednesday. The National Highway Traffic Safety Administration "
        "said its investigation found the controls lacking. Tesla said in a statement that "
        "it would send a software update. \"Automated technology holds great promise,\" "
        "the agency said.\n\nCritics, including Sen. Richard Blumenthal, a Democrat from "
        "Connecticut, urged regulators to go further.\n\nChancellor of the Exchequer "
        "Rachel Reeves welcomed the move, calling it a sign that the plan was working.\n\n"
        "Hamas official Osama Hamdan accused Israel of violating the deal.\n\n"
        "Paul Johnson, director of the Institute for Fiscal Studies, warned of hard choices. "
        "The thinktank said spending plans were implausible.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "\"Automated", "National Highway Traffic Safety Administration",
                   HS_ENT_ORG, NULL, NULL);
    /* a party member from a place */
    expect_speaker(r, "regulators to go", "Critics", -1, NULL, NULL);
    const hs_entity *e = NULL;
    for (size_t i = 0; i < hs_result_entity_count(r); i++)
        if (strcmp(hs_result_entity(r, i)->name, "Richard Blumenthal") == 0)
            e = hs_result_entity(r, i);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Democratic Party");
    /* a lowercase "official" titles the name after it */
    expect_speaker(r, "Israel of violating", "Osama Hamdan", HS_ENT_PERSON, "official", "Hamas");
    /* a body's acronym in capitals is no relative pronoun */
    expect_speaker_in("WHO declares mpox outbreak a global health emergency\n\nThe virus "
                      "spread, officials said.",
                      "mpox outbreak", "World Health Organization", HS_ENT_ORG, NULL, NULL);
    /* an Arabic article in lower case opens a word of the name; after
     * "former", a country's adjective gives the country */
    expect_speaker_in("Talks\n\nEgypt's President Abdel Fattah el-Sissi urged all parties to "
                      "show restraint.",
                      "all parties", "Abdel Fattah el-Sissi", HS_ENT_PERSON, "President", "Egypt");
    expect_speaker_in("Oil\n\nKhalid al-Falih, a former Saudi energy minister, said markets "
                      "would welcome the news.",
                      "markets would", "Khalid al-Falih", HS_ENT_PERSON, NULL, "Saudi Arabia");
    /* anonymous sources are named by what they know, as by whom they
     * are close to */
    expect_speaker_in("Deal\n\nMicrosoft is in talks to buy Helix Labs, according to people "
                      "familiar with the matter. A Democrat familiar with his remarks said the "
                      "plan had changed.",
                      "Microsoft is", "people familiar with the matter", HS_ENT_PERSON, NULL, NULL);
    expect_speaker_in("Deal\n\nMicrosoft is in talks to buy Helix Labs, according to people "
                      "familiar with the matter. A Democrat familiar with his remarks said the "
                      "plan had changed.",
                      "the plan", "Democrat familiar with his remarks", HS_ENT_PERSON, NULL, NULL);
    /* a business of the gazetteer before a title is the title's body */
    expect_speaker_in("Deal\n\nA Microsoft spokesman declined to comment.",
                      "to comment", "Microsoft spokesman", HS_ENT_PERSON, NULL, "Microsoft");
    /* a sport's positions are roles */
    expect_speaker_in("Playoffs\n\nQuarterback Josh Allen, who was sacked four times, declined "
                      "to blame the line. \"That's on me,\" he said.",
                      "\"That's on me", "Josh Allen", HS_ENT_PERSON, "Quarterback", NULL);
    /* a title before its workplace, where the person does not speak */
    expect_speaker_in("Prices\n\nRobert Shiller, a Nobel laureate and professor at Yale "
                      "University, spoke with reporters on Monday. Shiller said prices were "
                      "high.",
                      "prices were", "Robert Shiller", HS_ENT_PERSON, "Nobel laureate and professor",
                      "Yale University");
    /* a given name and a surname the tagger read as a place, before a
     * person's title */
    expect_speaker_in("Phones\n\n\"We think consumers will wait and see,\" said Carolina "
                      "Milanesi, president of Creative Strategies, a research firm. She added "
                      "that prices remained a concern.",
                      "that prices", "Carolina Milanesi", HS_ENT_PERSON, "president",
                      "Creative Strategies");
    /* "the state's": the one state named just before; of two
     * countries, neither */
    expect_speaker_in("Age checks\n\nA federal judge blocked a Texas law. The state's attorney "
                      "general, Ken Paxton, said he would appeal.",
                      "he would appeal", "Ken Paxton", HS_ENT_PERSON, "attorney general", "Texas");
    expect_speaker_in("Talks\n\nFrance held talks with Germany in Paris. The country's "
                      "president, Emmanuel Macron, said the talks went well.",
                      "the talks went", "Emmanuel Macron", HS_ENT_PERSON, "president", "");
    /* a chief executive is no public body's, though that body spoke
     * last */
    expect_speaker_in("Recall\n\nTesla is recalling 2 million vehicles. The National Highway "
                      "Traffic Safety Administration said the controls were lacking. "
                      "\"Automated technology holds great promise,\" the agency said.\n\n"
                      "Elon Musk, the company's chief executive, has repeatedly insisted that "
                      "Autopilot makes roads safer.",
                      "that Autopilot", "Elon Musk", HS_ENT_PERSON, "chief executive", "");
    /* but "official" as an adjective titles no one */
    expect_speaker_in("Vote\n\nThe official Twitter account of the Republican Party said the "
                      "vote was rigged.",
                      "the vote", "Republican Party", HS_ENT_ORG, NULL, NULL);
    /* the thinktank, the think tank: the body named before */
    expect_speaker(r, "spending plans", "Institute for Fiscal Studies", HS_ENT_ORG, NULL, NULL);
    /* a title "of the" a body before a given name and a surname */
    expect_speaker(r, "the move", "Rachel Reeves", HS_ENT_PERSON, "Chancellor of the Exchequer",
                   NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_relative_s_appositive_names_whose)
{
    /* "the daughter of NAME" between commas: the role, and the person
     * one is kin to, past the titles before that name */
    expect_speaker_in(
        "Cheney wins\n\nLiz Cheney, the daughter of former Vice President Dick Cheney, "
        "was the winner of Tuesday's primary. Cheney said she would serve.",
        "she would serve", "Liz Cheney", HS_ENT_PERSON, "daughter", "Dick Cheney");
    expect_speaker_in(
        "Mothers march\n\nPatricia Smith, the mother of Benghazi victim Sean Smith, said "
        "she was lied to.",
        "she was lied", "Patricia Smith", HS_ENT_PERSON, "mother", "Sean Smith");
    /* a friend is no kin */
    expect_speaker_in(
        "Pence pick\n\nCurt Smith, a Christian conservative leader in Indiana and close "
        "friend of Gov. Mike Pence, said the choice was wise.",
        "the choice was", "Curt Smith", HS_ENT_PERSON, NULL, "");
}
END_TEST

START_TEST(test_occupations_are_roles)
{
    /* occupations beyond offices are roles too, and a role ends before
     * the name its holder goes by */
    hs_result *r = test_extract(
        "Hacker pleads guilty\n\nMarcel Lehel Lazar, a Romanian hacker known as "
        "\xe2\x80\x9cGuccifer,\xe2\x80\x9d said he acted alone.\n\nDebbie Kepler, the "
        "organist at the Midway Baptist Church, which is on the same street as the "
        "mosque, remembered the day. Kepler said the town was shocked.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "he acted alone", "Marcel Lehel Lazar", HS_ENT_PERSON, "hacker",
                   "Romania");
    expect_speaker(r, "the town was", "Debbie Kepler", HS_ENT_PERSON, "organist",
                   "Midway Baptist Church");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_body_named_after_its_kind_ends_the_role)
{
    /* the body a role is held at, by its kind and then by name after a
     * comma: the role ends before it, the name is the affiliation */
    expect_speaker_in(
        "Carrier moves jobs\n\n\"You can blink and see your market position erode,\" "
        "said Robert McDonough, a senior executive at Carrier's parent company, United "
        "Technologies. McDonough said the move was necessary.",
        "the move was", "Robert McDonough", HS_ENT_PERSON, "senior executive",
        "United Technologies");
}
END_TEST

START_TEST(test_dr_is_a_role_only_when_nothing_says_more)
{
    /* "Dr." is no part of a role before it, and gives way to a later
     * description; alone, it is the role */
    hs_result *r = test_extract(
        "Carson shakes up campaign\n\nDr. Ben Carson said he was back in charge.\n\n"
        "The retired neurosurgeon said he was not worried.\n\nGOP presidential candidate Dr. Ann "
        "Lee said she would stay in the race. Dr. Tom Hill said the race was over.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "he was back", "Ben Carson", HS_ENT_PERSON, "retired neurosurgeon",
                   NULL);
    expect_speaker(r, "she would stay", "Ann Lee", HS_ENT_PERSON, "GOP presidential candidate",
                   "Republican Party");
    expect_speaker(r, "the race was over", "Tom Hill", HS_ENT_PERSON, "Dr.", NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_two_roles_of_two_words_each_are_two)
{
    /* "former senator and presidential candidate": the first; not
     * before the workplace of the second ("tax lawyer and senior fellow
     * at ..."), and "president and chief executive" stays one */
    hs_result *r = test_extract(
        "Tax plans compared\n\nRick Santorum, a former senator and presidential candidate, "
        "said the plan was costly.\n\nSteven M. Rosenthal, a tax lawyer and senior fellow "
        "at the Tax Policy Center, said the cut was large.\n\nJane Doe, the president and "
        "chief executive of Acme Corp., said sales fell.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the plan was", "Rick Santorum", HS_ENT_PERSON, "former senator", NULL);
    hs_result_free(r);
    /* a body inside a role cut before its town is the affiliation */
    r = test_extract(
        "Feud ends\n\n\"Trump needs to quiet the crowd,\" said Bruce Haynes, a GOP "
        "strategist in Washington.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "\"Trump needs", "Bruce Haynes", HS_ENT_PERSON, "GOP strategist",
                   "Republican Party");
    hs_result_free(r);
    r = test_extract(
        "Tax plans compared\n\nSteven M. Rosenthal, a tax lawyer and senior fellow "
        "at the Tax Policy Center, said the cut was large.\n\nJane Doe, the president and "
        "chief executive of Acme Corp., said sales fell.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the cut was", "Steven M. Rosenthal", HS_ENT_PERSON,
                   "tax lawyer and senior fellow", "Tax Policy Center");
    expect_speaker(r, "sales fell", "Jane Doe", HS_ENT_PERSON, "president and chief executive",
                   NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_body_and_what_it_belongs_to_end_the_role)
{
    /* a body named with its parent or its campus after it: the role
     * ends before the first, the affiliation is the parent, or the whole
     * after a possessive; a town after "in" is none of it */
    hs_result *r = test_extract(
        "Experts weigh in\n\nJames Henson, director of the Texas Politics Project at the "
        "University of Texas at Austin, said the race was close.\n\nJohn Weingart, "
        "associate director of Rutgers University's Eagleton Institute of Politics, said "
        "voters were angry.\n\nZeynep Tufekci, an assistant professor at the University "
        "of North Carolina at Chapel Hill, said the data was public.\n\nMikhail Xifaras, "
        "a professor in constitutional law at Sciences Po in Paris, said the law was clear."
        "\n\nAndrew J. Tabler, an expert on Syria at the Washington Institute for Near East "
        "Policy, said the truce was fragile.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the race was", "James Henson", HS_ENT_PERSON,
                   "director of the Texas Politics Project", "University of Texas");
    expect_speaker(r, "voters were", "John Weingart", HS_ENT_PERSON, "associate director",
                   "Rutgers University's Eagleton Institute of Politics");
    expect_speaker(r, "the data was", "Zeynep Tufekci", HS_ENT_PERSON, "assistant professor",
                   "University of North Carolina at Chapel Hill");
    expect_speaker(r, "the law was", "Mikhail Xifaras", HS_ENT_PERSON,
                   "professor in constitutional law", "Sciences Po");
    expect_speaker(r, "the truce was", "Andrew J. Tabler", HS_ENT_PERSON, "expert on Syria",
                   "Washington Institute for Near East Policy");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_relative_named_by_given_name_takes_the_surname)
{
    /* "Ebeling and her husband, Tom,": Tom Ebeling, though the tagger
     * took "Ebeling" for no name and "Tom" named other things before */
    hs_result *r = test_extract(
        "Friends campaign\n\nBetsy Ebeling has known Hillary Clinton since sixth grade. "
        "Wearing a pair of slip-on Tom's flat shoes, Ebeling and her husband, Tom, were "
        "greeted by an organizer.\n\n\"This is one of Hillary's friends,\" Tom told a "
        "voter.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "\"This is one", "Tom Ebeling", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
    /* and a relative between commas after the owner's "his" is the
     * owner's ("Ms. Malik and her husband, Syed Rizwan Farook,") */
    expect_speaker_in(
        "Couple studied\n\nTashfeen Malik came from Pakistan. Investigators pieced together "
        "the lives of Ms. Malik and her husband, Syed Rizwan Farook, over weeks. Farook said "
        "nothing online.",
        "nothing online", "Syed Rizwan Farook", HS_ENT_PERSON, "husband", "Tashfeen Malik");
}
END_TEST

START_TEST(test_a_campaign_one_worked_on_is_its_candidate_s)
{
    /* a candidate's campaign after "for" or "on", a time after it */
    hs_result *r = test_extract(
        "Strategists weigh in\n\nStuart Stevens, chief strategist for Mitt Romney's "
        "presidential campaign four years ago, said the party was split.\n\nGeoff Garin, "
        "a pollster and strategist on Hillary Clinton's 2008 campaign, said the race was "
        "over.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the party was", "Stuart Stevens", HS_ENT_PERSON, "chief strategist",
                   "Mitt Romney");
    expect_speaker(r, "the race was", "Geoff Garin", HS_ENT_PERSON, "pollster and strategist",
                   "Hillary Clinton");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_given_name_is_no_surname)
{
    /* a full name whose last word is another person's given name is
     * someone else ("Brian Jack" is not Gov. Jack Dalrymple), and that
     * word alone is the person whose surname it is ("John" is Tom John,
     * not John Hammond) */
    hs_result *r = test_extract(
        "Delegates chosen\n\nThose not on the slate included Gov. Jack Dalrymple, his wife, "
        "Betsy, and others. \"We came in with zero expectations,\" said Brian Jack, a Trump "
        "delegate strategist.\n\nThe state's national committeeman, John Hammond, has called "
        "to reject Trump. \"He does not represent my party,\" said Tom John, a district "
        "chairman. Hammond said the party was split. John said the delegates agreed.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "\"We came in", "Brian Jack", HS_ENT_PERSON, "Trump delegate strategist",
                   NULL);
    expect_speaker(r, "the delegates agreed", "Tom John", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_an_employer_in_a_relative_clause_after_an_appositive)
{
    /* ", a ROLE who teaches at BODY" and ", who is a ROLE at BODY": the
     * body is the affiliation */
    hs_result *r = test_extract(
        "Rumors spread\n\nSteve Smith, a veteran newspaper editor who teaches at the "
        "University of Idaho, said the story was false.\n\nKevin Swanson, who is a pastor "
        "at the Reformation Church of Elizabeth, said the scouts were wrong.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the story was", "Steve Smith", HS_ENT_PERSON, "veteran newspaper editor",
                   "University of Idaho");
    expect_speaker(r, "the scouts were", "Kevin Swanson", HS_ENT_PERSON, NULL,
                   "Reformation Church of Elizabeth");
    hs_result_free(r);
}
END_TEST

START_TEST(test_role_ends_before_its_body)
{
    /* a role held at a body the words name ends before it, the body its
     * affiliation; a place is no affiliation; a former post stays whole */
    hs_result *r = test_extract(
        "The Clinton Foundation took money from donors. Craig Minassian, a "
        "spokesman for the foundation, said the gifts were legal.\n\n"
        "Hillary Clinton spoke in Iowa. Geoff Garin, a strategist for Mrs. "
        "Clinton's 2008 campaign, said the race was close.\n\n"
        "Paul Chipok, a lawyer in Orlando, said the courses were closing.\n\n"
        "Bill Clinton spoke in Ohio. Leonard Burman, a former official in "
        "President Bill Clinton's administration, said the plan was bold.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the gifts were", "Craig Minassian", HS_ENT_PERSON, "spokesman",
                   "Clinton Foundation");
    expect_speaker(r, "the race was", "Geoff Garin", HS_ENT_PERSON, "strategist",
                   "Hillary Clinton");
    expect_speaker(r, "the courses were", "Paul Chipok", HS_ENT_PERSON, "lawyer", "");
    expect_speaker(r, "the plan was", "Leonard Burman", HS_ENT_PERSON,
                   "former official in President Bill Clinton's administration", NULL);
    hs_result_free(r);
    /* a body or a person named after words describing it; not a seat
     * sought, nor the body an ambassador is sent to */
    r = test_extract(
        "Terrorism experts rebuked Trump.\n\n"
        "Fran Townsend, a top terrorism adviser to then-President George W. Bush, "
        "said the plan was dangerous.\n\n"
        "Sarah Warbelow, legal director for the gay rights group Human Rights "
        "Campaign, said the law was cruel.\n\n"
        "Samantha Power, the U.S. ambassador to the United Nations, said the vote "
        "was vital.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the plan was dangerous", "Fran Townsend", HS_ENT_PERSON,
                   "top terrorism adviser", "George W. Bush");
    expect_speaker(r, "the law was", "Sarah Warbelow", HS_ENT_PERSON, "legal director",
                   "Human Rights Campaign");
    const hs_entity *e = speaker_entity(r, "the vote was");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->role ? e->role : "", "U.S. ambassador to the United Nations");
    hs_result_free(r);
    /* a body's part named by the body first; an adjective after the
     * title tells of the person, not of the post */
    r = test_extract(
        "Tax plans.\n\n"
        "\u201cThe plan is expensive,\u201d said Alan Cole, an economist at the Tax "
        "Foundation's policy center.\n\n"
        "\u201cThe county system is flawed,\u201d said Jeff Patch, an Iowa Republican "
        "operative unaligned in 2016.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "\u201cThe plan", "Alan Cole", HS_ENT_PERSON, "economist", "Tax Foundation");
    e = speaker_entity(r, "\u201cThe county");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->role ? e->role : "", "Iowa Republican operative");
    hs_result_free(r);
}
END_TEST

START_TEST(test_post_holder_named_later)
{
    /* "the judge" before the article names the judge is that judge */
    hs_result *r = test_extract(
        "The judge rubbed his chin and said the case was closed.\n\nLater, "
        "Judge Richard Berman announced the sentence.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the case was"), "Richard Berman");
    hs_result_free(r);
    /* not one of another place, nor a sitting holder for a former one */
    expect_speaker_not_in(
        "The Florida senator said the vote would fail.\n\nSen. Bernie Sanders of "
        "Vermont spoke later.",
        "the vote", "Bernie Sanders");
    expect_speaker_not_in(
        "The former president said the plan would work.\n\nPresident Barack Obama "
        "spoke later.",
        "the plan", "Barack Obama");
    /* a headline's post needs no "the" */
    expect_speaker_in("Pope urges ceasefire in Christmas message\n\nPope Francis on "
                      "Wednesday called for a ceasefire in Gaza.",
                      "ceasefire", "Francis", HS_ENT_PERSON, NULL, NULL);
    expect_speaker_in("Mexico's president defends judicial overhaul\n\nMexican President "
                      "Andrés Manuel López Obrador on Monday defended his plan.",
                      "judicial overhaul", "Andrés Manuel López Obrador", HS_ENT_PERSON,
                      "President", "Mexico");
}
END_TEST

START_TEST(test_role_stops_at_relative_clause)
{
    /* an appositive role ends before its relative clause or comma; a
     * phrase with a finite verb is no role */
    hs_result *r = test_extract(
        "Douglas Brinkley, a historian who attended the session, said the "
        "meeting was long. Scott Pruitt, the Republican attorney general of "
        "Oklahoma, one of the states suing the agency, said the rule was "
        "illegal.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the meeting");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->role ? e->role : "", "historian");
    e = speaker_entity(r, "the rule");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->role ? e->role : "", "Republican attorney general");
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Oklahoma");
    hs_result_free(r);
}
END_TEST

START_TEST(test_relative_pronoun_finds_its_phrase)
{
    /* "who" with no name before it stands for the phrase it hangs on,
     * a person; after an appositive, for the person named */
    hs_result *r = test_extract(
        "The remark worried many black voters, who said the plan was "
        "unfair. Jorge Castaneda, a former Mexican foreign minister who "
        "is a harsh critic of the president, said the wall was absurd.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the plan");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "many black voters");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(speaker_of_content(r, "the president"), "Jorge Castaneda");
    hs_result_free(r);
}
END_TEST

START_TEST(test_first_names_tell_people_apart)
{
    /* two full names with other first words are two people, "Jr."
     * links no one, and a surname of two words is the same person */
    hs_result *r = test_extract(
        "Gary Johnson said the debate was rigged. Homeland Security "
        "Secretary Jeh Johnson said the election was safe. Adm. Harry B. "
        "Harris Jr. said the fleet was ready. Gen. Joseph F. Dunford Jr. "
        "said the plan was sound. Rep. Debbie Wasserman Schultz said the "
        "party was united. Wasserman Schultz added that she would stay.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the debate"), "Gary Johnson");
    ck_assert_str_eq(speaker_of_content(r, "the election"), "Jeh Johnson");
    ck_assert_str_eq(speaker_of_content(r, "the fleet"), "Harry B. Harris Jr.");
    ck_assert_str_eq(speaker_of_content(r, "the plan"), "Joseph F. Dunford Jr.");
    ck_assert_str_eq(speaker_of_content(r, "that she would stay"), "Debbie Wasserman Schultz");
    hs_result_free(r);
}
END_TEST

START_TEST(test_groups_and_quantities)
{
    /* people named by a noun after an organisation or a person speak
     * for it ("one GOP source", "Clinton aides"); a quantity gives way
     * to whom it counts ("a number of tax experts", "More than 13
     * million people") */
    hs_result *r = test_extract(
        "One GOP source in the room said the vote was close. Clinton aides "
        "said the speech went well. A number of tax experts said the plan "
        "was costly. More than 13 million people said they would vote. "
        "Other major unions, including the AFL-CIO, said the deal was fair.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the vote");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "One GOP source");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Republican Party");
    e = speaker_entity(r, "the speech");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Clinton aides");
    ck_assert_str_eq(speaker_of_content(r, "the plan"), "tax experts");
    e = speaker_entity(r, "they would vote");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "13 million people");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    /* the examples after "including" are members, not the speaker */
    ck_assert_str_eq(speaker_of_content(r, "the deal"), "Other major unions");
    hs_result_free(r);

    /* a bound before the number is no name ("At least", "About"), two
     * such sources are not one entity, a proportion is named whole, and
     * "those surveyed" are people */
    r = test_extract(
        "At least one commentator said that the ad was false. At least 55 "
        "countries have said that they would join. About three in 10 said "
        "that the economy was bad. Those surveyed said that they were unsure.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that the ad", "one commentator", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "that they would join", "55 countries", -1, NULL, NULL);
    expect_speaker(r, "that the economy", "three in 10", -1, NULL, NULL);
    expect_speaker(r, "that they were unsure", "Those surveyed", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_full_name_joins_a_first_short_name)
{
    /* the headline's "Sanders", tagged as no person at first, and the
     * body's "Bernie Sanders" are one person, named in full */
    hs_result *r = test_extract(
        "Sanders: Clinton needs to 'get away from all of this personality "
        "stuff' with Trump.\n\nBernie Sanders offered some pointed advice "
        "to Hillary Clinton on Friday. Sanders told MSNBC that nobody would "
        "question her intelligence.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "that nobody"), "Bernie Sanders");
    hs_result_free(r);

    /* the same when the tagger read the headline's "Trump" as a place:
     * a full name with a given name claims it */
    expect_speaker_in("Clinton jabs at Trump over Brexit.\n\nDemocrat Hillary Clinton took "
                      "a jab at Republican rival Donald Trump\u2019s view of Brexit on "
                      "Saturday.\n\nTrump has called the vote \u201cfantastic,\u201d "
                      "telling reporters that he was pleased.",
                      "that he was", "Donald Trump", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_people_of_a_place)
{
    /* people or a poll named before the organisation or place they
     * belong to speak, named with it and affiliated with it; an author after "by" speaks
     * himself; a record named after its author is the record's */
    hs_result *r = test_extract(
        "Officials at the Justice Department said the review was over. "
        "Recent polls in Pennsylvania showed a close race. A new report by "
        "Politico said the campaign was broke. A USA TODAY analysis found "
        "that donations fell.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "the review");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Officials at the Justice Department");
    ck_assert_int_eq(e->type, HS_ENT_PERSON);
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Justice Department");
    e = speaker_entity(r, "a close race");
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "Recent polls in Pennsylvania");
    ck_assert_str_eq(e->affiliation ? e->affiliation : "", "Pennsylvania");
    ck_assert_str_eq(speaker_of_content(r, "the campaign"), "Politico");
    /* the newspaper's analysis, of the newspaper, not the country */
    expect_speaker(r, "that donations", "USA TODAY analysis", -1, NULL, "USA Today");
    hs_result_free(r);
}
END_TEST

START_TEST(test_headline_name_met_again_takes_its_surname)
{
    /* a name read off a Title Case headline finds no short name; met
     * again in the running text, it does */
    hs_result *r = test_extract(
        "Bernie Sanders Slams Big Banks In Iowa Speech\n\nBernie Sanders "
        "spoke to voters in Des Moines on Monday. Sanders said the banks "
        "were too big to fail.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the banks"), "Bernie Sanders");
    hs_result_free(r);
}
END_TEST

START_TEST(test_source_phrase_ends_at_its_verb)
{
    /* the speaker is named before a verb or participle in the source,
     * past a word of proportion, and an author after "by" still speaks */
    hs_result *r = test_extract(
        "Two emails sent to Powell said the server was private. People "
        "briefed on the talks said the deal was near. The proportion of GOP "
        "primary voters who want a ban said it was needed. Her husband to "
        "come out of the car said the police were wrong. Research conducted "
        "by the Pew Research Center found that voters were tired. The "
        "actors involved said the film was finished.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the film"), "actors");
    ck_assert_str_eq(speaker_of_content(r, "the server"), "Two emails");
    expect_speaker(r, "the deal", "People", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "it was needed", "GOP primary voters", HS_ENT_PERSON, NULL,
                   "Republican Party");
    ck_assert_str_eq(speaker_of_content(r, "the police"), "Powell's husband");
    ck_assert_str_eq(speaker_of_content(r, "that voters"), "Pew Research Center");
    hs_result_free(r);
}
END_TEST

START_TEST(test_party_members_bodies_and_records)
{
    /* "Republicans" and "a Nevada Democrat" are people of their party,
     * not the party, "Americans" people of their country; a body or a record named after an organisation is
     * itself, affiliated with it; a later "they" finds the people */
    hs_result *r = test_extract(
        "A House panel voted Thursday to hold the aide in contempt, and the "
        "NBC-Wall Street Journal poll shows her with a net positive of 51 "
        "points.\n\nSenate Republicans said the bill was dead. Some Democrats "
        "said the vote was rigged. A Nevada Democrat said the gap was too "
        "wide. The committee met on Monday. They said the report was late. "
        "Verizon executives said the deal was off. Many Americans said the "
        "economy was weak. Others said the tax was fair.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "to hold", "House panel", HS_ENT_ORG, NULL, "House");
    expect_speaker(r, "her with", "NBC-Wall Street Journal poll", -1, NULL, NULL);
    expect_speaker(r, "the bill", "Senate Republicans", HS_ENT_PERSON, NULL,
                   "Republican Party");
    expect_speaker(r, "the vote", "Some Democrats", HS_ENT_PERSON, NULL, "Democratic Party");
    expect_speaker(r, "the gap", "Nevada Democrat", HS_ENT_PERSON, NULL, "Democratic Party");
    ck_assert_str_eq(speaker_of_content(r, "the report"), "Some Democrats");
    expect_speaker(r, "the deal", "Verizon executives", HS_ENT_PERSON, NULL, "Verizon");
    /* a country's people, and others, are people too */
    expect_speaker(r, "the economy", "Many Americans", HS_ENT_PERSON, NULL, "United States");
    expect_speaker(r, "the tax", "Others", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_organisation_name_ends_in_its_head)
{
    /* capitalised words up to an organisation's head noun, and an "of"
     * after it, are one organisation, whatever the tagger began or typed;
     * so is a place the tagger reads as opening one */
    hs_result *r = test_extract(
        "But the new plan is still tilted toward the rich, the Tax "
        "Foundation said. The Tax Policy Center plans to release its "
        "analysis next week. The Brennan Center for Justice said the law "
        "was unfair. The Washington Post reported that the deal was off. "
        "The Post said the vote was rigged. The White House said the talks "
        "went well. The House said the bill would pass.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "to release", "Tax Policy Center", HS_ENT_ORG, NULL, NULL);
    expect_speaker(r, "the law", "Brennan Center for Justice", HS_ENT_ORG, NULL, NULL);
    /* a place opening it: the newspaper, not "Post" */
    expect_speaker(r, "that the deal", "Washington Post", HS_ENT_ORG, NULL, NULL);
    /* "the Post" after it is the Washington Post; "the House" is no
     * short name of the White House */
    expect_speaker(r, "the vote", "Washington Post", HS_ENT_ORG, NULL, NULL);
    ck_assert_str_eq(speaker_of_content(r, "the bill"), "House");
    hs_result_free(r);
}
END_TEST

START_TEST(test_names_joined_by_and_speak_together)
{
    /* a source of names joined by "and" is all of them, named in full,
     * "he" among them; "Clinton and the State Department" is no list */
    hs_result *r = test_extract(
        "Jim VandeHei and Mike Allen founded the site in 2007. Mr. VandeHei "
        "said readers wanted speed. It's not only about audiences, he and "
        "Mr. Allen said. Britain and France said the talks had failed.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "readers", "Jim VandeHei", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "It's not", "Jim VandeHei and Mike Allen", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "the talks", "United Kingdom and France", HS_ENT_GPE, NULL, NULL);
    hs_result_free(r);

    /* titles with their places, "former" and party tags are no members;
     * a name before a noun ("Sanders supporter") is none either */
    r = test_extract("Former Maryland Gov. Martin O\u2019Malley (D) and former "
                     "Arkansas Gov. Mike Huckabee (R) announced that they will "
                     "suspend their campaigns. Rep. Diane Russell, a Maine "
                     "legislator and Sanders supporter, said that the rules "
                     "were unfair.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that they will", "Martin O\u2019Malley and Mike Huckabee",
                   HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "that the rules", "Diane Russell", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);

    /* a description before the names is theirs, and so is its party */
    r = test_extract("Democratic presidential candidates Hillary Clinton and Bernie "
                     "Sanders said that the strike should end.\n\nClinton said that "
                     "she would meet the workers.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that the strike", "Hillary Clinton and Bernie Sanders",
                   HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "that she would", "Hillary Clinton", HS_ENT_PERSON, NULL,
                   "Democratic Party");
    hs_result_free(r);
}
END_TEST

START_TEST(test_person_inside_an_organisation_run)
{
    /* the tagger reads "Senate Minority Leader Harry Reid" as one
     * organisation: the role word before a full name ends it; a word of
     * a person's full name stays the person's */
    hs_result *r = test_extract(
        "It was less than three years ago that Michael Bloomberg said it "
        "was impossible. Bloomberg told New York magazine in 2013 that he "
        "would not run. Senate Minority Leader Harry Reid said the bill was "
        "dead.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that he would", "Michael Bloomberg", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "the bill", "Harry Reid", HS_ENT_PERSON, "Senate Minority Leader", NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_shared_surname_follows_title_and_recent_speaker)
{
    /* two people of one surname: a bare surname is the one who spoke
     * just before; "Mrs." is never a man of that name */
    hs_result *r = test_extract(
        "Libertarian candidate Gary Johnson said the debate rules were "
        "unfair. Later, Homeland Security Secretary Jeh Johnson said the "
        "states had asked for help. Johnson said local officials should be "
        "vigilant. Bill Clinton spoke in Ohio on Monday. Mrs. Clinton said "
        "the economy was improving.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "local officials"), "Jeh Johnson");
    ck_assert_str_ne(speaker_of_content(r, "the economy"), "Bill Clinton");
    hs_result_free(r);
}
END_TEST

START_TEST(test_description_takes_up_the_person_just_named)
{
    /* "The Florida senator" after "Marco Rubio spoke" is Rubio, as "he"
     * would be; a description of another place or another gender, or
     * a word that brings in someone new ("The judge"), is not */
    hs_result *r = test_extract(
        "Marco Rubio spoke in Miami on Tuesday. The Florida senator said the "
        "race was far from over. Sen. Bernie Sanders of Vermont spoke in "
        "Ohio. The Texas senator said the rules were unfair. Rick Perry "
        "spoke in Austin. The congresswoman said the bill would pass. "
        "Ben Brafman argued the case for hours. The judge said the jury "
        "would decide.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the race"), "Marco Rubio");
    ck_assert_str_ne(speaker_of_content(r, "the rules"), "Bernie Sanders");
    ck_assert_str_ne(speaker_of_content(r, "the bill"), "Rick Perry");
    ck_assert_str_ne(speaker_of_content(r, "the jury"), "Ben Brafman");
    hs_result_free(r);
}
END_TEST

START_TEST(test_day_placeholder_and_focus_word_name_no_one)
{
    /* a day, a placeholder "it", a free relative "What" and a "whether"
     * clause name no one; "Only" opens no name;
     * "Even" is no part of a group's name */
    hs_result *r = test_extract(
        "Wednesday added one more unusual development to the race, as "
        "Ted Cruz said Carly Fiorina would be his running mate. Only after "
        "it became clear that most voters agreed did the critics say the "
        "plan was sound. Even Latino Republicans said the senator was "
        "wrong. And whether there are 900 rich donors or 1,200 hardly "
        "matters to most voters. Only three senators said the bill would "
        "pass.");
    ck_assert_ptr_nonnull(r);
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        const hs_attribution *a = hs_result_attribution(r, i);
        const hs_entity *e = hs_result_entity_by_id(r, a->speaker);
        if (e) {
            ck_assert_str_ne(e->name, "Wednesday");
            ck_assert_str_ne(e->name, "Even Latino Republicans");
        }
    }
    expect_speaker(r, "the senator", "Latino Republicans", HS_ENT_PERSON, NULL, NULL);
    ck_assert_ptr_null(speaker_entity(r, "most voters"));
    expect_speaker(r, "the bill would", "three senators", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_op_ed_i_is_its_author)
{
    /* an opinion piece's "I" is the author its last line names, and a
     * later "he" is still the man spoken of, not the author */
    hs_result *r = test_extract(
        "Americans are angry at Washington.\n\n"
        "I believe the voters want real change. Donald Trump spoke in Iowa "
        "on Monday. He said the system was rigged.\n\n"
        "Rick Scott is the Republican governor of Florida.\n");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the voters"), "Rick Scott");
    ck_assert_str_eq(speaker_of_content(r, "the system"), "Donald Trump");
    hs_result_free(r);
    /* a closing line of three sentences, a role without an article, and
     * the credit lines of a book excerpt and of a columnist */
    static const struct { const char *text, *author; } cases[] = {
        { "The economy is changing.\n\nI think the town will survive the closing.\n\n"
          "Charlotte Meehan is playwright-in-residence at Wheaton College. Her new play "
          "opens in May. Follow her on Twitter.\n", "Charlotte Meehan" },
        { "The trial began in May.\n\nI said the charges were unfair.\n\n"
          "From STEALING AMERICA by Dinesh D\u2019Souza. Copyright 2015 by Dinesh "
          "D\u2019Souza.\n", "Dinesh D\u2019Souza" },
        { "The fact check was wrong.\n\nI said the quote was accurate.\n\n"
          "Follow John Nolte on Twitter @NolteNC.\n", "John Nolte" },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        r = test_extract(cases[k].text);
        ck_assert_ptr_nonnull(r);
        const hs_entity *e = speaker_entity(r, k == 0 ? "the town" : k == 1 ? "the charges"
                                                                          : "the quote");
        ck_assert_msg(e != NULL, "case %zu: no speaker", k);
        ck_assert_str_eq(e->name, cases[k].author);
        hs_result_free(r);
    }
}
END_TEST

START_TEST(test_pronoun_finds_appositive_subject_and_same_sentence_name)
{
    /* a name beside the subject ("One local woman, Karen Robison,") or
     * its possessor ("Donald Trump's candidacy") is a subject; a name of the pronoun's gender earlier in its sentence
     * beats an older subject, unless the sentence already spoke of
     * someone by that pronoun */
    hs_result *r = test_extract(
        "Adelle Nazarian wrote about the race. One local woman, Karen "
        "Robison, pulled Rep. King aside after the event. \"I am so glad "
        "you came,\" she told him.\n\n"
        "Thomas Krebs testified on Monday. FBI Director James Comey's news "
        "conference, in which he said the case was closed, drew a crowd.\n\n"
        "Ted Cruz spoke in Iowa. When he took the stage after Mr. Vander "
        "Plaats's introduction, he said the party must unite.\n\n"
        "Jeb Bush spoke in Iowa. Donald Trump's candidacy gave voice to "
        "the anger of voters. He said the wall would be built.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the wall"), "Donald Trump");
    ck_assert_str_eq(speaker_of_content(r, "\"I am so glad"), "Karen Robison");
    ck_assert_str_eq(speaker_of_content(r, "the case"), "James Comey");
    ck_assert_str_eq(speaker_of_content(r, "the party"), "Ted Cruz");
    hs_result_free(r);
}
END_TEST

START_TEST(test_his_campaign_and_her_spokesman_are_theirs)
{
    /* "his campaign", "her spokesman": the body or person of the one
     * the pronoun stands for, named by them and affiliated with them */
    hs_result *r = test_extract(
        "Bernie Sanders spoke in Ohio on Monday. His campaign said the race "
        "was close. Hillary Clinton spoke in Iowa. Her spokesman said the "
        "plan was sound.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the race", "Bernie Sanders's campaign", HS_ENT_ORG, NULL,
                   "Bernie Sanders");
    expect_speaker(r, "the plan", "Hillary Clinton's spokesman", HS_ENT_PERSON, NULL,
                   "Hillary Clinton");
    hs_result_free(r);
}
END_TEST

START_TEST(test_the_department_is_the_one_named)
{
    /* "the department", "the campaign": the latest organisation whose
     * name ends in that word */
    hs_result *r = test_extract(
        "The Justice Department opened an inquiry on Monday. The department "
        "said the review would take months. The Clinton campaign sent a memo "
        "to reporters. The campaign said the polls were tightening.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the review", "Justice Department", HS_ENT_ORG, NULL, NULL);
    expect_speaker(r, "the polls", "Clinton campaign", HS_ENT_ORG, NULL, NULL);
    hs_result_free(r);
}
END_TEST

/* Does the result hold an entity of this name and type? */
static bool has_entity(const hs_result *r, const char *name, int type)
{
    for (size_t i = 0; i < hs_result_entity_count(r); i++) {
        const hs_entity *e = hs_result_entity(r, i);
        if (strcmp(e->name, name) == 0 && (int)e->type == type)
            return true;
    }
    return false;
}

START_TEST(test_names_of_bodies_go_on_after_of_on_and)
{
    /* a body's name goes on past its head: "of", "for", "on" after a
     * committee, and "and" inside ("Office of Management and Budget");
     * "the commission" is the body whose head it is; the gazetteer
     * reads names with "of" and "and" inside ("District of Columbia") */
    hs_result *r = test_extract(
        "Thomas Barthold, chief of staff of the Joint Committee on Taxation, "
        "said the estimate was sound. The Commission on Presidential Debates "
        "met on Monday. The commission said the debate would go ahead. "
        "Officials at the Office of Management and Budget in the District of "
        "Columbia said the rules were final. Immigration and Customs "
        "Enforcement said the raids were legal. Centers for Disease Control "
        "Director Thomas Frieden said the virus was spreading. Obama gave "
        "the State of the Union on Tuesday.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the estimate", "Thomas Barthold", HS_ENT_PERSON, "chief of staff",
                   "Joint Committee on Taxation");
    expect_speaker(r, "the debate", "Commission on Presidential Debates", HS_ENT_ORG, NULL,
                   NULL);
    expect_speaker(r, "the raids", "Immigration and Customs Enforcement", HS_ENT_ORG, NULL,
                   "United States");
    expect_speaker(r, "the virus", "Thomas Frieden", HS_ENT_PERSON, NULL, NULL);
    ck_assert(has_entity(r, "Office of Management and Budget", HS_ENT_ORG));
    ck_assert(has_entity(r, "District of Columbia", HS_ENT_GPE));
    ck_assert(has_entity(r, "State of the Union", HS_ENT_OTHER));
    ck_assert(!has_entity(r, "Taxation", HS_ENT_GPE));
    ck_assert(!has_entity(r, "Columbia", HS_ENT_GPE));
    hs_result_free(r);
}
END_TEST

START_TEST(test_they_after_names_joined_by_and)
{
    /* "They" after a subject of names joined by "and" is those people,
     * named by their names as when they speak together */
    expect_speaker_in("Ted Cruz spoke in Iowa on Monday. Later, Mr. Rubio and Mr. Cruz "
                      "met donors in Des Moines. They said the plan would fail.",
                      "the plan", "Rubio and Ted Cruz", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_title_run_ending_in_a_full_name_is_the_person)
{
    /* an organisation's run that ends in a person's full name is the
     * title and the person: the person speaks, with the title as role */
    expect_speaker_in("UMWA Director of Government Affairs Phil Smith said the union "
                      "would back Clinton.",
                      "the union", "Phil Smith", HS_ENT_PERSON,
                      "UMWA Director of Government Affairs", NULL);
}
END_TEST

START_TEST(test_fronted_possessive_is_the_subject_after_it)
{
    /* "her" in a phrase that opens the sentence looks ahead to the
     * subject named after it, not back to the last person named */
    expect_speaker_in("Republicans said leaders must stand up to Kim Jong-un after the "
                      "test.\n\nIn her statement condemning the nuclear test, Hillary "
                      "Clinton defended her record as secretary of state.",
                      "condemning the nuclear", "Hillary Clinton", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_leader_and_director_take_up_the_person_just_named)
{
    hs_result *r = test_extract(
        "Sen. Harry Reid spoke on Tuesday. The minority leader said that it "
        "did not matter.\n\nAva DuVernay is passionate about history. The "
        "director makes this clear in her new film, saying that the past "
        "is not past.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that it did not", "Harry Reid", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "that the past", "Ava DuVernay", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_interview_answers_are_the_interviewee)
{
    /* "A:" and the "I" of an answer are the person the headline names;
     * "Q:" is the interviewers, no one when the transcript does not name
     * them */
    hs_result *r = test_extract(
        "Senator Jane Porter talks about the farm bill.\n\nSen. Jane Porter "
        "spoke with reporters on Tuesday about the farm bill. Here is an "
        "edited transcript.\n\nQ: Do you think the bill will pass?\n\nA: It "
        "will pass this spring.\n\nI told the leaders that we have the "
        "votes.\n\nQ: Will the president sign it?\n\nA: Yes.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "It will pass", "Jane Porter", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "that we have", "Jane Porter", HS_ENT_PERSON, NULL, NULL);
    ck_assert_ptr_null(speaker_entity(r, "Do you think"));
    hs_result_free(r);
    /* the interviewers when the introduction names them */
    r = test_extract(
        "Senator Jane Porter talks about the farm bill.\n\nSen. Jane Porter "
        "spoke with POLITICO writer Michael Grunwald and Washington Post "
        "reporter Jim Tankersley on Tuesday. Here is an edited transcript.\n\n"
        "Q: Do you think the bill will pass?\n\nA: It will pass this spring."
        "\n\nQ: Will the president sign it?\n\nA: Yes.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "It will pass", "Jane Porter", HS_ENT_PERSON, NULL, NULL);
    ck_assert_str_eq(speaker_of_content(r, "Do you think"),
                     "Michael Grunwald and Jim Tankersley");
    hs_result_free(r);
}
END_TEST

START_TEST(test_spokesmen_of_two_bodies_are_two)
{
    /* named with the body, they stay two people, each its own */
    hs_result *r = test_extract(
        "A spokesman for the FBI said that it would appeal.\n\nA spokesman "
        "for the Justice Department said that it would not.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that it would appeal", "spokesman for the FBI", HS_ENT_PERSON,
                   NULL, "FBI");
    expect_speaker(r, "that it would not", "spokesman for the Justice Department",
                   HS_ENT_PERSON, NULL, "Justice Department");
    hs_result_free(r);

    /* an "and" after the body ends the phrase unless another body follows */
    expect_speaker_in("The head of Sony Pictures Television and Oz\u2019s big boss said "
                      "in an email that the host was smart.",
                      "that the host", "head of Sony Pictures Television", HS_ENT_PERSON,
                      NULL, "Sony Pictures Television");
}
END_TEST

START_TEST(test_who_after_a_body_is_the_person_it_tells_about)
{
    /* the relative clause tells about the person, not the body or place
     * named last before "who" */
    hs_result *r = test_extract(
        "Republicans are watching Donald Trump clash with Megyn Kelly, a "
        "star anchor at Fox News who questioned his respect for women in a "
        "debate. Senator Ted Cruz of Texas, who said last year that he "
        "would shut down the government, now says that he regrets nothing.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "his respect", "Megyn Kelly", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "that he would shut", "Ted Cruz", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);

    /* and through the phrase beside the name it hangs on */
    expect_speaker_in("Clinton\u2019s position was supported Friday by Sen. Dianne "
                      "Feinstein of California, the top Democrat on the Senate "
                      "Intelligence Committee, who said that the emails were not "
                      "classified.",
                      "that the emails", "Dianne Feinstein", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_untagged_full_name_is_a_person)
{
    /* a given name and a surname the entity tagger missed (a demonym,
     * "Cuban") are a person, found again by the surname */
    hs_result *r = test_extract(
        "Mark Cuban, the billionaire owner of the Dallas Mavericks, says he "
        "is open to running.\n\n\"Well, it is more of a consideration,\" "
        "Cuban said in an interview.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "he is open", "Mark Cuban", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "\"Well, it is", "Mark Cuban", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_names_after_a_dash)
{
    /* members listed after a dash are not the speaker; one name alone
     * after it is whom the phrase describes */
    hs_result *r = test_extract(
        "The three constitutional scholars -- Mr. Tribe, Ms. Epstein and "
        "Mr. Amar -- said that the Senate must act.\n\nAnother liberal "
        "favorite in the Senate -- Elizabeth Warren of Massachusetts -- said "
        "that she would vote no.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that the Senate", "three constitutional scholars", HS_ENT_PERSON,
                   NULL, NULL);
    expect_speaker(r, "that she would", "Elizabeth Warren", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_surname_that_is_a_title_word)
{
    /* "King", "Dean", "Justice" are titles elsewhere, surnames here */
    hs_result *r = test_extract(
        "Rep. Peter King said that the plan was bad.\n\nKing said that the "
        "vote would fail. Howard Dean spoke on Monday. Dean, a former party "
        "chairman, said that he was sorry.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that the vote", "Peter King", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "that he was sorry", "Howard Dean", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_gender_from_birth_counts)
{
    /* "Jake" is in no hand list; the birth counts make him a man, so
     * "she" is the woman named before him */
    hs_result *r = test_extract(
        "In an email exchange, Jake Sullivan had to explain to Hillary "
        "Clinton that he could not send her a statement because it was "
        "classified.\n\nClinton seemed irritated: \u201cIt is a public "
        "statement! Just email it,\u201d she wrote.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "\u201cIt is a public", "Hillary Clinton", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);

    /* and a given name of theirs opens a full name the tagger split */
    expect_speaker_in("Guy Cecil, the group\u2019s chief strategist, said that the "
                      "money would go to Senate races.",
                      "that the money", "Guy Cecil", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_copula_names_a_subject)
{
    /* a person named by a copula ("The administrator is ...") is whom a
     * "she" after it means, not the man who spoke before */
    expect_speaker_in("Under the law, the president must set up a transition plan, Obama "
                      "said.\n\nThe administrator is Denise Turner Roth, head of the "
                      "General Services Administration. She has said that no decision has "
                      "been made.",
                      "that no decision", "Denise Turner Roth", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_owner_named_in_full_and_no_one)
{
    /* "Mr. Sanders's supporters" are named by the owner's full name, as
     * "his supporters" are; "Nothing" and "No one" name no one; a plural
     * title opens names ("Sens. Rand Paul"), and a parenthesis ends a
     * described source's head ("Many colleges (private ones, ...)") */
    hs_result *r = test_extract(
        "Senator Bernie Sanders has rebuffed pressure to rein in his "
        "supporters. Mr. Sanders's supporters said they would protest in "
        "Philadelphia.\n\nNo one knows whether the protests will be "
        "peaceful. Nothing suggests that the party will change its rules.\n\n"
        "Sens. Rand Paul and Marco Rubio debated tax credits. Paul also asked "
        "how it is conservative to add a trillion dollars in spending.\n\n"
        "Many colleges (private ones, mostly) say the plan would cost too "
        "much.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "they would protest", "Bernie Sanders's supporters", HS_ENT_PERSON,
                   NULL, NULL);
    ck_assert_str_eq(speaker_of_content(r, "whether the protests"), "");
    ck_assert_str_eq(speaker_of_content(r, "that the party will change"), "");
    expect_speaker(r, "how it is conservative", "Rand Paul", HS_ENT_PERSON, NULL, NULL);
    ck_assert_str_eq(speaker_of_content(r, "the plan would cost"), "Many colleges");
    hs_result_free(r);
}
END_TEST

START_TEST(test_participles_kin_imperatives_and_partisans)
{
    /* a participle's phrase after the comma names no speaker ("The
     * Future45 group, funded by ... Sheldon Adelson,"); "Mr. Rubio's
     * campaign manager, who" is Marco Rubio's; "Clinton's husband, Bill,"
     * is Bill Clinton; the person an imperative points to is whom the
     * next "He" means; "Supporters of abortion rights" are named with
     * what they support, and "the former secretary of state" with the
     * office's "of" phrase */
    hs_result *r = test_extract(
        "The Future45 group, funded by casino magnate Sheldon Adelson, said it "
        "would spend $10 million against Hillary Clinton.\n\n"
        "Sen. Marco Rubio is trailing in the polls. Mr. Coleman echoed a memo "
        "from Mr. Rubio's campaign manager, who argued that Mr. Kasich has no "
        "path to the nomination.\n\n"
        "Hillary Clinton spoke in Concord on Monday. Clinton's husband, Bill, "
        "said the attacks on his wife were unfair. He said he would keep "
        "campaigning.\n\n"
        "Donald Trump has praised low interest rates. Just look at House "
        "Speaker Paul D. Ryan. He has said that the Fed should stop buying "
        "bonds.\n\n"
        "Supporters of abortion rights argued that the ruling will galvanize "
        "voters.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "it would spend"), "Future45 group");
    expect_speaker(r, "that Mr. Kasich", "Marco Rubio's campaign manager", HS_ENT_PERSON,
                   NULL, NULL);
    expect_speaker(r, "the attacks on his wife", "Bill Clinton", HS_ENT_PERSON, NULL, NULL);
    ck_assert_str_eq(speaker_of_content(r, "he would keep"), "Bill Clinton");
    ck_assert_str_eq(speaker_of_content(r, "that the Fed"), "Paul D. Ryan");
    ck_assert_str_eq(speaker_of_content(r, "that the ruling"), "Supporters of abortion rights");
    hs_result_free(r);
    /* an office is named with its "of" phrase */
    r = test_extract("The former secretary of state said the deal was a mistake.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the deal was"), "former secretary of state");
    hs_result_free(r);
}
END_TEST

START_TEST(test_the_two_are_the_pair_named_before)
{
    /* "the two", "both candidates": the pair the subject before names */
    expect_speaker_in(
        "Hillary Clinton and Bernie Sanders are both progressives. The two admit "
        "that the divide is deep.",
        "that the divide", "Hillary Clinton and Bernie Sanders", -1, NULL, NULL);
    expect_speaker_in(
        "Marco Rubio and Ted Cruz spoke in Iowa. Both candidates said that the "
        "attack was terror.",
        "that the attack", "Marco Rubio and Ted Cruz", -1, NULL, NULL);
    /* three are no pair */
    expect_speaker_not_in(
        "Marco Rubio, Ted Cruz and Jeb Bush spoke in Iowa. The two said that the "
        "attack was terror.",
        "that the attack", "Marco Rubio, Ted Cruz and Jeb Bush");
}
END_TEST

START_TEST(test_the_company_is_the_subject_of_several)
{
    /* of several companies named before, the one that was the subject */
    expect_speaker_in(
        "Alphabet, the parent company of Google, jumped $25.50 on Friday. The "
        "company reported that earnings rose.",
        "that earnings", "Alphabet", HS_ENT_ORG, NULL, NULL);
}
END_TEST

START_TEST(test_description_names_start_and_end_clean)
{
    /* a name opens with no preposition, keeps "those" with its phrase,
     * and stops before a relative clause without "that" */
    hs_result *r = test_extract(
        "Trump's position was given among Republican presidential candidates "
        "said that the wall was needed. Those around him said that the plan "
        "would work.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "that the wall"), "Republican presidential candidates");
    ck_assert_str_eq(speaker_of_content(r, "that the plan"), "Those around him");
    hs_result_free(r);
    /* a country's party leader is the party's */
    expect_speaker_in(
        "France\u2019s far-right National Front party leader, Marine Le Pen, voiced "
        "support for Trump on Wednesday.",
        "Trump", "Marine Le Pen", HS_ENT_PERSON, NULL, "National Front");
}
END_TEST

START_TEST(test_local_offices_are_titles)
{
    /* a city's or county's office before a name is a title, no name */
    expect_speaker_in("Chicago Alderman Jason C. Ervin said the vote was close.",
                      "the vote", "Jason C. Ervin", HS_ENT_PERSON, "Chicago Alderman", NULL);
}
END_TEST

START_TEST(test_photo_caption_is_no_subject)
{
    /* a photo's caption after its credit line tells whom the photo
     * shows; the story's "he" goes on with whom it spoke of */
    expect_speaker_in(
        "George Zimmerman said he had received offers for the gun.\n\n"
        "POOL New/Reuters.\n\n"
        "Sanford police officer Timothy Smith holds up the gun used during the "
        "2013 trial.\n\n"
        "\u201cThe firearm is fully functional,\u201d he added.",
        "\u201cThe firearm", "George Zimmerman", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_given_name_run_into_a_title)
{
    /* a given name the tagger reads with the title before it as one
     * organisation still opens the person's name */
    hs_result *r = test_extract(
        "Critics went after Chief Justice John G. Roberts Jr. for his votes. "
        "Roberts said the ruling was narrow.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the ruling"), "John G. Roberts");
    for (size_t k = 0; k < hs_result_entity_count(r); k++)
        ck_assert_str_ne(hs_result_entity(r, k)->name, "Chief Justice John");
    hs_result_free(r);
    /* also after a body's words */
    expect_speaker_in(
        "Prominent Democrats included Senate Minority Whip Richard J. Durbin of "
        "Illinois. In an interview, Durbin said the video was troubling.",
        "the video", "Richard J. Durbin", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_party_tag_between_commas)
{
    /* a party's tag between commas gives the party, and its state is a
     * place the person was named with: "the Florida senator" is Rubio,
     * not the senator named last */
    expect_speaker_in(
        "Sen. Marco Rubio, R-Fla., spoke on Monday. Sen. Bernie Sanders spoke "
        "later. The Florida senator said the plan would fail.",
        "the plan", "Marco Rubio", HS_ENT_PERSON, "Sen.", "Republican Party");
    /* also when the tag is part of a source */
    expect_speaker_in(
        "Sen. Marco Rubio, R-Fla., said the speech failed. Sen. Bernie Sanders "
        "spoke later. The Florida senator said the vote would fail.",
        "the vote", "Marco Rubio", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_fronted_appositive_role)
{
    /* a description opening the sentence, before its subject's name, is
     * the subject's role */
    expect_speaker_in(
        "Ken Starr spoke on Monday.\n\nNow the chancellor of Baylor University, "
        "Starr has praised Bill Clinton. Starr said the speech was good.",
        "the speech", "Ken Starr", HS_ENT_PERSON, "chancellor", "Baylor University");
}
END_TEST

START_TEST(test_kin_after_and_a_pronoun)
{
    /* "Betsy Ebeling and her husband, Tom,": Tom Ebeling, as after
     * "Ebeling's husband, Tom," */
    expect_speaker_in(
        "Betsy Ebeling and her husband, Tom, were greeted by an organizer. Tom "
        "said the caucus was fun.",
        "the caucus", "Tom Ebeling", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_fronted_clause_he_is_the_subject_after_it)
{
    /* "After he blasted ..., Pastor Kevin Swanson has ...": the "he" of
     * a clause that opens the sentence looks ahead to its subject */
    hs_result *r = test_extract(
        "Bill Jones, a church elder, said the sermon was long.\n\n"
        "After he blasted the film \"Frozen\" for being too \"pro-gay,\" "
        "Pastor Kevin Swanson has now set his sights on the Girl Scouts.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the film"), "Kevin Swanson");
    hs_result_free(r);
}
END_TEST

START_TEST(test_the_airline_is_the_one_named)
{
    /* "the airline", which no name ends in, is the one organisation just
     * named */
    hs_result *r = test_extract(
        "Assem, the co-pilot, had logged 2,766 flying hours with EgyptAir, the "
        "airline said Thursday.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "Assem"), "EgyptAir");
    hs_result_free(r);
}
END_TEST

START_TEST(test_role_owner_is_the_affiliation)
{
    /* an owner opening the role is the affiliation, not a word of the
     * role ("Sanders' campaign manager", "Her campaign manager"); a
     * workplace's "government-funded" makes no government role */
    hs_result *r = test_extract(
        "Bernie Sanders spoke in Iowa. Jeff Weaver, Sanders' campaign manager, "
        "said the campaign would continue.\n\n"
        "Hillary Clinton campaigned in Ohio. Her campaign manager, Robby Mook, "
        "said the polls were wrong.\n\n"
        "Pakistan said the attack was planned abroad. Colin Clarke, a political "
        "scientist at the government-funded Rand Corporation, said the group "
        "was weakened.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the campaign would", "Jeff Weaver", HS_ENT_PERSON, "campaign manager",
                   "Bernie Sanders");
    expect_speaker(r, "the polls were", "Robby Mook", HS_ENT_PERSON, "campaign manager",
                   "Hillary Clinton");
    expect_speaker(r, "the group was", "Colin Clarke", HS_ENT_PERSON,
                   "political scientist", "Rand Corporation");
    hs_result_free(r);
    /* the person a role works for is its affiliation; a name the tagger
     * split is not cut in two, but is the affiliation whole */
    r = test_extract(
        "Donald Trump spoke in Ohio. Hope Hicks, a spokeswoman for Trump, said "
        "the report was false.\n\n"
        "Daniel Hamermesh, a labor economist at the Institute for the Study of "
        "Labor, said wages rose.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the report was", "Hope Hicks", HS_ENT_PERSON, "spokeswoman",
                   "Donald Trump");
    expect_speaker(r, "wages rose", "Daniel Hamermesh", HS_ENT_PERSON,
                   "labor economist", "Institute for the Study of Labor");
    hs_result_free(r);
}
END_TEST

START_TEST(test_roles_from_any_mention_and_their_owners)
{
    /* a title before a name that does not speak there is still the
     * person's role; a name opening a role is its owner ("Clinton
     * campaign manager") */
    hs_result *r = test_extract(
        "Chris Christie described Democratic presidential nominee Hillary "
        "Clinton as a disgrace. Clinton said she would not respond.\n\n"
        "Clinton campaign manager Robby Mook said the polls were wrong.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "she would not", "Hillary Clinton", HS_ENT_PERSON,
                   "Democratic presidential nominee", "Democratic Party");
    expect_speaker(r, "the polls were", "Robby Mook", HS_ENT_PERSON, "campaign manager",
                   "Hillary Clinton");
    hs_result_free(r);
    /* a description set beside a name between commas, spoken there or
     * not */
    r = test_extract(
        "Voters in Iowa met Janet Yellen, the Federal Reserve chairwoman, on "
        "Monday. Yellen said rates would rise.\n\n"
        "They also cheered the Republican presidential front-runner, Donald "
        "Trump, at a rally. Trump said he would win.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "rates would rise", "Janet Yellen", HS_ENT_PERSON,
                   "chairwoman", "Federal Reserve");
    expect_speaker(r, "he would win", "Donald Trump", HS_ENT_PERSON,
                   "Republican presidential front-runner", "Republican Party");
    hs_result_free(r);
    /* a party's tag after a name that does not speak there */
    expect_speaker_in("Mr. Coleman said the race was close. Sen. Marco Rubio (R-Fla.) was in "
                      "Iowa on Monday. Rubio said he would win.",
                      "he would win", "Marco Rubio", HS_ENT_PERSON, "Sen.", "Republican Party");
}
END_TEST

START_TEST(test_the_company_is_no_public_body)
{
    /* "The company" after a company and a regulator is the company, and
     * the "It" after it is too */
    hs_result *r = test_extract(
        "Apple Inc said on Tuesday it would appeal a fine imposed by the "
        "European Commission.\n\n"
        "The company said in a statement that the ruling was flawed. It added "
        "that customers had benefited.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "that the ruling"), "Apple Inc");
    ck_assert_str_eq(speaker_of_content(r, "that customers"), "Apple Inc");
    hs_result_free(r);
    /* a speaker for a body named by its kind; a person's name after a
     * title that the tagger ran into an organisation's name */
    r = test_extract(
        "The Federal Aviation Administration said it would monitor the company. "
        "A spokesperson for the agency declined to elaborate.\n\n"
        "Boeing Chief Executive Dave Calhoun said the company made mistakes.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "to elaborate", "spokesperson", HS_ENT_PERSON, NULL,
                   "Federal Aviation Administration");
    expect_speaker(r, "the company made", "Dave Calhoun", HS_ENT_PERSON,
                   "Chief Executive", NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_full_name_from_anywhere_in_the_text)
{
    /* a one-word name takes the one full name the text gives it, in a
     * show's title too; "Jr." still ends the name it found; a given
     * name inside the role moves to the name */
    hs_result *r = test_extract(
        "Clinton takes on Sanders.\n\n"
        "Hillary Clinton sat down with MSNBC's \"The Rachel Maddow Show\" on "
        "Thursday. Maddow asked whether the plan would end Medicare.\n\n"
        "Sanders strategist Tad Devine said the campaign would stay in the race.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "whether the plan", "Rachel Maddow", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "the campaign would", "Tad Devine", HS_ENT_PERSON, "strategist", "Sanders");
    hs_result_free(r);
    expect_speaker_in("Biden defends the deal.\n\n"
                      "Vice President Joseph R. Biden Jr. said on Monday that the deal was "
                      "fair. Mr. Biden said the vote would come soon.",
                      "the vote would", "Joseph R. Biden Jr.", HS_ENT_PERSON,
                      "Vice President", NULL);
    /* not for a second person of that surname */
    expect_speaker_in("Bill Clinton spoke first at the rally in Ohio. Mrs. Clinton said the "
                      "plan was fair.",
                      "the plan was fair", "Clinton", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_owner_named_in_a_reported_clause)
{
    /* "his" owner: the subject of the clause just reported, though
     * "he said" would not be that person */
    expect_speaker_in("Mayor Bill Smith said on Monday that the city would review the case. "
                      "According to a complaint filed in federal court, Robert James bought "
                      "the gun in March. His lawyer said the purchase was legal.",
                      "the purchase was legal", "Robert James's lawyer", HS_ENT_PERSON, NULL,
                      "Robert James");
}
END_TEST

START_TEST(test_name_a_copula_gives_any_subject)
{
    /* "The wild card is Trump": the name is what the sentence is about,
     * so the next "he" is that person; not "is like George Patton" */
    expect_speaker_in("Sen. Marco Rubio said the party would unite behind him. The wild card "
                      "is Trump, who had shown appeal in the polls. He said the result was "
                      "a disappointment.",
                      "the result was", "Trump", HS_ENT_PERSON, NULL, NULL);
    expect_speaker_in("Donald Trump said he would win the state. Trump is like George "
                      "Patton. He said the war was not over.",
                      "the war was not over", "Donald Trump", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_a_nationality_names_the_person_again)
{
    /* "the Spaniard" after Mikel Arteta is Arteta, as "the senator"
     * is; "boss" and "Director-General" are titles */
    hs_result *r = test_extract(
        "Arsenal boss Mikel Arteta congratulated City but insisted his side would "
        "come back stronger. \"We were close, and we will learn from this,\" the "
        "Spaniard said.\n\n"
        "\"This is something that should concern us all,\" WHO Director-General "
        "Tedros Adhanom Ghebreyesus told a news conference.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "\"We were close", "Mikel Arteta", HS_ENT_PERSON, "Arsenal boss", NULL);
    expect_speaker(r, "\"This is something", "Tedros Adhanom Ghebreyesus", HS_ENT_PERSON,
                   "Director-General", "World Health Organization");
    hs_result_free(r);
}
END_TEST

START_TEST(test_bodies_in_roles_and_roles_from_descriptions)
{
    /* a body named inside a role, before its head, is the affiliation
     * (not a legislature, not a department that only modifies the
     * title); a workplace followed by a second role, and a person's
     * campaign, end the role */
    hs_result *r = test_extract(
        "Fox News host Sean Hannity said the race was over. Labor Secretary "
        "Thomas Perez said jobs were up. Senate Majority Leader Mitch McConnell "
        "said a vote would come.\n\n"
        "Hillary Clinton spoke in Ohio. Jason Furman, an economic policy adviser "
        "at the Clinton campaign, said the plan was sound. Michael Shellenberger, "
        "co-founder of the Breakthrough Institute and advocate of nuclear power, "
        "said the deal fell short.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the race was", "Sean Hannity", HS_ENT_PERSON, "host",
                   "Fox News");
    expect_speaker(r, "jobs were up", "Thomas Perez", HS_ENT_PERSON, "Labor Secretary",
                   "United States");    /* the office's country, not "Labor" */
    expect_speaker(r, "a vote would", "Mitch McConnell", HS_ENT_PERSON,
                   "Senate Majority Leader", "");
    expect_speaker(r, "the plan was", "Jason Furman", HS_ENT_PERSON,
                   "economic policy adviser", "Hillary Clinton");
    expect_speaker(r, "the deal fell", "Michael Shellenberger", HS_ENT_PERSON, "co-founder",
                   "Breakthrough Institute");
    hs_result_free(r);
    /* a description read as a person is their role when no mention
     * gave one, its party their affiliation; a role a mention gives
     * comes first, and a later mention may still give the affiliation */
    r = test_extract(
        "Donald Trump spoke in Ohio on Monday. The Republican nominee said he "
        "would win.\n\n"
        "Sen. Ted Cruz said the vote was close.\n\n"
        "Voters cheered Republican presidential candidate Ted Cruz in Iowa. "
        "Cruz said the polls were wrong.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "he would win", "Donald Trump", HS_ENT_PERSON, "Republican nominee",
                   "Republican Party");
    expect_speaker(r, "the vote was", "Ted Cruz", HS_ENT_PERSON, "Sen.", "Republican Party");
    hs_result_free(r);
    /* a party's adjective inside a role (not in a party body's name);
     * the place an office is held for, but for a legislator only a
     * country, and for no occupation */
    r = test_extract(
        "Iowa Republican operative Craig Robinson said the race was close. "
        "Republican National Committee spokesman Sean Spicer said the rules "
        "held.\n\n"
        "U.S. President Barack Obama said the deal was good. Former Florida "
        "governor Jeb Bush said the party was split. Vermont Sen. Bernie "
        "Sanders said the bill was bad. New York businessman Donald Trump "
        "said he would win.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the race was", "Craig Robinson", HS_ENT_PERSON,
                   "Iowa Republican operative", "Republican Party");
    expect_speaker(r, "the rules held", "Sean Spicer", HS_ENT_PERSON,
                   "spokesman", "Republican National Committee");
    expect_speaker(r, "the deal was", "Barack Obama", HS_ENT_PERSON, "President",
                   "United States");
    expect_speaker(r, "the party was", "Jeb Bush", HS_ENT_PERSON, "Former Florida governor",
                   "Florida");
    expect_speaker(r, "the bill was", "Bernie Sanders", HS_ENT_PERSON, "Vermont Sen.", "");
    expect_speaker(r, "he would win", "Donald Trump", HS_ENT_PERSON, "New York businessman",
                   "");
    hs_result_free(r);
    /* "its" before a role: the body just named, not one named as a
     * place */
    r = test_extract(
        "The Institute for Fiscal Studies said the measures would raise about "
        "$40bn a year. Its director, Paul Johnson, told the BBC that the "
        "government had little headroom.\n\n"
        "The host committee for the Republican gathering in Cleveland has "
        "collected $56 million, said David Gilbert, its president and CEO.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that the government", "Paul Johnson", HS_ENT_PERSON, "director",
                   "Institute for Fiscal Studies");
    expect_speaker(r, "The host committee", "David Gilbert", HS_ENT_PERSON,
                   "president and CEO", "");
    hs_result_free(r);
    /* a body after "of" right after the name, even where the tagger ran
     * the two into one organisation; a possessive ends a body's name */
    r = test_extract(
        "Tesla's chief financial officer, Zachary Kirkhorn, said the company "
        "expected to produce more cars. Gene Munster of Deepwater Asset "
        "Management questioned whether the strategy was sustainable.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the company expected", "Zachary Kirkhorn", HS_ENT_PERSON,
                   "chief financial officer", "Tesla");
    expect_speaker(r, "whether the strategy", "Gene Munster", HS_ENT_PERSON, "",
                   "Deepwater Asset Management");
    hs_result_free(r);
    /* two roles joined by "and": the first is the role, the second may
     * give the affiliation; one office with "and" stays whole */
    r = test_extract(
        "Stuart Stevens, a Republican operative and Mitt Romney's chief strategist, "
        "said the race was over. Penny Nance, president and chief executive of "
        "Concerned Women for America, said the ruling was wrong. Todd Wilcox, a "
        "combat veteran and former CIA officer, said the plan would fail.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the race was", "Stuart Stevens", HS_ENT_PERSON, "Republican operative",
                   "Republican Party");
    expect_speaker(r, "the ruling was", "Penny Nance", HS_ENT_PERSON,
                   "president and chief executive of Concerned Women for America", NULL);
    expect_speaker(r, "the plan would", "Todd Wilcox", HS_ENT_PERSON, "combat veteran", "CIA");
    hs_result_free(r);
    /* a party member in an appositive gives the party, whatever the role */
    expect_speaker_in(
            "Some conservatives criticized the deal. Sen. Mike Lee, a Utah Republican, said it "
            "does nothing to rein in spending.",
            "it does nothing", "Mike Lee", HS_ENT_PERSON, "Sen.", "Republican Party");
    /* also when a relative clause goes on after it */
    expect_speaker_in(
            "Senator Richard Burr, a North Carolina Republican who has also embraced Mr. "
            "Trump, acknowledged that the party may have to disavow Mr. Trump.",
            "that the party", "Richard Burr", HS_ENT_PERSON, "Senator", "Republican Party");
}
END_TEST

START_TEST(test_pronoun_falls_back_to_a_name_in_its_sentence)
{
    /* no man spoke or was a subject outside what is reported: "he" is
     * the man named earlier in its sentence */
    hs_result *r = test_extract(
        "Questions are beginning to surface as to when Hillary Clinton will "
        "hold her next press conference.\n\n"
        "When Robby Mook, Clinton's campaign manager was asked during a "
        "luncheon held by The Wall Street Journal if Clinton would schedule a "
        "press conference prior to Election Day, he laughed and said, "
        "\"We'll see.\"");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "\"We'll see"), "Robby Mook");
    hs_result_free(r);
}
END_TEST

START_TEST(test_lists_with_pronouns_descriptions_and_appositives)
{
    /* "She and Jack Goldsmith, a Bush-era Justice official" are two;
     * "She and her aides" are the person and her aides; names after a
     * plural description are the speakers; "they" after names with an
     * appositive the parser read as a subject are the names; "Trump's
     * campaign" with "Trump" untagged is Donald Trump's */
    hs_result *r = test_extract(
        "Jane Harman urged Obama not to close the prison. She and Jack "
        "Goldsmith, a Bush-era Justice official, outlined a plan to review how "
        "dangerous detainees are.\n\n"
        "Hillary Clinton campaigned in Ohio. She and her aides argued that the "
        "polls were wrong.\n\n"
        "The Democratic candidates, Hillary Clinton and Senator Bernie "
        "Sanders, have promised to build on Mr. Obama's legacy.\n\n"
        "Richard Alba and Nancy Foner, sociologists at the City University of "
        "New York, just published a book. They compare the challenges facing "
        "immigrants in North America and Europe.\n\n"
        "Donald Trump said women should be punished. The statement drew "
        "criticism.\n\n"
        "Trump\xE2\x80\x99s campaign immediately backtracked, saying the woman "
        "is a victim.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "to review how"), "Jane Harman and Jack Goldsmith");
    ck_assert_str_eq(speaker_of_content(r, "that the polls"), "Hillary Clinton and her aides");
    ck_assert_str_eq(speaker_of_content(r, "to build on"), "Hillary Clinton and Bernie Sanders");
    ck_assert_str_eq(speaker_of_content(r, "the challenges facing"),
                     "Richard Alba and Nancy Foner");
    ck_assert_str_eq(speaker_of_content(r, "the woman is"), "Donald Trump's campaign");
    hs_result_free(r);
}
END_TEST

START_TEST(test_text_summary_says_a_name_once)
{
    /* the text summary gives role and affiliation in brackets, but not
     * what the speaker's name already says */
    hs_result *r = test_extract(
        "A spokeswoman for Hillary Clinton said the report was false. "
        "Russian Foreign Minister Sergei Lavrov said the talks had failed.");
    ck_assert_ptr_nonnull(r);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    hs_error err;
    ck_assert_int_eq(hs_write_text(r, f, &err), 0);
    fclose(f);
    ck_assert_ptr_nonnull(strstr(buf, "spokeswoman for Hillary Clinton [say"));
    ck_assert_ptr_nonnull(strstr(buf, "Sergei Lavrov (Foreign Minister, Russia) [say"));
    free(buf);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_bare_spokesperson_speaks_for_the_body_that_spoke)
{
    /* "A spokesperson said" right after the body spoke is the body's;
     * after a person spoke, nobody's in particular */
    hs_result *r = test_extract(
        "The Justice Department, which had sued to stop the law, welcomed the ruling. "
        "A spokesperson said the department would keep defending the federal "
        "government's authority.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the department would", "spokesperson", -1, NULL, "Justice Department");
    hs_result_free(r);
    expect_speaker_in("The Justice Department welcomed the ruling. Senator John Cornyn said the "
                      "ruling was wrong. A spokesperson said the department would appeal.",
                      "the department would", "spokesperson", -1, NULL, "");
    /* a company officer by title alone, after the company spoke */
    expect_speaker_in(
            "Microsoft Corp said on Wednesday it would cut 10,000 jobs.\n\nChief Executive "
            "Satya Nadella said the company would keep hiring in key areas.",
            "the company would", "Satya Nadella", HS_ENT_PERSON, "Chief Executive",
            "Microsoft Corp");
    /* named in an appositive, the same */
    expect_speaker_in("The Justice Department welcomed the ruling on Friday. A spokeswoman, Dena "
                      "Iverson, said the department would keep defending the law.",
                      "the department would", "Dena Iverson", HS_ENT_PERSON, "spokeswoman",
                      "Justice Department");
}
END_TEST

START_TEST(test_a_description_of_another_office_is_someone_else)
{
    /* "the mayor" is not the interior minister just named; "the senator"
     * is the senator */
    hs_result *r = test_extract(
        "French police believe the attackers planned the raid for months, Interior "
        "Minister Gerald Darmanin said on Tuesday. Police sealed off the district. "
        "The city would hold a vigil, the mayor said.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "The city would"), "mayor");
    hs_result_free(r);
    r = test_extract(
        "The bill would cut taxes, Sen. Ted Cruz said on Tuesday. Reporters crowded the "
        "hall. It would pass, the senator said.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "It would pass"), "Ted Cruz");
    hs_result_free(r);
}
END_TEST

START_TEST(test_an_intensifier_is_no_part_of_the_speaker)
{
    hs_result *r = test_extract(
        "The candidates themselves said the debate had been fair.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the debate"), "candidates");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_business_named_by_its_trade_and_a_party_abroad)
{
    /* "the iPhone maker" is the company just named; the Liberal
     * Democrats are no Democratic Party, and "Their leader" leads the
     * body that just spoke */
    hs_result *r = test_extract(
        "Apple said it would appeal the decision. In a statement, the iPhone maker said "
        "the Commission had found no evidence of harm.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the Commission had"), "Apple");
    hs_result_free(r);
    r = test_extract(
        "The Liberal Democrats accused the government of years of failure. Their leader, "
        "Ed Davey, said voters would punish the party at the ballot box.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the government", "Liberal Democrats", HS_ENT_ORG, NULL, "");
    expect_speaker(r, "voters would", "Ed Davey", HS_ENT_PERSON, "leader", "Liberal Democrats");
    hs_result_free(r);
    expect_speaker_in(
            "The parents sued Google on Monday. Their lawyer, John Smith, said the company "
            "had ignored them.",
            "the company had", "John Smith", HS_ENT_PERSON, "lawyer", "");
}
END_TEST

START_TEST(test_an_age_names_the_person_of_the_sentence_before)
{
    hs_result *r = test_extract(
        "In an interview with CNN, Ukrainian President Volodymyr Zelenskiy urged Western "
        "allies to speed up deliveries. \"Every day of delay costs lives,\" the "
        "46-year-old said.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "\"Every day"), "Volodymyr Zelenskiy");
    hs_result_free(r);
    /* not someone named further back */
    r = test_extract(
        "Donald Trump spoke on Monday night. Millions watched on television. The former "
        "model delivered a defense of her husband. \"He is a leader,\" said the "
        "46-year-old.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_ne(speaker_of_content(r, "\"He is"), "Donald Trump");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_name_with_its_rank_ends_the_document)
{
    /* a role read after the last name of the text looks at no token past
     * the end (a ranking list: "14. Jim Gilmore (15.)") */
    hs_result *r = test_extract(
        "Ben Carson said the race was far from over.\n\n13. George Pataki (14.)\n\n"
        "14. Jim Gilmore (15.)");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the race"), "Ben Carson");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_listed_business_is_an_organisation)
{
    /* businesses the entity tagger types as people or places are
     * organisations when named alone; a role after the name affiliates
     * the person with it */
    hs_result *r = test_extract(
        "Amazon said it would appeal the ruling. Boeing said the jets were safe. Nvidia "
        "said demand was strong. Boeing Chief Executive Dave Calhoun said the company "
        "would cooperate.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "it would appeal", "Amazon", HS_ENT_ORG, NULL, NULL);
    expect_speaker(r, "the jets", "Boeing", HS_ENT_ORG, NULL, NULL);
    expect_speaker(r, "demand was", "Nvidia", HS_ENT_ORG, NULL, NULL);
    expect_speaker(r, "the company would", "Dave Calhoun", HS_ENT_PERSON, NULL, "Boeing");
    hs_result_free(r);
    /* not the river, a longer name, or a thing of the business's */
    r = test_extract(
        "Fires in the Amazon rose sharply, the agency said. Amazon Web Services said the "
        "outage was over. Her Twitter account said the show was cancelled.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_ne(speaker_of_content(r, "Fires in"), "Amazon");
    ck_assert_str_ne(speaker_of_content(r, "the outage"), "Amazon");
    ck_assert_str_ne(speaker_of_content(r, "the show"), "Twitter");
    hs_result_free(r);
}
END_TEST

START_TEST(test_an_organisation_named_with_a_list_of_trades)
{
    /* the words of a list inside an organisation's name are its name's,
     * and two businesses named together stay two */
    hs_result *r = test_extract(
        "The Retail, Wholesale and Department Store Union said the vote was unfair. "
        "A spokesperson for the Parks and Recreation Department said the pool would open. "
        "Google and Microsoft said they would comply.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the vote", "Retail, Wholesale and Department Store Union", HS_ENT_ORG,
                   NULL, NULL);
    expect_speaker(r, "the pool", "spokesperson for the Parks and Recreation Department", -1,
                   NULL, "Parks and Recreation Department");
    expect_speaker(r, "they would", "Google and Microsoft", HS_ENT_ORG, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_person_of_a_business_and_a_surname_with_particles)
{
    /* "Wedbush Securities", read as a person by the tagger, is the
     * analyst's firm; "von der" belongs to the surname */
    hs_result *r = test_extract(
        "Dan Ives of Wedbush Securities said the launch was solid. Ursula von der Leyen "
        "said the union would respond. Later, von der Leyen said talks would go on.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the launch", "Dan Ives", HS_ENT_PERSON, NULL, "Wedbush Securities");
    expect_speaker(r, "the union", "Ursula von der Leyen", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "talks would", "Ursula von der Leyen", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
    /* a nickname in quotation marks stays in the mention, out of the name */
    r = test_extract("Rep. Robert C. \"Bobby\" Scott said the bill would pass. State Del. "
                     "Marcia \"Cia\" Price said she agreed. Scott said the vote was close.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the bill", "Robert C. Scott", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "she agreed", "Marcia Price", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "the vote", "Robert C. Scott", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
    /* particles after a title, after a given name the tagger read as a
     * verb, and a surname with its particles finding the full name */
    r = test_extract("European Commission President Ursula von der Leyen said the plan would "
                     "work. Manchester United manager Erik ten Hag said the team would recover. "
                     "Mayor Bill de Blasio said the city was safe. De Blasio said crime had "
                     "fallen.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the plan", "Ursula von der Leyen", HS_ENT_PERSON,
                   "President", "European Commission");
    expect_speaker(r, "the team", "Erik ten Hag", HS_ENT_PERSON, "manager",
                   "Manchester United");
    expect_speaker(r, "the city", "Bill de Blasio", HS_ENT_PERSON, "Mayor", NULL);
    expect_speaker(r, "crime had", "Bill de Blasio", HS_ENT_PERSON, "Mayor", NULL);
    hs_result_free(r);
    /* a court case names no one: "He" is the justice, not "Wade" */
    r = test_extract("Justice Antonin Scalia often spoke about Roe v. Wade and abortion. "
                     "The ruling, he said, went too far.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "The ruling", "Antonin Scalia", HS_ENT_PERSON, "Justice", NULL);
    for (size_t i = 0; i < hs_result_entity_count(r); i++)
        ck_assert_msg(hs_result_entity(r, i)->type != HS_ENT_PERSON ||
                          !strstr(hs_result_entity(r, i)->name, "Wade"),
                      "a person named %s", hs_result_entity(r, i)->name);
    hs_result_free(r);
}
END_TEST

START_TEST(test_british_parties_affiliate_their_people)
{
    hs_result *r = test_extract(
        "Labour leader Keir Starmer said the plan would fail. Tory leader Kemi Badenoch "
        "said taxes would rise. The Tories said the budget was fair.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the plan", "Keir Starmer", HS_ENT_PERSON, NULL, "Labour Party");
    expect_speaker(r, "taxes would", "Kemi Badenoch", HS_ENT_PERSON, NULL, "Conservative Party");
    expect_speaker(r, "the budget", "Conservative Party", HS_ENT_ORG, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_an_adjective_after_the_head_ends_the_description)
{
    /* "familiar with the plan" is what names anonymous sources, as
     * "close to" does (the blind speaker samples' labels: "officials
     * familiar with the system"); another adjective ends the name */
    hs_result *r = test_extract("Officials familiar with the plan said it would be delayed. "
                                "A person familiar with the talks said a deal was close. "
                                "Voters angry about the tax said it was unfair.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "it would"), "Officials familiar with the plan");
    ck_assert_str_eq(speaker_of_content(r, "a deal"), "person familiar with the talks");
    ck_assert_str_eq(speaker_of_content(r, "it was unfair"), "Voters");
    hs_result_free(r);
    /* people polled by someone answer themselves; a report released by
     * someone is theirs */
    r = test_extract("Economists polled by Reuters had expected the decision. A report "
                     "released in September by the National Academies found that the "
                     "program worked.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the decision"), "Economists");
    ck_assert_str_eq(speaker_of_content(r, "that the program"), "National Academies");
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_second_who_stands_for_the_first)
{
    /* "X, who ..., and who ...": the second relative pronoun names
     * whom the first does, not the word before it */
    hs_result *r = test_extract("Senator Ted Cruz of Texas, who last year threatened to shut down "
                                "the government, and who has been hoping to win over evangelicals, "
                                "said the vote was rigged. The fight is among older voters, who "
                                "make up half of the electorate and who said they would back "
                                "Clinton.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "to win over"), "Ted Cruz");
    ck_assert_str_eq(speaker_of_content(r, "they would back"), "older voters");
    hs_result_free(r);
}
END_TEST

START_TEST(a_time_is_no_antecedent)
{
    /* "the first time" reads as a subject, but "It" is the company */
    hs_result *r = test_extract("The messaging company said on Monday that it had suspended 80,000 "
                                "accounts linked to extremism since early 2015, the first time it "
                                "has publicized the number of accounts it has suspended. It also "
                                "said it had expanded the staff that checks such reports.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "it had expanded"), "messaging company");
    hs_result_free(r);
}
END_TEST

START_TEST(a_described_kind_of_body_with_modifiers)
{
    /* "the conservative-leaning newspaper" is the one newspaper named
     * just before; "the parent company" would be another */
    hs_result *r = test_extract("In a scathing editorial, The Wall Street Journal called on the "
                                "senator to step aside. \"He needs to stop blaming everyone "
                                "else,\" the conservative-leaning newspaper wrote.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "\"He needs"), "Wall Street Journal");
    hs_result_free(r);
}
END_TEST

START_TEST(a_description_takes_the_gender_of_its_possessive)
{
    /* the last person who spoke is a woman; "his mic" says the
     * description is someone else: no speaker rather than the wrong one */
    hs_result *r = test_extract("Trump said that Hillary Clinton once praised the deal. Clinton "
                                "now says she opposes the deal.\n\nThe GOP nominee complained "
                                "about his mic the morning after the debate.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "she opposes"), "Hillary Clinton");
    ck_assert_str_ne(speaker_of_content(r, "his mic"), "Hillary Clinton");
    hs_result_free(r);
    expect_speaker_in("Hillary Clinton spoke in Toledo. The Democratic nominee says every child "
                      "should live up to his or her potential.", "every child", "Hillary Clinton",
                      HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_given_name_of_the_other_gender_is_someone_else)
{
    /* "Mr." made Obama a man: the first lady is another person, and the
     * president keeps his own name */
    hs_result *r = test_extract(
        "Mr. Obama spoke in Washington on Saturday. He said the vote "
        "mattered. The first lady, Michelle Obama, said the country was "
        "ready.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the vote"), "Obama");
    ck_assert_str_eq(speaker_of_content(r, "the country"), "Michelle Obama");
    hs_result_free(r);
    /* given names that disagree tell nothing: Nancy Davis Reagan is
     * still Mrs. Reagan */
    r = test_extract(
        "Mrs. Reagan spoke at the library on Monday. Nancy Davis Reagan said "
        "the work would go on.");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(speaker_of_content(r, "the work"), "Nancy Davis Reagan");
    ck_assert_uint_eq(hs_result_entity_count(r), 1);
    hs_result_free(r);
}
END_TEST

START_TEST(test_an_office_named_alone_is_a_person)
{
    /* the tagger reads "the Pope" beside "the US" as a place */
    hs_result *r = test_extract(
        "The killings have sparked global outrage, including from the Pope "
        "and the US, which has called for a war crimes trial.");
    ck_assert_ptr_nonnull(r);
    bool seen = false;
    for (size_t i = 0; i < hs_result_entity_count(r); i++) {
        const hs_entity *e = hs_result_entity(r, i);
        if (strcmp(e->name, "Pope") == 0) {
            ck_assert_int_eq(e->type, HS_ENT_PERSON);
            seen = true;
        }
    }
    ck_assert(seen);
    hs_result_free(r);
}
END_TEST

START_TEST(test_the_senator_is_the_senator_named_last)
{
    /* Murphy's title is "Sen.": the description's long form must find
     * him, not the senator named before him in the same sentence */
    expect_speaker_in("Gun bill stalls in the Senate.\n\n"
                      "Sen. Chris Murphy and Sen. Kirsten Gillibrand met with families "
                      "on Monday.\n\n"
                      "\u201cWe will win this fight,\u201d Murphy told reporters.\n\n"
                      "The senator paused and said the vote would come soon.",
                      "the vote", "Chris Murphy", HS_ENT_PERSON, "Sen.", NULL);
}
END_TEST

START_TEST(test_a_former_trade_is_still_the_trade_but_not_an_office)
{
    /* "the pollster" is the former pollster named before it: a trade
     * stays with its holder; "the president" is no former president */
    expect_speaker_in("Former Bill Clinton pollster Douglas Schoen was a guest on the show "
                      "on Monday. The pollster said the race would tighten.",
                      "the race", "Douglas Schoen", HS_ENT_PERSON, NULL, NULL);
    expect_speaker_not_in("Former President Bill Clinton spoke in Ohio on Monday. "
                          "The president said the economy was strong.",
                          "the economy", "Bill Clinton");
}
END_TEST

START_TEST(test_an_untagged_surname_is_the_person_named_before)
{
    /* "Fields", which the tagger leaves untagged, is Michelle Fields, so
     * the "she" after it is she, not Hope Hicks named before it */
    expect_speaker_in("Michelle Fields said she was grabbed at the event. Hope Hicks "
                      "denied that on Tuesday. Fields resigned from Breitbart on March "
                      "14. On Twitter, she said the charge was false.",
                      "the charge", "Michelle Fields", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_a_description_keeps_what_it_is_of)
{
    /* an unnamed source is named with the "of" phrase that tells what
     * its head is of, but a quantity is still read past */
    hs_result *r = test_extract(
        "A bipartisan coalition of politicians and legal aficionados said the "
        "nominee deserved a hearing. Surveys of New Hampshire Republican primary "
        "voters showed the race was close. Some of the delegates said the rules "
        "were unfair.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the nominee", "bipartisan coalition of politicians and legal aficionados",
                   -1, NULL, NULL);
    expect_speaker(r, "the race", "Surveys of New Hampshire Republican primary voters", -1, NULL,
                   NULL);
    expect_speaker(r, "the rules", "delegates", -1, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_headline_surname_is_a_person_once_named_in_full)
{
    /* "Trump" opening a headline is first read as a description; once
     * "Donald Trump" names it, it is a person whom "the Republican
     * nominee" and "he" can take up */
    hs_result *r = test_extract(
        "Trump urges supporters to monitor polling places.\n\n"
        "Donald Trump spoke at a rally in Michigan on Friday.\n\n"
        "The Republican nominee said the system was broken.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the system", "Donald Trump", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_description_past_a_body_takes_up_the_person_named_last)
{
    /* the last subject is a body and the one before it a woman: "The GOP
     * nominee ... his mic" is the man named last, Donald Trump */
    expect_speaker_in("Hillary Clinton mocked the complaint on Tuesday.\n\n"
                      "The Commission on Presidential Debates says there was a problem "
                      "with Donald Trump\u2019s microphone during the debate.\n\n"
                      "The GOP nominee complained about his mic, suggesting he may have "
                      "been sabotaged.",
                      "he may have", "Donald Trump", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_who_after_a_coordinated_appositive_is_the_person)
{
    /* "who" after an appositive of two nouns joined by "and" tells about
     * the person before the comma; "Assemblywoman" is a title */
    hs_result *r = test_extract(
        "He dismissed criticism from Giles, Millis and Harold Doley, a banker and "
        "former Reagan administration official who has suggested Carson\u2019s "
        "aides have been making money off his candidacy. Republican "
        "Assemblywoman Claudia Tenney won the primary on "
        "Tuesday. Tenney said the voters had spoken.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "Carson", "Harold Doley", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "the voters", "Claudia Tenney", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_given_name_finds_the_full_name_a_surname_took_up)
{
    /* "Mr. Trump" first, then "Donald J. Trump": "Donald" alone is he */
    expect_speaker_in("Mr. Trump spoke about his family on Monday. Donald J. Trump was the "
                      "second son. Later, Donald said the business had been hard.",
                      "the business", "Donald J. Trump", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_some_of_his_supporters_are_the_owner_s)
{
    /* a quantity before "his supporters" keeps them the owner's */
    expect_speaker_in("Bernie Sanders spoke in Oregon on Monday. Some of his supporters said "
                      "the system was rigged.",
                      "the system", "Bernie Sanders's supporters", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_the_group_is_the_one_body_just_named)
{
    /* "the group" alone is the one organisation named in its sentence or
     * the one before, but not a school where a crowd met */
    expect_speaker_in("There are four million fewer players than a decade ago, according to "
                      "the National Golf Foundation. Almost 650 courses have closed since "
                      "2006, the group says.",
                      "Almost 650", "National Golf Foundation", HS_ENT_ORG, NULL, NULL);
    expect_speaker_not_in("The crowd rallied at Temple University before a march. "
                          "\u201cPower to the people!\u201d the group shouted.",
                          "Power", "Temple University");
}
END_TEST

START_TEST(test_a_share_of_a_group_is_named_with_its_share)
{
    /* "46 percent of voters" and "some Americans" are named so, as the
     * labelling rules ask, and the party a share of a party's voters
     * belongs to is kept */
    hs_result *r = test_extract(
        "Forty-six percent of voters said the economy was the top issue. "
        "Seventy-four percent of Democratic registered voters said they would "
        "back the nominee. Two Democratic candidates said the plan was fair. "
        "Some Americans said the war was a mistake. Fewer than 15 percent of "
        "Republicans said the party was united.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the economy", "Forty-six percent of voters", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "they would", "Seventy-four percent of Democratic registered voters",
                   HS_ENT_PERSON, NULL, "Democratic Party");
    expect_speaker(r, "the plan", "Two Democratic candidates", -1, NULL, "Democratic Party");
    expect_speaker(r, "the war", "Some Americans", -1, NULL, "United States");
    expect_speaker(r, "the party was", "Fewer than 15 percent of Republicans", -1, NULL,
                   "Republican Party");
    hs_result_free(r);
}
END_TEST

START_TEST(test_only_before_a_proportion_is_no_name)
{
    expect_speaker_in("Only about 4 in 10 Republican voters said they were satisfied "
                      "with the field.",
                      "they were", "Republican voters", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_a_sentence_case_headline_keeps_its_names)
{
    /* "rips" is no Title Case word: the first line is read as a
     * sentence, so "Joe Scarborough" there names the man */
    expect_speaker_in("Trump rips Joe Scarborough.\n\n"
                      "Donald Trump attacked the MSNBC host on Friday.\n\n"
                      "Scarborough has denied that he would consider it.",
                      "that he would", "Joe Scarborough", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_a_title_with_of_after_a_body_titles_the_name)
{
    /* the tagger runs "White House Chief of Staff Rahm Emanuel" into
     * one organisation; the person after the title speaks */
    expect_speaker_in("Obama began his presidency badly.\n\n"
                      "Later former White House Chief of Staff Rahm Emanuel said the "
                      "plan was dead.",
                      "the plan", "Rahm Emanuel", HS_ENT_PERSON,
                      "former White House Chief of Staff", NULL);
}
END_TEST

START_TEST(test_a_singular_verb_tells_about_the_noun_before_of)
{
    /* "that prioritizes" tells about the group, which the appositive
     * names, not about the activists */
    expect_speaker_in("Jewish Republicans meet.\n\n"
                      "The candidates left attendees at the summit of the Republican "
                      "Jewish Coalition amused. With the RJC, an influential group of "
                      "donors and activists that prioritizes American policy toward "
                      "Israel, the candidates faced a sophisticated crowd.",
                      "American policy", "RJC", HS_ENT_ORG, NULL, NULL);
}
END_TEST

START_TEST(test_it_looks_past_a_subject_its_owns)
{
    /* "its role" is the bureau's: the later "it" is the bureau */
    expect_speaker_in("Census row grows.\n\n"
                      "The bureau acts as if its role in the internment is irrelevant "
                      "ancient history. But less than a dozen years ago, it provided the "
                      "Department of Homeland Security with a massive report on how many "
                      "Arab Americans live in each ZIP code.",
                      "the Department", "bureau", -1, NULL, NULL);
}
END_TEST

START_TEST(test_a_post_read_as_an_adjective_is_its_holder)
{
    /* the tagger reads "general" in "The general stumped" as an
     * adjective; the post is still Gen. Clark's */
    expect_speaker_in("Clark under fire.\n\n"
                      "Retired Gen. Wesley Clark said on Monday that he had erred.\n\n"
                      "The general stumped for Clinton in Iowa on Veterans Day.",
                      "Clinton in Iowa", "Wesley Clark", HS_ENT_PERSON, "Retired Gen.", NULL);
}
END_TEST

START_TEST(test_a_name_with_an_age_is_a_person)
{
    /* a name the tagger reads as an organisation, but ", 60," is an
     * age: a woman, whom "she" finds, not the president named before */
    hs_result *r = test_extract(
        "Myanmar votes.\n\n"
        "President Obama called the vote an important step.\n\n"
        "Yin Myint May, 60, a doctor, said she was elated but still feared the "
        "military.\n\n"
        "\u201cWe have to be cautious about it,\u201d she said.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "she was elated", "Yin Myint May", HS_ENT_PERSON, "doctor", NULL);
    expect_speaker(r, "\u201cWe have", "Yin Myint May", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_couple_named_with_one_surname_is_two_people)
{
    /* "Khizr and Ghazala Khan": two people, Khizr Khan and Ghazala
     * Khan, who speak together there and one by one after */
    hs_result *r = test_extract(
        "The Khans speak out.\n\n"
        "Khizr and Ghazala Khan, the Gold Star parents whose appearance at the "
        "convention created a firestorm, said they were not afraid.\n\n"
        "Khizr Khan, 66, said he carried the Constitution everywhere. He said he "
        "was a lawyer.\n\n"
        "Donald Trump complained Khizr Khan had attacked him and questioned why Ghazala "
        "Khan had not spoken on stage. She said the "
        "photo of her son would have made her break down.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "they were not afraid", "Khizr Khan and Ghazala Khan", HS_ENT_PERSON,
                   NULL, NULL);
    expect_speaker(r, "he carried", "Khizr Khan", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "the photo", "Ghazala Khan", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
    /* a given name known as another person's name opens no such list */
    r = test_extract(
        "HP board fight.\n\n"
        "George Keyworth was the board's longest-serving member.\n\n"
        "Keyworth and Dick Hackborn, an HP director, argued that the deal was "
        "unwise.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "that the deal", "George Keyworth and Dick Hackborn", HS_ENT_PERSON,
                   NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_military_ranks_are_titles)
{
    /* "Adm.", "Capt." are titles like "Gen.", and the service before a
     * rank is part of the role, no one's name */
    hs_result *r = test_extract(
        "Pentagon briefing.\n\n"
        "Adm. Michael Rogers said the agency was watching.\n\n"
        "Pentagon spokesman Navy Capt. Jeff Davis said the strike was lawful.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the agency", "Michael Rogers", HS_ENT_PERSON, "Adm.", NULL);
    expect_speaker(r, "the strike", "Jeff Davis", HS_ENT_PERSON, NULL, NULL);
    for (size_t i = 0; i < hs_result_entity_count(r); i++)
        ck_assert_str_ne(hs_result_entity(r, i)->name, "Navy");
    hs_result_free(r);
}
END_TEST

START_TEST(test_who_looks_past_a_party_in_parentheses)
{
    expect_speaker_in("Sanders gains.\n\n"
                      "Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who "
                      "has endorsed Clinton, said Sanders has pushed her further.",
                      "Clinton", "Claire McCaskill", HS_ENT_PERSON, NULL, NULL);
}
END_TEST

START_TEST(test_business_wire_copy)
{
    hs_result *r = test_extract(
        "SAN JOSE, Calif. (AP) \u2014 Shares of Lumetra Semiconductor fell 14% on Wednesday "
        "after the chipmaker warned that demand for its processors would slow. Chief "
        "Executive Priya Raman said customers were pausing orders.\n\n"
        "Cloudhaven, a company that stores files for businesses, said Friday that hackers "
        "had stolen names. The company said it discovered the intrusion on Oct. 3.\n\n"
        "Britain's Department of Health said it was committed to cleaner air. Forecaster "
        "Ben Schott said the rain had moved east. Lumetra, which is based in San Jose, said "
        "it would cut jobs.");
    ck_assert_ptr_nonnull(r);
    /* the dateline's agency is no body of the story: "the chipmaker" is
     * the one business named before it, whose chief executive speaks
     * next */
    expect_speaker(r, "that demand", "Lumetra Semiconductor", HS_ENT_ORG, NULL, NULL);
    expect_speaker(r, "customers were", "Priya Raman", HS_ENT_PERSON, "Chief Executive",
                   "Lumetra Semiconductor");
    /* an appositive that says what body a name is: that body, which
     * "The company" then takes up */
    expect_speaker(r, "that hackers", "Cloudhaven", HS_ENT_ORG, NULL, NULL);
    expect_speaker(r, "it discovered", "Cloudhaven", HS_ENT_ORG, NULL, NULL);
    /* a ministry named "Department of ..." is a public body of its
     * country */
    expect_speaker(r, "it was committed", "Department of Health", HS_ENT_ORG, NULL,
                   "United Kingdom");
    expect_speaker(r, "the rain", "Ben Schott", HS_ENT_PERSON, "Forecaster", NULL);
    /* "Ald." is an alderman's title, as "Alderman" is */
    expect_speaker_in("Ald. Juliana Bennett, who voted against the plan, said the library "
                      "cuts would hurt families.", "the library", "Juliana Bennett",
                      HS_ENT_PERSON, "Ald.", NULL);
    /* a business's first word alone is that business */
    expect_speaker(r, "it would cut", "Lumetra Semiconductor", HS_ENT_ORG, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_a_wire_dateline_is_no_source)
{
    hs_result *r = test_extract(
        "CHICAGO (AP) \u2014 A former suburban Chicago mayor was sentenced Thursday to six "
        "years in federal prison for taking bribes from developers.");
    ck_assert_ptr_nonnull(r);
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        const hs_attribution *a = hs_result_attribution(r, i);
        ck_assert_msg(a->source.end == a->source.begin || a->source.begin > 20,
                      "the dateline is a source");
    }
    hs_result_free(r);
}
END_TEST

START_TEST(test_an_interview_questions_a_named_person_not_a_trade)
{
    /* "Economist" capitalised by a headline names no one: the answers
     * are the person the lede names */
    expect_speaker_in("Q&A: Economist says inflation fight is nearly over\n\n"
                      "Claudia Sahm, a former Federal Reserve economist and now chief "
                      "economist at New Century Advisors, spoke with The "
                      "Associated Press about the economy.\n\n"
                      "Q: Is the Fed done raising interest rates?\n\n"
                      "A: I think so. Inflation has come down a lot faster than expected.\n\n"
                      "Q: What worries you most?\n\n"
                      "A: Unemployment. If the Fed waits too long, it could tip us into a "
                      "recession.",
                      "I think so", "Claudia Sahm", HS_ENT_PERSON,
                      "former Federal Reserve economist", NULL);
}
END_TEST

START_TEST(test_he_after_one_person_described_in_his_paragraph)
{
    /* "he" is the official who just spoke in its paragraph, not the
     * president named a paragraph before */
    expect_speaker_in("Netanyahu told U.S. President Joe Biden in a phone call that Israel "
                      "would welcome an extension, his office said.\n\n"
                      "A Hamas official said the group was ready to free more women and "
                      "children. \"We want this truce to hold,\" he said.",
                      "\"We want", "Hamas official", HS_ENT_PERSON, NULL, NULL);
    /* "his" after a reported clause is its subject's, not its object's */
    expect_speaker_in("Benjamin Netanyahu told President Joe Biden in a phone call that Israel "
                      "would welcome an extension, his office said.",
                      "Benjamin Netanyahu told", "Benjamin Netanyahu's office", HS_ENT_ORG,
                      NULL, "Benjamin Netanyahu");
}
END_TEST

START_TEST(test_names_after_a_role_a_name_modifies_and_nicknames)
{
    /* "Clinton campaign chairman, John Podesta": the name after the
     * comma holds the role the first name only modifies */
    hs_result *r = test_extract(
        "The Clinton campaign chairman, John Podesta, said the team was ready. The "
        "agency's Artemis program manager, Amit Kshatriya, said engineers had found "
        "problems. He said the agency did not understand why. Coach Gerardo \"Tata\" "
        "Martino praised his goalkeeper. Inter Miami co-owner David Beckham said the night "
        "was a dream.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "the team", "John Podesta", HS_ENT_PERSON, "campaign chairman",
                   "Clinton");
    expect_speaker(r, "engineers", "Amit Kshatriya", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "the agency did", "Amit Kshatriya", HS_ENT_PERSON, NULL, NULL);
    /* a coach's title before a nickname in straight quotation marks */
    expect_speaker(r, "his goalkeeper", "Gerardo Martino", HS_ENT_PERSON, "Coach", NULL);
    expect_speaker(r, "the night", "David Beckham", HS_ENT_PERSON, "co-owner", "Inter Miami");
    hs_result_free(r);
}
END_TEST

START_TEST(test_roles_of_possessive_phrases_and_capital_mayors)
{
    hs_result *r = test_extract(
        "Moscow Mayor Sergei Sobyanin said two drones had been destroyed. Flights were "
        "suspended, according to Rosaviatsia, Russia's civil aviation agency. The head of "
        "Ukraine's military intelligence, Kyrylo Budanov, said Kyiv would keep striking.");
    ck_assert_ptr_nonnull(r);
    /* a capital's mayor is the city's */
    expect_speaker(r, "two drones", "Sergei Sobyanin", HS_ENT_PERSON, "Mayor", "Moscow");
    /* an appositive with an owner's name says what body a name is */
    expect_speaker(r, "Flights", "Rosaviatsia", HS_ENT_ORG, NULL, NULL);
    /* a possessive in the "of" phrase of a role stays in the role */
    expect_speaker(r, "Kyiv would", "Kyrylo Budanov", HS_ENT_PERSON,
                   "head of Ukraine's military intelligence", "Ukraine");
    hs_result_free(r);
    /* a plural's bare apostrophe is its possessive, no quotation mark */
    expect_speaker_in("The head of the United Nations' agency for Palestinian refugees, "
                      "Philippe Lazzarini, warned that aid deliveries remained low.",
                      "that aid", "Philippe Lazzarini", HS_ENT_PERSON,
                      "head of the United Nations' agency for Palestinian refugees",
                      "United Nations");
}
END_TEST

START_TEST(test_lone_surnames_owners_and_people_of_a_body)
{
    hs_result *r = test_extract(
        "Donald Trump spoke in Ohio. Trump's campaign manager, Kellyanne Conway, said the "
        "numbers showed momentum. Trump campaign manager Corey Lewandowski said the rally "
        "was full.\n\n"
        "Walz, the Democratic nominee, said the system worked. At a rally, he told "
        "supporters that the count was fair.\n\n"
        "Kasich's aides rejected that claim, noting that the governor had won twice.\n\n"
        "The move drew praise from advocates of criminal justice reform, who have urged "
        "Congress to act.");
    ck_assert_ptr_nonnull(r);
    /* an untagged surname before a role is the person named in full */
    expect_speaker(r, "the numbers", "Kellyanne Conway", HS_ENT_PERSON, "campaign manager",
                   "Donald Trump");
    expect_speaker(r, "the rally", "Corey Lewandowski", HS_ENT_PERSON, "campaign manager",
                   "Donald Trump");
    /* a lone name the tagger missed, with an appositive for a person */
    expect_speaker(r, "the system", "Walz", HS_ENT_PERSON, "Democratic nominee", NULL);
    expect_speaker(r, "that the count", "Walz", HS_ENT_PERSON, NULL, NULL);
    /* a participle after a comma speaks for the clause's subject */
    expect_speaker(r, "that the governor", "Kasich's aides", HS_ENT_PERSON, NULL, NULL);
    /* "who" after "advocates of ..." is the advocates */
    expect_speaker(r, "Congress", "advocates of criminal justice reform", HS_ENT_PERSON, NULL,
                   NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_residents_authorities_and_statements_from_a_body)
{
    hs_result *r = test_extract(
        "Several homeowners complained that encampments had spread.\n\n"
        "Tens of thousands of protesters marched, chanting \"Free Hong Kong.\" Many marchers "
        "said they were frustrated.\n\n"
        "A police spokesman, Kong Wing-cheung, told reporters that officers had shown "
        "restraint. He accused protesters of throwing bricks.\n\n"
        "The Los Angeles Homeless Services Authority estimates that 47,000 people are "
        "homeless. Its executive director, Peter Lynn, said the agency needed more workers."
        "\n\nPaul Ryan met the candidates. A statement from Ryan's office said the meeting "
        "went well.");
    ck_assert_ptr_nonnull(r);
    /* people by where they live or what they do are people */
    expect_speaker(r, "that encampments", "Several homeowners", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "\"Free", "protesters", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "they were frustrated", "Many marchers", HS_ENT_PERSON, NULL, NULL);
    /* a name in apposition to a word for a person is a person's */
    expect_speaker(r, "that officers", "Kong Wing-cheung", HS_ENT_PERSON, "police spokesman",
                   NULL);
    expect_speaker(r, "protesters of", "Kong Wing-cheung", HS_ENT_PERSON, NULL, NULL);
    /* a run read as a place that ends in a body's head is that body */
    expect_speaker(r, "that 47,000", "Los Angeles Homeless Services Authority", HS_ENT_ORG,
                   NULL, NULL);
    expect_speaker(r, "the agency", "Peter Lynn", HS_ENT_PERSON, "executive director",
                   "Los Angeles Homeless Services Authority");
    /* a statement from someone is theirs */
    expect_speaker(r, "the meeting", "Paul Ryan's office", HS_ENT_ORG, NULL, "Paul Ryan");
    hs_result_free(r);
}
END_TEST

START_TEST(test_stories_abroad_body_appositives_and_particle_names)
{
    hs_result *r = test_extract(
        "RIYADH, Saudi Arabia (AP) \u2014 Saudi Arabia said Thursday that the kingdom had "
        "nothing to hide. Saudi officials said the Saudi consulate was open. The Saudi "
        "government said it would cooperate.\n\n"
        "In an interview with Bloomberg News, Crown Prince Mohammed bin Salman said "
        "investigators were welcome.\n\n"
        "Mohammed bin Salman said the kingdom would help.\n\n"
        "President Trump told reporters at the White House that he was concerned.\n\n"
        "The Global Times, a tabloid run by the ruling Communist Party's People's Daily, "
        "said Taiwan was playing with fire.");
    ck_assert_ptr_nonnull(r);
    /* a story abroad that names the United States too gives its
     * president no country of the dateline's */
    expect_speaker(r, "that he was concerned", "Trump", HS_ENT_PERSON, "President", "");
    /* a title run into a given name before a surname's particle */
    expect_speaker(r, "investigators", "Mohammed bin Salman", HS_ENT_PERSON, "Crown Prince",
                   NULL);
    /* a given name read as a verb for its ending, opening a sentence */
    expect_speaker(r, "the kingdom would", "Mohammed bin Salman", HS_ENT_PERSON, NULL, NULL);
    /* an appositive after a body's name names no speaker */
    expect_speaker(r, "Taiwan was", "Global Times", HS_ENT_ORG, NULL, NULL);
    hs_result_free(r);
}
END_TEST

START_TEST(test_transcript_labels_in_capitals_are_people)
{
    hs_result *r = test_extract(
        "The following is an excerpt from the debate.\n\n"
        "HOLT: Why are you a better choice than your opponent?\n\n"
        "TRUMP: Our jobs are fleeing the country.\n\n"
        "HOLT: Thank you.");
    ck_assert_ptr_nonnull(r);
    expect_speaker(r, "Why are you", "HOLT", HS_ENT_PERSON, NULL, NULL);
    expect_speaker(r, "Our jobs", "TRUMP", HS_ENT_PERSON, NULL, NULL);
    hs_result_free(r);
    /* one label heading every item is a newsletter's, no one's */
    r = test_extract("HUFFPOLLSTER: Polls show Clinton ahead in Ohio.\n\n"
                     "HUFFPOLLSTER: Polls show Trump ahead in Iowa.");
    ck_assert_ptr_nonnull(r);
    const hs_entity *e = speaker_entity(r, "Polls show Clinton");
    ck_assert(e == NULL || e->type != HS_ENT_PERSON);
    hs_result_free(r);
}
END_TEST

START_TEST(test_titled_names_whose_phrases_and_his_staff)
{
    hs_result *r = test_extract(
        "Houston Police Chief Art Acevedo welcomed the ruling. Texas Attorney General Ken "
        "Paxton, whose office defended the law, insisted that it was lawful and predicted "
        "that the court would reverse the judge. Sen. Ted Cruz, whose spokesman said the "
        "ruling was wrong, did not comment.\n\n"
        "Bernie Sanders said the race was close. His campaign manager, Tom Brown, said "
        "the count would go on.");
    ck_assert_ptr_nonnull(r);
    /* two name words after a title, though no list knows "Art" */
    expect_speaker(r, "the ruling", "Art Acevedo", HS_ENT_PERSON, "Houston Police Chief",
                   NULL);
    /* a state's attorney general holds the office for the state */
    expect_speaker(r, "that it was lawful", "Ken Paxton", HS_ENT_PERSON, "Attorney General",
                   "Texas");
    /* a verb coordinated past the relative clause shares the main
     * subject, not the relative's */
    expect_speaker(r, "that the court", "Ken Paxton", HS_ENT_PERSON, "Attorney General",
                   "Texas");
    /* "whose" after a name is that person's */
    expect_speaker(r, "the law", "Ken Paxton's office", HS_ENT_ORG, NULL, "Ken Paxton");
    expect_speaker(r, "the ruling was wrong", "Ted Cruz's spokesman", HS_ENT_PERSON, NULL,
                   "Ted Cruz");
    /* "his campaign manager" is the last speaker's, not his own */
    expect_speaker(r, "the count", "Tom Brown", HS_ENT_PERSON, "campaign manager",
                   "Bernie Sanders");
    hs_result_free(r);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("resolve");
    TCase *tc = tcase_create("resolve");
    tcase_add_test(tc, test_he_skips_described_group);
    tcase_add_test(tc, test_a_second_who_stands_for_the_first);
    tcase_add_test(tc, a_time_is_no_antecedent);
    tcase_add_test(tc, a_described_kind_of_body_with_modifiers);
    tcase_add_test(tc, a_description_takes_the_gender_of_its_possessive);
    tcase_add_test(tc, test_a_listed_business_is_an_organisation);
    tcase_add_test(tc, test_an_adjective_after_the_head_ends_the_description);
    tcase_add_test(tc, test_an_organisation_named_with_a_list_of_trades);
    tcase_add_test(tc, test_a_person_of_a_business_and_a_surname_with_particles);
    tcase_add_test(tc, test_british_parties_affiliate_their_people);
    tcase_add_test(tc, test_a_name_with_its_rank_ends_the_document);
    tcase_add_test(tc, test_an_age_names_the_person_of_the_sentence_before);
    tcase_add_test(tc, test_a_business_named_by_its_trade_and_a_party_abroad);
    tcase_add_test(tc, test_a_bare_spokesperson_speaks_for_the_body_that_spoke);
    tcase_add_test(tc, test_a_description_of_another_office_is_someone_else);
    tcase_add_test(tc, test_an_intensifier_is_no_part_of_the_speaker);
    tcase_add_test(tc, test_headline_name_met_again_takes_its_surname);
    tcase_add_test(tc, test_source_phrase_ends_at_its_verb);
    tcase_add_test(tc, test_party_members_bodies_and_records);
    tcase_add_test(tc, test_organisation_name_ends_in_its_head);
    tcase_add_test(tc, test_names_joined_by_and_speak_together);
    tcase_add_test(tc, test_person_inside_an_organisation_run);
    tcase_add_test(tc, test_shared_surname_follows_title_and_recent_speaker);
    tcase_add_test(tc, test_she_skips_man);
    tcase_add_test(tc, test_surname_not_organisation);
    tcase_add_test(tc, test_headline_name_stops_at_cue);
    tcase_add_test(tc, test_type_by_majority);
    tcase_add_test(tc, test_titled_names);
    tcase_add_test(tc, test_pronoun_teaches_gender);
    tcase_add_test(tc, test_it_they_find_the_subject_before);
    tcase_add_test(tc, test_people_speaking_for_a_person);
    tcase_add_test(tc, test_office_of_a_place);
    tcase_add_test(tc, test_role_before_name_without_comma);
    tcase_add_test(tc, test_he_is_never_mrs);
    tcase_add_test(tc, test_other_given_name_is_another_person);
    tcase_add_test(tc, test_demonym_before_title_is_affiliation);
    tcase_add_test(tc, test_national_office_takes_home_country);
    tcase_add_test(tc, test_party_adjective_stays_in_lowercase_role);
    tcase_add_test(tc, test_workplace_past_adjective_and_before_town);
    tcase_add_test(tc, test_appositive_role_before_town);
    tcase_add_test(tc, test_relative_is_a_role);
    tcase_add_test(tc, test_white_house_in_role);
    tcase_add_test(tc, test_letters_page_first_person_is_signer);
    tcase_add_test(tc, test_role_after_is_and_owner_before_role_word);
    tcase_add_test(tc, test_workplace_named_in_capitals);
    tcase_add_test(tc, test_owner_by_kind_not_in_role);
    tcase_add_test(tc, test_workplace_person_before_party_tag);
    tcase_add_test(tc, test_description_before_any_subject);
    tcase_add_test(tc, test_office_of_owner_before_name);
    tcase_add_test(tc, test_appositive_owner_without_closing_comma);
    tcase_add_test(tc, test_names_read_with_plain_spaces);
    tcase_add_test(tc, test_retired_in_role);
    tcase_add_test(tc, test_occupation_after_name_is_role);
    tcase_add_test(tc, test_title_and_party_not_in_name);
    tcase_add_test(tc, test_someone_working_for_a_person);
    tcase_add_test(tc, test_description_with_its_office_phrase);
    tcase_add_test(tc, test_the_campaign_takes_up_an_owned_campaign);
    tcase_add_test(tc, test_description_keeps_its_modifiers);
    tcase_add_test(tc, test_names_the_tagger_misreads);
    tcase_add_test(tc, test_noun_before_a_relative_clause_is_no_title);
    tcase_add_test(tc, test_employer_after_the_name);
    tcase_add_test(tc, test_bare_appositive_role);
    tcase_add_test(tc, test_appositive_role_in_a_quotation_not_a_list);
    tcase_add_test(tc, test_a_full_name_after_a_body_s_kind_names_the_body);
    tcase_add_test(tc, test_a_post_s_holder_owns_a_role);
    tcase_add_test(tc, test_a_noun_before_a_lowercase_role_word_is_the_role_s);
    tcase_add_test(tc, test_a_relative_s_appositive_names_whose);
    tcase_add_test(tc, test_occupations_are_roles);
    tcase_add_test(tc, test_a_body_named_after_its_kind_ends_the_role);
    tcase_add_test(tc, test_dr_is_a_role_only_when_nothing_says_more);
    tcase_add_test(tc, test_two_roles_of_two_words_each_are_two);
    tcase_add_test(tc, test_a_body_and_what_it_belongs_to_end_the_role);
    tcase_add_test(tc, test_a_relative_named_by_given_name_takes_the_surname);
    tcase_add_test(tc, test_a_campaign_one_worked_on_is_its_candidate_s);
    tcase_add_test(tc, test_a_given_name_is_no_surname);
    tcase_add_test(tc, test_an_employer_in_a_relative_clause_after_an_appositive);
    tcase_add_test(tc, test_role_ends_before_its_body);
    tcase_add_test(tc, test_post_holder_named_later);
    tcase_add_test(tc, test_the_two_are_the_pair_named_before);
    tcase_add_test(tc, test_the_company_is_the_subject_of_several);
    tcase_add_test(tc, test_description_names_start_and_end_clean);
    tcase_add_test(tc, test_local_offices_are_titles);
    tcase_add_test(tc, test_photo_caption_is_no_subject);
    tcase_add_test(tc, test_given_name_run_into_a_title);
    tcase_add_test(tc, test_party_tag_between_commas);
    tcase_add_test(tc, test_fronted_appositive_role);
    tcase_add_test(tc, test_kin_after_and_a_pronoun);
    tcase_add_test(tc, test_role_stops_at_relative_clause);
    tcase_add_test(tc, test_relative_pronoun_finds_its_phrase);
    tcase_add_test(tc, test_first_names_tell_people_apart);
    tcase_add_test(tc, test_groups_and_quantities);
    tcase_add_test(tc, test_people_of_a_place);
    tcase_add_test(tc, test_full_name_joins_a_first_short_name);
    tcase_add_test(tc, test_text_summary_says_a_name_once);
    tcase_add_test(tc, test_appositive_role_after_age_and_comma);
    tcase_add_test(tc, test_relative_clause_names_no_speaker);
    tcase_add_test(tc, test_described_person_by_role_word);
    tcase_add_test(tc, test_party_tags_and_adjectives);
    tcase_add_test(tc, test_relatives_and_aides_by_possessive);
    tcase_add_test(tc, test_crowds_staff_and_sentence_initial_groups_are_people);
    tcase_add_test(tc, test_a_place_that_only_qualifies_people_is_not_them);
    tcase_add_test(tc, test_names_joined_past_places_appositives_and_bodies);
    tcase_add_test(tc, test_a_group_is_not_its_examples);
    tcase_add_test(tc, test_a_post_opening_a_list_is_its_holder);
    tcase_add_test(tc, test_a_post_holders_people);
    tcase_add_test(tc, test_a_later_name_in_the_first_ones_phrase_is_not_the_speaker);
    tcase_add_test(tc, test_people_near_a_person_are_a_group_of_their_own);
    tcase_add_test(tc, test_a_pronoun_after_a_fronted_clause_is_its_subject);
    tcase_add_test(tc, test_a_share_word_alone_is_that_share_of_the_group_before);
    tcase_add_test(tc, test_people_someone_has_by_other_ties);
    tcase_add_test(tc, test_bodies_and_nationals);
    tcase_add_test(tc, test_full_name_is_a_person_and_relative_names_no_one);
    tcase_add_test(tc, test_reported_subject_is_not_the_next_he);
    tcase_add_test(tc, test_definite_description_finds_the_post_holder);
    tcase_add_test(tc, test_description_takes_up_the_person_just_named);
    tcase_add_test(tc, test_day_placeholder_and_focus_word_name_no_one);
    tcase_add_test(tc, test_op_ed_i_is_its_author);
    tcase_add_test(tc, test_pronoun_finds_appositive_subject_and_same_sentence_name);
    tcase_add_test(tc, test_his_campaign_and_her_spokesman_are_theirs);
    tcase_add_test(tc, test_the_department_is_the_one_named);
    tcase_add_test(tc, test_they_after_names_joined_by_and);
    tcase_add_test(tc, test_title_run_ending_in_a_full_name_is_the_person);
    tcase_add_test(tc, test_fronted_possessive_is_the_subject_after_it);
    tcase_add_test(tc, test_leader_and_director_take_up_the_person_just_named);
    tcase_add_test(tc, test_interview_answers_are_the_interviewee);
    tcase_add_test(tc, test_spokesmen_of_two_bodies_are_two);
    tcase_add_test(tc, test_who_after_a_body_is_the_person_it_tells_about);
    tcase_add_test(tc, test_untagged_full_name_is_a_person);
    tcase_add_test(tc, test_names_after_a_dash);
    tcase_add_test(tc, test_owner_named_in_full_and_no_one);
    tcase_add_test(tc, test_participles_kin_imperatives_and_partisans);
    tcase_add_test(tc, test_pronoun_falls_back_to_a_name_in_its_sentence);
    tcase_add_test(tc, test_fronted_clause_he_is_the_subject_after_it);
    tcase_add_test(tc, test_the_airline_is_the_one_named);
    tcase_add_test(tc, test_role_owner_is_the_affiliation);
    tcase_add_test(tc, test_roles_from_any_mention_and_their_owners);
    tcase_add_test(tc, test_lists_with_pronouns_descriptions_and_appositives);
    tcase_add_test(tc, test_surname_that_is_a_title_word);
    tcase_add_test(tc, test_gender_from_birth_counts);
    tcase_add_test(tc, test_copula_names_a_subject);
    tcase_add_test(tc, test_bodies_in_roles_and_roles_from_descriptions);
    tcase_add_test(tc, test_the_company_is_no_public_body);
    tcase_add_test(tc, test_a_nationality_names_the_person_again);
    tcase_add_test(tc, test_full_name_from_anywhere_in_the_text);
    tcase_add_test(tc, test_owner_named_in_a_reported_clause);
    tcase_add_test(tc, test_name_a_copula_gives_any_subject);
    tcase_add_test(tc, test_given_name_of_the_other_gender_is_someone_else);
    tcase_add_test(tc, test_an_office_named_alone_is_a_person);
    tcase_add_test(tc, test_the_senator_is_the_senator_named_last);
    tcase_add_test(tc, test_only_before_a_proportion_is_no_name);
    tcase_add_test(tc, test_a_sentence_case_headline_keeps_its_names);
    tcase_add_test(tc, test_a_title_with_of_after_a_body_titles_the_name);
    tcase_add_test(tc, test_a_singular_verb_tells_about_the_noun_before_of);
    tcase_add_test(tc, test_it_looks_past_a_subject_its_owns);
    tcase_add_test(tc, test_a_post_read_as_an_adjective_is_its_holder);
    tcase_add_test(tc, test_a_name_with_an_age_is_a_person);
    tcase_add_test(tc, test_military_ranks_are_titles);
    tcase_add_test(tc, test_a_couple_named_with_one_surname_is_two_people);
    tcase_add_test(tc, test_who_looks_past_a_party_in_parentheses);
    tcase_add_test(tc, test_names_of_bodies_go_on_after_of_on_and);
    tcase_add_test(tc, test_a_former_trade_is_still_the_trade_but_not_an_office);
    tcase_add_test(tc, test_an_untagged_surname_is_the_person_named_before);
    tcase_add_test(tc, test_a_description_keeps_what_it_is_of);
    tcase_add_test(tc, test_a_headline_surname_is_a_person_once_named_in_full);
    tcase_add_test(tc, test_a_description_past_a_body_takes_up_the_person_named_last);
    tcase_add_test(tc, test_who_after_a_coordinated_appositive_is_the_person);
    tcase_add_test(tc, test_a_given_name_finds_the_full_name_a_surname_took_up);
    tcase_add_test(tc, test_some_of_his_supporters_are_the_owner_s);
    tcase_add_test(tc, test_the_group_is_the_one_body_just_named);
    tcase_add_test(tc, test_a_share_of_a_group_is_named_with_its_share);
    tcase_add_test(tc, test_a_party_inside_a_role_is_the_affiliation);
    tcase_add_test(tc, test_a_place_opening_a_longer_name_is_no_name_of_its_own);
    tcase_add_test(tc, test_the_body_or_place_opening_a_role_is_its_affiliation_only);
    tcase_add_test(tc, test_wire_copy_beyond_us_politics);
    tcase_add_test(tc, test_roles_in_wire_copy_beyond_us_politics);
    tcase_add_test(tc, test_business_wire_copy);
    tcase_add_test(tc, test_a_wire_dateline_is_no_source);
    tcase_add_test(tc, test_an_interview_questions_a_named_person_not_a_trade);
    tcase_add_test(tc, test_he_after_one_person_described_in_his_paragraph);
    tcase_add_test(tc, test_names_after_a_role_a_name_modifies_and_nicknames);
    tcase_add_test(tc, test_roles_of_possessive_phrases_and_capital_mayors);
    tcase_add_test(tc, test_titled_names_whose_phrases_and_his_staff);
    tcase_add_test(tc, test_transcript_labels_in_capitals_are_people);
    tcase_add_test(tc, test_stories_abroad_body_appositives_and_particle_names);
    tcase_add_test(tc, test_residents_authorities_and_statements_from_a_body);
    tcase_add_test(tc, test_lone_surnames_owners_and_people_of_a_body);
    suite_add_tcase(s, tc);
    return s;
}

HS_TEST_MAIN()
