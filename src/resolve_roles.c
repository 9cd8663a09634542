/*
 * resolve_roles.c -- speakers (2): role and affiliation from the words
 * around a name.
 *
 * The words before a person's name are its role ("Foreign ministry
 * spokesman"), up to a comma, a relative pronoun or a quotation mark, or
 * else an appositive after it ("Hugh Hill, a doctor,").  What the role
 * belongs to is the affiliation, not a word of the role: a possessive
 * place, body or person before it ("Ukraine's President", "Sanders'
 * campaign manager"), a person's name opening it ("Clinton campaign
 * manager"), the body, place or person after "at", "for", "of" or "to"
 * that ends it ("senior fellow at the Brookings Institution", "adviser
 * at the Clinton campaign", or before a second role: "co-founder of the
 * Breakthrough Institute and advocate of ..."); so is a country's
 * adjective ("Russian Foreign Minister"), a body named inside the role
 * ("Fox News host", "GOP front-runner"), a US politician's party tag
 * ("(R-S.C.)", ", R-Fla.,") and a party's adjective, which stays in a
 * lowercase role ("Republican presidential nominee").  Where no entity
 * names the body a role is held at, the words may still end the role
 * before it ("spokesman | for the foundation", "lawyer | in Orlando"),
 * and an employer may follow the name in a relative clause (", who
 * oversees programming at TNT,").  A national office with no
 * country stated serves the article's own ("President Obama": United
 * States), once every role is known.  A role once given stays: the
 * fullest mention of a person usually comes first; a later one may
 * still give the affiliation ("Dr." alone gives way to any later role).
 * A description read as the person ("the Republican nominee") gives the
 * role last, when no mention did (resolve.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "resolve.h"

/* The end of the role in tokens [a,b): before the first comma or
 * relative pronoun ("historian | who attended the session", "running
 * mate | , Indiana Gov."), and, before_name (the words before the
 * name), before a quotation mark or a given name ("Rep. | Robert C.
 * "Bobby" Scott").  a when what is left is no role: a finite verb after
 * its first word ("two candidates are essentially in a tie ..."), a
 * preposition or determiner at its end ("spokeswoman for" belongs to
 * someone else, `working_for`), an honorific before the name ("Both Mr.
 * King and Mr."), or another person's name after it ("political
 * scientist | Patrick Murray of"). */
static uint32_t role_end(const resolve_ctx *r, uint32_t a, uint32_t b, bool before_name)
{
    const hs_doc *d = r->d;
    static const char *const honorifics[] = { "mr.", "mrs.", "ms.", "miss", NULL };
    if (a < b && d->toks[a].pos == HS_POS_POS)
        return a;       /* "Clinton | 's spokesman": the spokesman's */
    uint32_t e = a;
    while (e < b && !hs_tok_is(d, e, ",") && d->toks[e].pos != HS_POS_WP &&
           d->toks[e].pos != HS_POS_WPS && d->toks[e].pos != HS_POS_WDT &&
           !(before_name && (d->toks[e].flags & HS_TF_QUOTE) &&
             d->toks[e].pos != HS_POS_POS) &&   /* (not "the United Nations | '") */
           !(before_name && name_word(d, e) && !hs_res_gazetteer(r, e, e + 1) &&
             hs_lex_name_gender(r->lx, hs_tok_str(d, &d->toks[e]), hs_tok_len(&d->toks[e]))))
        e++;
    /* a given name followed by more than a name: another person's, so
     * the role is theirs ("political scientist | Patrick Murray of") */
    for (uint32_t i = e; before_name && i < b && (d->toks[e].flags & HS_TF_UPPER); i++)
        if (!(d->toks[i].flags & (HS_TF_UPPER | HS_TF_QUOTE | HS_TF_PUNCT)))
            return a;
    for (uint32_t i = a; i < e; i++) {   /* but "retired Air Force general" */
        uint8_t p = d->toks[i].pos;
        if ((p == HS_POS_VBD && i > a) || p == HS_POS_VBZ || p == HS_POS_VBP ||
            p == HS_POS_MD || (before_name && hs_tok_in(d, i, honorifics)))
            return a;   /* "Both Mr. King and Mr." */
    }
    if (e > a) {
        uint8_t last = d->toks[e - 1].pos;
        if (last == HS_POS_IN || last == HS_POS_TO || last == HS_POS_DT ||
            last == HS_POS_CC)
            return a;
    }
    /* nor what an adjective after the title tells of the person ("Iowa
     * Republican operative | unaligned in 2016"), nor the name the
     * person goes by ("hacker | known as “Guccifer”") */
    static const char *const naming[] = { "known", "called", "nicknamed", "dubbed", NULL };
    /* nor whom the person served under ("former NIH director | under
     * President Bill Clinton") */
    for (uint32_t i = a + 1; i + 1 < e; i++)
        if ((is_pos(&d->toks[i], HS_POS_JJ) && is_noun(&d->toks[i - 1]) &&
             hs_res_title_word(r, i - 1) && is_pos(&d->toks[i + 1], HS_POS_IN)) ||
            (hs_tok_in(d, i, naming) && hs_res_title_word(r, i - 1)) ||
            (hs_tok_is(d, i, "under") && hs_res_title_word(r, i - 1)))
            return i;
    return e;
}

/* Words of rank a title opens with, capitalised in it as its other
 * words ("NBC News | Senior Investigative Correspondent", "United
 * Steelworkers | Political Director"). */
static const char *const title_ranks[] = { "senior", "vice", "deputy", "chief", "executive",
    "assistant", "associate", "acting", "interim", "investigative", "political", "managing",
    "rear", NULL };

/* The party a US politician's tag after the name gives ("Sen. David
 * Perdue (R-Ga.)", "Mitch McConnell, R-Ky.,", "Gov. Terry McAuliffe
 * (D)"), as the gazetteer names it; NULL when token i opens no such tag.
 * "I-Vt." says independent, which is no party. */
static const char *party_tag(const resolve_ctx *r, uint32_t i, uint32_t b)
{
    const hs_doc *d = r->d;
    if (i + 1 >= b || !(hs_tok_is(d, i, "(") || hs_tok_is(d, i, ",")))
        return NULL;
    const hs_token *t = &d->toks[i + 1];
    const char *s = hs_tok_str(d, t);
    size_t n = hs_tok_len(t);
    if (n == 0 || (s[0] != 'R' && s[0] != 'D') ||
        (n > 1 && (n < 3 || s[1] != '-' || s[2] < 'A' || s[2] > 'Z')))
        return NULL;
    /* a lone letter only in parentheses: ", D," may be an initial */
    if (n == 1 && !(hs_tok_is(d, i, "(") && i + 2 < d->ntoks && hs_tok_is(d, i + 2, ")")))
        return NULL;
    const hs_place_entry *p = s[0] == 'R' ? hs_lex_place(r->lx, "republicans", 11)
                                          : hs_lex_place(r->lx, "democrats", 9);
    return p ? p->name : NULL;
}

/* Does one of words come among the capitalised words from i, before b? */
static bool capitalised_run_holds(const hs_doc *d, uint32_t i, uint32_t b,
                                  const char *const *words)
{
    for (uint32_t k = i; k < b && (d->toks[k].flags & HS_TF_UPPER); k++)
        if (hs_tok_in(d, k, words))
            return true;
    return false;
}

/* Do the capitalised words from i name a body of a party ("National
 * Committee", "Senatorial Campaign Committee")? */
static bool party_body_after(const hs_doc *d, uint32_t i, uint32_t b)
{
    static const char *const bodies[] = { "committee", "caucus", "conference",
                                          "association", "council", "club",
                                          "coalition", "leadership", NULL };
    return capitalised_run_holds(d, i, b, bodies);
}

/* Is there a possessive in [i, b) before any preposition: one that owns
 * the phrase's head ("the Republican nominee's | daughter"), not one
 * after it ("chairman of Philadelphia's Bucks County")? */
static bool past_possessive(const hs_doc *d, uint32_t i, uint32_t b)
{
    for (uint32_t k = i; k < b && !is_pos(&d->toks[k], HS_POS_IN); k++)
        if (possessive(d, k))
            return true;
    return false;
}

/* Do the capitalised words from i name a member of a party's body, an
 * office whose name holds the party ("Republican | National
 * Committeeman")? */
static bool party_member_after(const hs_doc *d, uint32_t i, uint32_t b)
{
    static const char *const members[] = { "committeeman", "committeewoman", NULL };
    return capitalised_run_holds(d, i, b, members);
}

/* Is token i a word for a relative ("wife", "daughter"), a role as the
 * article gives it, unlike a friend or a neighbour, which the writing
 * also calls a person with a role of their own ("Trump, a friend of
 * ...")? */
static bool relative(const hs_doc *d, uint32_t i)
{
    static const char *const others[] = { "friend", "friends", "neighbor", "neighbors",
                                          "neighbour", "neighbours", NULL };
    return hs_res_kin_word(d, i) && !hs_tok_in(d, i, others);
}

/* Do tokens [ra, rb) open with a relative's word, after modifiers
 * only ("wife", "late son", "fraternity brother", "mother of ...";
 * not "suggestion from Mr. Cruz's Irish-American mother"), outside
 * quotations and not a speaker's own ("my dear sister Hillary
 * Clinton", a figure of speech as often)? */
static bool relative_role(const hs_doc *d, uint32_t ra, uint32_t rb)
{
    static const char *const own[] = { "my", "your", "our", NULL };
    if (ra == 0 || ra >= rb || d->toks[ra].quote_depth > 0 || hs_tok_in(d, ra - 1, own))
        return false;
    /* whose relative: an owner before it ("his wife", "Trump's
     * daughter", "Clinton campaign"), or "of" after it ("the daughter
     * of ..."); not a headline's list ("Chelsea Clinton, husband
     * expecting second child") */
    bool owner = is_pos(&d->toks[ra - 1], HS_POS_PRPS) || possessive(d, ra - 1) ||
                 d->tok_entity[ra - 1] >= 0;
    for (uint32_t k = ra; k < rb; k++) {
        if (relative(d, k))     /* (a widow is one by herself: "9/11 widow") */
            return owner || (k + 1 < rb && hs_tok_is(d, k + 1, "of")) ||
                   hs_tok_is(d, k, "widow") || hs_tok_is(d, k, "widower");
        if (!hs_res_premodifier(&d->toks[k]) || is_pos(&d->toks[k], HS_POS_DT) ||
            is_pos(&d->toks[k], HS_POS_PRPS))
            return false;
    }
    return false;
}

/* The latest subject but `self` of the gender of the pronoun at token
 * i whose gender is known, else the latest subject but `self` alone
 * when no list knows its gender ("Viktor Orban has said ... | His
 * spokesman"); -1 when there is none.  (hs_res_pronoun_person() also
 * teaches genders, which a role's "his" must not.) */
static int32_t gendered_recent(const resolve_ctx *r, uint32_t i, const hs_entity_work *self)
{
    const hs_doc *d = r->d;
    char want = is_feminine(d, i) ? 'F' : 'M';
    int32_t latest = -1;
    for (int k = 0; k < HS_RES_RECENT && r->recent[k] >= 0; k++) {
        const hs_entity_work *e = &d->ents[r->recent[k]];
        if (e == self)
            continue;
        if (latest < 0)
            latest = r->recent[k];
        if (e->gender == want)
            return r->recent[k];
    }
    return latest >= 0 && !d->ents[latest].gender && !d->ents[latest].described ? latest : -1;
}

/* The person named right before "and" or a comma that the pronoun at
 * token i follows, if of its gender, though no subject yet ("President
 * Barack Obama and his wife Michelle"); -1 when there is none. */
static int32_t gendered_just_before(const resolve_ctx *r, uint32_t i)
{
    const hs_doc *d = r->d;
    if (i < 2 || !(hs_tok_is(d, i - 1, "and") || hs_tok_is(d, i - 1, ",")))
        return -1;
    int32_t e = d->tok_entity[i - 2];
    char want = is_feminine(d, i) ? 'F' : 'M';
    return e >= 0 && d->ents[e].type == HS_ENT_PERSON && d->ents[e].gender == want ? e : -1;
}

/* Is token i a word for what a person runs, whose staff work for the
 * person ("the Clinton campaign", "the Obama administration")? */
static bool campaign_word(const hs_doc *d, uint32_t i)
{
    return hs_tok_is(d, i, "campaign") || hs_tok_is(d, i, "administration");
}

/* The end of the phrase [a, b) before a time that may close it ("for
 * Mitt Romney's presidential campaign | four years ago", "on John
 * McCain's campaign | in 2008"); b when none does. */
static uint32_t campaign_end(const hs_doc *d, uint32_t a, uint32_t b)
{
    static const char *const time_words[] = { "in", "ago", "year", "years", "last", "this",
                                              "cycle", "two", "three", "four", "eight", NULL };
    uint32_t e = b;
    while (e > a + 1 && (is_pos(&d->toks[e - 1], HS_POS_CD) || hs_tok_in(d, e - 1, time_words)))
        e--;
    return e < b && campaign_word(d, e - 1) ? e : b;
}

/* Was entity e, in the three sentences before token i, a subject, a
 * source, or a name before a noun of its ("the big Nucor steel plant",
 * "a CNN reporter")?  Not just one more noun ("... meant to appeal to
 * Generation Xers. ... the channel's head of music programming"). */
static bool subject_before(const resolve_ctx *r, int32_t e, uint32_t i)
{
    const hs_doc *d = r->d;
    uint32_t sent = d->toks[i].sent, lo = d->sents[sent > 3 ? sent - 3 : 0].tok0;
    for (uint32_t k = lo; k < i; k++) {
        const hs_token *t = &d->toks[k];
        if (r->source_speaker[k] == e)
            return true;
        if (d->tok_entity[k] != e)
            continue;
        if (t->deprel == HS_DEP_NSUBJ || t->deprel == HS_DEP_NSUBJPASS)
            return true;
        if ((t->deprel == HS_DEP_COMPOUND || t->deprel == HS_DEP_NMOD_POSS) && t->head >= 0 &&
            d->tok_entity[t->head] != e)
            return true;
    }
    return false;
}

/* The prepositions before the body or person a role is held at or for
 * (past_workplace(), two_word_roles()), and those before a body alone,
 * not a person served (body_named_next(), employer_after(), and the
 * "of" phrase a possessive may stand in, past_owner()). */
static const char *const workplace_preps[] = { "at", "for", "with", "of", "to", NULL };
static const char *const body_preps[] = { "at", "for", "with", "of", NULL };

/* Where a role in tokens [ra, rb) starts past its owner, whom it gives
 * person w as affiliation unless w has one: a possessive place, body or
 * person ("Ukraine's President"; after the name, only one that opens
 * the role: "Twitter's director of political advertising", not "son of
 * HP's co-founder"), a person's name before the role's words ("Clinton
 * campaign manager"), or a possessive pronoun's person before a post or
 * a relative ("his campaign manager", "his wife"; not "her opponent");
 * ra when the role has no owner. */
static uint32_t past_owner(resolve_ctx *r, hs_entity_work *w, uint32_t ra, uint32_t rb,
                           bool after_name)
{
    hs_doc *d = r->d;
    /* "Its director": the body named last, in this sentence or the one
     * before ("The Institute for Fiscal Studies said ... Its director,
     * Paul Johnson,"), but not one named as a place ("The host
     * committee for the Republican gathering in Cleveland").  "Their
     * leader": the same, if that body spoke there ("The Liberal Democrats
     * accused ... Their leader, Ed Davey"; "The parents sued Google.
     * Their lawyer" is no Google man) */
    bool their = ra + 1 < rb && hs_tok_is(d, ra, "their");
    if (their || (ra + 1 < rb && hs_tok_is(d, ra, "its"))) {
        static const char *const at[] = { "in", "at", "from", "near", NULL };
        uint32_t sent = d->toks[ra].sent, lo = d->sents[sent > 0 ? sent - 1 : 0].tok0;
        for (uint32_t k = ra; k-- > lo;) {
            /* (or a body that spoke there, named by a description: "The
             * electoral commission has denied ... Its chairman") */
            int32_t e = d->tok_entity[k] >= 0 ? d->tok_entity[k] : r->source_speaker[k];
            if (e < 0 || d->ents[e].type != HS_ENT_ORG)
                continue;
            uint32_t first = k;
            while (first > lo && d->tok_entity[first - 1] == e)
                first--;
            if (first > lo && hs_tok_is(d, first - 1, "the"))
                first--;
            if (their && r->source_speaker[k] != e)
                break;      /* named, but not as a speaker */
            if (!(first > lo && hs_tok_in(d, first - 1, at)) && !w->affiliation &&
                !(w->affiliation = strdup(d->ents[e].name)))
                return ra;
            break;
        }
        return ra + 1;
    }
    /* "the union's executive chair", "the company's chief executive":
     * the body "the union" stands for there, if it was a subject there
     * (not "Generation Xers" the channel's show appeals to) */
    if (ra + 2 < rb && ra > 0 && possessive(d, ra + 1)) {
        int32_t body = hs_res_org_by_kind(r, ra - 1, ra + 1);
        if (body >= 0 && &d->ents[body] != w && subject_before(r, body, ra)) {
            if (!w->affiliation && !(w->affiliation = strdup(d->ents[body].name)))
                return ra;
            return ra + 2;
        }
    }
    /* "the state's attorney general", "the country's president": the
     * one state or country named in the three sentences before (of
     * two, none: "France held talks with Germany") */
    if (ra + 2 < rb && ra > 0 && hs_tok_is(d, ra - 1, "the") && possessive(d, ra + 1) &&
        (hs_tok_is(d, ra, "state") || hs_tok_is(d, ra, "country"))) {
        bool state = hs_tok_is(d, ra, "state");
        uint32_t sent = d->toks[ra].sent, lo = d->sents[sent > 3 ? sent - 3 : 0].tok0;
        int32_t one = -1;
        for (uint32_t k = ra; k-- > lo;) {
            int32_t e = d->tok_entity[k];
            if (e < 0 || e == one || d->ents[e].type != HS_ENT_GPE)
                continue;
            const hs_place_entry *p = hs_lex_place(r->lx, d->ents[e].name,
                                                   strlen(d->ents[e].name));
            if (!p || p->kind != HS_PLACE_NAME || p->type != HS_ENT_GPE ||
                (state ? !p->affiliation : p->affiliation != NULL))
                continue;
            if (one >= 0) {
                one = -1;
                break;
            }
            one = e;
        }
        if (one >= 0 && !w->affiliation && !(w->affiliation = strdup(d->ents[one].name)))
            return ra;
        return ra + 2;
    }
    if (ra + 1 < rb && is_pos(&d->toks[ra], HS_POS_PRPS) &&
        (hs_tok_is(d, ra, "his") || hs_tok_is(d, ra, "her"))) {
        /* (whom one faces is no one's man: "His Democratic opponent") */
        static const char *const faced[] = { "opponent", "opponents", "rival", "rivals",
            "challenger", "challengers", "critic", "critics", "foe", "foes", "adversary",
            "successor", "predecessor", NULL };
        bool post = false, foe = false;
        for (uint32_t k = ra + 1; k < rb; k++) {
            post = post || hs_res_title_word(r, k) || hs_res_kin_word(d, k);
            foe = foe || hs_tok_in(d, k, faced);
        }
        post = post && !foe;
        /* the person just before ("Joe Biden and | his late son"), else
         * the latest subject of the pronoun's gender */
        int32_t owner = post ? gendered_just_before(r, ra) : -1;
        if (post && owner < 0)
            owner = gendered_recent(r, ra, w);
        if (owner >= 0 && &d->ents[owner] != w && !w->affiliation &&
            !(w->affiliation = strdup(d->ents[owner].name)))
            return ra;
        return ra + 1;
    }
    /* a person's name before the role's words: "Clinton campaign
     * manager Robby Mook" is Hillary Clinton's campaign manager */
    int32_t pe0 = d->tok_entity[ra];
    if (pe0 < 0 && ra + 1 < rb && !possessive(d, ra + 1))
        pe0 = hs_res_person_by_surname(r, ra);     /* "Trump | campaign manager", untagged */
    if (ra + 1 < rb && pe0 >= 0 && d->ents[pe0].type == HS_ENT_PERSON && &d->ents[pe0] != w) {
        uint32_t k = d->tok_entity[ra] < 0 ? ra + 1 : ra;
        while (k < rb && d->tok_entity[k] == pe0)
            k++;
        bool titled = false;    /* not "Clinton | emails" */
        for (uint32_t j = k; j < rb && !titled; j++)
            titled = hs_res_title_word(r, j) || relative(d, j);
        if (k < rb && !possessive(d, k) && is_noun(&d->toks[k]) && titled) {
            if (!w->affiliation && !(w->affiliation = strdup(d->ents[pe0].name)))
                return ra;
            return k;
        }
    }
    for (uint32_t i = ra; i + 1 < rb; i++) {
        if (possessive(d, i + 1)) {
            const hs_place_entry *p = hs_res_gazetteer(r, ra, i + 1);
            int32_t pe = d->tok_entity[i];
            /* a body named by its kind owns the role, but names no one:
             * "Brian Fallon, the campaign's | press secretary" */
            if (after_name && i == ra && !p && pe < 0 && !(d->toks[i].flags & HS_TF_UPPER) &&
                (campaign_word(d, i) || noun_is(d, i, HS_NOUN_ORG)))
                return i + 2;
            /* a post's holder: "Martin Indyk, the president's | former
             * special envoy" is Barack Obama's */
            int32_t holder = !p && pe < 0 && ra > 0 && hs_res_role_word(r, i)
                           ? hs_res_person_by_post(r, ra - 1, i) : NONE;
            if (holder >= 0 && &d->ents[holder] != w) {
                if (!w->affiliation && !(w->affiliation = strdup(d->ents[holder].name)))
                    return ra;
                return i + 2;
            }
            if (after_name && (p ? hs_place_marked(p) : pe < 0 || d->tok_entity[ra] != pe))
                return ra;      /* "German's brother", "the Chamber's" */
            /* (a surname the tagger left untagged: "Trump's | campaign
             * manager" after "Donald Trump") */
            int32_t named = !p && pe < 0 && i == ra ? hs_res_person_by_surname(r, i) : NONE;
            if (named >= 0 && &d->ents[named] == w)
                named = NONE;
            const char *aff = p ? p->name : pe >= 0 ? d->ents[pe].name
                            : named >= 0 ? d->ents[named].name : NULL;
            /* a country's party official is the party's: "France's
             * far-right National Front party leader" */
            bool party = false;
            int32_t body = -1;
            for (uint32_t k = i + 2; k < rb && p && p->type == HS_ENT_GPE; k++) {
                party |= hs_res_party_word(d, k) || hs_tok_is(d, k, "party");
                if (body < 0 && d->tok_entity[k] >= 0 && d->ents[d->tok_entity[k]].type == HS_ENT_ORG)
                    body = d->tok_entity[k];
            }
            if (party && body >= 0)
                aff = d->ents[body].name;
            if (aff && !w->affiliation)
                w->affiliation = strdup(aff);
            /* a possessive inside the "of" phrase of a role's word owns
             * that phrase, not the role: "The head of | Ukraine's |
             * military intelligence" is head of Ukraine's military
             * intelligence (not "An article written by | National
             * Review's") */
            bool titled = false;
            for (uint32_t k = ra; k < i; k++) {
                titled |= hs_res_role_word(r, k);
                if (titled && hs_tok_in(d, k, body_preps))
                    return ra;
            }
            return i + 2;
        }
        if (after_name && !name_word(d, i))
            return ra;
    }
    return ra;
}

/* Is token i a word titles.txt holds for the roles it opens, not one a
 * role can end in: "state", "press", "campaign" ("a state | Sanders is
 * likely to win", "the Associated Press, Donald Trump")? */
static bool title_modifier(const hs_doc *d, uint32_t i)
{
    static const char *const modifiers[] = { "state", "national", "foreign", "defence",
        "defense", "finance", "interior", "security", "press", "campaign",
        "communications", "ministry", NULL };
    return hs_tok_in(d, i, modifiers);
}

/* Words that may join the capitalised words of a body's name and of
 * what it belongs to (body_tail(), tail_affiliation()). */
static const char *const name_links[] = { "the", "of", "for", "on", "at", "in", "and", "&", ",",
                                          NULL };

/* Do tokens [m, rb) after a body's name only name what the body belongs
 * to or where it is: "Texas Politics Project | at the University of
 * Texas at Austin", "Stanford University | 's Program on Energy and
 * Sustainable Development", "Rutgers University | 's Eagleton Institute
 * of Politics": "at", "in", "of", a comma or a possessive first, then
 * capitalised words, with "the", "of", "for", "on", "at", "in", "and"
 * or "&" between them? */
static bool body_tail(const hs_doc *d, uint32_t m, uint32_t rb)
{
    static const char *const opens[] = { "at", "in", "of", ",", NULL };
    if (m + 1 >= rb || !(hs_tok_in(d, m, opens) || is_pos(&d->toks[m], HS_POS_POS)) ||
        !(d->toks[rb - 1].flags & HS_TF_UPPER))
        return false;
    /* (one word after a possessive is the name's own: "Moody's
     * Analytics", "the Cleveland Police Patrolmen's Association") */
    if (is_pos(&d->toks[m], HS_POS_POS) && m + 2 >= rb)
        return false;
    for (uint32_t k = m + 1; k < rb; k++)
        if (!(d->toks[k].flags & HS_TF_UPPER) && !hs_tok_in(d, k, name_links))
            return false;
    return true;
}

/* The affiliation a body's name [n, m) and its body_tail() [m, rb)
 * give, as a span in [*a, *b): the whole name after a possessive
 * ("University of Virginia's Center for Politics"), else the last
 * organisation the tail names with the capitalised words the tagger
 * left before it ("Texas Politics Project at | the University of Texas
 * | at Austin", "at | Pennsylvania State University"), else the body
 * with a campus after "at" ("University of California at Irvine"),
 * else the body alone ("Sciences Po | in Paris"). */
static void tail_affiliation(const hs_doc *d, uint32_t n, uint32_t m, uint32_t rb, uint32_t *a,
                             uint32_t *b)
{
    *a = n;
    *b = rb;
    if (is_pos(&d->toks[m], HS_POS_POS))
        return;
    for (uint32_t k = rb; k-- > m;) {
        int32_t o = d->tok_entity[k];
        if (o < 0 || d->ents[o].type != HS_ENT_ORG)
            continue;
        *b = k + 1;
        while (k > m + 1 && (d->tok_entity[k - 1] == o ||
                             ((d->toks[k - 1].flags & HS_TF_UPPER) && !hs_tok_in(d, k - 1, name_links))))
            k--;
        *a = k;
        return;
    }
    if (!hs_tok_is(d, m, "at"))
        *b = m;
}

/* Do capitalised words from token n run to the role's end rb, with
 * "of", "&", "and" or "the" between them ("March of Dimes", "Procter &
 * Gamble"), or to a town after them ("Christopher Newport University |
 * in Scott's district")?  Not an office's own words ("Secretary of |
 * Homeland Security").  Where the name ends in *end. */
static bool name_runs_to_end(const resolve_ctx *r, uint32_t n, uint32_t rb, uint32_t *end)
{
    static const char *const inner[] = { "of", "&", "and", "the", "for", "on", NULL };
    const hs_doc *d = r->d;
    uint32_t k = n;
    bool office = true;
    while (k < rb && ((d->toks[k].flags & HS_TF_UPPER) ||
                      (k > n && k + 1 < rb && hs_tok_in(d, k, inner) &&
                       (d->toks[k + 1].flags & HS_TF_UPPER)))) {
        office &= hs_res_title_word(r, k) || hs_tok_in(d, k, inner) || title_modifier(d, k);
        k++;
    }
    if (k == n || office || (d->toks[k - 1].flags & HS_TF_PUNCT) ||
        (k == n + 1 && hs_res_party_word(d, n)))     /* "supporter of | Republican" */
        return false;
    *end = k;
    /* a town ends in a place or a common noun: "in Paris", "in Scott's
     * district" (not "Russia | in the Asia Pacific Program") */
    const hs_token *last = &d->toks[rb - 1];
    int32_t le = d->tok_entity[rb - 1];
    return k == rb || (k + 1 < rb && hs_tok_is(d, k, "in") &&
                       ((le >= 0 && d->ents[le].type == HS_ENT_GPE) ||
                        (!(last->flags & HS_TF_UPPER) && is_noun(last)))) ||
           (body_tail(d, k, rb) && !(d->tok_entity[n] >= 0 &&
                                     d->ents[d->tok_entity[n]].type == HS_ENT_GPE));
}

/* The name of a body a role is held at after its preposition k (its
 * next word n, past "the"), where the entity tagger did not take the
 * name whole ("Private | Jet Services", "West Virginia | University",
 * "March of Dimes") or took it whole before a town ("Christopher
 * Newport University | in Scott's district"): capitalised words that
 * end the role [ra, rb) or come before its town (name_runs_to_end()),
 * past what the body is ("for the Philadelphia-based investment company
 * | Janney Montgomery Scott"), in [*c, *end).  Not after "to" (a person
 * one works for), nor past "and", in a second role as often as not
 * ("managing partner of ... and author of | The Age of Oversupply"). */
static bool capitalised_workplace(const resolve_ctx *r, uint32_t ra, uint32_t rb, uint32_t k,
                                  uint32_t n, uint32_t *c, uint32_t *end, uint32_t *unit_end)
{
    const hs_doc *d = r->d;
    if (hs_tok_is(d, k, "to"))
        return false;
    for (uint32_t a = ra; a < k; a++)
        if (hs_tok_is(d, a, "and"))
            return false;
    uint32_t s = n;
    while (s + 1 < rb && s > k + 1 && hs_tok_is(d, k + 1, "the") &&
           (memchr(hs_tok_str(d, &d->toks[s]), '-', hs_tok_len(&d->toks[s])) ||
            (!(d->toks[s].flags & HS_TF_UPPER) &&
             (is_pos(&d->toks[s], HS_POS_JJ) || is_pos(&d->toks[s], HS_POS_NN)))))
        s++;
    int32_t e = d->tok_entity[s];
    if (!name_runs_to_end(r, s, rb, end) || (e >= 0 && d->ents[e].type == HS_ENT_PERSON))
        return false;
    uint32_t m = s;
    while (m < *end && e >= 0 && d->tok_entity[m] == e)
        m++;
    *c = s;
    *unit_end = 0;
    bool whole = !(e < 0 || m < *end || *end < rb);     /* an entity taken whole to the end */
    if (*end < rb && body_tail(d, *end, rb)) {
        uint32_t first = *end;
        tail_affiliation(d, s, *end, rb, c, end);
        if (*c >= first)
            *unit_end = first;      /* the parent named after the unit */
    }
    return !whole;
}

/* Where a role in [a, c) ends before the town it is practised in ("a
 * financial adviser | in Eau Claire, Wis.", "professor at Sciences Po
 * | in Paris"): the "in" or "from" before places, commas between them,
 * that run to c; c when there is none. */
static uint32_t town_after_role(const resolve_ctx *r, uint32_t a, uint32_t c)
{
    const hs_doc *d = r->d;
    uint32_t k = c;
    while (k > a && ((d->tok_entity[k - 1] >= 0 &&
                      d->ents[d->tok_entity[k - 1]].type == HS_ENT_GPE) ||
                     (hs_tok_is(d, k - 1, ",") && k < c)))      /* "Eau Claire, Wis." */
        k--;
    return k < c && k > a + 1 && (hs_tok_is(d, k - 1, "in") || hs_tok_is(d, k - 1, "from"))
        ? k - 1 : c;
}

/* The person or body named last in the phrase [a, b) after a role's
 * preposition, when the words before the name only describe it:
 * "the Philadelphia-based investment company | Janney Montgomery
 * Scott", "then-President | George W. Bush" (articles, adjectives,
 * common nouns, titles and places); NONE when the phrase ends in no
 * name or holds other words. */
static int32_t named_after_description(const resolve_ctx *r, uint32_t a, uint32_t b)
{
    const hs_doc *d = r->d;
    int32_t e = b > a ? d->tok_entity[b - 1] : NONE;
    if (e < 0 || d->ents[e].type == HS_ENT_GPE)
        return NONE;
    uint32_t j = b - 1;
    while (j > a && d->tok_entity[j - 1] == e)
        j--;
    for (uint32_t k = a; k < j; k++) {
        const hs_token *t = &d->toks[k];
        int32_t f = d->tok_entity[k];     /* a place may describe it: "Philadelphia-based" */
        if ((f >= 0 && d->ents[f].type != HS_ENT_GPE) ||
            !(f >= 0 || is_pos(t, HS_POS_DT) || is_pos(t, HS_POS_VBN) || is_pos(t, HS_POS_JJ) ||
              is_pos(t, HS_POS_NN) || is_pos(t, HS_POS_NNS) || hs_tok_is(d, k, "-") ||
              hs_res_title_before(d, k) || hs_res_role_word(r, k) ||
              ((t->flags & HS_TF_UPPER) && k + 1 < j && hs_res_role_word(r, k + 1))))
            return NONE;    /* (a title's first word: "Vice | President") */
    }
    return e;
}

/* Where a role in tokens [ra, rb) ends before the organisation or place
 * it is held at, whom it gives person w as affiliation unless w has one:
 * "visiting fellow | at the Brookings Institution", "lawyer | for the
 * Sierra Club", "director general | of the International Atomic Energy
 * Agency" (a name that ends the role, after "at", "for", "with" or
 * "of"), or the person it works for ("attorney for Pagliano", "adviser
 * to Mr. Trump") or is kin to ("daughter of Dick Cheney"); a body's
 * parent or campus may follow its name (body_tail(), tail_affiliation()),
 * and a unit whose parent is named stays in the role ("director of the
 * Texas Politics Project | at the University of Texas at Austin"); rb
 * when the role names none. */
static uint32_t past_workplace(resolve_ctx *r, hs_entity_work *w, uint32_t ra, uint32_t rb)
{
    hs_doc *d = r->d;
    for (uint32_t k = ra + 1; k + 1 < rb; k++) {
        if (!hs_tok_in(d, k, workplace_preps))
            continue;
        uint32_t n = k + 1;
        if (hs_tok_is(d, n, "the"))
            n++;
        /* "head of the centrist | Tax Policy Center" */
        while (n + 1 < rb && n > k + 1 && is_pos(&d->toks[n], HS_POS_JJ) &&
               !(d->toks[n].flags & HS_TF_UPPER))
            n++;
        /* and past what kind of body it is, to its name: "president of
         * the conservative advocacy group | Citizens United" */
        uint32_t kind = n;
        while (kind + 1 < rb && kind < n + 4 && n > k + 1 && d->tok_entity[kind] < 0 &&
               (is_pos(&d->toks[kind], HS_POS_JJ) || is_pos(&d->toks[kind], HS_POS_NN)) &&
               !(d->toks[kind].flags & HS_TF_UPPER))
            kind++;
        if (kind > n && d->tok_entity[kind] >= 0 && d->ents[d->tok_entity[kind]].type == HS_ENT_ORG &&
            (kind == 0 || d->tok_entity[kind - 1] != d->tok_entity[kind]))
            n = kind;
        /* titles and a party before a person: "spokesman for House
         * Speaker | Paul Ryan", "supporter of Republican | Donald Trump" */
        uint32_t j = n;
        while (j + 1 < rb && d->tok_entity[j] < 0 &&
               (hs_res_title_before(d, j) || hs_res_title_word(r, j) ||
                hs_res_party_word(d, j) || (d->toks[j].flags & HS_TF_UPPER)))
            j++;
        if (j > n && d->tok_entity[j] >= 0 && d->ents[d->tok_entity[j]].type == HS_ENT_PERSON)
            n = j;
        int32_t e = n < rb ? d->tok_entity[n] : -1;
        /* not inside a name the tagger split: "Center for | Equitable
         * Growth", "Institute for the | Study of Labor", "University of
         * Texas at | Austin" (but "expert on Syria at | the Washington
         * Institute") */
        if (n < rb && (d->toks[k - 1].flags & HS_TF_UPPER) && (d->toks[n].flags & HS_TF_UPPER) &&
            (!hs_tok_is(d, k, "at") || (e >= 0 && d->ents[e].type == HS_ENT_GPE)) &&
            !(hs_tok_is(d, k, "at") && hs_tok_is(d, k + 1, "the")))
            continue;
        /* the person one is kin to: "the daughter | of former Vice
         * President Dick Cheney" */
        int32_t kin = hs_tok_is(d, k, "of") && relative(d, k - 1)  /* (not "friend of") */
                    ? named_after_description(r, k + 1, rb) : NONE;
        if (kin >= 0 && d->ents[kin].type == HS_ENT_PERSON && &d->ents[kin] != w) {
            if (w->affiliation)
                return rb;
            return (w->affiliation = strdup(d->ents[kin].name)) ? k : rb;
        }
        /* a body's name the tagger did not take whole */
        uint32_t c, name_end, unit_end;
        if (capitalised_workplace(r, ra, rb, k, n, &c, &name_end, &unit_end)) {
            if (w->affiliation)
                return rb;
            if (!(w->affiliation = hs_res_tokens_text(d, c, name_end)))
                return rb;
            return unit_end ? unit_end : k;
        }
        /* a body or place; a person one works for ("attorney for
         * Pagliano", "senior adviser to Mr. Trump") */
        bool person = e >= 0 && d->ents[e].type == HS_ENT_PERSON && &d->ents[e] != w &&
                      (hs_tok_is(d, k, "for") || hs_tok_is(d, k, "to") ||
                       (k + 1 < rb && campaign_word(d, rb - 1)));
        if (e < 0 || (d->ents[e].type != HS_ENT_ORG && d->ents[e].type != HS_ENT_GPE && !person) ||
            (hs_tok_is(d, k, "to") && !person))
            continue;
        uint32_t m = n;
        while (m < rb && d->tok_entity[m] == e)
            m++;
        /* a person's campaign or administration: the person ("adviser
         * at the Clinton campaign") */
        if (e >= 0 && d->ents[e].type == HS_ENT_PERSON && &d->ents[e] != w && m + 1 == rb &&
            campaign_word(d, m))
            m = rb;
        /* a politician's party tag after their name: "staffer for Sen.
         * Kirsten Gillibrand | (D-N.Y.)" */
        if (d->ents[e].type == HS_ENT_PERSON && m < rb && m + 6 >= rb && hs_tok_is(d, m, "("))
            m = rb;
        /* the body's town after it: "professor ... at Sciences Po |
         * in Paris"; or what it belongs to: "director of the Texas
         * Politics Project | at the University of Texas at Austin" */
        if (m + 1 < rb && hs_tok_is(d, m, "in") && d->ents[e].type == HS_ENT_ORG &&
            town_after_role(r, m - 1, rb) == m)
            m = rb;
        uint32_t ta = n, tb = m;    /* the affiliation's words, when a tail */
        bool tailed = m < rb && d->ents[e].type == HS_ENT_ORG && body_tail(d, m, rb);
        uint32_t role_b = k;        /* the role keeps a unit whose parent is named */
        if (tailed) {
            tail_affiliation(d, n, m, rb, &ta, &tb);
            if (ta >= m)
                role_b = m;
            m = rb;
        }
        /* a second role after it: "co-founder of the Breakthrough
         * Institute | and advocate of ..." */
        if (m != rb && !(m + 1 < rb && hs_tok_is(d, m, "and") && d->ents[e].type != HS_ENT_PERSON &&
                         !(d->toks[m + 1].flags & HS_TF_UPPER)))
            continue;   /* but "the House Ways | and Means Committee" */
        /* one affiliation: with another already, the role keeps its
         * workplace ("Clinton campaign aide ... and now director of the
         * Georgetown University Institute of Politics") */
        if (w->affiliation)
            return strcmp(w->affiliation, d->ents[e].name) == 0 ? k : rb;
        if (tailed)
            w->affiliation = hs_res_tokens_text(d, ta, tb);
        else
            w->affiliation = strdup(d->ents[e].name);
        return w->affiliation ? role_b : rb;
    }
    return rb;
}

/* Do the words from m to the end of a role ([m, rb)), or to the end of
 * its first part, make the head noun that what ends before m modifies:
 * nouns and adjectives ("NAACP | leader and a Sanders supporter", not
 * "the Institute | for the Study of Labor", nor "the Center on Budget
 * and | Policy Priorities | and a ...")? */
static bool modifies_head(const hs_doc *d, uint32_t m, uint32_t rb)
{
    uint32_t j = m;
    for (; j < rb && !is_pos(&d->toks[j], HS_POS_CC); j++)
        if (!is_noun(&d->toks[j]) && !is_pos(&d->toks[j], HS_POS_JJ))
            return false;
    return j > m && is_noun(&d->toks[j - 1]);
}

/* The place a public office in role [ra, rb) is held for, said before
 * its title ("U.S. President", "former Florida governor"), whom it gives
 * person w as affiliation.  Only for offices ("New York businessman" is
 * not New York's), and for a legislator only a country: "Vermont Sen."
 * is a senator for Vermont, but of the United States and a party. */
static void place_of_office(resolve_ctx *r, hs_entity_work *w, uint32_t ra, uint32_t rb)
{
    static const char *const offices[] = { "president", "president-elect", "gov.", "governor",
        "mayor", "minister", "premier", "chancellor", "ambassador", "attorney", "secretary",
        "sheriff", "general", "chief", "commissioner", "comptroller", "treasurer", "auditor",
        "prosecutor", "superintendent", NULL };
    static const char *const legislators[] = { "sen.", "senator", "rep.", "representative",
        "congressman", "congresswoman", "lawmaker", "legislator", "councilman",
        "councilwoman", "assemblyman", "assemblywoman", NULL };
    hs_doc *d = r->d;
    bool legislator = rb > ra && hs_tok_in(d, rb - 1, legislators);
    if (rb <= ra + 1 || !(legislator || hs_tok_in(d, rb - 1, offices)))
        return;
    for (uint32_t k = ra; k + 1 < rb; k++) {
        /* "U.S.", "New York", or a place the tagger found */
        const hs_place_entry *p = NULL;
        uint32_t m = k + 4;     /* up to three words: "New York City" */
        while (!p && --m > k)
            p = m < rb ? hs_res_gazetteer(r, k, m) : NULL;
        int32_t e = d->tok_entity[k];
        const char *name = p ? (p->type == HS_ENT_GPE && !hs_place_marked(p) ? p->name : NULL)
                         : e >= 0 && d->ents[e].type == HS_ENT_GPE ? d->ents[e].name : NULL;
        if (!name)
            continue;
        if (legislator && (!p || p->affiliation))
            return;     /* a state or a town the tagger found */
        if (!p)
            for (m = k + 1; m < rb && d->tok_entity[m] == e;)
                m++;
        if (modifies_head(d, m, rb))
            w->affiliation = strdup(name);
        return;
    }
}

/* The organisation named inside role [ra, rb) before its last word,
 * whom it gives person w as affiliation: "GOP front-runner", "former
 * NAACP leader", "Fox News host", "State Department spokesman".  The
 * words stay in the role, as the office often holds them ("White House
 * press secretary").  Not a legislature ("Senate Majority Leader",
 * "House Speaker"), where the party a tag or another mention gives is
 * the better affiliation, nor a department or court that only modifies
 * the title ("Labor Secretary", "U.S. District Judge"). */
static void org_in_role(resolve_ctx *r, hs_entity_work *w, uint32_t ra, uint32_t rb)
{
    static const char *const chambers[] = { "senate", "house", "congress", "assembly",
                                            "legislature", "parliament", NULL };
    static const char *const departments[] = { "labor", "treasury", "commerce", "education",
        "energy", "agriculture", "interior", "defense", "state", "justice", "homeland",
        "district", "circuit", "appeals", "finance", "foreign", "health", "economy", "trade",
        "transport", "transportation", "environment", "housing", "immigration", "industry",
        "defence", "culture", NULL };
    hs_doc *d = r->d;
    for (uint32_t k = ra; k + 1 < rb; k++) {
        int32_t e = d->tok_entity[k];
        const hs_place_entry *p = hs_res_gazetteer(r, k, k + 1);
        /* a party's adjective inside the role: "Iowa Republican
         * operative" (one opening the role is read before; not one in a
         * party body's name, "Republican National Committee") */
        bool alone = e < 0 || ((k == 0 || d->tok_entity[k - 1] != e) &&
                               (k + 1 >= rb || d->tok_entity[k + 1] != e));
        if (p && hs_place_marked(p) && p->type == HS_ENT_ORG && alone) {
            if (modifies_head(d, k + 1, rb))
                w->affiliation = strdup(p->name);
            return;
        }
        if (e >= 0)
            p = NULL;
        const char *name = e >= 0 && d->ents[e].type == HS_ENT_ORG ? d->ents[e].name
                         : p && !hs_place_marked(p) && p->type == HS_ENT_ORG ? p->name : NULL;
        if (!name || (e >= 0 && &d->ents[e] == w) ||
            hs_tok_is(d, k, "retired"))     /* "Retired Army Col.", read as a name */
            continue;
        uint32_t m = k + 1;
        while (e >= 0 && m < rb && d->tok_entity[m] == e)
            m++;
        /* a name the tagger ran on into an owner's "'s" or a word of
         * the role ("Democracy for America's", "Former Security of",
         * "Sanders-supporting"), or cut short ("Sadis | & Goldberg", "the
         * Mommy | and Me program"); a mention its entity names
         * otherwise only when the gazetteer does ("GOP": Republican
         * Party) */
        const hs_token *last = &d->toks[m - 1];
        if (!(is_pos(last, HS_POS_NNP) || is_pos(last, HS_POS_NNPS)) || possessive(d, m) ||
            memchr(hs_tok_str(d, last), '-', hs_tok_len(last)) || hs_tok_is(d, m, "-") ||
            hs_tok_is(d, m, "&") ||
            (hs_tok_is(d, m, "and") && m + 1 < rb && (d->toks[m + 1].flags & HS_TF_UPPER)))
            return;
        uint32_t t = m;         /* where the body's name ends */
        bool listed = false;    /* a body of the gazetteer's: "White House" */
        if (e >= 0) {
            char *text = hs_res_tokens_text(d, k, m);
            const hs_place_entry *g = hs_res_gazetteer(r, k, m);
            listed = g && g->type == HS_ENT_ORG && m - k >= 2;
            bool same = text && (strcmp(text, name) == 0 || (g && strcmp(g->name, name) == 0));
            free(text);
            if (!same)
                return;
            /* words of the title the tagger ran on into ("NBC News |
             * Senior Investigative Correspondent", "Fox News | Vice
             * President"), then up to the last word that heads a body's
             * name ("Republican National Committee | Research
             * Director") */
            while (t > k + 1 && (hs_tok_in(d, t - 1, title_ranks) ||
                                 hs_res_title_word(r, t - 1)))
                t--;
            for (uint32_t j = t - 1; j-- > k + 1;)
                if (noun_is(d, j, HS_NOUN_ORG)) {
                    t = j + 1;
                    break;
                }
        }
        static const char *const beat[] = { "correspondent", "reporter", NULL };
        if (!listed && m < rb && hs_tok_in(d, t - 1, chambers) && hs_res_party_word(d, m)) {
            k = m - 1;      /* the party after it: "Senate Republican leader" */
            continue;
        }
        if (m >= rb ||
            (!listed && (hs_tok_in(d, t - 1, departments) || hs_tok_in(d, t - 1, chambers))) ||
            !is_noun(&d->toks[rb - 1]) ||
            (listed && hs_tok_in(d, rb - 1, beat)))     /* "White House Correspondent" */
            return;
        /* a chamber's leaders and ranks the tagger took for a body:
         * "House Minority | Leader", "Rear | Admiral" */
        if (!modifies_head(d, m, rb) ||
            (hs_tok_in(d, k, chambers) && !noun_is(d, t - 1, HS_NOUN_ORG)) ||
            (t == k + 1 && hs_tok_in(d, k, title_ranks)))
            return;
        w->affiliation = t == m ? strdup(name) : hs_res_tokens_text(d, k, t);
        return;
    }
}

/* Where a role in tokens [ra, rb) ends before the body or place it is
 * held at, when past_workplace() found no entity there but the words
 * still say which: right after a title's word, "at", "for", "with" or
 * "in" and then
 *  - a name that is all the rest, which becomes w's affiliation when w
 *    has none ("labor economist | at the Institute for the Study of
 *    Labor", "managing director ... | at SunTrust Robinson Humphrey");
 *  - a place ("lawyer | in Orlando"), which is no affiliation;
 *  - a body by its kind that hs_res_org_by_head() or
 *    hs_res_org_by_kind() finds ("spokesman | for the foundation": the
 *    Clinton Foundation), also after "of" ("president and chairwoman |
 *    of the bank");
 *  - a person's campaign ("strategist | for Mrs. Clinton's 2008
 *    campaign": Hillary Clinton), also after "on" and before a time
 *    (campaign_end(): "| on John McCain's campaign in 2008"), not a
 *    former post's;
 *  - a body named after words that describe it, or a body's part named
 *    by the body first ("legal director | for the gay rights group
 *    Human Rights Campaign", "economist | at the Tax Foundation's policy
 *    center");
 *  - after "to", whom an adviser serves, by name ("top terrorism
 *    adviser | to then-President George W. Bush"), not an envoy's body.
 * Not inside a name ("Concerned Women | for America"), nor an office's
 * own phrase ("adviser for counterterrorism", "secretary of state",
 * "spokesman for the Russian foreign ministry"), nor a body the words
 * do not name ("president of the lawyers association" stays whole); rb
 * then. */
static uint32_t role_before_body(resolve_ctx *r, hs_entity_work *w, uint32_t ra, uint32_t rb)
{
    static const char *const held_at[] = { "at", "for", "with", "in", NULL };
    /* a candidate for a seat does not hold it: "candidate for U.S. Senate" */
    static const char *const seekers[] = { "candidate", "nominee", "contender", NULL };
    hs_doc *d = r->d;
    bool title = false;
    for (uint32_t k = ra; k + 1 < rb; k++) {
        title |= hs_res_title_word(r, k);
        if (!title || k == ra || !hs_res_title_word(r, k - 1))
            continue;
        bool of = hs_tok_is(d, k, "of") && hs_tok_is(d, k + 1, "the");
        /* whom an adviser or envoy serves, by name: "top terrorism
         * adviser | to then-President George W. Bush" (not "envoy to the
         * Middle East", an office's own phrase) */
        if (hs_tok_is(d, k, "to")) {
            static const char *const envoys[] = { "ambassador", "envoy", "representative",
                                                  "delegate", "emissary", NULL };
            int32_t p = named_after_description(r, k + 1, rb);
            if (p < 0 || &d->ents[p] == w ||
                (d->ents[p].type != HS_ENT_PERSON && hs_tok_in(d, k - 1, envoys)))
                continue;
            if (!w->affiliation)
                w->affiliation = strdup(d->ents[p].name);
            return k;
        }
        /* (a campaign one works on: "strategist | on Mrs. Clinton's 2008
         * campaign") */
        bool on_campaign = hs_tok_is(d, k, "on") && campaign_word(d, campaign_end(d, k + 1, rb) - 1);
        if (!of && !hs_tok_in(d, k, held_at) && !on_campaign)
            continue;
        const hs_token *n = &d->toks[k + 1];
        if ((d->toks[k - 1].flags & HS_TF_UPPER) && (n->flags & HS_TF_UPPER))
            continue;       /* inside a name */
        uint32_t c = k + 1 + (hs_tok_is(d, k + 1, "the") && k + 2 < rb);
        /* a name that is all the rest: capitalised words, with "of",
         * "for", "at", "the" or "and" inside */
        bool name = !of && !hs_tok_is(d, k, "in") && (d->toks[c].flags & HS_TF_UPPER) &&
                    (d->toks[rb - 1].flags & HS_TF_UPPER) && !hs_tok_in(d, k - 1, seekers);
        for (uint32_t j = c; name && j < rb; j++)
            name = (d->toks[j].flags & HS_TF_UPPER) || hs_tok_is(d, j, "of") ||
                   hs_tok_is(d, j, "for") || hs_tok_is(d, j, "at") || hs_tok_is(d, j, "the") ||
                   hs_tok_is(d, j, "and") || hs_tok_is(d, j, "&");
        if (name) {
            if (!w->affiliation)
                w->affiliation = hs_res_tokens_text(d, c, rb);
            return k;
        }
        /* a body named after words that describe it: "securities analyst
         * | for the Philadelphia-based investment company Janney
         * Montgomery Scott" */
        int32_t named = of || hs_tok_is(d, k, "in") || hs_tok_in(d, k - 1, seekers)
                        ? NONE : named_after_description(r, k + 1, rb);
        /* or a body's part named by the body first: "senior executive |
         * at Carrier's parent company" */
        int32_t owner = !of && !hs_tok_is(d, k, "in") ? d->tok_entity[c] : NONE;
        if (named < 0 && owner >= 0 && d->ents[owner].type == HS_ENT_ORG) {
            uint32_t j = c;
            while (j < rb && d->tok_entity[j] == owner)
                j++;
            bool part = j + 1 < rb && is_pos(&d->toks[j], HS_POS_POS);
            for (uint32_t m = j + 1; part && m < rb; m++)      /* (not "Moody's Analytics") */
                part = (is_noun(&d->toks[m]) || is_pos(&d->toks[m], HS_POS_JJ)) &&
                       !(d->toks[m].flags & HS_TF_UPPER);
            if (part)
                named = owner;
        }
        if (named >= 0 && d->ents[named].type == HS_ENT_ORG) {
            if (!w->affiliation)
                w->affiliation = strdup(d->ents[named].name);
            return k;
        }
        int32_t e = d->tok_entity[k + 1];
        if (hs_tok_is(d, k, "in") && e >= 0 && d->ents[e].type == HS_ENT_GPE)
            return k;
        int32_t o = NONE;
        if (hs_tok_is(d, k + 1, "the") && k + 2 < rb) {
            o = hs_res_org_by_head(r, k + 1, rb);
            if (o == NONE)
                o = hs_res_org_by_kind(r, k + 1, rb);
        }
        /* a person's campaign: "for Mrs. Clinton's 2008 campaign"; not
         * a former post's ("former official in President Bill Clinton's
         * administration" now works elsewhere) */
        bool former = false;
        for (uint32_t j = ra; j < k; j++)
            former |= hs_tok_is(d, j, "former");
        if (o == NONE && !of && !former && campaign_word(d, campaign_end(d, k + 1, rb) - 1)) {
            uint32_t j = k + 1;
            while (j < rb && d->tok_entity[j] < 0 && hs_res_title_before(d, j))
                j++;
            int32_t p = j < rb ? d->tok_entity[j] : -1;
            while (p >= 0 && j < rb && d->tok_entity[j] == p)
                j++;
            if (p >= 0 && d->ents[p].type == HS_ENT_PERSON && &d->ents[p] != w && possessive(d, j))
                o = p;
        }
        if (o < 0 || &d->ents[o] == w)
            return rb;
        if (!w->affiliation)
            w->affiliation = strdup(d->ents[o].name);
        return k;
    }
    return rb;
}

/* Where a role in tokens [ra, rb) ends when the body it is held at is
 * named by its kind there and by its name right after, between commas,
 * in the phrase [.., b): "a senior executive | at Carrier's parent
 * company, United Technologies"; the body becomes w's affiliation
 * unless w has one.  rb when the words after the role name no body. */
static uint32_t body_named_next(resolve_ctx *r, hs_entity_work *w, uint32_t ra, uint32_t rb,
                                uint32_t b)
{
    hs_doc *d = r->d;
    if (rb <= ra + 2 || rb + 2 > b || !hs_tok_is(d, rb, ",") || !noun_is(d, rb - 1, HS_NOUN_ORG) ||
        (d->toks[rb - 1].flags & HS_TF_UPPER))
        return rb;
    int32_t o = d->tok_entity[rb + 1];
    uint32_t m = rb + 1;
    while (o >= 0 && m < b && d->tok_entity[m] == o)
        m++;
    if (o < 0 || d->ents[o].type != HS_ENT_ORG || &d->ents[o] == w ||
        !(m == b || hs_tok_is(d, m, ",") || hs_tok_is(d, m, ".")))
        return rb;
    uint32_t k = rb - 1;
    while (k > ra && !hs_tok_in(d, k, body_preps))
        k--;
    if (k == ra)
        return rb;
    if (!w->affiliation)
        w->affiliation = strdup(d->ents[o].name);
    return k;
}

/* Are the words on either side of the "and" at token k in the role
 * [ra, rb) two roles of two or more lowercase words each, each ending
 * in a title's word ("former senator | and presidential candidate";
 * not "president and chief executive", one title), with no workplace
 * after the second ("tax lawyer and senior fellow at the Tax Policy
 * Center": the fellow's is the job the workplace tells of)? */
static bool two_word_roles(const resolve_ctx *r, uint32_t ra, uint32_t k, uint32_t rb,
                           bool workplace_after)
{
    const hs_doc *d = r->d;
    if (workplace_after || k < ra + 2 || k + 3 > rb || !hs_res_title_word(r, k - 1))
        return false;
    uint32_t e = k + 1;
    while (e < rb && !hs_tok_in(d, e, workplace_preps))
        e++;
    if (e < k + 3 || e < rb || !hs_res_title_word(r, e - 1))
        return false;
    for (uint32_t j = ra; j < e; j++)
        if (j != k && ((d->toks[j].flags & HS_TF_UPPER) || !(is_noun(&d->toks[j]) ||
                                                              is_pos(&d->toks[j], HS_POS_JJ))))
            return false;
    return true;
}

/* Where the first of two roles joined by "and" ends ("Republican
 * operative | and Mitt Romney's chief strategist", "senior adviser to
 * Mr. Sanders | and past president", "campaign aide | and now
 * director"): the role is the first, the way a person is introduced.
 * The second must open a phrase of its own (an article, "former", "now",
 * a name after a common word, or two_word_roles(): "tax lawyer | and
 * senior fellow") and hold a title's word, or open with an article;
 * otherwise the
 * role is one ("president and CEO", "adviser and pollster to Mr.
 * Clinton", "Secretary of Health and Human Services", "House Ways and
 * Means Committee chairman"); rb then.  workplace_after: the role was
 * cut before the workplace that followed it. */
static uint32_t first_of_two_roles(const resolve_ctx *r, uint32_t ra, uint32_t rb,
                                   bool workplace_after)
{
    static const char *const openers[] = { "a", "an", "the", "former", "now", "current",
                                           "currently", "past", "later", "then", "also",
                                           NULL };
    const hs_doc *d = r->d;
    bool before = false;
    for (uint32_t k = ra; k + 1 < rb; k++) {
        const hs_token *n = &d->toks[k + 1];
        /* a name after it opens a role only after a common word: not
         * "the Center on Budget | and Policy Priorities", "adviser to
         * President Bill Clinton | and President Obama" */
        bool opens = hs_tok_in(d, k + 1, openers) ||
                     ((n->flags & HS_TF_UPPER) && !(n->flags & HS_TF_ALLCAPS) && k > ra &&
                      !(d->toks[k - 1].flags & HS_TF_UPPER)) ||
                     two_word_roles(r, ra, k, rb, workplace_after);
        if (hs_tok_is(d, k, "and") && before && opens) {
            /* (a phrase with its own article is another description,
             * title or not: "the labor minister | and a leading figure
             * on the left"; not a name's "Roosevelt and the Birth of") */
            if (is_pos(n, HS_POS_DT) && k + 2 < rb && !(d->toks[k + 2].flags & HS_TF_UPPER))
                return k;
            for (uint32_t j = k + 1; j < rb; j++)
                if (hs_res_title_word(r, j))
                    return k;
        }
        before |= hs_res_title_word(r, k);
    }
    return rb;
}

/* The party an appositive after a name says its person belongs to: ",
 * a Utah Republican," (an article, at most two more words, then a party
 * member, then a comma, "who", "and", "from" or "of" a place, or the
 * end [, b)); NULL when none. */
static const char *party_appositive(const resolve_ctx *r, uint32_t n1, uint32_t b)
{
    const hs_doc *d = r->d;
    if (n1 + 2 >= b || !hs_tok_is(d, n1, ",") ||
        !(hs_tok_is(d, n1 + 1, "a") || hs_tok_is(d, n1 + 1, "an")))
        return NULL;
    for (uint32_t j = n1 + 2; j < b && j < n1 + 5; j++) {
        if (hs_res_party_member(d, j)) {
            const hs_place_entry *p = hs_res_gazetteer(r, j, j + 1);
            /* (or a relative clause or a second description goes on:
             * ", a North Carolina Republican who has also embraced"; or
             * the place: ", a Democrat from Connecticut,") */
            bool from = j + 2 < b && (hs_tok_is(d, j + 1, "from") || hs_tok_is(d, j + 1, "of")) &&
                        (d->toks[j + 2].flags & HS_TF_UPPER);
            bool ends = j + 1 == b || hs_tok_is(d, j + 1, ",") || hs_tok_is(d, j + 1, "who") ||
                        hs_tok_is(d, j + 1, "and") || from;
            return ends && p && p->type == HS_ENT_ORG ? p->name : NULL;
        }
        if (!(d->toks[j].flags & HS_TF_UPPER))
            return NULL;
    }
    return NULL;
}

/* The role words of an appositive after a name that ends at n1, in
 * the source [.., b): "Hugh Hill, a doctor,", also after an age: "Ryan
 * Leenders, 30, a member of ..."; set off by a comma ("a Marco Rubio
 * delegate" is no role of Rubio's).  Sets [*ra, *rb) and says whether
 * they hold a title's or a relative's word. */
static bool appositive_after(resolve_ctx *r, hs_entity_work *w, uint32_t n1, uint32_t b,
                             uint32_t *ra, uint32_t *rb)
{
    const hs_doc *d = r->d;
    uint32_t a = n1 < b && hs_tok_is(d, n1, ",") ? n1 : b;
    /* or told by "who is": "Sheikh Mohammed bin Abdulrahman Al Thani, who
     * is also the foreign minister," (not "who was": a past post) */
    static const char *const now[] = { "also", "now", "currently", NULL };
    if (a + 4 < b && hs_tok_is(d, a + 1, "who") && hs_tok_is(d, a + 2, "is")) {
        uint32_t k = a + 3 + hs_tok_in(d, a + 3, now);
        if (is_pos(&d->toks[k], HS_POS_DT))
            a = k;
    }
    while (a < b && (hs_tok_is(d, a, ",") || is_pos(&d->toks[a], HS_POS_DT) ||
                     (is_pos(&d->toks[a], HS_POS_CD) && a + 1 < b && hs_tok_is(d, a + 1, ","))))
        a++;
    uint32_t e = b;
    while (e > a && (d->toks[e - 1].flags & HS_TF_PUNCT))
        e--;
    e = role_end(r, a, e, false);
    a = past_owner(r, w, a, e, true);       /* "Twitter's director of ..." */
    *ra = a;
    *rb = e;
    /* not "X, 25, | and his wife", nor "Ms. Epstein, | along with Judge
     * Richard A. Posner" */
    static const char *const companions[] = { "along", "together", NULL };
    bool titled = false;
    if (a < e && !is_pos(&d->toks[a], HS_POS_CC) && !is_pos(&d->toks[a], HS_POS_IN) &&
        !hs_tok_in(d, a, companions)) {
        titled = relative_role(d, a, e);
        for (uint32_t i = a; i < e; i++)
            titled |= hs_res_title_word(r, i);
    }
    return titled;
}

/* Offices whose one capitalised word is named with the place: "U.S.
 * Attorney", "U.S. Marshal" keep the place in the role (a "New York
 * attorney" does not). */
static const char *const place_offices[] = { "attorney", "marshal", NULL };

/* Is p, the words [a,e) that open role [a,rb), a country's name used
 * as its adjective before a title ("U.S. climate envoy", "U.S.
 * District Judge"), whole (not "New York | Times reporter") and no
 * owner ("China's")? */
static bool country_before_title(resolve_ctx *r, const hs_place_entry *p, uint32_t a,
                                 uint32_t e, uint32_t rb)
{
    const hs_doc *d = r->d;
    if (p->kind != HS_PLACE_NAME || p->type != HS_ENT_GPE || p->affiliation || e >= rb ||
        possessive(d, e) || (d->tok_entity[a] >= 0 && d->tok_entity[e] == d->tok_entity[a]))
        return false;
    /* nor before a party's adjective, the better affiliation ("U.S.
     * Democratic presidential candidate") */
    const hs_place_entry *q = hs_res_gazetteer(r, e, e + 1);
    if (q && q->type == HS_ENT_ORG)
        return false;
    if (e + 1 == rb && hs_tok_in(d, e, place_offices) && (d->toks[e].flags & HS_TF_UPPER))
        return false;
    /* an office's title, or an envoy's: not a trade ("Georgia
     * businessman" is from Georgia, not of it) */
    static const char *const envoys[] = { "envoy", "ambassador", "negotiator", "diplomat",
                                          "official", "officials", NULL };
    for (uint32_t k = e; k < rb; k++)
        if ((hs_res_title_word(r, k) && (d->toks[k].flags & HS_TF_UPPER)) || hs_tok_in(d, k, envoys))
            return true;
    return false;
}

/* The place or party whose adjective or name opens role [*ra, rb) of
 * person w, made w's affiliation: "Russian Foreign Minister": Russia,
 * and the role starts after it ("South Korean President": two words).
 * A party's adjective stays before a lowercase role ("Republican
 * presidential nominee", "Democratic pollster"), not before an office's
 * capitalised title ("Republican Secretary of State", "Republican
 * Sen."), nor when it opens the name of one of its bodies ("Republican
 * National Committee Research Director").  With adjectives_only, not a
 * capital's name nor a possessive.  False when out of memory. */
static bool opening_place(resolve_ctx *r, hs_entity_work *w, uint32_t *ra, uint32_t rb,
                          bool adjectives_only)
{
    hs_doc *d = r->d;
    /* after "former", a country's adjective gives the country, and the
     * role keeps its words: "a former Saudi energy minister" */
    static const char *const formers[] = { "former", "ex", "then", NULL };
    if (*ra + 2 < rb && hs_tok_in(d, *ra, formers) && !w->affiliation) {
        const hs_place_entry *p = hs_res_gazetteer(r, *ra + 1, *ra + 2);
        if (p && p->kind == HS_PLACE_DEMONYM && p->type == HS_ENT_GPE &&
            !(d->toks[*ra + 2].flags & HS_TF_UPPER) && !possessive(d, *ra + 2))
            return (w->affiliation = strdup(p->name)) != NULL;
    }
    for (uint32_t len = 2; len >= 1; len--) {
        const hs_place_entry *p = rb - *ra >= len ? hs_res_gazetteer(r, *ra, *ra + len) : NULL;
        if (!p || (!hs_place_marked(p) && !country_before_title(r, p, *ra, *ra + len, rb)) ||
            (adjectives_only && (p->kind != HS_PLACE_DEMONYM || possessive(d, *ra + len))))
            continue;
        if (p->type == HS_ENT_ORG && party_body_after(d, *ra + len, rb))
            continue;
        if (adjectives_only && past_possessive(d, *ra + len, rb))
            break;      /* "the Republican presidential nominee's eldest daughter" */
        /* a capital's mayor is the city's, not the country's: "Moscow
         * Mayor Sergei Sobyanin" */
        bool city = p->kind == HS_PLACE_CAPITAL && *ra + len + 1 == rb &&
                    hs_tok_is(d, rb - 1, "mayor");
        if (!w->affiliation &&
            !(w->affiliation = city ? hs_res_tokens_text(d, *ra, *ra + len) : strdup(p->name)))
            return false;
        if (p->type != HS_ENT_ORG || *ra + len >= rb ||
            ((d->toks[*ra + len].flags & HS_TF_UPPER) && !party_member_after(d, *ra + len, rb)))
            *ra += len;
        break;
    }
    return true;
}

/* How many bytes of person w's role, whose words start at token ra,
 * name its affiliation: the affiliation's own words ("Wells Fargo
 * CEO") or a short name of it, one entity or gazetteer entry ("U.S.
 * climate envoy" of the United States, "GM Chief Executive" of General
 * Motors); 0 when the role does not open with it. */
static size_t affiliation_words(const resolve_ctx *r, const hs_entity_work *w, uint32_t ra)
{
    const hs_doc *d = r->d;
    size_t n = strlen(w->affiliation);
    if (strncmp(w->role, w->affiliation, n) == 0)
        return n;
    int32_t e = ra < d->ntoks ? d->tok_entity[ra] : -1;
    /* (a party's stays: "GOP presidential candidate", as "Republican
     * presidential nominee" does, opening_place()) */
    if (hs_res_party_name(w->affiliation))
        return 0;
    for (uint32_t len = 1; len <= 3 && ra + len < d->ntoks; len++) {
        const hs_place_entry *p = hs_res_gazetteer(r, ra, ra + len);
        bool entity = e >= 0 && d->tok_entity[ra + len - 1] == e && d->tok_entity[ra + len] != e &&
                      (ra == 0 || d->tok_entity[ra - 1] != e);
        if (!(p && strcmp(p->name, w->affiliation) == 0) &&
            !(entity && strcmp(d->ents[e].name, w->affiliation) == 0))
            continue;
        char *words = hs_res_tokens_text(d, ra, ra + len);
        size_t wn = words ? strlen(words) : 0;
        bool opens = words && strncmp(w->role, words, wn) == 0;
        free(words);
        return opens ? wn : 0;
    }
    return 0;
}

/* The body or place that opens person w's role and is its
 * affiliation goes from the role: "Wells Fargo CEO", "Virginia Gov."
 * are CEO and Gov., of Wells Fargo and of Virginia, as "Russian
 * Foreign Minister" is Foreign Minister, of Russia.  Not a court, which
 * names the judge's office ("Supreme Court Justice"). */
static void drop_opening_affiliation(const resolve_ctx *r, hs_entity_work *w, uint32_t ra)
{
    static const char *const places[] = { "city", "county", "town", "state", NULL };
    size_t n = affiliation_words(r, w, ra);
    /* nor a body or place named by a common word alone ("City
     * Attorney") */
    bool common = !strchr(w->affiliation, ' ') && hs_lex_noun(r->lx, w->affiliation, n);
    for (const char *const *k = places; *k && !common; k++)
        common = strcasecmp(w->affiliation, *k) == 0;
    size_t an = strlen(w->affiliation);
    if (common || !n || (an >= 5 && strcmp(w->affiliation + an - 5, "Court") == 0) ||
        w->role[n] != ' ' || !w->role[n + 1])
        return;
    /* what is left opens with a lowercase word or a title's, not with
     * the rest of a name cut short ("Priorities | USA chief strategist") */
    const char *rest = w->role + n + 1;
    size_t len = strcspn(rest, " ");
    for (const char *const *k = place_offices; *k && !rest[len] && isupper((unsigned char)*rest); k++)
        if (strcasecmp(rest, *k) == 0)
            return;
    bool rank = false;
    for (const char *const *k = title_ranks; *k && !rank; k++)
        rank = strlen(*k) == len && strncasecmp(rest, *k, len) == 0;
    if (isupper((unsigned char)*rest) && !hs_lex_title(r->lx, rest, len) && !rank)
        return;
    /* nor a capitalised word before lowercase ones, the name's own
     * ("Associated | Press writer") */
    for (const char *p = strchr(rest, ' '); p && isupper((unsigned char)*rest); p = strchr(p + 1, ' '))
        if (islower((unsigned char)p[1]))
            return;
    memmove(w->role, rest, strlen(rest) + 1);
}

/* Role and affiliation of person entity e from the words [a,b) around
 * its mention [n0,n1): a source span, or the noun phrase before a
 * mention (hs_res_title_before_name()). */
void hs_res_take_role(resolve_ctx *r, int32_t e, uint32_t a, uint32_t b, uint32_t n0,
                      uint32_t n1)
{
    hs_doc *d = r->d;
    hs_entity_work *w = &d->ents[e];
    uint32_t ra = a, rb = n0;
    /* skip determiners, "and" ("X, 25, and | his wife, Y"), a
     * speaker's or listener's "my", "your" or "our", and a possessive
     * place: "Ukraine's President" */
    while (ra < rb && (is_pos(&d->toks[ra], HS_POS_DT) || hs_tok_is(d, ra, ",") ||
                       is_pos(&d->toks[ra], HS_POS_CC) || hs_tok_is(d, ra, "my") ||
                       hs_tok_is(d, ra, "your") || hs_tok_is(d, ra, "our")))
        ra++;
    ra = past_owner(r, w, ra, rb, false);
    /* "A spokesman for the ministry, Maria Zakharova": not the comma */
    while (rb > ra && (d->toks[rb - 1].flags & HS_TF_PUNCT))
        rb--;
    if (!opening_place(r, w, &ra, rb, false))
        return;
    /* a courtesy title right before the name is none of the role:
     * "GOP presidential candidate | Dr. Ben Carson" */
    while (rb > ra + 1 && rb == n0 && (hs_tok_is(d, rb - 1, "dr.") || hs_tok_is(d, rb - 1, "dr")))
        rb--;
    rb = role_end(r, ra, rb, true);
    bool titled = relative_role(d, ra, rb);     /* a relative is a role too: "wife" */
    for (uint32_t i = ra; i < rb; i++)
        titled |= hs_res_title_word(r, i);
    bool appositive = false, role_here = false;
    uint32_t role_tok = ra;
    /* "Dr." alone before the name: the appositive after it says more
     * ("Dr. Jane Smith, a neurologist at Harvard University,") */
    if (titled && rb == ra + 1 && rb == n0 && (hs_tok_is(d, ra, "dr.") || hs_tok_is(d, ra, "dr"))) {
        w->doctor = true;
        titled = false;
    }
    if (!titled)
        titled = appositive = appositive_after(r, w, n1, b, &ra, &rb);
    if (titled && rb > ra && !w->role) {
        uint32_t whole = rb;
        rb = past_workplace(r, w, ra, rb);
        rb = body_named_next(r, w, ra, rb, b);
        rb = role_before_body(r, w, ra, rb);
        /* a workplace said, then a party's or country's adjective:
         * ", the Democratic chairman of suburban Philadelphia's Bucks
         * County," (not "Washington" in "a Washington lawyer") */
        if (appositive && !w->affiliation && !opening_place(r, w, &ra, rb, true))
            return;
        /* (the second role may still give the affiliation, below) */
        w->role = hs_res_tokens_text(d, ra, first_of_two_roles(r, ra, rb, rb < whole));
        role_here = true;
        role_tok = ra;
        /* "Dr." alone says less than a later "the retired neurosurgeon"
         * (hs_res_doctors()) */
        if (w->role && (strcmp(w->role, "Dr.") == 0 || strcmp(w->role, "Dr") == 0)) {
            free(w->role);
            w->role = NULL;
            w->doctor = true;
        }
    }
    const char *party = party_tag(r, n1, b);
    if (!party)
        party = party_appositive(r, n1, b);
    if (party && !w->affiliation && !(w->affiliation = strdup(party)))
        return;
    /* a body after "of" right after the name: "Gene Munster of
     * Deepwater Asset Management" */
    if (!w->affiliation && n1 + 1 < b && hs_tok_is(d, n1, "of")) {
        uint32_t k = n1 + 1 + (hs_tok_is(d, n1 + 1, "the") && n1 + 2 < b);
        int32_t o = d->tok_entity[k];
        /* (not a word the tagger cut from a name: "the University | of
         * Wisconsin") */
        if (o >= 0 && d->ents[o].type == HS_ENT_ORG && &d->ents[o] != w &&
            (k == 0 || d->tok_entity[k - 1] != o) &&
            !((k + 1 >= b || d->tok_entity[k + 1] != o) && noun_is(d, k, HS_NOUN_ORG)) &&
            !(w->affiliation = strdup(d->ents[o].name)))
            return;
    }
    bool unaffiliated = !w->affiliation;
    if (w->role && !w->affiliation && titled && rb > ra)
        org_in_role(r, w, ra, rb);
    if (w->role && !w->affiliation && titled && rb > ra)
        place_of_office(r, w, ra, rb);
    if (role_here && unaffiliated && w->affiliation)
        drop_opening_affiliation(r, w, role_tok);
    /* a title before the name gave the role, the appositive after it may
     * still name the body: "Rabbi Rick Jacobs, president of the Union
     * for Reform Judaism," */
    uint32_t aa, ab;
    if (w->role && !w->affiliation && rb <= n0 && appositive_after(r, w, n1, b, &aa, &ab) &&
        ab > aa)
        past_workplace(r, w, aa, ab);
    /* a government role with no stated country: the latest place that
     * spoke ("Foreign ministry spokesman" after "China said") */
    if (w->role && !w->affiliation && r->last_place_speaker >= 0 &&
        !strstr(w->role, " of ") &&     /* "foreign minister of France" */
        !strstr(w->role, " at ") &&     /* "scientist at the government-funded
                                           Rand Corporation" */
        (strstr(w->role, "inistry") || strstr(w->role, "overnment") ||
         strstr(w->role, "mbassador") || strstr(w->role, "oreign")))
        w->affiliation = strdup(d->ents[r->last_place_speaker].name);
}

/* Does the role text contain the word w (n bytes) as a whole word,
 * ignoring case? */
bool hs_res_role_has_word(const char *role, const char *w, size_t n)
{
    for (const char *p = role; *p;) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        if ((size_t)(q - p) == n && strncasecmp(p, w, n) == 0)
            return true;
        p = q;
    }
    return false;
}

/* Give person e the role and affiliation the words right before its
 * mention [i, end) say, and the party its tag after it says, whether
 * or not it speaks there: "... attacked
 * Republican presidential nominee Donald Trump", "House Speaker Paul
 * D. Ryan".  The words are the noun phrase's own: adjectives, names,
 * titles, other nouns when they hang on a later word of the phrase or
 * on the name, and an office's "of" ("former secretary of state
 * Hillary Clinton"), back to a determiner, a verb, punctuation or a
 * heading in capitals. */
void hs_res_title_before_name(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end)
{
    const hs_doc *d = r->d;
    uint32_t tok0 = d->sents[d->toks[i].sent].tok0, s = i;
    /* the name opens a relative clause on the noun before it, no title:
     * "The federal judge | Trump was referring to is Gonzalo Curiel";
     * but not after a bare title ("said presumptive Republican
     * presidential nominee | Donald Trump was a ...") or in a reporting
     * "as" ("as the host Steve Doocy said"), which the parser misreads
     * so too */
    const hs_token *last = &d->toks[end - 1];
    if (i > tok0 && last->deprel == HS_DEP_NSUBJ && last->head >= (int32_t)end &&
        d->toks[last->head].deprel == HS_DEP_ACL_RELCL && d->toks[last->head].head == (int32_t)i - 1) {
        uint32_t k = i - 1;
        while (k > tok0 && (is_noun(&d->toks[k - 1]) || is_pos(&d->toks[k - 1], HS_POS_JJ) ||
                            is_pos(&d->toks[k - 1], HS_POS_JJS) || is_pos(&d->toks[k - 1], HS_POS_RBS)))
            k--;
        if (k > tok0 && is_pos(&d->toks[k - 1], HS_POS_DT) &&
            !(k - 1 > tok0 && hs_tok_is(d, k - 2, "as")))
            return;
    }
    while (s > tok0) {
        const hs_token *t = &d->toks[s - 1];
        /* the phrase's own words hang on a later word of it or on the
         * name ("The last thing | state Representative Karlee Macer"
         * is no role), or stand right before a lowercase role word,
         * wherever the parser hung them ("civil rights activist"), as
         * does an owner's relative right before the name ("his wife
         * Michelle"); an office's "of" joins two of them */
        bool inside = (t->head >= (int32_t)s - 1 && t->head < (int32_t)end) ||
                      (s < i && hs_res_role_word(r, s) && !title_modifier(d, s) &&
                       !(d->toks[s].flags & HS_TF_UPPER) && is_noun(t)) ||
                      (s == i && s - 1 > tok0 && hs_res_kin_word(d, s - 1) &&
                       (is_pos(&d->toks[s - 2], HS_POS_PRPS) || is_pos(&d->toks[s - 2], HS_POS_POS)));
        /* (the parser often hangs a title on the verb: "described
         * Democratic presidential nominee | Hillary Clinton") */
        bool common = (is_pos(t, HS_POS_NN) || is_pos(t, HS_POS_NNS)) &&
                      !(t->flags & HS_TF_UPPER) &&
                      !hs_res_title_word(r, s - 1);
        /* a heading in capitals ("DEADLY ISTANBUL EXPLOSION"), not an
         * acronym ("U.S.", "RNC", "TV") */
        bool heading = (t->flags & HS_TF_ALLCAPS) && hs_tok_len(t) >= 5 &&
                       !memchr(hs_tok_str(d, t), '.', hs_tok_len(t));
        bool word = (is_noun(t) && !hs_res_day_or_month(d, s - 1)) || is_pos(t, HS_POS_JJ) ||
                    is_pos(t, HS_POS_POS) ||
                    hs_tok_is(d, s - 1, "retired") ||   /* tagged a verb: "Retired Gen." */
                    (hs_tok_is(d, s - 1, "of") && s - 1 > tok0 && s < i &&
                     hs_res_title_word(r, s - 2));
        if (!word || (common && !inside) || heading ||
            ((t->flags & HS_TF_PUNCT) && !is_pos(t, HS_POS_POS)) ||
            t->quote_depth != d->toks[i].quote_depth)
            break;
        s--;
    }
    /* a relative's owner: "his wife | Michelle" */
    if (s > tok0 && s < i && is_pos(&d->toks[s - 1], HS_POS_PRPS) && relative(d, i - 1) &&
        !d->ents[e].role)
        s--;
    /* a word that only modifies a title does not end one but in an
     * office's "of" phrase ("a state | Sanders is likely to win"; but
     * "former secretary of state Hillary Clinton") */
    bool of = false;
    for (uint32_t k = s; k < i; k++)
        of = of || hs_tok_is(d, k, "of");
    /* and a party's tag right after the name: "Sen. Marco Rubio (R-Fla.)" */
    uint32_t b = end, tok1 = d->sents[d->toks[i].sent].tok1;
    for (uint32_t k = end + 2; k < end + 5 && k < tok1 && hs_tok_is(d, end, "("); k++)
        if (hs_tok_is(d, k, ")")) {
            b = k + 1;
            break;
        }
    /* or between commas: "Sen. Marco Rubio, R-Fla.," */
    if (b == end && end + 2 < tok1 && hs_tok_is(d, end, ",") && party_tag(r, end, tok1))
        for (uint32_t k = end + 2; k < end + 4 && k < tok1; k++)
            if (hs_tok_is(d, k, ",")) {
                b = k + 1;
                break;
            }
    bool titled = s < i && !is_pos(&d->toks[s], HS_POS_IN) &&  /* not "of State" */
                  (of || !title_modifier(d, i - 1));
    if ((!d->ents[e].role || !d->ents[e].affiliation) && titled)
        hs_res_take_role(r, e, s, b, i, end);   /* the role, or an affiliation */
    else if (b > end && !d->ents[e].affiliation)
        hs_res_take_role(r, e, i, b, i, end);       /* the tag alone */
}

/* Can token t be a word of a role's noun phrase: a noun, adjective,
 * preposition, determiner, possessive or number ("the Republican
 * front-runner", "a professor of law at Yale")? */
static bool role_phrase_word(const hs_token *t)
{
    return is_noun(t) || is_pos(t, HS_POS_JJ) || is_pos(t, HS_POS_IN) ||
           is_pos(t, HS_POS_DT) || is_pos(t, HS_POS_POS) || is_pos(t, HS_POS_CD);
}

/* Give person e, whose mention [i, end) is its sentence's subject, the
 * role a predicate after it says: "Mr. Effron is a co-founder of
 * Centerview Partners", "Dean was the party's chairman": the phrase's
 * words as for the appositive, to its end, a comma or the town it is
 * held in, a title's word or a relative's before its first preposition,
 * which opens a body's name if any (not "the only candidate | in either
 * party"); not after "if" ("if Trump is the nominee"). */
static void predicate_role(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end)
{
    hs_doc *d = r->d;
    const hs_sentence *st = &d->sents[d->toks[i].sent];
    static const char *const opens[] = { "the", "a", "an", "his", "her", NULL };
    uint32_t v = end;
    if (v + 2 >= st->tok1 || !(hs_tok_is(d, v, "is") || hs_tok_is(d, v, "was")) ||
        d->toks[i].quote_depth != 0 || !hs_res_subject_name(r, end - 1) ||
        (i > st->tok0 && hs_tok_is_subordinator(d, i - 1)))
        return;
    v++;
    if (hs_tok_is(d, v, "also") || hs_tok_is(d, v, "now"))
        v++;
    if (v + 1 >= st->tok1 || !hs_tok_in(d, v, opens))
        return;
    uint32_t c = v + 1;
    while (c < st->tok1 && c < v + 14 && !hs_tok_is(d, c, ",") &&
           (role_phrase_word(&d->toks[c]) || is_pos(&d->toks[c], HS_POS_CC)))
        c++;
    if (!(c == st->tok1 || hs_tok_is(d, c, ",") || hs_tok_is(d, c, ".") ||
          is_pos(&d->toks[c], HS_POS_WP) || is_pos(&d->toks[c], HS_POS_WDT)))
        return;     /* the phrase runs into a verb: a predicate of another kind */
    c = town_after_role(r, v + 1, c);
    uint32_t h = v + 1;     /* the first preposition */
    while (h < c && !is_pos(&d->toks[h], HS_POS_IN))
        h++;
    uint32_t n = h + 1 < c && hs_tok_is(d, h + 1, "the") ? h + 2 : h + 1;
    bool body = h == c || (n < c && (d->toks[n].flags & HS_TF_UPPER) &&
                           (hs_tok_is(d, h, "of") || hs_tok_is(d, h, "at") ||
                            hs_tok_is(d, h, "for") || hs_tok_is(d, h, "with")));
    if (body && h > v + 1 && (hs_res_title_word(r, h - 1) || relative(d, h - 1)) &&
        !title_modifier(d, h - 1))
        hs_res_take_role(r, e, v, c, c, c);
}

/* Give person e the office a phrase set before its mention [i, end)
 * names, owned by a place or body and held at another: "China's
 * ambassador to the UN, Zhang Jun,": the owner's name and "'s", a
 * title's word, then "to", "of", "for" or "at" and the body's name up
 * to the comma before the mention. */
static void office_of_owner_before(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end)
{
    hs_doc *d = r->d;
    const hs_sentence *st = &d->sents[d->toks[i].sent];
    uint32_t s0 = i - 1;
    while (s0 > st->tok0 && s0 + 14 > i) {
        const hs_token *t = &d->toks[s0 - 1];
        if (!(role_phrase_word(t) || is_pos(t, HS_POS_TO)) ||
            t->quote_depth != d->toks[i].quote_depth)
            break;
        s0--;
    }
    /* the owner opens the phrase, or follows its preposition ("remarks
     * by | China's ambassador"): a place or body, then "'s" */
    uint32_t first = s0;
    while (s0 < i && d->tok_entity[s0] < 0)
        s0++;
    if (s0 > first && !is_pos(&d->toks[s0 - 1], HS_POS_IN))
        return;
    int32_t o = s0 < i ? d->tok_entity[s0] : -1;
    uint32_t p = s0;
    while (o >= 0 && p < i && d->tok_entity[p] == o)
        p++;
    if (o < 0 || d->ents[o].type == HS_ENT_PERSON || p + 3 >= i || !possessive(d, p))
        return;
    uint32_t h = p + 1;     /* the title, up to its preposition */
    while (h < i - 1 && !is_pos(&d->toks[h], HS_POS_IN) && !is_pos(&d->toks[h], HS_POS_TO))
        h++;
    if (h == p + 1 || h >= i - 2 || !hs_res_title_word(r, h - 1) || title_modifier(d, h - 1) ||
        !(hs_tok_is(d, h, "to") || hs_tok_is(d, h, "of") || hs_tok_is(d, h, "for") ||
          hs_tok_is(d, h, "at")))
        return;
    for (uint32_t k = h + 1; k < i - 1; k++)    /* the body's name */
        if (!(hs_tok_is(d, k, "the") || (d->toks[k].flags & HS_TF_UPPER)))
            return;
    hs_res_take_role(r, e, s0, end, i, end);
}

/* The organisation named from token k on, up to the end of the noun
 * phrase (past "the"); NONE when the words there name none. */
static int32_t organisation_at(const hs_doc *d, uint32_t k, uint32_t lim)
{
    if (k < lim && hs_tok_is(d, k, "the"))
        k++;
    int32_t o = k < lim ? d->tok_entity[k] : -1;
    return o >= 0 && d->ents[o].type == HS_ENT_ORG ? o : NONE;
}

/* The employer a phrase after person e's mention [i, end) names, when
 * none is known: ", of Mayfield Memorial Missionary Baptist Church,"
 * or a relative clause whose verb is a job's ("Aparna Mathur, who
 * studies tax policy and labor issues at the American Enterprise
 * Institute,", "Sarah Aubrey, who oversees programming at TNT,"), or
 * "is" and a title ("who is a pastor at ..."), also after a short
 * appositive (", a veteran newspaper editor who teaches at ..."), with
 * the organisation after "at", "for", "with" or "of" before the
 * clause's next comma. */
static void employer_after(resolve_ctx *r, int32_t e, uint32_t end)
{
    static const char *const jobs[] = { "works", "worked", "studies", "studied", "teaches",
        "taught", "serves", "served", "leads", "led", "heads", "headed", "oversees",
        "oversaw", "runs", "ran", "directs", "directed", "founded", "co-founded", "chairs",
        "chaired", "manages", "managed", "represents", "represented", "advises", "advised",
        "researches", "covers", "covered", "writes", "wrote", "edits", "edited", "owns",
        "hosts", "hosted", "anchors", "coaches", "coached", "practices", NULL };
    hs_doc *d = r->d;
    const hs_sentence *st = &d->sents[d->toks[end - 1].sent];
    if (d->ents[e].affiliation || end + 2 >= st->tok1 || !hs_tok_is(d, end, ","))
        return;
    int32_t o = NONE;
    if (hs_tok_is(d, end + 1, "of")) {
        o = organisation_at(d, end + 2, st->tok1);
        uint32_t k = end + 2;
        while (o != NONE && k < st->tok1 && (d->tok_entity[k] == o || hs_tok_is(d, k, "the")))
            k++;
        if (k < st->tok1 && !hs_tok_is(d, k, ",") && !(d->toks[k].flags & HS_TF_PUNCT) &&
            !is_pos(&d->toks[k], HS_POS_VBD) && !is_pos(&d->toks[k], HS_POS_VBZ))
            o = NONE;
    } else {
        /* "who", also after a short appositive (", a physicist who is
         * co-director of ..."), then a job's verb or "is" and a title */
        static const char *const be[] = { "is", "was", NULL };
        uint32_t w = end + 1;
        while (w < end + 5 && w + 2 < st->tok1 && !hs_tok_is(d, w, "who") &&
               (is_pos(&d->toks[w], HS_POS_DT) || is_pos(&d->toks[w], HS_POS_JJ) ||
                is_pos(&d->toks[w], HS_POS_NN)))
            w++;
        uint32_t v = w + 1, title = v + 1;
        while (title < st->tok1 && title < v + 4 && !hs_res_title_word(r, title) &&
               (is_pos(&d->toks[title], HS_POS_DT) || is_pos(&d->toks[title], HS_POS_JJ)))
            title++;
        bool job = w + 2 < st->tok1 && hs_tok_is(d, w, "who") &&
                   (hs_tok_in(d, v, jobs) ||
                    (hs_tok_in(d, v, be) && title < st->tok1 && hs_res_title_word(r, title)));
        for (uint32_t k = v + 1; job && o == NONE && k + 1 < st->tok1 && k < v + 12 &&
                                 !hs_tok_is(d, k, ","); k++)
            if (hs_tok_in(d, k, body_preps))
                o = organisation_at(d, k + 1, st->tok1);
    }
    if (o != NONE && o != e)
        d->ents[e].affiliation = strdup(d->ents[o].name);
}

/* Give person e, whose mention [i, end) is the subject right after a
 * comma, the role a phrase opening the sentence says: "Now the
 * chancellor of Baylor University, Starr has ...", "A well-known legal
 * figure in South Florida, Coffey was ...": an article (after "now",
 * "once" or "then"), then words of a role's noun phrase, a title's word
 * among them, to the comma before the name. */
static void fronted_role(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end)
{
    static const char *const then[] = { "now", "once", "then", NULL };
    static const char *const articles[] = { "the", "a", "an", NULL };
    hs_doc *d = r->d;
    uint32_t s = d->sents[d->toks[i].sent].tok0;
    if (i < s + 3 || !hs_tok_is(d, i - 1, ",") || !hs_res_subject_name(r, end - 1) ||
        d->toks[i].quote_depth != 0 || d->ents[e].plural || strstr(d->ents[e].name, " and "))
        return;     /* (not a couple: "A lawyer, Khan" is one of them) */
    if (hs_tok_in(d, s, then))
        s++;
    if (!hs_tok_in(d, s, articles) || i - 1 > s + 14)
        return;
    bool title = false;
    for (uint32_t k = s + 1; k < i - 1; k++) {
        const hs_token *t = &d->toks[k];
        if (!(role_phrase_word(t) || is_pos(t, HS_POS_CC)) || t->quote_depth != 0 ||
            (d->tok_entity[k] >= 0 && d->ents[d->tok_entity[k]].type == HS_ENT_PERSON))
            return;     /* a clause, or another person's phrase */
        title |= hs_res_title_word(r, k);
    }
    if (title)
        hs_res_take_role(r, e, s, end, i, end);
}

/* Does a title's word in [a, b) come right before a workplace's
 * preposition and a name ("a professor | at Yale University", "a senior
 * fellow | at the Brookings Institution")? */
static bool title_at_workplace(const resolve_ctx *r, uint32_t a, uint32_t b)
{
    const hs_doc *d = r->d;
    for (uint32_t k = a; k + 2 < b; k++) {
        uint32_t n = k + 2 + (hs_tok_is(d, k + 2, "the") && k + 3 < b);
        if (hs_res_title_word(r, k) && !title_modifier(d, k) &&
            hs_tok_in(d, k + 1, workplace_preps) && (d->toks[n].flags & HS_TF_UPPER))
            return true;
    }
    return false;
}

/* Give person e the role an appositive without an article says after
 * its mention [i, end): "Robert Peck, managing director and internet
 * equity analyst at SunTrust Robinson Humphrey,", "Rick Jacobs,
 * president of the Union for Reform Judaism,": a lowercase title's or
 * rank's word first, then words of a role's noun phrase to a comma or
 * the sentence's end, read as a source's appositive is
 * (hs_res_take_role()). */
static void bare_appositive_role(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end)
{
    static const char *const ranks[] = { "managing", "senior", "chief", "executive", "vice",
        "deputy", "assistant", "associate", "former", "longtime", "general", NULL };
    hs_doc *d = r->d;
    const hs_sentence *st = &d->sents[d->toks[i].sent];
    if (end + 2 >= st->tok1 || !hs_tok_is(d, end, ",") ||
        (d->toks[end + 1].flags & HS_TF_UPPER) ||
        !(hs_res_title_word(r, end + 1) || hs_tok_in(d, end + 1, ranks)))
        return;
    uint32_t c = end + 2;
    while (c < st->tok1 && c < end + 16 && !hs_tok_is(d, c, ",") && !hs_tok_is(d, c, ".") &&
           (role_phrase_word(&d->toks[c]) || is_pos(&d->toks[c], HS_POS_CC)) &&
           d->toks[c].quote_depth == d->toks[i].quote_depth) {
        /* another person named there is whom the phrase describes:
         * "who still backs Randolph, former Colorado Rep. Pat Schroeder," */
        int32_t o = d->tok_entity[c];
        if (o >= 0 && o != e && d->ents[o].type == HS_ENT_PERSON)
            return;
        c++;
    }
    if (c < st->tok1 && !hs_tok_is(d, c, ",") && !hs_tok_is(d, c, "."))
        return;     /* the phrase runs into a verb: "Peck, managing the fund, said" */
    hs_res_take_role(r, e, i, c, i, end);
}

/* Give person e the role a description set beside its mention [i, end)
 * says, whether or not it speaks there: "the Republican presidential
 * front-runner, Donald Trump," and "Donald Trump, the Republican
 * front-runner,".  The description is a short noun phrase between
 * commas, opening with an article or an owner's word and ending in a
 * title's word ("the Associated Press, Donald Trump" is no role), or a
 * predicate after it (predicate_role()).  A party member there gives
 * the party, whatever the role (", a Utah Republican,"). */
void hs_res_appositive_role(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end)
{
    hs_doc *d = r->d;
    const hs_sentence *st = &d->sents[d->toks[i].sent];
    static const char *const opens[] = { "the", "a", "an", "his", "her", "its", "their", NULL };
    const char *party = d->ents[e].affiliation ? NULL : party_appositive(r, end, st->tok1);
    if (party)
        d->ents[e].affiliation = strdup(party);     /* ", a Utah Republican," */
    employer_after(r, e, end);
    if (d->ents[e].role)
        return;
    /* after the name: ", the Republican front-runner,", also an owner's
     * (", Clinton's campaign manager,"), whose closing comma a writer
     * may leave out before the verb ("Robby Mook, Clinton's campaign
     * manager was asked") */
    bool owner = end + 3 < st->tok1 && d->tok_entity[end + 1] >= 0 && possessive(d, end + 2);
    if (end + 2 < st->tok1 && hs_tok_is(d, end, ",") && (hs_tok_in(d, end + 1, opens) || owner)) {
        for (uint32_t c = end + 2; c < st->tok1 && c < end + 14; c++) {
            const hs_token *t = &d->toks[c];
            uint8_t p = t->pos;
            bool verb = owner && (p == HS_POS_VBD || p == HS_POS_VBZ || p == HS_POS_MD);
            if (hs_tok_is(d, c, ",") || verb) {
                uint32_t b = town_after_role(r, end + 2, c);
                /* (or a relative's: ", the daughter of former Vice
                 * President Dick Cheney,"; or a title before its
                 * workplace: ", a professor at Yale University,") */
                if ((hs_res_title_word(r, b - 1) && !title_modifier(d, b - 1)) ||
                    relative_role(d, end + 2, b) || title_at_workplace(r, end + 2, b))
                    hs_res_take_role(r, e, i, b, i, end);
                return;
            }
            /* a second post joined by an adverb ends the first: "Claudia
             * Sahm, a former Federal Reserve economist | and now chief
             * economist at ...," */
            if (p == HS_POS_CC && c + 1 < st->tok1 && is_pos(&d->toks[c + 1], HS_POS_RB) &&
                c > end + 2 && hs_res_title_word(r, c - 1) && !title_modifier(d, c - 1)) {
                hs_res_take_role(r, e, i, c, i, end);
                return;
            }
            if (!(role_phrase_word(t) || p == HS_POS_CC) ||
                t->quote_depth != d->toks[i].quote_depth)
                break;
        }
    }
    bare_appositive_role(r, e, i, end);
    if (d->ents[e].role)
        return;
    fronted_role(r, e, i, end);
    if (d->ents[e].role)
        return;
    predicate_role(r, e, i, end);
    if (d->ents[e].role)
        return;
    /* before it: "the Republican presidential front-runner, Donald
     * Trump," (not "Trump's rival, Ted Cruz": a rival is no title; not
     * "his campaign manager, ...": whose "his" is, a speaker's source
     * decides better) */
    if (i >= 3 && hs_tok_is(d, i - 1, ",")) {
        uint32_t s0 = i - 1;
        while (s0 > st->tok0 && s0 + 12 > i) {
            const hs_token *t = &d->toks[s0 - 1];
            if (!(is_noun(t) || is_pos(t, HS_POS_JJ) || is_pos(t, HS_POS_POS) ||
                  is_pos(t, HS_POS_CD)) || t->quote_depth != d->toks[i].quote_depth)
                break;
            s0--;
        }
        static const char *const articles[] = { "the", "a", "an", NULL };
        /* (not an item of a list of posts: "the president, the vice
         * president, Susan Rice"; nor what another person is: "if
         * Trump is | the GOP nominee, Rubio gave", but "Now that he is
         * | the presumptive Republican nominee, Donald Trump") */
        static const char *const be[] = { "is", "was", "are", "were", "be", "been", "being",
                                          NULL };
        bool list_of_posts = s0 >= st->tok0 + 3 && hs_tok_is(d, s0 - 2, ",") &&
                             hs_res_title_word(r, s0 - 3);
        bool predicate = s0 >= st->tok0 + 3 && hs_tok_in(d, s0 - 2, be) &&
                         d->tok_entity[s0 - 3] >= 0 && d->tok_entity[s0 - 3] != e &&
                         d->ents[d->tok_entity[s0 - 3]].type == HS_ENT_PERSON;
        /* (or a relative's, after the pronoun of the owner named just
         * before: "Joe Biden and his wife, Jill,"; another "his" is too
         * often someone else's) */
        bool kin = s0 > st->tok0 && s0 < i - 1 && is_pos(&d->toks[s0 - 1], HS_POS_PRPS) &&
                   hs_res_kin_word(d, i - 2) && relative_role(d, s0, i - 1) &&
                   gendered_just_before(r, s0 - 1) >= 0;
        if (kin)
            hs_res_take_role(r, e, s0 - 1, end, i, end);
        else if (s0 > st->tok0 && s0 + 1 < i - 1 && hs_tok_in(d, s0 - 1, articles) &&
                 !list_of_posts && !predicate && hs_res_title_word(r, i - 2) &&
                 !title_modifier(d, i - 2))
            hs_res_take_role(r, e, s0 - 1, end, i, end);
        else
            office_of_owner_before(r, e, i, end);
    }
}

/* The country a place or body named `name` belongs to, by the gazetteer:
 * a country itself, or the country a state, city or agency is listed
 * under ("Oklahoma", "CIA": United States); NULL when none. */
static const char *country_of(const hs_lexicons *lx, const char *name)
{
    const hs_place_entry *p = hs_lex_place(lx, name, strlen(name));
    if (!p || p->kind == HS_PLACE_COMPANY)
        return NULL;
    if (!p->affiliation)
        return p->type == HS_ENT_GPE ? p->name : NULL;
    const hs_place_entry *q = hs_lex_place(lx, p->affiliation, strlen(p->affiliation));
    return q && q->type == HS_ENT_GPE && !q->affiliation ? q->name : NULL;
}

/* The article's own country: the only one its places and bodies
 * belong to, or the one they belong to most often, by mentions, when
 * that is at least three and no other country is named twice, or four
 * times as often as any other is; NULL when no country leads so
 * clearly.  A weaker lead is mostly a story abroad in the press of
 * another country, where "President Obama" visits Burma: on train and
 * dev, leading twice as often as any other gave 16 of 20 office
 * holders in such stories the wrong country, the rule here 3 of 4, at
 * 30 fewer right ones. */
static const char *home_country(const resolve_ctx *r)
{
    enum { MAX_COUNTRIES = 32 };
    const char *name[MAX_COUNTRIES];
    size_t count[MAX_COUNTRIES], n = 0;
    for (size_t e = 0; e < r->d->nents; e++) {
        const hs_entity_work *w = &r->d->ents[e];
        const char *c = w->type == HS_ENT_PERSON ? NULL : country_of(r->lx, w->name);
        if (!c && w->type == HS_ENT_GPE && w->affiliation)     /* "Kansas City" */
            c = country_of(r->lx, w->affiliation);
        if (!c)
            continue;
        size_t k = 0;
        while (k < n && strcmp(name[k], c) != 0)
            k++;
        if (k == n && n == MAX_COUNTRIES)
            continue;
        if (k == n) {
            name[n] = c;
            count[n++] = 0;
        }
        count[k] += w->nmentions;
    }
    if (n == 0)
        return NULL;
    size_t best = 0, second = 0;
    for (size_t k = 1; k < n; k++)
        if (count[k] > count[best])
            best = k;
    for (size_t k = 0; k < n; k++)
        if (k != best && count[k] > second)
            second = count[k];
    if (second == 0)        /* the one country named at all */
        return name[best];
    /* a story abroad that names the United States' bodies or places too
     * is mostly in the American press, whose "President Trump" is no
     * Saudi president ("RIYADH ... Trump told reporters at the White
     * House") */
    for (size_t k = 0; k < n; k++)
        if (k != best && strcmp(name[k], "United States") == 0)
            return NULL;
    return count[best] >= 3 && (second <= 1 || count[best] >= 4 * second) ? name[best] : NULL;
}

/* Is `role` a national office held for the country the text is about:
 * headed by a word nouns.txt marks N ("President", "Former President",
 * "former secretary of State", "attorney general", "U.S. Air Force
 * Gen.", "Homeland Security Secretary"), its other words those of
 * titles, ranks and government departments?  Not a lowercase word of
 * another kind ("college president", "president of the division",
 * "campaign secretary"), and "of" only after "secretary". */
static bool national_office(const resolve_ctx *r, const char *role)
{
    static const char *const allowed[] = {
        "former", "then", "vice", "first", "retired", "acting", "assistant", "deputy",
        "the", "two-term", "departing", "outgoing", "sitting", "incoming", "then-vice",
        "u.s.", "us", "american", "united", "states", "white", "house", "homeland",
        "air", "force", "army", "navy", "marine", "corps", "treasury", "health",
        "education", "energy", "commerce", "labor", "agriculture", "transportation",
        "veterans", "affairs", "human", "services", "housing", "urban", "development",
        "and", NULL
    };
    char word[32];
    const char *head = NULL, *p = role;
    size_t head_len = 0;
    bool of = false;
    while (*p) {
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        size_t n = (size_t)(q - p);
        if (n == 0 || n >= sizeof word)
            return false;
        for (size_t k = 0; k < n; k++)
            word[k] = (char)tolower((unsigned char)p[k]);
        word[n] = '\0';
        if (strcmp(word, "of") == 0) {
            if (of || !head || head_len != 9 || strncasecmp(head, "secretary", 9) != 0)
                return false;   /* "of" after another word than "secretary" */
            of = true;
        } else if (!of) {
            head = p;
            head_len = n;
        }
        bool known = strcmp(word, "of") == 0 || hs_lex_title(r->lx, word, n);
        for (size_t k = 0; !known && allowed[k]; k++)
            known = strcmp(word, allowed[k]) == 0;
        if (!known || (hs_lex_noun(r->lx, word, n) & HS_NOUN_ORG))
            return false;
        p = *q ? q + 1 : q;
    }
    /* not a bare lowercase "president" or "secretary", mostly a body's
     * ("Cecile Richards, president of ..."), nor the UN's "Secretary
     * General" */
    if (!head || (!strchr(role, ' ') && islower((unsigned char)*role)) ||
        (hs_res_role_has_word(role, "secretary", 9) && hs_res_role_has_word(role, "general", 7)))
        return false;
    /* a press secretary is a campaign's as often, but the White House's */
    if (hs_res_role_has_word(role, "press", 5) && !hs_res_role_has_word(role, "house", 5))
        return false;
    return hs_lex_noun(r->lx, head, head_len) & HS_NOUN_NATIONAL;
}

/* Give the persons who hold a national office and have no affiliation
 * the article's own country ("President Obama" in an article about
 * the United States: United States), as a reader takes it; the
 * country a demonym, a possessive or a place in the role names was
 * taken before this. */
bool hs_res_national_affiliations(resolve_ctx *r)
{
    hs_doc *d = r->d;
    const char *home = NULL;
    bool looked = false;
    for (size_t e = 0; e < d->nents; e++) {
        hs_entity_work *w = &d->ents[e];
        if (w->type != HS_ENT_PERSON || !w->role || w->affiliation || !national_office(r, w->role))
            continue;
        if (!looked) {
            home = home_country(r);
            looked = true;
        }
        if (!home)
            return true;
        if (!(w->affiliation = strdup(home)))
            return false;
    }
    return true;
}

/* "Dr." as the role of each person it stood before and nothing gave
 * another role to. */
bool hs_res_doctors(resolve_ctx *r)
{
    hs_doc *d = r->d;
    for (size_t e = 0; e < d->nents; e++)
        if (d->ents[e].doctor && !d->ents[e].role && !(d->ents[e].role = strdup("Dr.")))
            return false;
    return true;
}
