/*
 * resolve_describe.c -- speakers (3): whom a description names.
 *
 * A source that names no one by name still often means someone: "the
 * senator" after "Sen. Ted Cruz" (the person just spoken of, or the one
 * who holds the post: "the president"), "the department" after "the
 * Justice Department", "a spokesman for the FBI" (a person of the body
 * after the head noun), "his campaign" (the owner's campaign), names
 * joined by "and" (one speaker, named together), and any other phrase
 * ("The Ukrainian army", "a source") an entity named
 * by its own words.  Each search is bounded: a post looks at most
 * HS_RES_ARTICLE_REACH words back, "the department" the ORG_HEAD_REACH latest
 * entities, a list at most MAX_MEMBERS names.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "resolve.h"

/* Is token i a word of quantity that a phrase with "of" follows ("a
 * number of | tax experts", "some of | his rivals")? */
bool hs_res_quantity_word(const hs_doc *d, uint32_t i)
{
    static const char *const q[] = {
        "number", "majority", "majorities", "minority", "minorities", "group",
        "groups", "lot", "lots", "dozens", "hundreds", "thousands", "millions", "part",
        "tens", "scores",
        "half", "third", "quarter", "two-thirds", "one-third", "three-quarters",
        "one-quarter",
        "some", "many", "most", "all", "none", "one", "two", "three",
        "several", "few", "both", "each", "any", "handful", "couple",
        "host", "bunch", "percent", "share", "chorus", "more", "proportion",
        "percentage", "fraction", "portion", "plurality", NULL };
    return hs_tok_in(d, i, q);
}

/* Does a verb at token i, inside the source [a,b) whose head so far is
 * h, end the noun phrase: an infinitive or a modal, a finite verb ("The Sanders
 * campaign | had, earlier"), or a participle right after a common noun
 * ("People | briefed on the move"; but "Several leading Republicans",
 * "Democratic registered voters")?  Never the last word, which the
 * tagger may have read as a verb ("a fundraising email"). */
bool hs_res_verb_after_head(const hs_doc *d, uint32_t a, uint32_t b, uint32_t h, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    if (i == a || i >= b)
        return false;
    /* a verb that ends the span is a name's word ("Dark Knight Rises"),
     * but for a participle right after a plural noun ("migrant black
     * coal workers arriving") */
    if (i + 1 == b && !((is_pos(t, HS_POS_VBG) || is_pos(t, HS_POS_VBN)) && h + 1 == i &&
                        is_pos(&d->toks[h], HS_POS_NNS)))
        return false;
    switch (t->pos) {
    case HS_POS_TO:     /* an infinitive, not "people close to | the campaign" */
        return d->toks[i + 1].pos == HS_POS_VB;
    case HS_POS_MD: case HS_POS_VB: case HS_POS_VBD: case HS_POS_VBP: case HS_POS_VBZ:
        return true;
    case HS_POS_VBG: case HS_POS_VBN:
        if (h + 1 != i || !(is_pos(&d->toks[h], HS_POS_NN) || is_pos(&d->toks[h], HS_POS_NNS) ||
                            is_pos(&d->toks[h], HS_POS_NNPS)))
            return false;
        /* but "research conducted | by" its author, "A report released in
         * September | by the National Academies"; people asked by
         * someone answer themselves ("Economists | polled by Reuters") */
        static const char *const asked[] = { "polled", "surveyed", "interviewed",
                                             "questioned", "asked", "contacted", NULL };
        for (uint32_t k = i + 1; k < b && !hs_tok_is(d, k, ","); k++)
            if (hs_tok_is(d, k, "by") && !hs_tok_in(d, i, asked))
                return false;
        return true;
    default:
        return false;
    }
}

/* The head noun of the source [a,b): its last word before a comma, a
 * preposition, a relative clause or a verb, past a bound ("at least",
 * "about"), a word of quantity and its "of", a proportion ("eight in
 * 10") or a comparison ("more than"); *start is where the phrase it
 * heads begins. */
uint32_t hs_res_head_noun(const hs_doc *d, uint32_t a, uint32_t b, uint32_t *start)
{
    static const char *const pronouns[] = { "those", "these", "them", "us",
                                            "you", "whom", "which", NULL };
    /* "At least one commentator", "About 200 protesters": a bound
     * before the number is no head */
    static const char *const about[] = { "about", "around", "nearly", "almost",
                                         "roughly", "approximately", NULL };
    /* "Only about 4 in 10 Republican voters": a focus word first */
    if (a + 1 < b && (hs_tok_is(d, a, "only") || hs_tok_is(d, a, "even")))
        a++;
    if (a + 2 < b && hs_tok_is(d, a, "at") &&
        (hs_tok_is(d, a + 1, "least") || hs_tok_is(d, a + 1, "most")))
        a += 2;
    else if (a + 1 < b && hs_tok_in(d, a, about) &&
             (is_pos(&d->toks[a + 1], HS_POS_CD) || hs_res_quantity_word(d, a + 1)))
        a++;
    uint32_t h = a, compared = a;
    *start = a;
    for (uint32_t i = a; i < b; i++) {
        /* a share stays in the name with its comparison ("Fewer than 15
         * percent of Republicans"), another quantity gives way */
        if (hs_tok_is(d, i, "of") && i > a && h == i - 1 && hs_res_quantity_word(d, h) &&
            i + 1 < b && !hs_tok_in(d, i + 1, pronouns)) {   /* not "27 percent of those" */
            *start = hs_tok_is(d, h, "percent") ? compared : i + 1;
            continue;
        }
        /* "More than 13 million people" */
        static const char *const more[] = { "more", "fewer", "less", NULL };
        if (hs_tok_is(d, i, "than") && i > a && h == i - 1 && hs_tok_in(d, h, more) &&
            i + 1 < b) {
            compared = *start;
            *start = i + 1;
            continue;
        }
        /* "eight in 10 voters"; "one in five" alone is its own head */
        if (hs_tok_is(d, i, "in") && i > a && h == i - 1 && i + 1 < b &&
            (is_pos(&d->toks[h], HS_POS_CD) || hs_res_quantity_word(d, h)) &&
            is_pos(&d->toks[i + 1], HS_POS_CD)) {
            if (i + 2 == b)
                return i + 1;
            *start = i + 2;
            i++;
            continue;
        }
        /* an adjective or adverb after the head with a preposition of
         * its own: "Officials | familiar with the plan", "people | aware
         * of the talks" (but "sources close to her" stays whole) */
        if (i > a && h == i - 1 && is_noun(&d->toks[h]) && i + 1 < b &&
            (is_pos(&d->toks[i], HS_POS_JJ) || is_pos(&d->toks[i], HS_POS_RB)) &&
            is_pos(&d->toks[i + 1], HS_POS_IN))
            break;
        /* a parenthesis opens an aside: "Politifact | (which is not ...)" */
        if (hs_tok_is(d, i, ",") || dash(d, i) || is_pos(&d->toks[i], HS_POS_IN) ||
            is_pos(&d->toks[i], HS_POS_LRB) ||
            is_pos(&d->toks[i], HS_POS_WDT) || is_pos(&d->toks[i], HS_POS_WP) ||
            hs_res_verb_after_head(d, a, b, h, i))
            break;
        h = i;
    }
    return h;
}

/* Is token i the head noun of a body of state or organisation: one of
 * nouns.txt's O list ("police", "the army") or "authorities" or "panel"
 * (kept out of that list, which the cue detector's features read: a
 * change there asks for retrained models)? */
static bool body_noun(const hs_doc *d, uint32_t i)
{
    static const char *const more[] = { "authorities", "panel", "panels", "chain", NULL };
    return noun_is(d, i, HS_NOUN_ORG) || hs_tok_in(d, i, more);
}

/* Does a person's word with "'s" stand in (s, h), before the head h
 * ("the Texas senator's | allies")?  A place before it then qualifies
 * that owner, not the head's people. */
static bool owner_before(const resolve_ctx *r, uint32_t s, uint32_t h)
{
    for (uint32_t k = s + 1; k < h; k++)
        if (is_pos(&r->d->toks[k], HS_POS_POS) && hs_res_person_noun(r, k - 1))
            return true;
    return false;
}

/* The entity a description names by `name`, head noun `head` (a person
 * for "those surveyed"): the one of that name, else a new described
 * entity, a party's or a country's people affiliated with it. */
static int32_t described_named(resolve_ctx *r, const char *name, uint32_t head, bool those)
{
    hs_doc *d = r->d;
    hs_entity_type type = body_noun(d, head) ? HS_ENT_ORG
                        : those || noun_is(d, head, HS_NOUN_PERSON) || hs_res_person_noun(r, head) ||
                          hs_res_tie_word(d, head)
                        ? HS_ENT_PERSON : HS_ENT_OTHER;
    int32_t x = hs_res_find_entity(r, name);
    if (x < 0) {
        x = hs_res_new_entity(r, name, type);
        if (x >= 0)
            d->ents[x].described = true;
        /* "Republicans", "some Democrats", "a Nevada Democrat": the
         * party; "many Americans": the country */
        const hs_place_entry *p = x < 0 ? NULL
                                : hs_res_party_member(d, head) ? hs_res_gazetteer(r, head, head + 1)
                                : hs_res_nationals_of(r, head);
        if (p && !(d->ents[x].affiliation = strdup(p->name)))
            x = NOMEM;
    }
    return x;
}

/* Entity for the description [s,e] (a noun phrase no name covers),
 * named by its words without the determiners and a conjunction opening
 * it; NONE if only those, NOMEM when out of memory.  Members of a party
 * are affiliated with it. */
int32_t hs_res_described_entity(resolve_ctx *r, uint32_t s, uint32_t e, uint32_t head)
{
    hs_doc *d = r->d;
    /* "But numerous veterans", "Even Latino Republicans", "his own
     * supporters", "Only half a dozen Senate Republicans": no article,
     * conjunction or focus word in the name */
    static const char *const focus[] = { "even", "also", "still", "own", NULL };
    if (s < e && hs_tok_is(d, s, "only"))   /* not "the only ones" */
        s++;
    /* "those surveyed", "those polled", "those around him", "those
     * close to him": people, named with "those" */
    bool those = s < e && hs_tok_is(d, s, "those") &&
                 (is_pos(&d->toks[s + 1], HS_POS_VBN) || is_pos(&d->toks[s + 1], HS_POS_VBG) ||
                  is_pos(&d->toks[s + 1], HS_POS_IN) ||
                  ((is_pos(&d->toks[s + 1], HS_POS_JJ) || is_pos(&d->toks[s + 1], HS_POS_RB)) &&
                   s + 2 <= e && (is_pos(&d->toks[s + 2], HS_POS_IN) ||
                                  is_pos(&d->toks[s + 2], HS_POS_TO))));
    /* a determiner that counts stays, as "many" does: "some Americans" */
    while (!those && s <= e &&
           ((is_pos(&d->toks[s], HS_POS_DT) && !(s < e && hs_tok_is(d, s, "some"))) ||
            is_pos(&d->toks[s], HS_POS_PRPS) || is_pos(&d->toks[s], HS_POS_CC) ||
            (s < e && hs_tok_in(d, s, focus))))
        s++;
    /* nor a preposition or a participle's that a source cut from its
     * clause opens ("by | Republicans and independents", "given among |
     * Republican presidential candidates", "along with | full-screen
     * graphics") */
    while (!those && s < e && (is_pos(&d->toks[s], HS_POS_IN) || is_pos(&d->toks[s], HS_POS_TO) ||
                        (is_pos(&d->toks[s], HS_POS_RB) && is_pos(&d->toks[s + 1], HS_POS_IN)) ||
                        ((is_pos(&d->toks[s], HS_POS_VBN) || is_pos(&d->toks[s], HS_POS_VBG)) &&
                         is_pos(&d->toks[s + 1], HS_POS_IN))))
        s++;
    if (s > e)
        return NONE;
    char *name = hs_res_tokens_text(d, s, e + 1);
    if (!name)
        return NOMEM;
    int32_t x = described_named(r, name, head, those);
    free(name);
    return x;
}

/* hs_res_described_entity(), a person when a "who" tells about it ("many black
 * voters, who said", "The former congressman, who led a filibuster"). */
int32_t hs_res_described_by(resolve_ctx *r, uint32_t s, uint32_t e, uint32_t head, bool who)
{
    int32_t x = hs_res_described_entity(r, s, e, head);
    if (x >= 0 && who && r->d->ents[x].type == HS_ENT_OTHER)
        r->d->ents[x].type = HS_ENT_PERSON;
    return x;
}

/* Give entity g the name of entity best as its affiliation, unless it
 * has one; false when out of memory. */
static bool affiliate(hs_doc *d, int32_t g, int32_t best)
{
    return d->ents[g].affiliation ||
           (d->ents[g].affiliation = strdup(d->ents[best].name)) != NULL;
}

/* Does a conjunction or a comma or dash stand in [i, h)?  "Ivanka and
 * her husband", "Joseph and other community members", "pollster Whit
 * Ayres -- author of ...": the head noun h is then others' or an aside,
 * not a word for someone the one named before i has. */
static bool coordinated(const hs_doc *d, uint32_t i, uint32_t h)
{
    for (uint32_t k = i; k < h; k++)
        if (is_pos(&d->toks[k], HS_POS_CC) || (d->toks[k].flags & HS_TF_PUNCT))
            return true;
    return false;
}

/* The name of someone described by their tie to a named entity, from
 * the words [a, b) and that entity's name: "spokeswoman for Hillary
 * Clinton" (the words, then the name) or, with `owner`, "Bernie
 * Sanders's campaign".  Owned by the caller; NULL when out of memory. */
static char *tied_name(const hs_doc *d, uint32_t a, uint32_t b, const char *who, bool owner)
{
    char *words = hs_res_tokens_text(d, a, b);
    size_t n = words ? strlen(words) + strlen(who) + 4 : 0;
    char *name = words ? malloc(n) : NULL;
    if (name && owner)
        snprintf(name, n, "%s's %s", who, words);
    else if (name)
        snprintf(name, n, "%s %s", words, who);
    free(words);
    return name;
}

/* Who speaks when the source names someone only as whom the speaker
 * speaks for, the named one being `best` (ending before token n1) and
 * the source's head noun token h:
 *  - people speaking for a person ("Clinton supporters", "Pagliano's
 *    lawyer", "the Trump campaign"): the group, affiliated with the
 *    person, who stays the latest one a "he" can find;
 *  - an office or people named after a place, a party or an
 *    organisation ("The Indiana governor", "The GOP nominee", "Verizon
 *    executives", "GOP insiders"): a person holding it or the people,
 *    affiliated with the place, not the place;
 *  - a body or a record of one ("Tulsa police", "A House panel", "the
 *    NBC-Wall Street Journal poll"): it, affiliated with the named one.
 * NONE when the source is neither, NOMEM when out of memory. */
int32_t hs_res_speaking_for(resolve_ctx *r, uint32_t a, uint32_t h, int32_t best,
                            uint32_t n1)
{
    hs_doc *d = r->d;
    if (best < 0 || h < n1 || d->tok_entity[h] >= 0)
        return NONE;
    bool person = d->ents[best].type == HS_ENT_PERSON;
    bool noun = is_noun(&d->toks[h]);
    /* (and a person's office, as their campaign: "Powell's office said
     * in a statement") */
    static const char *const offices[] = { "office", "offices", NULL };
    bool group = person && noun && (noun_is(d, h, HS_NOUN_FOR | HS_NOUN_PERSON) ||
                                    ((hs_res_person_noun(r, h) || hs_res_tie_word(d, h) ||
                                      hs_tok_in(d, h, offices)) &&
                                     !coordinated(d, n1, h)));
    bool office = !person && noun && (hs_res_title_before(d, h) || noun_is(d, h, HS_NOUN_PERSON) ||
                                      hs_res_party_member(d, h) || hs_res_person_noun(r, h) ||
                                      body_noun(d, h) || noun_is(d, h, HS_NOUN_RECORD));
    if (!group && !office)
        return NONE;
    /* "Mr. Sanders's supporters": named by the owner's full name */
    uint32_t n0 = n1;       /* the owner's name, tagged or not */
    while (n0 > a && (n0 == n1 || d->tok_entity[n0 - 1] == best))
        n0--;
    bool owned = group && n1 < h && is_pos(&d->toks[n1], HS_POS_POS);
    for (uint32_t k = a; owned && k < n0; k++)
        owned = hs_tok_is(d, k, "the") || hs_res_title_before(d, k) || hs_res_role_word(r, k) ||
                (name_word(d, k) && k + 1 < n0 &&     /* "House | Speaker Paul Ryan's" */
                 (hs_res_title_before(d, k + 1) || hs_res_role_word(r, k + 1)));
    int32_t g;
    if (owned) {
        char *name = tied_name(d, n1 + 1, h + 1, d->ents[best].name, true);
        g = name ? described_named(r, name, h, false) : NOMEM;
        free(name);
    } else {
        g = hs_res_described_entity(r, a, h, h);
    }
    if (g < 0 || g == best)
        return g;
    if (office)
        d->ents[g].type = body_noun(d, h) ? HS_ENT_ORG
                        : noun_is(d, h, HS_NOUN_RECORD) ? HS_ENT_OTHER : HS_ENT_PERSON;
    /* a place that qualifies the person who has them is that person's,
     * not theirs: "the Texas senator's | allies" */
    if (office && d->ents[g].type == HS_ENT_PERSON && owner_before(r, n1, h))
        return g;
    if (!affiliate(d, g, best))
        return NOMEM;
    if (group) {
        r->last_person = r->last_subject = best;
        hs_res_ring_push(r->recent, HS_RES_RECENT, best);
    }
    return g;
}

/* The role noun of "a spokeswoman for | Hillary Clinton", "a longtime
 * adviser to | Sen. Clinton" in the source [a, n0) before the name at n0:
 * a noun of titles.txt or one speaking for someone, then "for", "to" or
 * "of", then only determiners, titles or a party's label; -1 when the
 * words before the name are no such phrase. */
int32_t hs_res_employer_noun(const resolve_ctx *r, uint32_t a, uint32_t n0)
{
    const hs_doc *d = r->d;
    uint32_t k = n0;     /* back over "the", titles and a party's label */
    while (k > a && (is_pos(&d->toks[k - 1], HS_POS_DT) || hs_res_title_before(d, k - 1) ||
                     (name_word(d, k - 1) && (hs_res_role_word(r, k - 1) || hs_res_party_word(d, k - 1)))))
        k--;
    if (k < a + 2 || !(hs_tok_is(d, k - 1, "for") || hs_tok_is(d, k - 1, "to") ||
                       hs_tok_is(d, k - 1, "of")))
        return -1;
    uint32_t h = k - 2;  /* the noun before the preposition */
    if (!(is_pos(&d->toks[h], HS_POS_NN) || is_pos(&d->toks[h], HS_POS_NNS)) ||
        !(hs_res_role_word(r, h) || noun_is(d, h, HS_NOUN_FOR) ||
          (is_pos(&d->toks[h], HS_POS_NNS) && hs_res_person_noun(r, h))))   /* "strategists" */
        return -1;
    return (int32_t)h;
}

/* Who speaks when the source names someone who works for the person
 * named after them ("A spokeswoman for Hillary Clinton", "an attorney
 * for Trump", "a longtime adviser to Sen. Clinton"): that someone, a
 * person named by the phrase ("spokeswoman for Hillary Clinton"), with
 * the noun as role and the named person as affiliation; not the named
 * person, who would take their role.  The name starts at token n0 of
 * the source [a, n0), which ends before b; NONE when the source is no
 * such phrase, NOMEM when out of memory. */
int32_t hs_res_working_for(resolve_ctx *r, uint32_t a, int32_t best, uint32_t n0, uint32_t b)
{
    hs_doc *d = r->d;
    if (best < 0 || d->ents[best].type != HS_ENT_PERSON)
        return NONE;
    /* not for what the person has: "Fans of Bradley Cooper's
     * performance" (tokens past the source have no entity yet) */
    uint32_t after = n0;
    while (after < b && d->tok_entity[after] == best)
        after++;
    if (after < b && is_pos(&d->toks[after], HS_POS_POS))
        return NONE;
    int32_t hn = hs_res_employer_noun(r, a, n0);
    if (hn < 0) {
        /* working for several: "Strategists for Barack Obama and
         * Clinton", "lawyers for both Donald and Ivana Trump" */
        uint32_t ls = n0;
        while (ls > a && (d->tok_entity[ls - 1] >= 0 || hs_tok_is(d, ls - 1, "and") ||
                          hs_tok_is(d, ls - 1, ",") || hs_tok_is(d, ls - 1, "both") ||
                          hs_res_title_before(d, ls - 1)))
            ls--;
        if (ls == n0 || (hn = hs_res_employer_noun(r, a, ls)) < 0)
            return NONE;
        int32_t all = hs_res_named_together(r, ls, after, false);
        if (all < 0)
            return all == NOMEM ? NOMEM : NONE;
        best = all;
    }
    uint32_t h = (uint32_t)hn, k = h + 2;
    uint32_t s = a;
    while (s < h && (is_pos(&d->toks[s], HS_POS_DT) || is_pos(&d->toks[s], HS_POS_PRPS) ||
                     is_pos(&d->toks[s], HS_POS_CD)))
        s++;
    for (uint32_t i = s; i < h; i++)
        if (!is_pos(&d->toks[i], HS_POS_JJ) && !is_pos(&d->toks[i], HS_POS_NN) &&
            !is_pos(&d->toks[i], HS_POS_NNP))
            return NONE;    /* "Whoever spoke to Clinton" */
    char *name = tied_name(d, s, k, d->ents[best].name, false);
    if (!name)
        return NOMEM;
    int32_t e = hs_res_find_entity(r, name);
    if (e < 0 && (e = hs_res_new_entity(r, name, HS_ENT_PERSON)) >= 0) {
        hs_entity_work *w = &d->ents[e];
        w->described = true;    /* a later "she" is not thereby her */
        w->role = hs_res_tokens_text(d, s, h + 1);
        if (!w->role || !affiliate(d, e, best))
            e = NOMEM;
    }
    free(name);
    return e;
}

/* Can token t open or continue a noun phrase before its head noun ("the
 * | many | Trump | supporters")? */
bool hs_res_premodifier(const hs_token *t)
{
    switch (t->pos) {
    case HS_POS_DT: case HS_POS_PRPS: case HS_POS_JJ: case HS_POS_JJR:
    case HS_POS_JJS: case HS_POS_CD: case HS_POS_NN: case HS_POS_NNS:
    case HS_POS_NNP: case HS_POS_NNPS:
        return true;
    default:
        return false;
    }
}

/* Who speaks when the source is people for or against something named
 * in an "of" phrase ("Supporters of abortion rights", "Opponents of
 * allowing Syrian refugees into the U.S.", "Fans of Bradley Cooper's
 * performance"): the people, named by the phrase from s through the "of"
 * phrase (to a comma, a dash, a relative pronoun or the source's end b),
 * not whoever the phrase names.  NONE when the head noun h is no such
 * word or the "of" phrase is one name alone (of_a_place() and the names
 * in the source name those), NOMEM when out of memory. */
int32_t hs_res_partisans_of(resolve_ctx *r, uint32_t s, uint32_t h, uint32_t b)
{
    static const char *const partisans[] = {
        "supporters", "proponents", "opponents", "critics", "fans", "backers",
        "advocates", "defenders", "foes", "detractors", "admirers", NULL
    };
    hs_doc *d = r->d;
    if (h + 2 >= b || !hs_tok_in(d, h, partisans) || !hs_tok_is(d, h + 1, "of"))
        return NONE;
    uint32_t e = h + 2;
    while (e < b && !hs_tok_is(d, e, ",") && !dash(d, e) &&
           !is_pos(&d->toks[e], HS_POS_WDT) && !is_pos(&d->toks[e], HS_POS_WP))
        e++;
    int32_t x = d->tok_entity[h + 2];
    uint32_t k = h + 2;
    while (x >= 0 && k < e && d->tok_entity[k] == x)
        k++;
    if (x >= 0 && k == e)
        return NONE;
    return hs_res_described_entity(r, s, e - 1, h);
}

/* Is token i a word that puts someone outside a place or body named
 * after it ("voters outside metro New York", "beyond Iowa")?  They are
 * then not of it. */
bool hs_res_outside_word(const hs_doc *d, uint32_t i)
{
    static const char *const outside[] = { "outside", "beyond", "except", NULL };
    return hs_tok_in(d, i, outside);
}

/* Who speaks when the source's head noun comes before the organisation
 * or place it names in a phrase of its own ("Polls in Virginia",
 * "Officials at Homeland Security Investigations", "the mayor of
 * Charlotte"), in a source ending before b: the head's phrase from s,
 * through the name when the name ends it ("mayor of Charlotte", else
 * "mayor"), affiliated with the organisation or place, not the place,
 * when the head names people or a poll; an author after "by" speaks
 * himself, and a topic after "on" or "about" is no affiliation.  NONE
 * when the source is no such phrase, NOMEM when out of memory. */
int32_t hs_res_of_a_place(resolve_ctx *r, uint32_t s, uint32_t h, uint32_t b, int32_t best,
                          uint32_t n0)
{
    hs_doc *d = r->d;
    if (best < 0 || d->ents[best].type == HS_ENT_PERSON || h + 1 >= n0 ||
        d->tok_entity[h] >= 0 || !is_pos(&d->toks[h + 1], HS_POS_IN) ||
        !is_noun(&d->toks[h]))
        return NONE;
    /* only people and polls: "the release of the F.B.I. report" is the
     * F.B.I.'s, "a new report by Politico" Politico's */
    static const char *const polls[] = { "poll", "polls", "polling", "survey",
                                         "surveys", NULL };
    static const char *const topic[] = { "by", "on", "about", "over", "against", NULL };
    if (hs_tok_in(d, h + 1, topic) ||     /* "Experts on North Korea" */
        !(noun_is(d, h, HS_NOUN_PERSON | HS_NOUN_TITLE | HS_NOUN_FOR) ||
          hs_res_person_noun(r, h) || hs_tok_in(d, h, polls)))
        return NONE;
    /* named with the organisation or place, so that "a spokesman for
     * the FBI" and "a spokesman for the Justice Department" stay two,
     * when its name ends the phrase (not "the head of the RNC's rules
     * committee", "voters in Alabama, Georgia and Virginia") */
    uint32_t e1 = n0;
    while (e1 < b && d->tok_entity[e1] == best)
        e1++;
    /* an "and" ends it unless another of its kind follows ("the
     * leaders of the United States and Israel") */
    bool list = e1 + 1 < b && is_pos(&d->toks[e1], HS_POS_CC) &&
                d->tok_entity[e1 + 1] >= 0 &&
                d->ents[d->tok_entity[e1 + 1]].type == d->ents[best].type;
    bool ends = e1 == b ||
                !(is_noun(&d->toks[e1]) || possessive(d, e1) || list || hs_tok_is(d, e1, ","));
    size_t known = d->nents;
    int32_t g = hs_res_described_entity(r, s, ends ? e1 - 1 : hs_res_description_end(d, h, b), h);
    if (g < 0 || g == best || (size_t)g < known)
        return g;   /* "voters" named before stay no one's */
    if (noun_is(d, h, HS_NOUN_TITLE) || hs_res_person_noun(r, h))
        d->ents[g].type = HS_ENT_PERSON;    /* "the mayor of Charlotte",
                                               "members of Congress" */
    /* (those outside a place are not of it: "voters outside metro New
     * York") */
    if (hs_res_outside_word(d, h + 1))
        return g;
    return affiliate(d, g, best) ? g : NOMEM;
}

/* A described source that opens with a place's adjective is affiliated
 * with the place ("Chinese officials", "German police": China,
 * Germany), as a role before a name is ("Russian Foreign Minister").
 * The description runs over [s, h], h its head; false when out of
 * memory. */
bool hs_res_demonym_affiliation(resolve_ctx *r, int32_t e, uint32_t s, uint32_t h)
{
    hs_doc *d = r->d;
    /* (and past a share: "Seventy-four percent of | Democratic ...") */
    while (s < h && (is_pos(&d->toks[s], HS_POS_DT) || is_pos(&d->toks[s], HS_POS_PRPS) ||
                     is_pos(&d->toks[s], HS_POS_CD) || hs_tok_is(d, s, "percent") ||
                     hs_tok_is(d, s, "of")))
        s++;
    /* (a place that qualifies an owner is the owner's: "the Texas
     * senator's | allies") */
    if (owner_before(r, s, h))
        return true;
    for (uint32_t len = 2; len >= 1; len--) {
        const hs_place_entry *p = s + len <= h ? hs_res_gazetteer(r, s, s + len) : NULL;
        /* a lower-case word after it: not a name ("British Columbians",
         * "The American Legion") */
        if (p && hs_place_marked(p) && !(d->toks[s + len].flags & HS_TF_UPPER))
            return (d->ents[e].affiliation = strdup(p->name)) != NULL;
    }
    return true;
}

/* Do the rank words a person's post has (`got`, bits of
 * hs_res_person_by_post()'s rank list) fit those a description asks
 * (`want`): the same, or, for a trade rather than an office, the same
 * but for "former" or "ex" (the bits `former`)? */
static bool rank_fits(unsigned got, unsigned want, bool office, unsigned former)
{
    return got == want || (!office && (got & ~former) == want);
}

static const hs_place_entry *place_named_with(const resolve_ctx *r, hs_span m,
                                              hs_entity_type type);

/* Was person x named with the place or party `aff` beside the name
 * (place_named_with(), in its first eight mentions, where a person is
 * introduced): "Sen. Marco Rubio, R-Fla." for "the Florida senator",
 * whose affiliation is his party? */
static bool named_with(const resolve_ctx *r, const hs_entity_work *x, const char *aff)
{
    const hs_place_entry *a = hs_lex_place(r->lx, aff, strlen(aff));
    if (!a)
        return false;
    for (size_t j = 0; j < x->nmentions && j < 8; j++) {
        const hs_place_entry *p = place_named_with(r, x->mentions[j], a->type);
        if (p && strcmp(p->name, a->name) == 0)
            return true;
    }
    return false;
}

/* The person a definite description names by their post ("the
 * president", "The GOP nominee", "the former secretary of state"): the
 * source [a, h] is "the", then adjectives, a party or a place, and the
 * singular role word h; the person is the one named last before it
 * whose role or title holds that word and, when a party or place is
 * said, who is affiliated with it.  NONE when there is none. */
int32_t hs_res_person_by_post(resolve_ctx *r, uint32_t a, uint32_t h)
{
    /* words that make another post of the same word: the description and
     * the person's title must agree on them ("the former president" is
     * not President Obama, "the president" not Vice President Biden) */
    static const char *const rank[] = { "vice", "former", "deputy", "assistant",
                                        "lieutenant", "acting", "late", "ex", NULL };
    hs_doc *d = r->d;
    /* "The general stumped for Clinton": the tagger reads a post that
     * is also an adjective as one, where no noun follows it */
    bool adjective = is_pos(&d->toks[h], HS_POS_JJ) && hs_res_role_word(r, h) &&
                     !(h + 1 < d->ntoks && is_noun(&d->toks[h + 1]));
    if (h <= a || !hs_tok_is(d, a, "the") ||
        !(adjective || (is_pos(&d->toks[h], HS_POS_NN) && hs_res_person_noun(r, h))) ||
        hs_res_kin_word(d, h))
        return NONE;
    const char *aff = NULL;
    unsigned want_rank = 0;
    for (uint32_t k = a + 1; k < h; k++) {
        const hs_place_entry *p = hs_res_gazetteer(r, k, k + 1);
        for (unsigned j = 0; rank[j]; j++)
            if (hs_tok_is(d, k, rank[j]))
                want_rank |= 1u << j;
        if (p)
            aff = p->name;
        else if (!is_pos(&d->toks[k], HS_POS_JJ) && !is_pos(&d->toks[k], HS_POS_NN))
            return NONE;
    }
    char w[32];
    size_t n = hs_tok_len(&d->toks[h]);
    if (n >= sizeof w)
        return NONE;
    for (size_t k = 0; k < n; k++)
        w[k] = (char)tolower((unsigned char)hs_tok_str(d, &d->toks[h])[k]);
    w[n] = '\0';
    /* the title's short form before a name: "the senator" is Sen. Cruz */
    static const char *const shortened[][2] = {
        { "senator", "sen." }, { "governor", "gov." }, { "representative", "rep." },
        { "congressman", "rep." }, { "congresswoman", "rep." }, { "general", "gen." },
        { "president", "pres." }, { "secretary", "sec." }, { "doctor", "dr." }
    };
    const char *w2 = w;
    for (size_t j = 0; j < sizeof shortened / sizeof shortened[0]; j++)
        if (strcmp(w, shortened[j][0]) == 0)
            w2 = shortened[j][1];
    /* an office passes from one holder to the next, so "the senator" is
     * no former senator; a trade does not ("the pollster" after "Douglas
     * Schoen, a former Clinton pollster") */
    static const char *const offices[] = { "president", "senator", "governor", "secretary",
        "mayor", "speaker", "leader", "minister", "chancellor", "chairman", "chairwoman",
        "chair", "director", "ambassador", "representative", "congressman", "congresswoman",
        "judge", "justice", "commissioner", "nominee", "chief", "general", "premier", NULL };
    bool office = hs_tok_in(d, h, offices);
    unsigned former = 0;        /* the bits of rank[]'s "former" and "ex" */
    for (unsigned j = 0; rank[j]; j++)
        if (strcmp(rank[j], "former") == 0 || strcmp(rank[j], "ex") == 0)
            former |= 1u << j;
    /* the persons named in the words before it, latest first, as far back
     * as an article reaches (bounded, whatever the document's length) */
    uint32_t lo = a > HS_RES_ARTICLE_REACH ? a - HS_RES_ARTICLE_REACH : 0;
    for (uint32_t t0 = a; t0-- > lo;) {
        int32_t e = d->tok_entity[t0];
        if (e < 0 || (t0 > 0 && d->tok_entity[t0 - 1] == e))
            continue;   /* not the first word of a mention */
        const hs_entity_work *x = &d->ents[e];
        if (x->type != HS_ENT_PERSON || x->described)
            continue;
        unsigned role_rank = 0;
        for (unsigned j = 0; x->role && rank[j]; j++)
            if (hs_res_role_has_word(x->role, rank[j], strlen(rank[j])))
                role_rank |= 1u << j;
        if (x->role && (hs_res_role_has_word(x->role, w, n) ||
                        (w2 != w && hs_res_role_has_word(x->role, w2, strlen(w2)))) &&
            rank_fits(role_rank, want_rank, office, former) &&
            (!aff || (x->affiliation && strcmp(x->affiliation, aff) == 0) ||
             named_with(r, x, aff)))
            return e;
        /* or the post in the words right before the mention, or opening
         * it: "President Obama", "Republican nominee Donald Trump"
         * (adjectives and nouns only, back to a determiner, a comma or
         * four words) */
        bool post = false, party = !aff;
        unsigned got_rank = 0;
        for (uint32_t k = t0 + 1; k-- > 0 && k + 5 > t0;) {
            const hs_token *t = &d->toks[k];
            if (k < t0 && (t->sent != d->toks[t0].sent || (t->flags & HS_TF_PUNCT) ||
                           !hs_res_premodifier(t) || is_pos(t, HS_POS_DT) || is_pos(t, HS_POS_PRPS)))
                break;
            if (hs_tok_is(d, k, w) || hs_tok_is(d, k, w2))
                post = true;
            for (unsigned j = 0; rank[j]; j++)
                if (hs_tok_is(d, k, rank[j]))
                    got_rank |= 1u << j;
            const hs_place_entry *p = aff && !party ? hs_res_gazetteer(r, k, k + 1) : NULL;
            if (p && strcmp(p->name, aff) == 0)
                party = true;
        }
        if (post && party && rank_fits(got_rank, want_rank, office, former))
            return e;
    }
    return NONE;
}

/* Are places (or parties) p and q of one kind and apart: "Florida" and
 * "Vermont", not "Vermont" and the United States it lies in? */
static bool other_place(const hs_place_entry *p, const hs_place_entry *q)
{
    return p->type == q->type && strcmp(p->name, q->name) != 0 &&
           !(p->affiliation && strcmp(p->affiliation, q->name) == 0) &&
           !(q->affiliation && strcmp(q->affiliation, p->name) == 0);
}

/* The place or party (of `type`, HS_ENT_GPE or HS_ENT_ORG) said with
 * the name mentioned at m: in the three words before it ("Vermont Sen.
 * Bernie Sanders", "Democrat Hillary Clinton"), after "of" right after
 * it ("Sen. Bernie Sanders of Vermont"), or a place in a party's tag
 * after it ("Sen. Marco Rubio, R-Fla."); NULL when none. */
/* The state a US politician's tag gives, the tag at token i ("R-Fla",
 * "I-Vt", "D-N.Y", "R-Texas", "R-TX", the period after it a token of its
 * own): its gazetteer entry, or NULL when token i is no such tag. */
static const hs_place_entry *state_of_tag(const resolve_ctx *r, uint32_t i)
{
    /* the AP's abbreviations and the postal codes; a short name is
     * written whole, and found in the gazetteer below */
    static const char *const states[][3] = {
        { "Ala", "AL", "alabama" }, { "Ariz", "AZ", "arizona" }, { "Ark", "AR", "arkansas" },
        { "Calif", "CA", "california" }, { "Colo", "CO", "colorado" },
        { "Conn", "CT", "connecticut" }, { "Del", "DE", "delaware" },
        { "Fla", "FL", "florida" }, { "Ga", "GA", "georgia" }, { "Ill", "IL", "illinois" },
        { "Ind", "IN", "indiana" }, { "Kan", "KS", "kansas" }, { "Ky", "KY", "kentucky" },
        { "La", "LA", "louisiana" }, { "Md", "MD", "maryland" },
        { "Mass", "MA", "massachusetts" }, { "Mich", "MI", "michigan" },
        { "Minn", "MN", "minnesota" }, { "Miss", "MS", "mississippi" },
        { "Mo", "MO", "missouri" }, { "Mont", "MT", "montana" }, { "Neb", "NE", "nebraska" },
        { "Nev", "NV", "nevada" }, { "N.H", "NH", "new hampshire" },
        { "N.J", "NJ", "new jersey" }, { "N.M", "NM", "new mexico" },
        { "N.Y", "NY", "new york" }, { "N.C", "NC", "north carolina" },
        { "N.D", "ND", "north dakota" }, { "Okla", "OK", "oklahoma" },
        { "Ore", "OR", "oregon" }, { "Pa", "PA", "pennsylvania" },
        { "R.I", "RI", "rhode island" }, { "S.C", "SC", "south carolina" },
        { "S.D", "SD", "south dakota" }, { "Tenn", "TN", "tennessee" },
        { "Tex", "TX", "texas" }, { "Vt", "VT", "vermont" }, { "Va", "VA", "virginia" },
        { "Wash", "WA", "washington" }, { "W.Va", "WV", "west virginia" },
        { "Wis", "WI", "wisconsin" }, { "Wyo", "WY", "wyoming" }
    };
    const hs_doc *d = r->d;
    const char *w = hs_tok_str(d, &d->toks[i]);
    size_t n = hs_tok_len(&d->toks[i]);
    if (n < 3 || w[1] != '-' || !(w[0] == 'R' || w[0] == 'D' || w[0] == 'I'))
        return NULL;
    w += 2;
    n -= 2;
    if (n > 0 && w[n - 1] == '.')
        n--;
    for (size_t k = 0; k < sizeof states / sizeof states[0]; k++)
        if ((strlen(states[k][0]) == n && memcmp(states[k][0], w, n) == 0) ||
            (strlen(states[k][1]) == n && memcmp(states[k][1], w, n) == 0))
            return hs_lex_place(r->lx, states[k][2], strlen(states[k][2]));
    /* a short name written whole: "R-Texas", "R-Utah", "R-Ohio" */
    char low[16];
    if (n >= sizeof low)
        return NULL;
    for (size_t k = 0; k < n; k++)
        low[k] = (char)tolower((unsigned char)w[k]);
    const hs_place_entry *p = hs_lex_place(r->lx, low, n);
    return p && p->type == HS_ENT_GPE ? p : NULL;
}

static const hs_place_entry *place_named_with(const resolve_ctx *r, hs_span m,
                                              hs_entity_type type)
{
    const hs_doc *d = r->d;
    uint32_t i0 = hs_tok_at(d, m.begin), i1 = i0;
    while (i1 < d->ntoks && d->toks[i1].c1 <= m.end)
        i1++;
    for (uint32_t k = i0; k-- > 0 && k + 3 >= i0 && d->toks[k].sent == d->toks[i0].sent;) {
        const hs_place_entry *p = hs_res_gazetteer(r, k, k + 1);
        if (p && p->type == type)
            return p;
    }
    if (i1 + 1 < d->ntoks && hs_tok_is(d, i1, "of")) {
        const hs_place_entry *p = hs_res_gazetteer(r, i1 + 1, i1 + 2);
        if (p && p->type == type)
            return p;
    }
    /* or the state of a party's tag after the name, or inside the
     * mention a source made of it: "Sen. Marco Rubio, R-Fla.," */
    for (uint32_t k = i0 + 1; type == HS_ENT_GPE && k <= i1 && k <= i0 + 8 && k + 1 < d->ntoks;
         k++)
        if (hs_tok_is(d, k, ",") || hs_tok_is(d, k, "(")) {
            const hs_place_entry *p = state_of_tag(r, k + 1);
            if (p)
                return p;
        }
    return NULL;
}

/* Is token i a noun for a person of a nation ("Spaniard", "Briton"),
 * which sports and world news use to name someone again ("Mikel Arteta
 * insisted ... “...,” the Spaniard said")? */
bool hs_res_nationality_noun(const hs_doc *d, uint32_t i)
{
    static const char *const nationalities[] = {
        "spaniard", "frenchman", "frenchwoman", "briton", "englishman", "scot",
        "dutchman", "irishman", "welshman", "norwegian", "swede", "dane", "finn",
        "argentine", "brazilian", "portuguese", "belgian", "croatian", "serbian",
        "australian", "canadian", "mexican", "colombian", "uruguayan", "nigerian",
        "italian", "german", "austrian", "swiss", "japanese", "korean", "american",
        NULL
    };
    return hs_tok_in(d, i, nationalities);
}

/* Is token i an age said as a noun ("the 46-year-old said"), which
 * news uses to name again the person just spoken of? */
static bool age_noun(const hs_doc *d, uint32_t i)
{
    const char *w = hs_tok_str(d, &d->toks[i]);
    size_t n = hs_tok_len(&d->toks[i]), k = 0;
    while (k < n && w[k] >= '0' && w[k] <= '9')
        k++;
    return k > 0 && k <= 3 && n - k == 9 && memcmp(w + k, "-year-old", 9) == 0;
}

/* Does `role` name an office other than the elected one token h names
 * ("the mayor" against "Interior Minister": not the person just named),
 * and not h's own ("Sen." for "the senator")? */
static bool holds_another_office(const hs_doc *d, uint32_t h, const char *role)
{
    static const char *const offices[] = {
        "mayor", "senator", "sen.", "governor", "gov.", "congressman", "congresswoman",
        "rep.", "representative", "pope", "minister", "president", "secretary",
        "ambassador", "judge", "chancellor", "premier", NULL
    };
    static const char *const same_office[][5] = {
        { "mayor", NULL }, { "senator", "sen.", NULL }, { "governor", "gov.", NULL },
        { "congressman", "congresswoman", "rep.", "representative", NULL },
        { "congresswoman", "congressman", "rep.", "representative", NULL },
        { "pope", NULL }, { "secretary", "sec.", NULL }
    };
    for (size_t j = 0; j < sizeof same_office / sizeof same_office[0]; j++) {
        if (!hs_tok_is(d, h, same_office[j][0]))
            continue;
        bool other = false, same = false;
        for (unsigned k = 0; offices[k]; k++) {
            if (!hs_res_role_has_word(role, offices[k], strlen(offices[k])))
                continue;
            bool mine = false;
            for (unsigned q = 0; same_office[j][q]; q++)
                mine |= strcmp(same_office[j][q], offices[k]) == 0;
            same |= mine;
            other |= !mine;
        }
        return other && !same;
    }
    return false;
}

/* How far back, in bytes, the person a bare description takes up ("The
 * Vermont senator") may last have been named. */
#define DESCRIBED_REACH 600

/* The gender of the first possessive or reflexive pronoun after the
 * descriptor h in its clause ("The GOP nominee complained about his
 * mic"): the description's own, 0 when there is none.  Only up to a
 * comma, a name or a word that opens another clause, where another
 * subject may take the pronoun ("the governor ordered it, even though
 * she ...", "The senator attacked Clinton for her ..."), and not "his or
 * her". */
static char possessive_gender_after(const hs_doc *d, uint32_t h)
{
    static const char *const he[] = { "his", "himself", NULL };
    static const char *const she[] = { "her", "hers", "herself", NULL };
    uint32_t end = d->sents[d->toks[h].sent].tok1;
    for (uint32_t k = h + 1; k < end; k++) {
        const hs_token *t = &d->toks[k];
        if (t->quote_depth > 0 || (t->flags & HS_TF_QUOTE))
            continue;
        if ((t->flags & HS_TF_PUNCT) || is_pos(t, HS_POS_NNP) || is_pos(t, HS_POS_NNPS) ||
            is_pos(t, HS_POS_WDT) || is_pos(t, HS_POS_WP) || hs_tok_is_subordinator(d, k) ||
            hs_tok_is(d, k, "that") || hs_tok_is(d, k, "if"))
            return 0;
        bool m = hs_tok_in(d, k, he), f = hs_tok_in(d, k, she);
        if (!m && !f)
            continue;
        if (hs_tok_is(d, k + 1, "or"))
            return 0;
        if (f && hs_tok_is(d, k, "her") && !is_pos(t, HS_POS_PRPS))
            return 0;   /* an object: someone else */
        return m ? 'M' : 'F';
    }
    return 0;
}

/* The person a definite description takes up when no post lookup finds
 * them: news writes "Marco Rubio spoke ... The Florida senator sought to
 * calm his supporters" or "Sanders ... The Vermont senator emailed" for
 * the person just spoken of, as it writes "he".  The source [a, h] is
 * "the", then adjectives, nouns or names, and a singular descriptor h
 * ("candidate", "nominee", "senator", "businessman", an age, "the
 * 46-year-old": words the writing
 * uses again for someone named, where "the man", "the judge" or "the
 * host" bring in someone new as often); the person is the latest person
 * that spoke or was a subject, named in an earlier sentence at most
 * DESCRIBED_REACH bytes back, and not at odds with the description: no
 * other gender (of the descriptor, or of a possessive after it: "The GOP
 * nominee complained about his mic" is not Hillary Clinton, who spoke
 * just before), no other place or party of the kind it names; when the
 * gender, place or party rules that one out, or it is no person, the
 * person last named is tried the same way if a pronoun after the
 * description gives that person's gender.  On train
 * about four in five of the persons it finds are right (read by hand);
 * the rest are someone else named between ("it was Trump who ..."), who
 * is no subject.  "leader", "director", "executive", "secretary" and
 * "chairman", added later, changed 9 names on train and dev, 7 right
 * ("the team leader" is not the chief just named); "president" and
 * "speaker" found the wrong person 3 times in 4.  NONE when there is
 * none. */
static int32_t described_fits(resolve_ctx *r, int32_t e, uint32_t a, uint32_t h, bool age,
                              char want, bool *ruled_out);

int32_t hs_res_person_described(resolve_ctx *r, uint32_t a, uint32_t h)
{
    static const char *const descriptors[] = {
        "candidate", "nominee", "front-runner", "frontrunner", "senator",
        "governor", "congressman", "congresswoman", "lawmaker", "businessman",
        "businesswoman", "billionaire", "mogul", "tycoon", "developer",
        "investor", "neurosurgeon", "actor", "actress", "star", "mayor",
        "pope", "republican", "democrat", "socialist", "hopeful", "leader",
        "director", "chairman", "chairwoman", "executive", "secretary",
        "nominee-in-waiting", NULL
    };
    static const char *const feminine[] = { "congresswoman", "businesswoman",
                                            "actress", "frenchwoman", NULL };
    static const char *const masculine[] = { "congressman", "businessman", "actor",
                                             "frenchman", "englishman", "dutchman",
                                             "irishman", "welshman", NULL };
    hs_doc *d = r->d;
    bool nationality = hs_res_nationality_noun(d, h);
    bool age = age_noun(d, h);
    if (h <= a || !hs_tok_is(d, a, "the") ||
        !(nationality || age || hs_tok_in(d, h, descriptors)) ||
        !(is_pos(&d->toks[h], HS_POS_NN) || hs_res_party_member(d, h) || age ||
          (nationality && is_pos(&d->toks[h], HS_POS_NNP))) ||
        (h + 1 < d->ntoks && is_pos(&d->toks[h + 1], HS_POS_POS)))
        return NONE;    /* "the businessman's rhetoric": whose, too loose */
    char want = hs_tok_in(d, h, feminine) ? 'F' : hs_tok_in(d, h, masculine) ? 'M' : 0;
    if (!want)
        want = possessive_gender_after(d, h);
    bool ruled_out = false;
    int32_t e = described_fits(r, r->last_subject, a, h, age, want, &ruled_out);
    /* a subject of the other gender or party, or no person: the person
     * last named, though no subject, when a pronoun after the
     * description gives that person's gender ("... a problem with
     * Donald Trump's microphone ... The GOP nominee complained about his
     * mic", after "Hillary Clinton") */
    if (e == NONE && ruled_out && want && r->last_person >= 0 &&
        r->last_person != r->last_subject && d->ents[r->last_person].gender == want)
        e = described_fits(r, r->last_person, a, h, age, want, &ruled_out);
    /* no subject yet (a headline's names are none): the person last
     * named, as for a pronoun, by a post ("The Democratic nominee"),
     * not by a party alone ("the only powerful Democrat" is not the
     * "Obamacare" the tagger took for a name) */
    if (e == NONE && r->last_subject < 0 && r->last_person >= 0 &&
        !hs_res_party_member(d, h))
        e = described_fits(r, r->last_person, a, h, age, want, &ruled_out);
    return e;
}

/* Does person e fit the description [a, h] as hs_res_person_described()
 * asks: named in an earlier sentence not far back, no other office, no
 * gender other than `want`, no other place or party (*ruled_out is set
 * when one of those fails, or e is no person)?  e, or NONE. */
static int32_t described_fits(resolve_ctx *r, int32_t e, uint32_t a, uint32_t h, bool age,
                              char want, bool *ruled_out)
{
    hs_doc *d = r->d;
    if (e < 0)
        return NONE;
    const hs_entity_work *x = &d->ents[e];
    if (x->type != HS_ENT_PERSON) {
        *ruled_out = true;      /* "The commission says ..." */
        return NONE;
    }
    if (x->described || x->plural || !x->nmentions)
        return NONE;
    hs_span last = x->mentions[x->nmentions - 1];
    const hs_token *t = &d->toks[a];
    if (last.begin == t->c0)
        return e;       /* the same source, read for another cue */
    uint32_t last_sent = d->toks[hs_tok_at(d, last.begin)].sent;
    if (last.end > t->c0 || t->c0 - last.end > DESCRIBED_REACH || last_sent >= t->sent)
        return NONE;
    /* an age says less than a post: the person of the sentence just
     * before, not one named further back ("the Slovenia-born former
     * model delivered ... said the 46-year-old" is not Donald Trump) */
    if (age && last_sent + 1 != t->sent)
        return NONE;
    if (x->role && holds_another_office(d, h, x->role))
        return NONE;
    if (want && x->gender && x->gender != want) {
        *ruled_out = true;
        return NONE;
    }
    const hs_place_entry *q = x->affiliation
        ? hs_lex_place(r->lx, x->affiliation, strlen(x->affiliation)) : NULL;
    for (uint32_t k = a + 1; k < h; k++) {
        const hs_token *m = &d->toks[k];
        if (!hs_res_premodifier(m) || is_pos(m, HS_POS_DT) || is_pos(m, HS_POS_PRPS))
            return NONE;
        /* a place against a place, a party against a party: "The
         * Florida senator" is not a Vermont man, "The Vermont senator"
         * may be a Democrat or an American */
        const hs_place_entry *p = hs_res_gazetteer(r, k, k + 1);
        if (!p)
            continue;
        if (q && other_place(p, q)) {
            *ruled_out = true;
            return NONE;
        }
        /* none of its kind known: a place or party said with their name
         * ("Sen. Bernie Sanders of Vermont", "Democrat Hillary Clinton") */
        for (size_t j = x->nmentions > 64 ? x->nmentions - 64 : 0;
             !(q && q->type == p->type) && j < x->nmentions; j++) {
            const hs_place_entry *with = place_named_with(r, x->mentions[j], p->type);
            if (with && other_place(p, with)) {
                *ruled_out = true;
                return NONE;
            }
        }
    }
    return e;
}

/* Is the last word of name one of words (exactly, case counts)? */
bool hs_res_last_word_in(const char *name, const char *const *words)
{
    const char *sp = strrchr(name, ' ');
    const char *last = sp ? sp + 1 : name;
    return hs_word_in(last, strlen(last), words);
}

/* Is name a party's (resolve.h)? */
bool hs_res_party_name(const char *name)
{
    static const char *const parties[] = { "Party", NULL };
    return hs_res_last_word_in(name, parties);
}

/* Is name a public body's, by its head word, which no business has:
 * the last word ("Federal Aviation Administration", "State
 * Department") or the word before "of" ("Department of Health",
 * "Ministry of Defence")? */
bool hs_res_public_body(const char *name)
{
    static const char *const heads[] = { "Commission", "Department", "Ministry",
        "Agency", "Committee", "Council", "Court", "Government", "Parliament", "Congress",
        "Senate", "House", "Party", "Administration", "Authority", "Office", "Bureau",
        "Service", "Board", "Union", NULL };
    /* (before "of", only a government's words: "the American Civil
     * Liberties Union of Ohio" and "the American Congress of
     * Obstetricians" are no public bodies) */
    static const char *const of_heads[] = { "Department", "Ministry", "Office", "Bureau",
        "Agency", "Administration", "Authority", "Government", NULL };
    if (hs_res_last_word_in(name, heads))
        return true;
    const char *of = strstr(name, " of ");
    if (!of)
        return false;
    const char *w = of;
    while (w > name && w[-1] != ' ')
        w--;
    return hs_word_in(w, (size_t)(of - w), of_heads);
}

/* How far back, in bytes, the body a bare spokesperson speaks for may
 * have spoken (hs_res_spokesperson_of_last_body). */
#define SPOKESPERSON_REACH 400

/* Whom a spokesperson or a company officer speaks for (resolve.h). */
bool hs_res_spokesperson_of_last_body(resolve_ctx *r, int32_t e, uint32_t a, uint32_t b)
{
    static const char *const spokes[] = { "spokesman", "spokeswoman", "spokesperson", NULL };
    hs_doc *d = r->d;
    int32_t o = r->last_thing_speaker;
    /* a company's officers by their title alone ("Chief Executive Satya
     * Nadella said" after "Microsoft Corp said") */
    static const char *const officers[] = { "chief executive", "ceo", "chief financial officer",
        "cfo", "chief operating officer", "coo", "spokesman", "spokeswoman", "spokesperson",
        NULL };
    /* "A spokeswoman said", or "A spokeswoman, Kelly Nantel, added" */
    bool bare = b == a + 2 ||
                (b >= a + 4 && hs_tok_is(d, a + 2, ",") && d->tok_entity[a + 3] == e &&
                 d->ents[e].type == HS_ENT_PERSON);
    bool spoke = bare && is_pos(&d->toks[a], HS_POS_DT) && hs_tok_in(d, a + 1, spokes);
    const char *role = d->ents[e].role;
    bool officer = false;
    for (size_t k = 0; role && officers[k] && !officer; k++)
        officer = strcasecmp(role, officers[k]) == 0;
    /* (a chief executive is a business's, not the safety agency's that
     * spoke last) */
    bool speaks_for = false;
    for (size_t k = 0; role && spokes[k]; k++)
        speaks_for |= strcasecmp(role, spokes[k]) == 0;
    if (officer && !speaks_for && o >= 0 && hs_res_public_body(d->ents[o].name))
        return true;
    if (!(spoke || (officer && o >= 0 && d->ents[o].type == HS_ENT_ORG)) ||
        o < 0 || o == e || !d->ents[o].nmentions || d->ents[o].described)
        return true;    /* a body named, not "the company" read as no name */
    hs_span said = d->ents[o].mentions[d->ents[o].nmentions - 1];
    uint32_t at = d->toks[a].c0;
    if (said.end > at || at - said.end > SPOKESPERSON_REACH)
        return true;
    int32_t p = r->last_subject;
    if (p >= 0 && p != e && d->ents[p].nmentions &&
        d->ents[p].mentions[d->ents[p].nmentions - 1].end > said.end)
        return true;    /* a person spoke since: "Trump ... A spokesman said" */
    return (d->ents[e].affiliation = strdup(d->ents[o].name)) != NULL;
}

/* Is the n-byte word w the head of the organisation's name: its last
 * word after another ("the Justice Department"), or the word before the
 * name's first "of", "on" or "for" ("the Department of Justice", "the
 * Commission on Presidential Debates")?  Case does not count. */
static bool headed_by(const char *name, const char *w, size_t n)
{
    size_t len = strlen(name);
    if (len > n + 1 && name[len - n - 1] == ' ' && strncasecmp(name + len - n, w, n) == 0)
        return true;
    static const char *const links[] = { " of ", " on ", " for ", NULL };
    const char *first = NULL;
    for (size_t j = 0; links[j]; j++) {
        const char *p = strstr(name, links[j]);
        if (p && (!first || p < first))
            first = p;
    }
    if (!first || (size_t)(first - name) < n)
        return false;
    const char *h = first - n;
    return (h == name || h[-1] == ' ') && strncasecmp(h, w, n) == 0;
}

/* How many of the latest entities hs_res_org_by_head() looks through. */
#define ORG_HEAD_REACH 256

/* The organisation "the department", "the foundation", "the campaign"
 * stands for: the source [a, b) is "the" and a singular organisation
 * noun h, and the organisation is the latest one whose name ends in that
 * word ("the Justice Department", "the Clinton Foundation", "the Trump
 * campaign"), mentioned before the source and named, not described in
 * lower case.  NONE when there is none. */
int32_t hs_res_org_by_head(resolve_ctx *r, uint32_t a, uint32_t b)
{
    hs_doc *d = r->d;
    uint32_t h = b - 1;
    /* names end in these words too often for the latest to be meant:
     * "the group" after "UnitedHealth Group" is a trade group */
    static const char *const loose[] = { "group", "network", NULL };
    if (b - a != 2 || !hs_tok_is(d, a, "the") || !is_pos(&d->toks[h], HS_POS_NN) ||
        !(noun_is(d, h, HS_NOUN_ORG) || hs_tok_is(d, h, "campaign")) || hs_tok_in(d, h, loose))
        return NONE;
    const char *w = hs_tok_str(d, &d->toks[h]);
    size_t n = hs_tok_len(&d->toks[h]);
    uint32_t c0 = d->toks[a].c0;
    int32_t best = NONE;
    uint32_t best_end = 0;
    for (size_t k = d->nents, seen = 0; k-- > 0 && seen < ORG_HEAD_REACH; seen++) {
        const hs_entity_work *x = &d->ents[k];
        size_t len = strlen(x->name);
        /* a description in lower case names nothing more ("one
         * company", "a white paper"); "Clinton campaign" does */
        if (x->type != HS_ENT_ORG || !x->nmentions || len <= n + 1 ||
            (x->described && !isupper((unsigned char)x->name[0])) || !headed_by(x->name, w, n))
            continue;
        /* the latest mention that ends before the source */
        for (size_t m = x->nmentions; m-- > 0;)
            if (x->mentions[m].end <= c0) {
                if (best == NONE || x->mentions[m].end > best_end) {
                    best = (int32_t)k;
                    best_end = x->mentions[m].end;
                }
                break;
            }
    }
    return best;
}

/* How many words back "the campaign" or "the administration" looks for
 * the body it takes up. */
#define OWNED_BODY_REACH 2000

/* The campaign "the campaign" stands for when no entity is named so,
 * and the same for "the administration": the source [a, b) is "the
 * campaign", and a "campaign" before it that a person owns ("Donald
 * Trump's campaign is making its biggest ad buy ... The campaign is
 * expecting", "the Clinton campaign") names it, as that phrase would as
 * a source ("Donald Trump's campaign"): the one of
 * the person last a subject when there is one (an article about
 * Clinton's debate preparation may speak of "the foundering Trump
 * campaign" last), else the latest.  Campaigns no one owns ("the
 * primary campaign") are passed; one whose owner a pronoun gives ("her
 * campaign") ends the search: it is the one meant when it is the latest
 * and at most three sentences back, and named as hs_res_owned_by() names
 * it.  NONE when there is none, NOMEM when out of memory. */
int32_t hs_res_owned_body_before(resolve_ctx *r, uint32_t a, uint32_t b)
{
    hs_doc *d = r->d;
    static const char *const owned[] = { "campaign", "administration", NULL };
    if (b != a + 2 || !hs_tok_is(d, a, "the") || !hs_tok_in(d, a + 1, owned))
        return NONE;
    const char *kind = hs_tok_is(d, a + 1, "campaign") ? "campaign" : "administration";
    uint32_t lo = a > OWNED_BODY_REACH ? a - OWNED_BODY_REACH : 0;
    uint32_t latest[3] = { 0, 0, 0 };   /* n0, n1, h of the latest; h 0: none */
    int32_t latest_owner = NONE;
    for (uint32_t h = a; h-- > lo + 1;) {
        if (!hs_tok_is(d, h, kind) || !is_pos(&d->toks[h], HS_POS_NN))
            continue;
        uint32_t n1 = h;        /* the owner's name ends before n1 */
        if (is_pos(&d->toks[h - 1], HS_POS_POS))
            n1--;
        if (n1 == 0)
            continue;
        /* "Her campaign" a few sentences back: hers, if the pronoun
         * still finds her; from further back it may be anyone's */
        if (is_pos(&d->toks[n1 - 1], HS_POS_PRPS)) {
            if (n1 == h && latest_owner == NONE && d->toks[h].sent + 3 >= d->toks[a].sent)
                return hs_res_owned_by(r, h - 1, h + 1);
            break;
        }
        int32_t owner = d->tok_entity[n1 - 1];
        if (owner < 0 || d->ents[owner].type != HS_ENT_PERSON || d->ents[owner].described)
            continue;
        uint32_t n0 = n1 - 1;
        while (n0 > lo && d->tok_entity[n0 - 1] == owner)
            n0--;
        if (n0 > 0 && hs_tok_is(d, n0 - 1, "the"))
            n0--;
        if (owner == r->last_subject)
            return hs_res_speaking_for(r, n0, h, owner, n1);
        if (latest_owner == NONE) {
            latest_owner = owner;
            latest[0] = n0, latest[1] = n1, latest[2] = h;
        }
    }
    return latest_owner == NONE ? NONE
         : hs_res_speaking_for(r, latest[0], latest[2], latest_owner, latest[1]);
}

/* Does the gazetteer list name as a business ("Tesla", "Apple")? */
static bool is_company(const resolve_ctx *r, const char *name)
{
    const hs_place_entry *p = hs_lex_place(r->lx, name, strlen(name));
    return p && p->kind == HS_PLACE_COMPANY;
}

/* The organisation "the company", "the newspaper", "the airline", "the
 * iPhone maker" stands for when no name ends in that word: the one
 * organisation named in the
 * source's sentence before it or in the sentence before ("Assem ... had
 * logged 2,766 flying hours with EgyptAir, the airline said"), or of
 * several the one subject among them; NONE when there is none, or more
 * than one and no one subject.  "The agency" or "the regulator", with
 * none there, looks three sentences back; it is no business. */
int32_t hs_res_org_by_kind(resolve_ctx *r, uint32_t a, uint32_t b)
{
    static const char *const kinds[] = { "company", "firm", "newspaper", "paper",
        "magazine", "network", "channel", "website", "airline", "bank", "union",
        "organization", "organisation", "agency", "university", "institute", "group",
        "foundation", "coalition", "corporation", "publication", "outlet", "regulator",
        "thinktank", NULL };
    /* and a public body is no business: "the agency said" after "Tesla
     * said" is the safety administration named before, a sentence or
     * two further back as often */
    static const char *const publics[] = { "agency", "regulator", NULL };
    /* a business is no public body: "The company said" after "Apple
     * ... a fine imposed by the European Commission" is Apple */
    static const char *const businesses[] = { "company", "firm", "airline", "bank",
                                              "corporation", NULL };
    /* and the trade a business is named by: "the iPhone maker", "the
     * planemaker", "the tech giant", "the retailer" */
    static const char *const trades[] = { "maker", "giant", "retailer", "lender", "insurer",
        "manufacturer", "conglomerate", "broadcaster", "publisher", "startup", NULL };
    hs_doc *d = r->d;
    if (b < a + 2 || b > a + 4 || !hs_tok_is(d, a, "the"))
        return NONE;
    uint32_t h = b - 1;
    const hs_token *ht = &d->toks[h];
    size_t hn = hs_tok_len(ht);
    bool trade = hs_tok_in(d, h, trades) ||
                 (hn > 6 && memcmp(hs_tok_str(d, ht) + hn - 5, "maker", 5) == 0);
    bool think_tank = h > a + 1 && hs_tok_is(d, h, "tank") && hs_tok_is(d, h - 1, "think");
    if (!trade && !think_tank && !hs_tok_in(d, h, kinds))
        return NONE;
    /* "the iPhone | maker", "the social media | company"; not another
     * body than the one named ("the parent company", "a rival firm") */
    static const char *const another[] = { "other", "another", "parent", "rival", "sister",
                                           "new", "former", "same", NULL };
    /* nor a news agency, another voice than the bodies it reports on
     * ("Najib Mikati was quoted by the state news agency" after "the
     * United Nations") */
    for (uint32_t k = a + 1; k < h; k++)
        if ((!is_noun(&d->toks[k]) && !is_pos(&d->toks[k], HS_POS_JJ)) ||
            hs_tok_in(d, k, another) || hs_tok_is(d, k, "news"))
            return NONE;
    bool business = trade || hs_tok_in(d, h, businesses);
    /* "the group" alone: a group of people, not a place or a school
     * they met at ("the crowd -- which rallied at Temple University
     * ... the group shouted"), nor a "watchdog group" by its trade */
    static const char *const grounds[] = { "University", "College", "School", "Hall",
                                           "Square", "Park", NULL };
    bool group = hs_tok_is(d, h, "group");
    if (group && b != a + 2)
        return NONE;
    bool public = hs_tok_in(d, h, publics);
    uint32_t sent = d->toks[a].sent;
    /* the one named there; of several, the one that was a subject
     * ("Alphabet, the parent company of Google, jumped ... The company
     * reported"); a public body, when none, further back */
    for (uint32_t back = 1;; back = 3) {
        uint32_t lo = d->sents[sent > back ? sent - back : 0].tok0;
        int32_t found = NONE, subject = NONE;
        bool several = false, subjects = false;
        for (uint32_t k = a; k-- > lo;) {
            int32_t e = d->tok_entity[k];
            if (e < 0 || d->ents[e].type != HS_ENT_ORG || d->ents[e].described)
                continue;
            if ((business || group) && hs_res_public_body(d->ents[e].name))
                continue;
            if (group && hs_res_last_word_in(d->ents[e].name, grounds))
                continue;
            if (public && is_company(r, d->ents[e].name))
                continue;
            /* a dateline's agency credit is the writer's, not a body
             * of the story: "SAN JOSE, Calif. (AP) — Shares of Lumetra
             * fell after the chipmaker warned" */
            if (k > 0 && k + 2 < d->ntoks && hs_tok_is(d, k - 1, "(") &&
                hs_tok_is(d, k + 1, ")") && (d->toks[k + 2].flags & HS_TF_PUNCT))
                continue;
            /* (a subject that reports is another voice: "The New York
             * Times reported at the time that the RT editor ... The
             * network said") */
            bool reports = r->src_end && r->src_end[k];
            if ((d->toks[k].deprel == HS_DEP_NSUBJ || d->toks[k].deprel == HS_DEP_NSUBJPASS) &&
                !reports) {
                subjects |= subject != NONE && subject != e;
                subject = e;
            }
            several |= found != NONE && found != e;
            found = e;
        }
        int32_t e = !several ? found : subjects ? NONE : subject;
        if (e != NONE || several || !public || back == 3)
            return e;
    }
}

/* Can token i name anyone: a noun, a pronoun, a determiner or word of
 * quantity ("Some", "Many"), a number, a name, or a capitalised word
 * known as a name ("Early" for Rex Early)?  A source with no such word
 * (a headline's "Partisan", "NOT") names no one. */
bool hs_res_names_someone(resolve_ctx *r, uint32_t i)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    if (is_noun(t) || is_pos(t, HS_POS_PRP) ||
        is_pos(t, HS_POS_PRPS) || is_pos(t, HS_POS_WPS) || is_pos(t, HS_POS_CD) ||
        is_pos(t, HS_POS_DT) || is_pos(t, HS_POS_WP) || is_pos(t, HS_POS_WDT) ||
        hs_res_quantity_word(d, i) || d->tok_entity[i] >= 0)
        return true;
    if (!(t->flags & HS_TF_UPPER) || (t->flags & HS_TF_PUNCT))
        return false;
    char *w = hs_res_tokens_text(d, i, i + 1);
    bool known = w && hs_res_find_entity(r, w) >= 0;
    free(w);
    return known;
}

/* Where the part of a title or a tag that opens at token i of a list
 * of names ends, before b: "former", a place before a title ("Maryland
 * | Gov.") or a body in one ("Secretary of | State"), an employer's
 * "'s" ("Reuters' | Luciana Lopez"), a party tag in parentheses ("(D)",
 * "(R-Texas)"); i itself when none opens there. */
static uint32_t title_part(const resolve_ctx *r, uint32_t i, uint32_t b)
{
    const hs_doc *d = r->d;
    static const char *const former[] = { "former", "then", "late", NULL };
    if (hs_tok_in(d, i, former))
        return i + 1;
    if (hs_tok_is(d, i, "(")) {     /* the source may end before ")" */
        for (uint32_t k = i + 1; k <= b && k < i + 6; k++)
            if (k == b || hs_tok_is(d, k, ")"))
                return k < b ? k + 1 : b;
        return i;
    }
    int32_t e = d->tok_entity[i];
    if (e < 0 || d->ents[e].type == HS_ENT_PERSON)
        return i;
    uint32_t k = i;
    while (k < b && d->tok_entity[k] == e)
        k++;
    /* "Maryland | Gov.", "Secretary of | State" */
    bool of_title = i >= 2 && hs_tok_is(d, i - 1, "of") && hs_res_title_before(d, i - 2);
    /* an employer's "'s" before a name: "MSNBC's | Alex Seitz-Wald" */
    if (k + 1 < b && is_pos(&d->toks[k], HS_POS_POS) && d->tok_entity[k + 1] >= 0 &&
        d->ents[d->tok_entity[k + 1]].type == HS_ENT_PERSON)
        return k + 1;
    return k < b && (of_title || hs_res_title_before(d, k) || hs_res_role_word(r, k)) ? k : i;
}

/* Where the names of a list in [a, b) start past a plural description
 * of them ("Democratic presidential hopefuls | former Maryland Gov.
 * Martin O'Malley and ..."): the token after the description's plural
 * noun, with *party the party it names, whose the members are; a
 * itself, and no party, when no such description opens the list. */
static uint32_t past_description(const resolve_ctx *r, uint32_t a, uint32_t b,
                                 const hs_place_entry **party)
{
    const hs_doc *d = r->d;
    const hs_place_entry *p = NULL;
    for (uint32_t i = a; i < b && d->tok_entity[i] < 0; i++) {
        const hs_token *t = &d->toks[i];
        bool partisan = hs_res_party_word(d, i);
        if (!partisan && !is_pos(t, HS_POS_JJ) && !is_pos(t, HS_POS_NN) && !is_pos(t, HS_POS_NNS))
            break;
        if (partisan)
            p = hs_res_gazetteer(r, i, i + 1);
        if (is_pos(t, HS_POS_NNS)) {
            *party = p;
            return i + 1;
        }
    }
    return a;
}

#define MAX_MEMBERS 6

/* The one speaker that people who[0..n) are, with `rest` (described
 * people: "her aides") after them when not NULL: "Hillary Clinton and
 * Bernie Sanders", "Hillary Clinton and her aides".  Found by that name,
 * else new, plural and described (no "he" or "she" stands for it); NOMEM
 * when out of memory. */
int32_t hs_res_people_together(resolve_ctx *r, const int32_t *who, int n, const char *rest)
{
    hs_doc *d = r->d;
    size_t len = 1 + (rest ? strlen(rest) + 5 : 0);
    for (int k = 0; k < n; k++)
        len += strlen(d->ents[who[k]].name) + 5;
    char *name = malloc(len);
    if (!name)
        return NOMEM;
    name[0] = '\0';
    for (int k = 0; k < n; k++) {
        if (k > 0)
            strcat(name, k == n - 1 && !rest ? " and " : ", ");
        strcat(name, d->ents[who[k]].name);
    }
    if (rest) {
        strcat(name, " and ");
        strcat(name, rest);
    }
    int32_t g = hs_res_find_entity(r, name);
    if (g < 0 && (g = hs_res_new_entity(r, name, d->ents[who[0]].type)) >= 0) {
        d->ents[g].described = true;    /* no "he" or "she" */
        d->ents[g].plural = true;
    }
    free(name);
    return g;
}

/* Do tokens [i, b) describe people, as the last of a list joined by
 * "and": "his allies", "her aides", "other Clinton challengers",
 * "another reporter" (an owner's or "other" word, then adjectives and
 * nouns, a noun last), or after a person a body's people ("Fiorina and
 * HP executives")? */
static bool described_tail(const hs_doc *d, uint32_t i, uint32_t b, bool after_person)
{
    static const char *const opens[] = { "his", "her", "their", "other", "another", NULL };
    if (i + 2 > b || !is_noun(&d->toks[b - 1]))
        return false;
    /* or a body's people: "Fiorina and | HP executives" */
    bool body = after_person && d->tok_entity[i] >= 0 &&
                d->ents[d->tok_entity[i]].type == HS_ENT_ORG &&
                is_pos(&d->toks[b - 1], HS_POS_NNS) && d->tok_entity[b - 1] < 0;
    if (!body && !hs_tok_in(d, i, opens))
        return false;
    for (uint32_t k = i + 1; k < b; k++)
        if (!is_noun(&d->toks[k]) && !is_pos(&d->toks[k], HS_POS_JJ) &&
            !is_pos(&d->toks[k], HS_POS_JJR) && !is_pos(&d->toks[k], HS_POS_JJS) &&
            !(k > i + 1 && hs_tok_is(d, k, "-")))
            return false;
    return true;
}

/* Past a member's place at token i of a list of names, before lim:
 * "Ted Cruz | of Texas |": the token after the place, i when no "of"
 * and a place's name open there. */
static uint32_t past_member_place(const hs_doc *d, uint32_t i, uint32_t lim)
{
    if (!hs_tok_is(d, i, "of") || i + 1 >= lim || d->tok_entity[i + 1] < 0 ||
        d->ents[d->tok_entity[i + 1]].type != HS_ENT_GPE)
        return i;
    int32_t g = d->tok_entity[i + 1];
    uint32_t k = i + 1;
    while (k < lim && d->tok_entity[k] == g)
        k++;
    return k;
}

/* Who speaks when the source [a,b) is nothing but named people, or named
 * organisations or places, joined by "and" ("Mr. Peck and Mr. Mahaney",
 * "he and Mr. Allen", "The New York Times and the Wall Street Journal"):
 * all of them, one entity named by their names as English joins them
 * ("Jim VandeHei and Mike Allen").  NONE when the source is no such
 * list, NOMEM when out of memory. */
int32_t hs_res_named_together(resolve_ctx *r, uint32_t a, uint32_t b, bool spoke)
{
    hs_doc *d = r->d;
    static const char *const pronouns[] = { "he", "she", NULL };
    static const char *const appositive[] = { "a", "an", "the", NULL };
    const hs_place_entry *party = NULL;
    a = past_description(r, a, b, &party);
    uint32_t a0 = a;
    /* first the shape, with no pronoun resolved (that teaches genders):
     * names, "he" or "she", and between them "and", a comma, "both",
     * "the" or titles */
    bool joined = false;
    int names = 0;
    uint32_t tail = b;      /* where "his aides", "other Democrats" start */
    /* a post opening the list, its holder one of them: "the senator |
     * and his allies" */
    uint32_t post_end = a;
    if (a + 2 < b && hs_tok_is(d, a, "the")) {
        uint32_t k = a + 1;
        while (k + 1 < b && (is_pos(&d->toks[k], HS_POS_JJ) || hs_res_party_word(d, k)))
            k++;
        if (is_pos(&d->toks[k], HS_POS_NN) && hs_res_role_word(r, k) && k + 1 < b &&
            hs_tok_is(d, k + 1, "and")) {
            post_end = k + 1;
            names++;
            a = post_end;
        }
    }
    for (uint32_t i = a; i < b; i++) {
        /* an appositive after the names tells about the last, or about
         * them all: "She and Jack Goldsmith, a Bush-era Justice
         * official", "Khizr and Ghazala Khan, the Gold Star parents",
         * "Richard Alba and Nancy Foner, sociologists at ...", "...,
         * both Republicans", ages (", 22 and 19,"), ", for example" */
        static const char *const all_of_them[] = { "both", "all", "each", NULL };
        if (hs_tok_is(d, i, ",") && i + 1 < b && names >= 2 && joined &&
            (hs_tok_in(d, i + 1, appositive) || is_relative(d, i + 1) ||
             hs_tok_in(d, i + 1, all_of_them) || is_pos(&d->toks[i + 1], HS_POS_CD) ||
             is_pos(&d->toks[i + 1], HS_POS_IN) || hs_res_party_word(d, i + 1) ||
             (d->tok_entity[i + 1] < 0 && !name_word(d, i + 1) &&
              (is_noun(&d->toks[i + 1]) || is_pos(&d->toks[i + 1], HS_POS_JJ))))) {
            b = tail = i;
            break;
        }
        /* a given name the tagger left out of the name after it ("Rand |
         * Paul"), and a person's place ("Ted Cruz | of Texas") */
        if (d->tok_entity[i] < 0 && name_word(d, i) && i + 1 < b && d->tok_entity[i + 1] >= 0 &&
            d->ents[d->tok_entity[i + 1]].type == HS_ENT_PERSON &&
            (i == a || d->tok_entity[i - 1] < 0))
            continue;
        uint32_t place = i > a && d->tok_entity[i - 1] >= 0 &&
                         d->ents[d->tok_entity[i - 1]].type == HS_ENT_PERSON
                         ? past_member_place(d, i, b) : i;
        if (place > i) {
            i = place - 1;
            continue;
        }
        /* people described after "and": "She and her aides", "he and
         * other Clinton challengers" */
        if (i > a && hs_tok_is(d, i - 1, "and") && names >= 1 &&
            described_tail(d, i, b, i >= 2 && d->tok_entity[i - 2] >= 0 &&
                                    d->ents[d->tok_entity[i - 2]].type == HS_ENT_PERSON)) {
            tail = i;
            names++;
            break;
        }
        uint32_t past = title_part(r, i, b);
        if (past > i)
            i = past - 1;
        else if (d->tok_entity[i] >= 0 || hs_tok_in(d, i, pronouns)) {
            names += i == a || d->tok_entity[i] < 0 || d->tok_entity[i - 1] != d->tok_entity[i];
            /* a name before a noun is no member: "a Maine legislator and
             * Sanders supporter"; but a body's name before what kind of
             * body it is stays one ("the Gannett | newspaper chain") */
            if (i + 1 < b && d->tok_entity[i + 1] != d->tok_entity[i] &&
                is_noun(&d->toks[i + 1]) && !name_word(d, i + 1)) {
                uint32_t k = i + 1;
                while (k < b && is_noun(&d->toks[k]) && d->tok_entity[k] < 0)
                    k++;
                if (d->ents[d->tok_entity[i]].type != HS_ENT_ORG || !body_noun(d, k - 1) ||
                    !(k == b || hs_tok_is(d, k, ",") || hs_tok_is(d, k, "and")))
                    return NONE;
                i = k - 1;
            }
        }
        else if (hs_tok_is(d, i, "and") || hs_tok_is(d, i, "&"))
            joined = true;
        else if (!hs_tok_is(d, i, ",") && !is_pos(&d->toks[i], HS_POS_DT) &&
                 !hs_tok_is(d, i, "both") && !hs_res_title_before(d, i) && !hs_res_role_word(r, i) &&
                 !(hs_tok_is(d, i, "of") && i > a && hs_res_title_before(d, i - 1)) &&
                 !(name_word(d, i) && i > a + 1 && hs_tok_is(d, i - 1, "of") &&
                   hs_res_title_before(d, i - 2)))
            return NONE;   /* "Secretary of State" is a title */
    }
    if (names < 2 || names > MAX_MEMBERS || !joined)
        return NONE;
    int32_t who[MAX_MEMBERS];
    int n = 0;
    if (post_end > a0) {
        /* (its holder by post, else the person the description takes up
         * alone: "The Republican nominee and his aides" after "Trump
         * has had kinder words for ...") */
        int32_t p = hs_res_person_by_post(r, a0, post_end - 1);
        if (p == NONE)
            p = hs_res_person_described(r, a0, post_end - 1);
        if (p < 0)
            return p == NOMEM ? NOMEM : NONE;
        who[n++] = p;
    }
    for (uint32_t i = a; i < tail;) {
        uint32_t past = title_part(r, i, b);
        if (past > i) {
            i = past;
            continue;
        }
        int32_t e = d->tok_entity[i];
        if (e < 0 && hs_tok_in(d, i, pronouns))
            e = hs_res_pronoun_person(r, i);
        else if (e < 0) {
            /* past a member's place: "Ted Cruz of | Texas" */
            uint32_t next = n > 0 ? past_member_place(d, i, tail) : i;
            i = next > i ? next : i + 1;
            continue;
        }
        if (e < 0 || n == MAX_MEMBERS)
            return NONE;
        for (int k = 0; k < n; k++)
            if (who[k] == e)
                return NONE;    /* "Clinton and Hillary Clinton": no list */
        if (n > 0 && d->ents[e].type != d->ents[who[0]].type)
            return NONE;        /* "Clinton and the State Department" */
        who[n++] = e;
        int32_t run = d->tok_entity[i];
        do
            i++;
        while (run >= 0 && i < b && d->tok_entity[i] == run);
    }
    if (n + (tail < b) < 2)
        return NONE;
    for (int k = 0; party && k < n; k++)
        if (!d->ents[who[k]].affiliation && d->ents[who[k]].type == HS_ENT_PERSON &&
            !(d->ents[who[k]].affiliation = strdup(party->name)))
            return NOMEM;
    char *rest = tail < b ? hs_res_tokens_text(d, tail, b) : NULL;
    if (tail < b && !rest)
        return NOMEM;
    int32_t g = hs_res_people_together(r, who, n, rest);
    free(rest);
    /* when they speak, each of them, the last newest, is whom a "he" or
     * "she" after it may mean, as when one of them speaks */
    for (int k = 0; spoke && g >= 0 && k < n && d->ents[who[k]].type == HS_ENT_PERSON; k++) {
        r->last_person = r->last_subject = who[k];
        hs_res_ring_push(r->recent, HS_RES_RECENT, who[k]);
    }
    return g;
}

/* The person found climbing up to four heads from token n, before token
 * a: a person's name, or a word for a person set beside one; -1 when
 * there is none. */
static int32_t person_above(const resolve_ctx *r, int32_t n, uint32_t a)
{
    const hs_doc *d = r->d;
    for (int depth = 0; depth < 4 && n >= 0 && (uint32_t)n < a; depth++) {
        int32_t e = d->tok_entity[n];
        if (e >= 0 && d->ents[e].type == HS_ENT_PERSON)
            return e;   /* the parser hangs it on the name */
        if (d->toks[n].deprel == HS_DEP_APPOS && hs_res_person_noun(r, (uint32_t)n)) {
            int32_t x = d->toks[n].head;
            return x >= 0 && d->tok_entity[x] >= 0 &&
                   d->ents[d->tok_entity[x]].type == HS_ENT_PERSON ? d->tok_entity[x] : -1;
        }
        n = d->toks[n].head;
    }
    return -1;
}

/* The person the relative clause of "who" at token a tells about when
 * a body was named last ("Megyn Kelly, a star anchor at Fox News who
 * ..."): the clause hangs on the person's name, or on a word for a
 * person set beside it, or on a phrase inside either; or, where the
 * parser hung the clause elsewhere, the body's phrase does; -1 when
 * there is none. */
int32_t hs_res_appositive_person(const resolve_ctx *r, uint32_t a)
{
    const hs_doc *d = r->d;
    int32_t v = d->toks[a].head;
    if (v < 0 || d->toks[v].deprel != HS_DEP_ACL_RELCL)
        return -1;
    /* up from the word the clause hangs on, through the phrase it sits
     * in ("the leader of the opposition in North-Rhine Westphalia,
     * who"), to a person's name or a word for a person set beside one */
    int32_t p = person_above(r, d->toks[v].head, a);
    if (p < 0 && a > 0 && d->toks[v].head != (int32_t)a - 1)
        p = person_above(r, (int32_t)a - 1, a);
    return p;
}

/* Is person e's latest mention in the content that the reported
 * subject's is in, and does that content end in token a's sentence,
 * before a? */
static bool same_reported_clause(const resolve_ctx *r, int32_t e, uint32_t a)
{
    const hs_doc *d = r->d;
    const hs_entity_work *x = &d->ents[e];
    if (!x->nmentions)
        return false;
    uint32_t m = hs_tok_at(d, x->mentions[x->nmentions - 1].begin);
    int32_t c = r->content_of[r->reported_tok];
    return c >= 0 && m < a && r->content_of[m] == c && d->toks[m].sent == d->toks[a].sent &&
           d->toks[r->reported_tok].sent == d->toks[a].sent;
}

/* Who speaks for "his campaign", "her spokesman", "his wife": the
 * source [a, b) is "his" or "her" (or "whose" after a named person and
 * a comma), then nouns or adjectives ending in a body's or a person's
 * noun; the speaker is that body or person of the one the pronoun
 * stands for, named "Bernie Sanders's campaign" and
 * affiliated with them.  NONE when the source is no such phrase or the
 * pronoun finds no one, NOMEM when out of memory. */
int32_t hs_res_owned_by(resolve_ctx *r, uint32_t a, uint32_t b)
{
    static const char *const his_her[] = { "his", "her", NULL };
    hs_doc *d = r->d;
    uint32_t h = b - 1;
    /* "Ken Paxton, | whose office |": the one the clause is set after */
    bool whose = b - a >= 2 && hs_tok_is(d, a, "whose") && a >= 2 &&
                 hs_tok_is(d, a - 1, ",") && d->tok_entity[a - 2] >= 0;
    if (b - a < 2 || b - a > 4 || !is_noun(&d->toks[h]) ||
        (!whose && (!hs_tok_in(d, a, his_her) || !is_pos(&d->toks[a], HS_POS_PRPS))))
        return NONE;
    bool body = body_noun(d, h);
    if (!body && !hs_res_person_noun(r, h) && !hs_res_kin_word(d, h) &&
        !noun_is(d, h, HS_NOUN_FOR | HS_NOUN_PERSON) && !hs_res_tie_word(d, h))
        return NONE;
    for (uint32_t k = a + 1; k < h; k++)
        if (!is_pos(&d->toks[k], HS_POS_JJ) && !is_noun(&d->toks[k]))
            return NONE;
    int32_t owner = whose ? d->tok_entity[a - 2] : hs_res_pronoun_person(r, a);
    /* the subject of the clause just reported, named after the pronoun's
     * person: "According to a complaint, Robert James bought the gun.
     * His lawyer said ..." ("he said" would not be James) */
    /* (or named after it in the same reported clause, as its object:
     * "Netanyahu told President Joe Biden ... that Israel would welcome
     * an extension, his office said") */
    int32_t rep = r->reported_subject;
    if (!whose && rep >= 0 && rep != owner && d->ents[rep].type == HS_ENT_PERSON &&
        !d->ents[rep].described && d->toks[r->reported_tok].sent + 1 >= d->toks[a].sent &&
        (!d->ents[rep].gender || d->ents[rep].gender == (is_feminine(d, a) ? 'F' : 'M')) &&
        (owner < 0 || !d->ents[owner].nmentions ||
         d->ents[owner].mentions[d->ents[owner].nmentions - 1].end <= d->toks[r->reported_tok].c0 ||
         same_reported_clause(r, owner, a)))
        owner = rep;
    if (owner < 0 || d->ents[owner].type != HS_ENT_PERSON || d->ents[owner].described)
        return NONE;
    char *name = tied_name(d, a + 1, b, d->ents[owner].name, true);
    if (!name)
        return NOMEM;
    int32_t g = hs_res_find_entity(r, name);
    if (g < 0 && (g = hs_res_new_entity(r, name, body ? HS_ENT_ORG : HS_ENT_PERSON)) >= 0)
        d->ents[g].described = true;
    free(name);
    if (g >= 0 && !affiliate(d, g, owner))
        return NOMEM;
    return g;
}

/* Does [k, b) open with one name alone, past "the", titles and role
 * words, with no other name of its kind after it before a relative
 * pronoun: an appositive naming one person or body ("-- Elizabeth
 * Warren of Massachusetts, who"), not a list of members ("-- Mr.
 * Tribe, Ms. Epstein and Mr. Amar")? */
bool hs_res_names_one(const resolve_ctx *r, uint32_t k, uint32_t b)
{
    const hs_doc *d = r->d;
    while (k < b && d->tok_entity[k] < 0 &&
           (is_pos(&d->toks[k], HS_POS_DT) || hs_res_title_before(d, k) || hs_res_role_word(r, k) ||
            is_pos(&d->toks[k], HS_POS_JJ)))
        k++;
    if (k >= b || d->tok_entity[k] < 0)
        return false;
    int32_t e = d->tok_entity[k];
    while (k < b && d->tok_entity[k] == e)
        k++;
    for (; k < b && !is_relative(d, k); k++)
        if (d->tok_entity[k] >= 0 && d->tok_entity[k] != e &&
            d->ents[d->tok_entity[k]].type == d->ents[e].type)
            return false;
    return true;
}

/* Where a description whose head noun h is an office ends: past the
 * office's "of" phrase ("the former secretary | of state", "chief | of
 * staff"), else at h.  The source ends before b. */
uint32_t hs_res_office_end(const hs_doc *d, uint32_t h, uint32_t b)
{
    if (h + 2 < b && hs_tok_is(d, h + 1, "of") && is_pos(&d->toks[h + 2], HS_POS_NN) &&
        !(d->toks[h + 2].flags & HS_TF_UPPER) &&
        hs_lex_title(d->eng->lex, hs_tok_str(d, &d->toks[h]), hs_tok_len(&d->toks[h])))
        return h + 2;
    return h;
}

/* Where a description whose head noun is h ends: past an office's "of"
 * phrase (hs_res_office_end()), or past the noun phrase an "of" after
 * the head opens, which tells what the head is of ("a bipartisan
 * coalition | of politicians and legal aficionados", "surveys | of New
 * Hampshire Republican primary voters", "the amount | of classified
 * material"), up to a comma, a preposition, a relative pronoun or a
 * verb; else at h (also when a comma goes on with a list).  The source
 * ends before b. */
uint32_t hs_res_description_end(const hs_doc *d, uint32_t h, uint32_t b)
{
    uint32_t end = hs_res_office_end(d, h, b);
    /* not after a quantity ("45% | of Republicans", "some | of those
     * hardliners"), which hs_res_head_noun() reads past */
    if (end != h || h + 2 >= b || !hs_tok_is(d, h + 1, "of") || !is_noun(&d->toks[h]) ||
        hs_res_quantity_word(d, h) || hs_tok_is(d, h, "%"))
        return end;
    for (uint32_t k = h + 2; k < b; k++) {
        const hs_token *t = &d->toks[k];
        if (is_noun(t))
            end = k;
        else if (!(is_pos(t, HS_POS_JJ) || is_pos(t, HS_POS_JJS) || is_pos(t, HS_POS_JJR) ||
                   is_pos(t, HS_POS_DT) || is_pos(t, HS_POS_PRPS) || possessive(d, k) ||
                   is_pos(t, HS_POS_CD) ||
                   (is_pos(t, HS_POS_CC) && k > h + 2) ||
                   (is_pos(t, HS_POS_VBN) && k + 1 < b && is_noun(&d->toks[k + 1])))) {
            /* a list cut at its first comma would name a part: "the
             * leaders of the United States, Canada and Mexico" */
            if (hs_tok_is(d, k, ",") && k + 1 < b && is_noun(&d->toks[k + 1]))
                return h;
            break;
        }
    }
    return end;
}

/* Where a description that names someone unnamed ends when its own
 * words are its name: past the phrases that tell which ones ("some
 * Democrats | on the left", "data released Friday | by state gaming
 * regulators", "42 percent of the Republicans | surveyed in the CBS
 * poll"), up to a comma, a dash, a quotation mark, a relative pronoun
 * or a finite verb, and back over words that end no phrase ("of",
 * "the", "and"); not past a person's employer.  The source ends before
 * b. */
uint32_t hs_res_modifiers_end(const resolve_ctx *r, uint32_t h, uint32_t b)
{
    const hs_doc *d = r->d;
    uint32_t end = hs_res_description_end(d, h, b);
    /* but a person's employer is their affiliation, not their name
     * ("A spokesperson | for the agency", "an adviser | to the campaign") */
    static const char *const employer[] = { "for", "at", "to", NULL };
    if (end == h && h + 1 < b && hs_tok_in(d, h + 1, employer) && hs_res_person_noun(r, h))
        return end;
    /* nor what an adjective after it tells, which hs_res_head_noun()
     * has settled, but for what anonymous sources know, which names
     * them as "close to" does ("officials familiar with the system",
     * "people briefed on the move") */
    bool knows = end + 1 < b && hs_res_knowing_word(d, end + 1) &&
                 (hs_res_person_noun(r, end) || hs_res_anyone_noun(d, end));
    if (end + 1 < b && (is_pos(&d->toks[end + 1], HS_POS_JJ) || is_pos(&d->toks[end + 1], HS_POS_RB)) &&
        !knows)
        return end;
    uint32_t known = end + 2;   /* (where what they know opens) */
    for (uint32_t k = end + 1; k < b; k++) {
        const hs_token *t = &d->toks[k];
        if ((t->flags & (HS_TF_PUNCT | HS_TF_QUOTE)) || is_pos(t, HS_POS_WDT) ||
            is_pos(t, HS_POS_WP) || is_pos(t, HS_POS_WPS) || is_pos(t, HS_POS_WRB) ||
            is_pos(t, HS_POS_MD) ||
            is_pos(t, HS_POS_VBD) || is_pos(t, HS_POS_VBZ) || is_pos(t, HS_POS_VBP) ||
            hs_tok_is(d, k, "that"))
            break;
        /* nor examples of them: "populists | like Mr. Trump" */
        if (hs_tok_is(d, k, "like") || hs_tok_is(d, k, "including") ||
            (hs_tok_is(d, k, "such") && k + 1 < b && hs_tok_is(d, k + 1, "as")))
            break;
        /* nor does how: "prominent Jewish leaders | with his comments" */
        if (hs_tok_is(d, k, "with") && k + 1 < b && is_pos(&d->toks[k + 1], HS_POS_PRPS) &&
            !(knows && k == known))
            break;
        /* a time says when, not who: "A group of doctors | in 2015" */
        if (is_pos(t, HS_POS_IN) && k + 1 < b &&
            (hs_tok_is_time_word(d, k + 1) ||
             (is_pos(&d->toks[k + 1], HS_POS_CD) && hs_tok_len(&d->toks[k + 1]) == 4)))
            break;
        /* a noun right after a noun, before a verb, opens a relative
         * clause without "that": "the praise | people poured online" */
        const hs_token *next = k + 1 < b ? &d->toks[k + 1] : NULL;
        if (next && is_noun(t) && is_noun(&d->toks[k - 1]) &&
            (is_pos(next, HS_POS_VBD) || is_pos(next, HS_POS_VBZ) || is_pos(next, HS_POS_VBP) ||
             is_pos(next, HS_POS_MD)) && !(t->flags & HS_TF_UPPER))
            break;
        if (!is_pos(t, HS_POS_IN) && !is_pos(t, HS_POS_DT) && !is_pos(t, HS_POS_CC) &&
            !is_pos(t, HS_POS_TO) && !is_pos(t, HS_POS_PRPS) && !is_pos(t, HS_POS_POS))
            end = k;
    }
    return end;
}

/* Does a participle's phrase open at token i: a participle in lower
 * case before a preposition or an adverb ("funded by", "cycling
 * through", "conducted jointly with"), not an adjective before a noun
 * ("syndicated radio host") nor a name the tagger read as a verb
 * ("Channing Tatum")? */
bool hs_res_participle_phrase(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i], *next = &d->toks[i + 1];
    return (is_pos(t, HS_POS_VBG) || is_pos(t, HS_POS_VBN)) && !(t->flags & HS_TF_UPPER) &&
           (is_pos(next, HS_POS_IN) || is_pos(next, HS_POS_TO) || is_pos(next, HS_POS_RP) ||
            is_pos(next, HS_POS_RB));
}
