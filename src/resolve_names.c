/*
 * resolve_names.c -- speakers (1): named mentions become entities.
 *
 * A named mention is a run of entity-tagged tokens, a capitalised name
 * after a title, an untagged full name that opens with a known given
 * name or goes on with a surname's particle ("Marine Le Pen"), or a
 * gazetteer name ("Kremlin", "US").  It joins the entity of
 * the same canonical name; a person's short name ("Zhao", "Mr. Trump")
 * joins the person whose full name holds it, unless another given name
 * says it is someone else of that surname; an organisation's last word
 * ("the Foundation") joins the one organisation so named.  An entity's
 * type is the one most of its mentions give it, and a person's gender
 * comes from "Mr."/"Mrs." or from the given-name lexicons.
 *
 * Names are looked up through the context's hash map, under their
 * lower-cased canonical form and under marked keys for surnames and
 * organisations' last words, so each mention costs a few look-ups.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "resolve.h"

/* Does some attribution's source end at token k?  A name never runs on
 * past one ("Lindsey Graham | Says" in a Title Case headline). */
static bool source_ends_at(const resolve_ctx *r, uint32_t k)
{
    return r->src_end && r->src_end[k];
}


/* Text of tokens [a,b) as a new string (single spaces between tokens that
 * had space between them). */
char *hs_res_tokens_text(const hs_doc *d, uint32_t a, uint32_t b)
{
    if (b <= a)
        return strdup("");
    /* the lexer leaves only spaces between tokens: any run of them, a
     * line break or a no-break space ("Newt\u00A0Gingrich"), is one
     * space, so that a name reads the same however it was set */
    char *s = malloc(d->toks[b - 1].b1 - d->toks[a].b0 + 1);
    if (!s)
        return NULL;
    size_t n = 0;
    for (uint32_t k = a; k < b; k++) {
        const hs_token *t = &d->toks[k];
        if (k > a && t->b0 > d->toks[k - 1].b1)
            s[n++] = ' ';
        memcpy(s + n, d->text + t->b0, t->b1 - t->b0);
        n += t->b1 - t->b0;
    }
    s[n] = '\0';
    return s;
}

/* Lower-cased copy for map keys. */
static char *lower_dup(const char *s)
{
    char *k = strdup(s);
    if (k)
        for (char *p = k; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
    return k;
}

/* Entity index by canonical name, or -1. */
int32_t hs_res_find_entity(const resolve_ctx *r, const char *name)
{
    char buf[256];
    size_t n = hs_lex_fold(name, strlen(name), buf, sizeof buf);
    return n ? (int32_t)hs_strmap_get(&r->names, buf, n) : -1;
}

/* Register `key` (any case) as a name of entity e. */
static bool add_key(resolve_ctx *r, const char *name, int32_t e)
{
    char *k = lower_dup(name);
    if (!k)
        return false;
    if ((r->names.n + 1) * 2 > r->names.cap) {
        /* grow: rebuild with twice the room */
        hs_strmap bigger;
        if (!hs_strmap_init(&bigger, r->names.cap))
            goto fail;
        for (size_t i = 0; i < r->names.cap; i++)
            if (r->names.slots[i].key)
                hs_strmap_put(&bigger, r->names.slots[i].key, r->names.slots[i].len,
                              r->names.slots[i].val);
        hs_strmap_free(&r->names);
        r->names = bigger;
    }
    char **nk = realloc(r->keys, (r->nkeys + 1) * sizeof *nk);
    if (!nk)
        goto fail;
    r->keys = nk;
    r->keys[r->nkeys++] = k;
    hs_strmap_put(&r->names, k, strlen(k), (uint32_t)e);
    return true;
fail:
    free(k);
    return false;
}

/* Make `key` (any case), already a name of some entity, a name of
 * entity e instead; false when out of memory. */
static bool rebind_key(resolve_ctx *r, const char *key, int32_t e)
{
    char *k = lower_dup(key);
    if (!k)
        return false;
    hs_strmap_set(&r->names, k, strlen(k), (uint32_t)e);    /* (the map keeps its own key) */
    free(k);
    return true;
}

/* A new entity; returns its index or NOMEM. */
int32_t hs_res_new_entity(resolve_ctx *r, const char *name, hs_entity_type type)
{
    hs_doc *d = r->d;
    if (!HS_GROW(d->ents, d->capents, d->nents + 1))
        return NOMEM;
    hs_entity_work *e = &d->ents[d->nents];
    memset(e, 0, sizeof *e);
    e->name = strdup(name);
    e->type = type;
    if (!e->name || !add_key(r, name, (int32_t)d->nents)) {
        free(e->name);
        return NOMEM;
    }
    return (int32_t)d->nents++;
}

/* Record a mention [c0,c1) of entity e; a mention inside or around the
 * previous one of the same entity is merged into the larger. */
bool hs_res_add_mention(hs_doc *d, int32_t e, hs_span s)
{
    hs_entity_work *w = &d->ents[e];
    if (w->nmentions) {
        hs_span *last = &w->mentions[w->nmentions - 1];
        if (s.begin >= last->begin && s.end <= last->end)
            return true;
        if (s.begin <= last->begin && s.end >= last->end) {
            *last = s;
            return true;
        }
    }
    if (!HS_GROW(w->mentions, w->capmentions, w->nmentions + 1))
        return false;
    w->mentions[w->nmentions++] = s;
    return true;
}

static hs_entity_type ner_type(uint8_t ner)
{
    switch (ner) {
    case HS_NER_PERSON: return HS_ENT_PERSON;
    case HS_NER_ORG: return HS_ENT_ORG;
    case HS_NER_LOC: return HS_ENT_GPE;
    default: return HS_ENT_OTHER;
    }
}

/* Gazetteer entry for tokens [a,b) (joined by spaces), or NULL.  Short
 * keys must be written in capitals ("US", not "us").  Every word is
 * capitalised but a connective inside the name ("District of Columbia",
 * "Immigration and Customs Enforcement", "State of the Union"). */
const hs_place_entry *hs_res_gazetteer(const resolve_ctx *r, uint32_t a, uint32_t b)
{
    static const char *const inner[] = { "of", "and", "the", "for", "on", NULL };
    const hs_doc *d = r->d;
    char buf[128];
    size_t n = 0;
    for (uint32_t i = a; i < b; i++) {
        const hs_token *t = &d->toks[i];
        if (!(t->flags & HS_TF_UPPER) && (i == a || i + 1 == b || !hs_tok_in(d, i, inner)))
            return NULL;
        size_t len = hs_tok_len(t);
        if (n + len + 2 > sizeof buf)
            return NULL;
        if (i > a)
            buf[n++] = ' ';
        memcpy(buf + n, hs_tok_str(d, t), len);
        n += len;
    }
    if (n <= 3 && !(d->toks[a].flags & HS_TF_ALLCAPS) && n != 0 &&
        !(n == 3 && buf[2] == '.'))
        return NULL;
    return hs_lex_place(r->lx, buf, n);
}

/* Count a named mention of entity e read as `type`, w times, and give
 * the entity the type most of its mentions have: a name first tagged as
 * an organisation ("Trump" of "Trump Organization") or first met as a
 * source the tagger missed ("Sanders said") is a person when most of its
 * mentions say so.  A tie keeps the type the entity has; a gazetteer
 * entity keeps its own. */
static void vote_type(hs_doc *d, int32_t e, hs_entity_type type, unsigned w)
{
    hs_entity_work *x = &d->ents[e];
    if (x->listed || type > HS_ENT_GPE)
        return;
    x->votes[type] = (uint16_t)(x->votes[type] + w < UINT16_MAX
                                ? x->votes[type] + w : UINT16_MAX);
    int best = x->type <= HS_ENT_GPE ? (int)x->type : -1;
    for (int t = HS_ENT_PERSON; t <= HS_ENT_GPE; t++)
        if (x->votes[t] > (best < 0 ? 0 : x->votes[best]))
            best = t;
    if (best >= 0 && x->votes[best] > 0)
        x->type = (hs_entity_type)best;
}

/* Whether token i is a courtesy title or a word for a person's office
 * that stands right before a name ("Mr. Trump", "Chancellor Angela
 * Merkel"): the T list of nouns.txt, narrower than titles.txt, whose
 * "State", "Justice" or "General" also open names of organisations
 * ("State Department"). */
bool hs_res_title_before(const hs_doc *d, uint32_t i)
{
    /* (not an adjective: "The official | Twitter account") */
    return noun_is(d, i, HS_NOUN_TITLE) && !is_pos(&d->toks[i], HS_POS_JJ);
}

/* Is token i a word of titles.txt? */
bool hs_res_title_word(const resolve_ctx *r, uint32_t i)
{
    const hs_token *t = &r->d->toks[i];
    return hs_lex_title(r->lx, hs_tok_str(r->d, t), hs_tok_len(t));
}

/* Is token i a role word (titles.txt) that is not also a given name
 * ("General", "Justice", but not "Dean")? */
bool hs_res_role_word(const resolve_ctx *r, uint32_t i)
{
    const hs_token *t = &r->d->toks[i];
    return hs_res_title_word(r, i) && !hs_lex_name_gender(r->lx, hs_tok_str(r->d, t), hs_tok_len(t));
}

/* Is token i spelled exactly (case too) as one of words? */
static bool spelled_as(const hs_doc *d, uint32_t i, const char *const *words)
{
    const hs_token *t = &d->toks[i];
    for (size_t k = 0; words[k]; k++)
        if (hs_tok_len(t) == strlen(words[k]) &&
            memcmp(hs_tok_str(d, t), words[k], hs_tok_len(t)) == 0)
            return true;
    return false;
}

/* Does token i open another country's party named with "Democrats" or
 * "Republicans" ("Liberal Democrats", "Social Democrats", "Sweden
 * Democrats", "Free Democrats"), a name of two words? */
static bool other_party_name(const hs_doc *d, uint32_t i)
{
    static const char *const first[] = { "Liberal", "Social", "Christian", "Sweden",
                                         "Free", "European", NULL };
    static const char *const second[] = { "Democrats", "Republicans", NULL };
    return i + 1 < d->ntoks && d->toks[i + 1].sent == d->toks[i].sent &&
           spelled_as(d, i, first) && spelled_as(d, i + 1, second);
}

/* Is token i a noun for members of a party: "Republicans", "Democrats",
 * or the singular as a noun ("a Nevada Democrat said", not "Democrat
 * Hillary Clinton" or "Republican leaders")?  They are people, of the
 * party the gazetteer names for the word. */
bool hs_res_party_member(const hs_doc *d, uint32_t i)
{
    static const char *const plural[] = { "republicans", "democrats", NULL };
    static const char *const singular[] = { "republican", "democrat", NULL };
    if (!(d->toks[i].flags & HS_TF_UPPER))
        return false;
    if (i > 0 && other_party_name(d, i - 1))
        return false;
    if (hs_tok_in(d, i, plural))
        return true;
    if (!hs_tok_in(d, i, singular))
        return false;
    if (i + 1 >= d->ntoks || d->toks[i + 1].sent != d->toks[i].sent)
        return true;
    const hs_token *n = &d->toks[i + 1];
    return !is_noun(n) && !(n->flags & HS_TF_UPPER);
}

/* The place whose people token i names in the plural ("Americans",
 * "Iranians": a demonym of the gazetteer and an "s"), or NULL. */
const hs_place_entry *hs_res_nationals_of(const resolve_ctx *r, uint32_t i)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    size_t n = hs_tok_len(t);
    if ((t->pos != HS_POS_NNPS && t->pos != HS_POS_NNS) || !(t->flags & HS_TF_UPPER) ||
        n < 4 || n > 40 || hs_tok_str(d, t)[n - 1] != 's')
        return NULL;
    const hs_place_entry *p = hs_lex_place(r->lx, hs_tok_str(d, t), n - 1);
    return p && p->kind == HS_PLACE_DEMONYM ? p : NULL;
}

/* Relatives and friends: people someone has ("his wife", "Schilling's
 * son"), affiliated with them.  (Kin words stay out of nouns.txt's P
 * list, a feature of the cue detector.) */
static const char *const kin_words[] = {
    "wife", "wives", "husband", "husbands", "mother", "mothers", "father",
    "fathers", "parent", "parents", "son", "sons", "daughter", "daughters",
    "brother", "brothers", "sister", "sisters", "child", "children",
    "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt",
    "niece", "nephew", "cousin", "cousins", "widow", "widower", "fiancee",
    "fiance", "boyfriend", "girlfriend", "friend", "friends", "neighbor",
    "neighbors", "neighbour", "neighbours", NULL
};

/* Is token i a word for a relative or friend ("wife", "sons",
 * "neighbor")? */
bool hs_res_kin_word(const hs_doc *d, uint32_t i)
{
    return hs_tok_in(d, i, kin_words);
}

/* People someone has by a tie other than kin or office: "his rivals",
 * "her admirers", "his colleague", "Ted Cruz's associates". */
static const char *const tie_words[] = {
    "rival", "rivals", "admirer", "admirers", "contemporaries", "enemy", "enemies",
    "colleague", "colleagues", "endorsers", "associate", "associates", "partner",
    "partners", "grandchild", "grandchildren", "ex-wife", "ex-husband", "intern",
    "interns", "employee", "employees", "follower", "followers", "donor", "donors",
    "loyalists", "confidant", "confidants", "defenders", "detractors", "foes", NULL
};

/* Is token i a word for people someone has by such a tie? */
bool hs_res_tie_word(const hs_doc *d, uint32_t i)
{
    return hs_tok_in(d, i, tie_words);
}

/* Is token i a word for what anonymous sources know or whom they are
 * near, which names them ("familiar with the plan", "close to the
 * Clintons", "briefed on the talks")? */
bool hs_res_knowing_word(const hs_doc *d, uint32_t i)
{
    static const char *const knowing[] = { "familiar", "close", "briefed", "involved",
                                           "knowledgeable", "privy", NULL };
    return hs_tok_in(d, i, knowing);
}

/* Is token i a word for anyone at all, the head of an anonymous
 * source ("people", "a person", "sources")? */
bool hs_res_anyone_noun(const hs_doc *d, uint32_t i)
{
    static const char *const anyone[] = { "people", "person", "source", "sources", NULL };
    return hs_tok_in(d, i, anyone);
}

/* Is token i, a common noun or "I", a word for a person: a role or
 * occupation of titles.txt in the singular or plural ("senator",
 * "strategists", "congressmen"), but no office's word ("the state", "the
 * campaign"), or "man", "woman", a relative or a friend ("his wife",
 * "parents"), an opponent, a victim, a protester ..., a party's member
 * ("Senate Republicans"), "I"?  A source described by one is a person. */
bool hs_res_person_noun(const resolve_ctx *r, uint32_t i)
{
    static const char *const people[] = {
        "man", "men", "woman", "women", "i",
        /* people by what befell them or where they stand, not a role */
        "opponent", "opponents", "victim", "victims", "survivor", "survivors",
        "insider", "insiders", "citizen", "citizens", "immigrant", "immigrants",
        "protester", "protesters", "protestor", "protestors", "demonstrator",
        "demonstrators", "troops", "refugee", "refugees", "advocate", "advocates",
        "attendee", "attendees", "participant", "participants", "families",
        "moderators", "contenders", "hopefuls", "elders", "watchers", "fans", "agents",
        "moderator", "guy", "guys", "couple", "crowd", "crowds", "audience", "audiences",
        "environmentalists", "independents", "superdelegates", "users", "staff", "kids",
        "teens", "teenagers", "youths", "caucus-goers", "caucusgoers",
        /* people by where they live or what they buy or use */
        "homeowner", "homeowners", "tenants", "renters", "landlords", "locals",
        "villagers", "farmers", "patients", "customers", "shoppers", "consumers",
        "taxpayers", "commuters", "passengers", "viewers", "listeners", "spectators",
        /* people by what they are doing */
        "marchers", "strikers", "rioters", "mourners", "worshippers", "onlookers",
        "bystanders", "picketers", "rescuers",
        /* people by what they are or think, or anyone */
        "others", "someone", "somebody", "anyone", "anybody", "everyone",
        "everybody", "nobody", "respondents", "conservatives", "liberals",
        "progressives", "moderates", "millennials", NULL
    };
    static const char *const offices[] = {
        "campaign", "campaigns", "communications", "defence", "defense", "finance",
        "finances", "foreign", "interior", "ministry", "national", "press", "security",
        "state", "states", NULL
    };
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    if (hs_tok_in(d, i, people) || hs_res_kin_word(d, i) || hs_res_party_member(d, i) ||
        hs_res_nationals_of(r, i))
        return true;
    /* (a common noun capitalised only because it opens the sentence:
     * "Delegates said") */
    bool opening = i == d->sents[t->sent].tok0 && (t->pos == HS_POS_NNP || t->pos == HS_POS_NNPS);
    if ((t->pos != HS_POS_NN && t->pos != HS_POS_NNS && !opening) || hs_tok_in(d, i, offices))
        return false;
    const char *s = hs_tok_str(d, t);
    size_t n = hs_tok_len(t);
    if (hs_lex_title(r->lx, s, n))
        return true;
    if ((t->pos != HS_POS_NNS && !(opening && s[n - 1] == 's')) || n < 4 || n > 40)
        return false;
    char one[48];
    memcpy(one, s, n);
    if (memcmp(one + n - 3, "men", 3) == 0)       /* "congressmen" */
        one[n - 2] = 'a';
    else if (one[n - 1] == 's')                   /* "strategists" */
        n--;
    return hs_lex_title(r->lx, one, n);
}

/* Is token i a party's label before a name ("Democrat Hillary Clinton",
 * "Republican Bette Grande")?  It is the person's party, not a name. */
bool hs_res_party_word(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "democrat", "republican", "democratic",
                                     "gop", "libertarian", NULL };
    return hs_tok_in(d, i, p);
}

/* Do a given name (of the names lexicon) at token i and a capitalised
 * word after it, in its sentence, make a person's name? */
static bool given_then_surname(const resolve_ctx *r, uint32_t i)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    return i + 1 < d->sents[t->sent].tok1 && name_word(d, i) && name_word(d, i + 1) &&
           hs_lex_name_gender(r->lx, hs_tok_str(d, t), hs_tok_len(t));
}

/* Does a title end right before token i: a title of nouns.txt, or one
 * of two words whose second is any role word ("Attorney General Eric
 * Holder", "Deputy Attorney General Sally Yates")? */
static bool titled_at(const resolve_ctx *r, uint32_t i, uint32_t tok0)
{
    const hs_doc *d = r->d;
    if (i <= tok0)
        return false;
    if (hs_res_title_before(d, i - 1))
        return true;
    /* "White House Chief of Staff | Rahm Emanuel", which the tagger may
     * run into one organisation with the body before it: a given name
     * and a surname after "ROLE of NAME" or "ROLE of the NAME"
     * ("Chancellor of the Exchequer | Rachel Reeves"; not "President of
     * CNN | Worldwide") */
    uint32_t the = i >= tok0 + 4 && hs_tok_is(d, i - 2, "the");
    if (i >= tok0 + 3 + the && name_word(d, i - 1) && hs_tok_is(d, i - 2 - the, "of") &&
        name_word(d, i - 3 - the) && hs_res_role_word(r, i - 3 - the) && given_then_surname(r, i))
        return true;
    return i - 1 > tok0 && name_word(d, i - 1) && hs_res_role_word(r, i - 1) &&
           hs_res_title_before(d, i - 2);
}

/* The words of name the names lexicon knows as given names, folded,
 * into g[]; returns how many (at most 8). */
static size_t given_names(const resolve_ctx *r, const char *name, char g[8][64])
{
    size_t k = 0;
    for (const char *p = name; *p && k < 8;) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (hs_lex_name_gender(r->lx, p, n) && hs_lex_fold(p, n, g[k], sizeof g[k]))
            k++;
        p = e ? e + 1 : p + n;
    }
    return k;
}

/* Are words x[0,nx) and y[0,ny) equal but for at most one letter added,
 * dropped or changed, case aside ("Hilary", "Hillary")? */
static bool one_edit_apart(const char *x, size_t nx, const char *y, size_t ny)
{
    if (nx > ny)
        return one_edit_apart(y, ny, x, nx);
    if (ny - nx > 1)
        return false;
    size_t i = 0;
    while (i < nx && tolower((unsigned char)x[i]) == tolower((unsigned char)y[i]))
        i++;
    if (i == nx)
        return true;
    size_t skip = nx == ny ? 1 : 0;   /* changed, else added in y */
    return strncasecmp(x + i + skip, y + i + 1, nx - i - skip) == 0;
}

/* Is word w[0,n) an auxiliary verb that opens a question in a headline
 * ("Will Sanders Endorse Clinton?")? */
static bool auxiliary(const char *w, size_t n)
{
    static const char *const aux[] = { "will", "can", "could", "should",
        "would", "does", "did", "is", "was", "has", "may", "might", NULL };
    for (const char *const *p = aux; *p; p++)
        if (strlen(*p) == n && strncasecmp(*p, w, n) == 0)
            return true;
    return false;
}

/* Does name end with the words of tail, a whole word of it or all of
 * it ("Hillary Clinton" ends with "Clinton", not "Cocklinton")? */
static bool ends_with_word(const char *name, const char *tail)
{
    size_t nl = strlen(name), tl = strlen(tail);
    return nl >= tl && strcmp(name + nl - tl, tail) == 0 &&
           (nl == tl || name[nl - tl - 1] == ' ');
}

/* Does name open with the word w, whatever its case, and go on ("John
 * Hammond" opens with "John"; "Johnson" and "John" do not)? */
bool hs_res_opens_with_word(const char *name, const char *w)
{
    size_t n = strlen(w);
    return strncasecmp(name, w, n) == 0 && name[n] == ' ';
}

/* Does the word w[0,n) stand in lower case before token i, within as
 * far back as an article reaches ("dean" before "Dean Amar")? */
static bool word_said_before(const hs_doc *d, uint32_t i, const char *w, size_t n)
{
    for (uint32_t k = i > HS_RES_ARTICLE_REACH ? i - HS_RES_ARTICLE_REACH : 0; k < i; k++) {
        const hs_token *t = &d->toks[k];
        if (hs_tok_len(t) == n && !(t->flags & HS_TF_UPPER) &&
            strncasecmp(hs_tok_str(d, t), w, n) == 0)
            return true;
    }
    return false;
}

/* Are two names of persons those of two people, however they share a
 * surname?  So when each holds a given name the names lexicon knows and
 * none in common ("Ivanka Trump", "Donald Trump"; "Bill Clinton",
 * "Hillary Clinton"), or when both are full names whose first words
 * differ by more than a letter ("Jeh Johnson", "Gary Johnson"; "Ted
 * Cruz", "Rafael Cruz") unless one is an initial ("Donald J. Trump")
 * or the shorter name ends the longer ("Wasserman Schultz"); the
 * latter not when given_only (a name read off a Title Case headline,
 * "Obama Speech Targets ...").  x starts at token xa. */
static bool other_first_name(const resolve_ctx *r, const char *x, uint32_t xa, const char *y,
                             bool given_only)
{
    char gx[8][64], gy[8][64];
    size_t nx = given_names(r, x, gx), ny = given_names(r, y, gy);
    for (size_t a = 0; a < nx; a++)
        for (size_t b = 0; b < ny; b++)
            if (strcmp(gx[a], gy[b]) == 0)
                return false;
    if (nx > 0 && ny > 0)
        return true;
    if (given_only)
        return false;
    /* two full names whose first words differ, neither an initial nor
     * the start of a surname of two words the other ends with ("Jeh
     * Johnson" is not Gary Johnson; "Wasserman Schultz" is Debbie
     * Wasserman Schultz), nor by one letter ("Hilary Clinton") */
    const char *ex = strchr(x, ' '), *ey = strchr(y, ' ');
    if (!ex || !ey)
        return false;
    size_t nx_ = strlen(x), ny_ = strlen(y);
    if ((nx_ < ny_ && ends_with_word(y, x)) || (ny_ < nx_ && ends_with_word(x, y)))
        return false;
    size_t lx = (size_t)(ex - x), ly = (size_t)(ey - y);
    if (lx < 2 || ly < 2 || x[lx - 1] == '.' || y[ly - 1] == '.')
        return false;
    /* a role word or a verb read as a name tells nothing ("Dean Amar"
     * after "Vikram Amar, dean of ..."; "Will Sanders endorse ..."), the
     * new name's only where the text gave someone that role before: "Her
     * father, Dean Hinkey," after "Daranda Hinkey" is another person */
    if ((hs_lex_title(r->lx, x, lx) && word_said_before(r->d, xa, x, lx)) ||
        hs_lex_title(r->lx, y, ly) || auxiliary(x, lx) || auxiliary(y, ly))
        return false;
    return !one_edit_apart(x, lx, y, ly);
}

/* Particles that open a surname in either case ("van", "Le", "von
 * der", "bin"); "al" only in lower case, "Al" being a given name. */
static const char *const surname_particles[] = { "van", "von", "de", "der", "den", "ten",
                                                 "ter", "da", "di", "du", "del", "della", "le",
                                                 "la", "bin", "ibn", NULL };

/* Is token i a lower-case particle that opens a surname ("van", "de",
 * "von der", "bin", "al")? */
static bool surname_particle(const hs_doc *d, uint32_t i)
{
    return !(d->toks[i].flags & HS_TF_UPPER) &&
           (hs_tok_in(d, i, surname_particles) || hs_tok_is(d, i, "al"));
}

/* Where the surname with its particles starts in the name [a, b): the
 * first particle after the first word with a word after it ("Bill | de
 * Blasio"); b when there is none. */
static uint32_t surname_start(const hs_doc *d, uint32_t a, uint32_t b)
{
    for (uint32_t i = a + 1; i + 1 < b; i++)
        if (surname_particle(d, i))
            return i;
    return b;
}

/* Past one or two surname particles at token i that a name's word
 * follows ("Ursula | von der | Leyen"): that word; i when there are none. */
static uint32_t past_particles(const hs_doc *d, uint32_t i, uint32_t lim)
{
    uint32_t p = i;
    while (p < lim && p < i + 2 && surname_particle(d, p))
        p++;
    return p > i && p < lim && name_word(d, p) ? p : i;
}

/* The end of a name that opens at token i with a known given name and
 * goes on with a surname's particles and a name's word ("Erik
 * ten Hag", "Ursula von der Leyen"), whatever the tagger read the given
 * name as ("Erik" as a verb); i when there is none. */
static uint32_t given_name_and_particles(const resolve_ctx *r, uint32_t i, uint32_t lim)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    const char *w = hs_tok_str(d, t);
    size_t n = hs_tok_len(t);
    if (!(t->flags & HS_TF_UPPER) || (t->flags & HS_TF_ALLCAPS) ||
        !hs_lex_given_gender(r->lx, w, n))   /* names.txt, then the birth counts */
        return i;
    uint32_t k = past_particles(d, i + 1, lim);
    if (k == i + 1)
        return i;
    while (k < lim && name_word(d, k))
        k++;
    return k;
}

/* Are tokens [a,b) a full name of a person: two to four capitalised
 * words, the first a given name of names.txt, the last no head noun of
 * an organisation ("Donald Trump", not "Eric Trump Foundation" or
 * "CARLY for America")? */
static bool full_person_name(const resolve_ctx *r, uint32_t a, uint32_t b)
{
    const hs_doc *d = r->d;
    if (b - a < 2 || b - a > 4 || noun_is(d, b - 1, HS_NOUN_ORG))
        return false;
    /* the hand list's given names, or the birth counts' where the tagger
     * reads no organisation, place or other name, the word names no
     * place ("Orlando Sentinel", "Edison Research") and no Title Case
     * headline holds it */
    const char *w = hs_tok_str(d, &d->toks[a]);
    size_t n = hs_tok_len(&d->toks[a]);
    bool counted = !hs_lex_name_gender(r->lx, w, n);
    if (counted && (!hs_lex_given_gender(r->lx, w, n) || hs_res_gazetteer(r, a, a + 1) ||
                    (d->toks[a].ner != HS_NER_O && d->toks[a].ner != HS_NER_PERSON) ||
                    (d->toks[a].para == 0 && r->title_case_head)))
        return false;   /* nor "Clinton Cash Debunks Hillary" */
    for (uint32_t i = a; i < b; i++)
        if (!name_word(d, i) || (counted && (hs_res_title_before(d, i) || hs_res_role_word(r, i))))
            return false;   /* nor "Charlotte Mayor Jennifer Roberts" */
    return true;
}

/* Heads of institutions' names that nouns.txt leaves out ("Maxwell
 * School of Syracuse University", "Brooklyn Academy of Music", "Marion
 * Avenue Baptist Church"); some are surnames too ("Frank Church"). */
static const char *const institution_heads[] = { "school", "academy", "college", "center",
    "centre", "hospital", "museum", "library", "church", "society", "association",
    "club", "fund", "trust", "corporation", "press", "service", "laboratory", "lab",
    "project", "program", "alliance", "network", "federation", NULL };

/* Could the words [a, b), which the tagger ran into an organisation's
 * name before "of", be a person's name: two or three name words, no
 * place, title or organisation's head noun, not in a Title Case
 * headline ("Gene Munster | of ...", not "Johns Hopkins University | of
 * ...")? */
static bool name_before_of(const resolve_ctx *r, uint32_t a, uint32_t b)
{
    const hs_doc *d = r->d;
    if (b - a < 2 || b - a > 3 || hs_tok_in(d, b - 1, institution_heads) ||
        noun_is(d, b - 1, HS_NOUN_ORG) || (d->toks[a].para == 0 && r->title_case_head))
        return false;
    for (uint32_t i = a; i < b; i++)
        if (!name_word(d, i) || hs_res_gazetteer(r, i, i + 1) || hs_res_title_before(d, i) ||
            hs_res_role_word(r, i))
            return false;
    return true;
}

/* Do the words [a, b) before "of" make a person's full name: such a
 * name (name_before_of()) opening with a given name of either list
 * ("Gene Munster | of Deepwater Asset Management")? */
static bool person_before_of(const resolve_ctx *r, uint32_t a, uint32_t b)
{
    const hs_doc *d = r->d;
    return b > a && name_before_of(r, a, b) &&      /* names.txt, then the birth counts */
           hs_lex_given_gender(r->lx, hs_tok_str(d, &d->toks[a]), hs_tok_len(&d->toks[a]));
}

/* Do the words [a, b), before "of" at b, make the name of a person the
 * tagger does not know (name_before_of()): a member of the party after
 * "of" ("Atiku Abubakar | of the Peoples Democratic Party") or one a
 * "who" after it tells about ("..., who came second,")? */
static bool member_before_of(const resolve_ctx *r, uint32_t a, uint32_t b)
{
    const hs_doc *d = r->d;
    uint32_t end = d->sents[d->toks[a].sent].tok1, k = b + 1;
    if (b >= end || !hs_tok_is(d, b, "of") || !name_before_of(r, a, b))
        return false;
    if (k < end && hs_tok_is(d, k, "the"))
        k++;
    while (k < end && (d->toks[k].flags & HS_TF_UPPER))
        k++;
    return (k > b + 1 && hs_tok_is(d, k - 1, "party")) ||
           (k + 1 < end && hs_tok_is(d, k, ",") && hs_tok_is(d, k + 1, "who"));
}

/* The key of token i's word after a mark, in buf: the names map holds,
 * beside names, such keys for words that find an entity only in one
 * role, their mark saying which:
 *   \1  an organisation by the last word of its name ("the Post" for
 *       the Washington Post);
 *   \2  that word as shared by two organisations (so it finds none);
 *   \3  the second person of a surname ("Jeh Johnson" after "Gary
 *       Johnson"), for shared_surname().
 * False when the word is too long. */
static bool marked_key(const hs_doc *d, uint32_t i, char mark, char *buf, size_t cap)
{
    size_t n = hs_tok_len(&d->toks[i]);
    if (n + 2 > cap)
        return false;
    buf[0] = mark;
    memcpy(buf + 1, hs_tok_str(d, &d->toks[i]), n);
    buf[n + 1] = '\0';
    return true;
}

/* Register each word of person e's name [a,b) for short-name references
 * ("Zhao" -> Zhao Lijian), but not titles ("Mr.") nor a word that already
 * names someone.  Never for a name read off a Title Case headline or a
 * quotation: "Elizabeth Warren Hammers Wells Fargo" must not catch
 * "Fargo". */
static void add_name_tokens(resolve_ctx *r, int32_t e, uint32_t a, uint32_t b)
{
    const hs_doc *d = r->d;
    uint32_t ps = surname_start(d, a, b);
    if (ps < b) {
        /* the surname with its particles: "de Blasio", "von der Leyen" */
        char *sur = hs_res_tokens_text(d, ps, b);
        if (sur && hs_res_find_entity(r, sur) < 0)
            add_key(r, sur, e);
        free(sur);
    }
    for (uint32_t i = a; i < b; i++) {
        /* a title word is no name but as a surname ("Peter King") */
        if (hs_res_title_word(r, i) &&
            (i + 1 < b || i == a))
            continue;
        char *tok = hs_res_tokens_text(d, i, i + 1);
        int32_t f = tok ? hs_res_find_entity(r, tok) : -1;
        char k[128];
        if (tok && f < 0)
            add_key(r, tok, e);
        else if (tok && f != e && i + 1 == b && d->ents[f].type == HS_ENT_PERSON &&
                 hs_res_opens_with_word(d->ents[f].name, tok))
            rebind_key(r, tok, e);      /* a surname finds its person before someone
                                           whose given name it is: "John" is Tom John,
                                           not John Hammond */
        else if (tok && f != e && i + 1 == b && d->ents[f].type == HS_ENT_PERSON &&
                 marked_key(d, i, '\3', k, sizeof k) && hs_res_find_entity(r, k) < 0)
            add_key(r, k, e);   /* a surname another person has */
        free(tok);
    }
}

/* The gender the names lexicon gives the first word of entity e's name
 * ("Bill Clinton": 'M'), 0 when it knows none; unlike a gender learnt
 * from pronouns, never wrong by a misread "he". */
static char given_gender(const resolve_ctx *r, int32_t e)
{
    const char *name = r->d->ents[e].name;
    const char *sp = strchr(name, ' ');
    return sp ? hs_lex_given_gender(r->lx, name, (size_t)(sp - name)) : 0;
}

/* How near before a bare surname the second person of that surname must
 * have been named to be meant (code points: a few sentences). */
#define SURNAME_REACH 600

/* The gender a courtesy title at token i gives: 'M' for "Mr.", 'F' for
 * "Mrs.", "Ms." or "Miss", else 0.  Capitalised, as titles are: the verb
 * of a headline's "Polls miss Trump's fall" is none. */
static char courtesy_gender(const hs_doc *d, uint32_t i)
{
    if (!(d->toks[i].flags & HS_TF_UPPER))
        return 0;
    static const char *const mr[] = { "mr.", "mr", NULL };
    static const char *const mrs[] = { "mrs.", "mrs", "ms.", "ms", "miss", NULL };
    return hs_tok_in(d, i, mr) ? 'M' : hs_tok_in(d, i, mrs) ? 'F' : 0;
}

/* Person e found by surname [a, a+1), or the second person of that
 * surname when the title before it says so ("Mrs. Clinton" is not Bill
 * Clinton; NONE when there is no second one: someone new) or, with no
 * title, when that one spoke or was a subject after e, not long before,
 * and their given names tell no different genders: "Johnson said" right
 * after "Jeh Johnson" is Jeh Johnson, though Gary Johnson came first.
 * Not for a surname that modifies a noun ("the Trump campaign", "Trump's
 * plan"). */
static int32_t shared_surname(const resolve_ctx *r, int32_t e, uint32_t a)
{
    const hs_doc *d = r->d;
    char k[128];
    int32_t f = marked_key(d, a, '\3', k, sizeof k) ? hs_res_find_entity(r, k) : -1;
    char want = a > 0 ? courtesy_gender(d, a - 1) : 0;
    char ge = given_gender(r, e), gf = f >= 0 ? given_gender(r, f) : 0;
    if (want && ge && ge != want)     /* "Mrs. | Clinton" */
        return f >= 0 && gf != ge ? f : NONE;
    if (want || f < 0 || f == e || !d->ents[f].nmentions || !d->ents[e].nmentions)
        return e;
    const hs_token *next = a + 1 < d->ntoks ? &d->toks[a + 1] : NULL;
    if (next && (is_noun(next) || next->pos == HS_POS_POS))
        return e;
    const hs_entity_work *y = &d->ents[f];
    if (ge && gf && ge != gf)
        return e;   /* a husband and wife: the bare surname stays the first's */
    /* the one who spoke or was a subject last, and not long ago */
    for (int n = 0; n < HS_RES_RECENT && r->recent[n] >= 0; n++) {
        if (r->recent[n] == e)
            return e;
        if (r->recent[n] == f)
            return y->mentions[y->nmentions - 1].begin + SURNAME_REACH > d->toks[a].c0 ? f : e;
    }
    return e;
}

/* The person named in full whose key the word at token i is (a
 * surname, or a given name that the person alone bears); NONE when there
 * is none, NOMEM when out of memory. */
static int32_t person_keyed_at(resolve_ctx *r, uint32_t i)
{
    char *tok = hs_res_tokens_text(r->d, i, i + 1);
    if (!tok)
        return NOMEM;
    int32_t f = hs_res_find_entity(r, tok);
    free(tok);
    if (f < 0 || r->d->ents[f].type != HS_ENT_PERSON || !strchr(r->d->ents[f].name, ' '))
        return NONE;
    return f;
}

/* The person whose full name holds the capitalised word at token i that
 * the tagger read as no name ("Trump's campaign" where "Trump" is
 * untagged), the first of two who share it; NONE when no person's name
 * holds it. */
int32_t hs_res_person_by_surname(resolve_ctx *r, uint32_t i)
{
    if (!name_word(r->d, i) || r->d->tok_entity[i] >= 0)
        return NONE;
    int32_t f = person_keyed_at(r, i);
    return f < 0 ? f : shared_surname(r, f, i);
}

/* Is token i a word that ends an organisation's name: a head noun of
 * nouns.txt's O list, or one kept out of it ("Center", "Services")? */
static bool org_head(const hs_doc *d, uint32_t i)
{
    static const char *const more[] = { "center", "centre", "centers", "services",
        "association", "bureau", "corporation", "institution", "fund", "alliance",
        "caucus", "project", "society", "league", "academy", "academies", "forum",
        "foundation", "authority",
        /* businesses ("Wedbush Securities", "Elliott Management") */
        "securities", "capital", "partners", "holdings", "associates", "management",
        "consulting", "ventures", "investments", "insurance", "airlines", "motors",
        "technologies", "industries", "pharmaceuticals", "inc", "corp", "llc", "ltd", NULL };
    return noun_is(d, i, HS_NOUN_ORG) || hs_tok_in(d, i, more);
}

/* Do the words [a, b), which the tagger ran into one organisation's
 * name with the words before them, make a person's name: a full name,
 * or after a title a given name and the rest ("Boeing Chief Executive |
 * Dave Calhoun"), or after a title two name words whatever the given
 * name ("Houston Police Chief | Art Acevedo")? */
static bool name_after_title(const resolve_ctx *r, uint32_t a, uint32_t b)
{
    if (full_person_name(r, a, b))
        return true;
    /* title words that qualify a body's name as often: "National |
     * Agriculture Confederation", "State | Farm Insurance" */
    static const char *const qualifiers[] = { "national", "state", "foreign", "interior",
        "defense", "defence", "finance", "security", "press", "communications", "campaign",
        "prime", NULL };
    const hs_doc *d = r->d;
    return a > 0 && hs_res_role_word(r, a - 1) &&
           (person_before_of(r, a, b) ||
            (b - a == 2 && !hs_tok_in(d, a - 1, qualifiers) && name_before_of(r, a, b) &&
             !org_head(d, a) && !org_head(d, b - 1) &&
             d->toks[a].pos != HS_POS_NNPS));   /* nor "Nurses United" */
}

/* Does the name ending at token i have an appositive that says it is a
 * body: "Cloudhaven, a company that stores files", "Lumetra, the
 * chipmaker", "Rosaviatsia, Russia's civil aviation agency"?  (Not "Smith, a company spokesman": the appositive's
 * head is the person's noun.) */
static bool body_appositive(const hs_doc *d, const hs_sentence *s, uint32_t i)
{
    if (i + 3 >= s->tok1 || !hs_tok_is(d, i + 1, ","))
        return false;
    static const char *const articles[] = { "a", "an", "the", NULL };
    uint32_t k0 = i + 3;
    if (!hs_tok_in(d, i + 2, articles)) {
        /* or an owner's name: "Rosaviatsia, Russia's civil aviation
         * agency" */
        k0 = i + 2;
        while (k0 < s->tok1 && k0 < i + 5 && is_pos(&d->toks[k0], HS_POS_NNP))
            k0++;
        if (k0 == i + 2 || k0 >= s->tok1 || !is_pos(&d->toks[k0], HS_POS_POS))
            return false;
        k0++;
    }
    for (uint32_t k = k0; k < s->tok1 && k < k0 + 4; k++) {
        const hs_token *t = &d->toks[k];
        /* (the noun that ends the phrase: not "a Clinton campaign |
         * staffer-turned-legal assistant") */
        if (t->head == (int32_t)i && t->deprel == HS_DEP_APPOS)
            return !(t->flags & HS_TF_UPPER) && org_head(d, k) && k + 1 < s->tok1 &&
                   !is_noun(&d->toks[k + 1]) && !is_pos(&d->toks[k + 1], HS_POS_JJ);
        if (!is_noun(t) && !is_pos(t, HS_POS_JJ) && !is_pos(t, HS_POS_JJS))
            return false;
    }
    return false;
}

/* Does the name ending at token i have an appositive whose head is a
 * word for a person: "Trump, the presumptive Republican nominee",
 * "Manchin, a centrist Democrat"? */
static bool person_appositive(const resolve_ctx *r, const hs_sentence *s, uint32_t i)
{
    const hs_doc *d = r->d;
    static const char *const articles[] = { "a", "an", "the", NULL };
    if (i + 3 >= s->tok1 || !hs_tok_is(d, i + 1, ",") || !hs_tok_in(d, i + 2, articles))
        return false;
    for (uint32_t k = i + 3; k < s->tok1 && k < i + 7; k++) {
        const hs_token *t = &d->toks[k];
        if (t->head == (int32_t)i && t->deprel == HS_DEP_APPOS)
            return !(t->flags & HS_TF_UPPER) && hs_res_person_noun(r, k);
        if (!is_noun(t) && !is_pos(t, HS_POS_JJ) && !is_pos(t, HS_POS_JJS))
            return false;
    }
    return false;
}

/* Register organisation e, named by [a,b), under its last word, or that
 * word as shared when another organisation has it already. */
static void add_marked_key(resolve_ctx *r, int32_t e, uint32_t a, uint32_t b)
{
    /* not by a word many organisations end with: "the House" is not
     * the White House, "the Committee" not any committee */
    static const char *const common[] = { "house", "senate", "congress", "assembly",
                                          "hill", "office", NULL };
    char k[64];
    if (b - a < 2 || !name_word(r->d, b - 1) || org_head(r->d, b - 1) ||
        hs_tok_in(r->d, b - 1, common) || !marked_key(r->d, b - 1, '\1', k, sizeof k))
        return;
    int32_t f = hs_res_find_entity(r, k);
    if (f < 0)
        add_key(r, k, e);
    else if (f != e && marked_key(r->d, b - 1, '\2', k, sizeof k) && hs_res_find_entity(r, k) < 0)
        add_key(r, k, e);
}

/* The one organisation named before whose name ends with the word at
 * token a, for "the Post" or "the Times"; -1 when none or several. */
static int32_t org_by_short_name(const resolve_ctx *r, uint32_t a)
{
    char k[64];
    if (a == 0 || !hs_tok_is(r->d, a - 1, "the") || !marked_key(r->d, a, '\2', k, sizeof k) ||
        hs_res_find_entity(r, k) >= 0 || !marked_key(r->d, a, '\1', k, sizeof k))
        return -1;
    return hs_res_find_entity(r, k);
}

/* The business a one-word name at token a is short for: an
 * organisation named before whose name is that word and words of a
 * business's kind ("Lumetra Semiconductor", then "Lumetra, which is
 * based in San Jose"; "Goldman Sachs Group", then "Goldman"), the
 * latest one; -1 when none. */
static int32_t business_by_first_word(const resolve_ctx *r, uint32_t a)
{
    static const char *const kinds[] = { "Inc", "Inc.", "Corp", "Corp.", "Co.",
        "Corporation", "Company", "Group", "Holdings", "Technologies", "Technology",
        "Semiconductor", "Semiconductors", "Systems", "Labs", "Networks", "Software",
        "Energy", "Media", "Pharmaceuticals", "Therapeutics", "Airlines", "Airways",
        "Motors", "Securities", "Capital", "Partners", "Industries", "Financial",
        "Communications", "Electronics", "Entertainment", "Brands", "Ltd", "Ltd.",
        "LLC", "PLC", "plc", "AG", "SA", NULL };
    const hs_doc *d = r->d;
    const char *w = hs_tok_str(d, &d->toks[a]);
    size_t n = hs_tok_len(&d->toks[a]);
    for (size_t k = d->nents; k-- > 0;) {
        const hs_entity_work *x = &d->ents[k];
        if (x->type != HS_ENT_ORG || x->described || strncmp(x->name, w, n) != 0 ||
            x->name[n] != ' ')
            continue;
        bool business = true;
        for (const char *p = x->name + n; business && *p;) {
            p++;        /* the space */
            const char *q = strchr(p, ' ');
            size_t len = q ? (size_t)(q - p) : strlen(p);
            business = hs_word_in(p, len, kinds);
            p += len;
        }
        if (business)
            return (int32_t)k;
    }
    return -1;
}

/* Does an age follow the name that ends before token b: ", 60," or
 * ", 60." ("Yin Myint May, 60, a doctor, said")?  Only people have one. */
static bool age_after(const hs_doc *d, uint32_t b)
{
    if (b + 2 >= d->ntoks || !hs_tok_is(d, b, ",") || !is_pos(&d->toks[b + 1], HS_POS_CD))
        return false;
    const hs_token *t = &d->toks[b + 1];
    const char *w = hs_tok_str(d, t);
    size_t n = hs_tok_len(t);
    for (size_t k = 0; k < n; k++)
        if (w[k] < '0' || w[k] > '9')
            return false;
    return n >= 1 && n <= 3 && (hs_tok_is(d, b + 2, ",") || hs_tok_is(d, b + 2, "."));
}

/* The gender the given names among tokens [a, b) agree on ('M' or 'F'),
 * 0 when none is known or they disagree. */
static char given_names_gender(const resolve_ctx *r, uint32_t a, uint32_t b)
{
    char g = 0;
    for (uint32_t i = a; i < b; i++) {
        const hs_token *t = &r->d->toks[i];
        char x = hs_lex_given_gender(r->lx, hs_tok_str(r->d, t), hs_tok_len(t));
        if (x && g && x != g)
            return 0;
        if (x)
            g = x;
    }
    return g;
}

/* Give public body e, named at tokens [i, j), the country its name
 * or an owner before it says it belongs to: "Mexico's | Foreign
 * Ministry", "Chinese Foreign Ministry", unless it has an affiliation
 * (not a book, "America's Unwritten Constitution", nor a school named
 * with an adjective, "Georgian Court University", nor a party, one
 * entity for the state's and the nation's).  False when out of memory. */
static bool body_of_country(resolve_ctx *r, int32_t e, uint32_t i, uint32_t j)
{
    static const char *const forces[] = { "Army", "Navy", "Military", "Forces", "Police", NULL };
    hs_doc *d = r->d;
    hs_entity_work *w = &d->ents[e];
    if (w->affiliation || w->type != HS_ENT_ORG ||
        !(hs_res_public_body(w->name) || hs_res_last_word_in(w->name, forces)) ||
        hs_res_party_name(w->name))     /* "Wyoming's | Republican Party" */
        return true;
    bool owned = i >= 2 && is_pos(&d->toks[i - 1], HS_POS_POS) &&
                 d->toks[i - 2].sent == d->toks[i].sent;
    const hs_place_entry *p = owned ? hs_res_gazetteer(r, i - 2, i - 1)
                            : j > i + 1 ? hs_res_gazetteer(r, i, i + 1) : NULL;
    /* (opening the name, an adjective only: not "Washington | Post") */
    if (!p || p->type != HS_ENT_GPE || strcmp(p->name, w->name) == 0 ||
        /* ("British Columbia", a place of its own, opening the name) */
        (!owned && (hs_res_gazetteer(r, i, j) || hs_res_gazetteer(r, i, i + 2))) ||
        p->kind != (owned ? HS_PLACE_NAME : HS_PLACE_DEMONYM))
        return true;
    return (w->affiliation = strdup(p->name)) != NULL;
}

/* Entity for a named mention [a,b) of type `type`; creates it if new.
 * Persons match earlier persons by any shared name token ("Zhao"), but
 * not a full name with another given name ("Ivanka Trump" is not Donald
 * Trump). */
int32_t hs_res_entity_for_name(resolve_ctx *r, uint32_t a, uint32_t b, hs_entity_type type,
                               const char *canonical)
{
    hs_doc *d = r->d;
    /* an office named alone is its holder: "the Pope", whatever the
     * tagger read ("from the Pope and the US" as a place) */
    if (!canonical && b - a == 1 && type != HS_ENT_PERSON && hs_res_title_before(d, a))
        type = HS_ENT_PERSON;
    char *name = canonical ? strdup(canonical) : hs_res_tokens_text(d, a, b);
    if (!name)
        return NOMEM;
    bool weak = !canonical && ((d->toks[a].para == 0 && r->title_case_head) ||
                               d->toks[a].quote_depth > 0);
    int32_t e = hs_res_find_entity(r, name);
    bool other = false;     /* not the person of that name: "Mrs. Clinton" */
    if (e >= 0 && !canonical && b - a == 1 && d->ents[e].type == HS_ENT_PERSON) {
        e = shared_surname(r, e, a);
        other = e < 0;
    }
    if (e < 0 && type == HS_ENT_PERSON && !canonical && !other) {
        static const char *const generation[] = { "jr.", "sr.", "jr", "sr", "ii",
                                                  "iii", "iv", NULL };
        /* "Zhao" -> "Zhao Lijian": any single name token of a person */
        bool new_ends_with_match = false, old_ends_with_match = false;
        /* "Bill de Blasio" -> "De Blasio": the surname with its particles */
        uint32_t ps = surname_start(d, a, b);
        char *sur = ps < b ? hs_res_tokens_text(d, ps, b) : NULL;
        int32_t by_surname = sur ? hs_res_find_entity(r, sur) : -1;
        free(sur);
        if (by_surname >= 0 && d->ents[by_surname].type == HS_ENT_PERSON) {
            e = by_surname;
            new_ends_with_match = old_ends_with_match = true;
        }
        uint32_t last = b;      /* the name's last word, past "Jr." */
        while (last > a + 1 && hs_tok_in(d, last - 1, generation))
            last--;
        for (uint32_t i = b; i-- > a && e < 0;) {
            char *tok = hs_res_tokens_text(d, i, i + 1);
            if (!tok)
                break;
            /* "Jr." links no one: Harry B. Harris Jr. is not Joseph F.
             * Dunford Jr. */
            int32_t f = hs_tok_in(d, i, generation) ? -1 : hs_res_find_entity(r, tok);
            /* a word before the surname finds only a person known by
             * that one word ("Moon" -> "Moon Jae-in"), and never a given
             * name: "David Kendall" is not David Petraeus, "Rich Beeson"
             * not Rich Heffley */
            bool by_first = i + 1 < b && f >= 0 &&
                            (strchr(d->ents[f].name, ' ') ||
                             hs_lex_name_gender(r->lx, hs_tok_str(d, &d->toks[i]),
                                                hs_tok_len(&d->toks[i])));
            /* a person, or a one-word name the tagger typed otherwise
             * at first ("Sanders: Clinton needs ..." and then "Bernie
             * Sanders"), a place only when a given name opens the
             * full name ("Trump" in a headline, then "Donald Trump");
             * the majority of mentions decides its type */
            bool person = f >= 0 && (d->ents[f].type == HS_ENT_PERSON ||
                                     (!d->ents[f].listed && !strchr(d->ents[f].name, ' ') &&
                                      (d->ents[f].type != HS_ENT_GPE ||
                                       full_person_name(r, a, b))));
            /* the new name's last word, another name's first: "Brian
             * Jack" is not "Jack Dalrymple" */
            bool given_as_surname = f >= 0 && i + 1 == last && b - a > 1 &&
                                    hs_res_opens_with_word(d->ents[f].name, tok);
            if (f >= 0 && !by_first && person && !given_as_surname &&
                !other_first_name(r, name, a, d->ents[f].name,
                                  weak || d->ents[f].weak_name)) {
                e = f;
                /* "Joseph R. Biden Jr." ends with the "Biden" it found */
                uint32_t end = i + 1;
                while (end < b && hs_tok_in(d, end, generation))
                    end++;
                new_ends_with_match = end == b;
                size_t nl = strlen(d->ents[f].name), tl = strlen(tok);
                old_ends_with_match = nl >= tl &&
                                      strcmp(d->ents[f].name + nl - tl, tok) == 0;
            }
            free(tok);
        }
        /* given names of the other gender than the one a title or a
         * given name gave the person found are someone else's: "the
         * first lady, Michelle Obama" after "Mr. Obama" (not a gender
         * learnt from a pronoun, which can be wrong); the words before
         * the surname must agree ("San Francisco Supervisor Jane Kim",
         * "Nancy Davis Reagan" tell nothing) */
        if (e >= 0 && b - a > 1 && d->ents[e].gender_named &&
            given_names_gender(r, a, ps < b ? ps : b - 1) == (d->ents[e].gender == 'M' ? 'F' : 'M'))
            e = -1;
        /* the canonical name is the longest that ends with the shared
         * surname ("Hillary Clinton" over "Clinton Foundation"); a name
         * from the running text replaces one from a headline or a
         * quotation ("Crooked Hillary Clinton") */
        if (e >= 0 && b - a > 1 && !weak &&
            (d->ents[e].weak_name ||
             (new_ends_with_match && !old_ends_with_match) ||
             (new_ends_with_match == old_ends_with_match &&
              strlen(name) > strlen(d->ents[e].name)))) {
            free(d->ents[e].name);
            d->ents[e].name = name;
            d->ents[e].weak_name = false;
            /* a one-word source read as a description ("Trump urges
             * ..." opening a headline) is a named person now */
            d->ents[e].described = false;
            name = NULL;
            add_key(r, d->ents[e].name, e);
            /* and its given name finds it now: "Mr. Trump", then "Donald
             * J. Trump", then "Donald scolded" */
            if (type == HS_ENT_PERSON && d->ents[e].type == HS_ENT_PERSON)
                add_name_tokens(r, e, a, b);
        }
    }
    if (e < 0 && type == HS_ENT_ORG && !canonical && b - a == 1)
        e = org_by_short_name(r, a);
    if (e < 0 && !canonical && b - a == 1 && (e = business_by_first_word(r, a)) >= 0)
        type = HS_ENT_ORG;      /* (the tagger may read it as a person) */
    bool created = e < 0;
    if (e < 0) {
        e = hs_res_new_entity(r, name, type);
        if (e >= 0)
            d->ents[e].weak_name = weak;
        if (e >= 0 && type == HS_ENT_PERSON && b - a > 1 && !weak)
            add_name_tokens(r, e, a, b);
        if (e >= 0 && type == HS_ENT_ORG && !weak && !canonical)
            add_marked_key(r, e, a, b);
        if (e >= 0 && other) {
            /* the second person of that surname, for the next "Mrs." */
            char k[128];
            if (marked_key(d, a, '\3', k, sizeof k) && hs_res_find_entity(r, k) < 0 && !add_key(r, k, e))
                e = NOMEM;
        }
    } else if (d->ents[e].weak_name && !weak && !canonical &&
               type == HS_ENT_PERSON && b - a > 1) {
        /* the headline's name met again in the running text ("Bernie
         * Sanders" in the title and the lede): now its surname may
         * find it */
        d->ents[e].weak_name = false;
        add_name_tokens(r, e, a, b);
    }
    free(name);
    if (e >= 0 && created && canonical)
        d->ents[e].listed = true;
    /* one word of a person's full name is the person's, whatever the
     * tagger read ("Bloomberg told New York magazine" after "Michael
     * Bloomberg") */
    if (e >= 0 && b - a == 1 && !canonical && d->ents[e].type == HS_ENT_PERSON &&
        strchr(d->ents[e].name, ' '))
        type = HS_ENT_PERSON;
    if (e >= 0) {
        vote_type(d, e, type, 1);
        /* a title before it, or a given name opening a full name
         * ("Donald Trump"), outvotes the tagger's reading of a surname
         * that modifies a noun ("the Trump campaign", "Trump Tower") */
        if ((a > 0 && hs_res_title_before(d, a - 1)) || full_person_name(r, a, b) ||
            age_after(d, b))
            vote_type(d, e, HS_ENT_PERSON, 2);
    }
    if (e >= 0 && type == HS_ENT_ORG && !canonical && !body_of_country(r, e, a, b))
        return NOMEM;
    return e;
}

/* Is token k a capitalised common noun inside its sentence, a word of a
 * name the tagger missed ("The Tax Policy Center"); or, with `adjective`,
 * a capitalised adjective ("Center for Strategic and International
 * Studies")? */
static bool capitalised_inside(const hs_doc *d, uint32_t k, bool adjective)
{
    const hs_token *t = &d->toks[k];
    return (t->pos == HS_POS_NN || t->pos == HS_POS_NNS || (adjective && t->pos == HS_POS_JJ)) &&
           (t->flags & HS_TF_UPPER) && !(t->flags & HS_TF_PUNCT) && k > d->sents[t->sent].tok0;
}

/* Can token k be a word of an organisation's name after its head ("of
 * Strategic Initiatives")? */
static bool org_name_word(const hs_doc *d, uint32_t k)
{
    return name_word(d, k) || capitalised_inside(d, k, true);
}

/* Does an organisation's name go on at token k, after its head: "of" or
 * "for" and a name ("Institute | of Politics"), or "on" and a name after
 * a body named for its subject ("Committee | on Taxation"), but not a
 * date ("the committee on Tuesday")? */
static bool name_after_head(const hs_doc *d, uint32_t k)
{
    static const char *const deliberative[] = { "committee", "subcommittee", "commission",
                                                "council", "panel", "force", NULL };
    return k > 0 && k + 1 < d->ntoks &&
           (hs_tok_is(d, k, "of") || hs_tok_is(d, k, "for") ||
            (hs_tok_is(d, k, "on") && hs_tok_in(d, k - 1, deliberative))) &&
           org_name_word(d, k + 1) && !hs_tok_is_time_word(d, k + 1);
}

/* Where an organisation's name that starts at token i ends: two to five
 * capitalised words, the last an organisation's head ("Tax Policy
 * Center", which the tagger may begin a word late or type as a place),
 * and any name after it (name_after_head()); i itself when there is none,
 * when the tagger reads the words as one organisation already, or in a
 * Title Case headline. */
static uint32_t org_name_end(const resolve_ctx *r, uint32_t i, uint32_t tok1)
{
    const hs_doc *d = r->d;
    if (r->title_case_head && d->toks[i].para == 0)
        return i;
    uint32_t end = i, words = 0;
    for (uint32_t k = i; k < tok1 && words < 5; k++) {
        /* a capitalised common noun inside a sentence is a name's word
         * too ("The | Tax | Policy Center") */
        bool word = name_word(d, k) || capitalised_inside(d, k, false);
        /* a list of trades inside the name: "Retail, Wholesale and
         * Department Store Union", "United Food and Commercial Workers
         * Union" (counted only when an organisation's head ends it) */
        if (!word && k > i && k + 1 < tok1 && name_word(d, k + 1) && end == i &&
            d->toks[k - 1].ner != HS_NER_PERSON &&
            ((hs_tok_is(d, k, ",") && hs_tok_is(d, k + 2, "and")) ||
             hs_tok_is(d, k, "and") || hs_tok_is(d, k, "&")))
            continue;
        if (!word || hs_res_title_before(d, k))
            break;
        words++;
        /* (an institution's head too, after two words: "Mayfield Memorial
         * Missionary Baptist Church", not "Frank Church") */
        if (k > i && (org_head(d, k) || (k >= i + 2 && hs_tok_in(d, k, institution_heads))))
            end = k + 1;
        if (source_ends_at(r, k))
            break;
    }
    /* a head alone opens the name when one follows it: "the Department
     * | of Justice", "the Council | on Foreign Relations" */
    if (end == i && name_word(d, i) && org_head(d, i) && i + 2 < tok1 && name_after_head(d, i + 1))
        end = i + 1;
    if (end == i)
        return i;
    /* the name goes on: "Public Policy Institute | of California",
     * "Joint Committee | on Taxation", "Office of Management | and
     * Budget" */
    while (end + 1 < tok1 && name_after_head(d, end) && !source_ends_at(r, end)) {
        uint32_t k = end + 1, last = end;
        for (;;) {
            /* the words of the name, up to a title ("Centers for Disease
             * Control | Director Thomas Frieden"); it ends in a noun
             * ("Office of Strategic Initiatives") */
            while (k < tok1 && org_name_word(d, k) && !hs_res_title_before(d, k)) {
                if (!is_pos(&d->toks[k], HS_POS_JJ))
                    last = k + 1;
                if (source_ends_at(r, k++))
                    break;
            }
            /* "and" and another word of it, no person, title or other
             * name: "Office of Management | and | Budget" */
            if (!(last == k && k + 2 < tok1 && (hs_tok_is(d, k, "and") || hs_tok_is(d, k, "&")) &&
                  org_name_word(d, k + 1) && d->toks[k + 1].ner != HS_NER_PERSON &&
                  !hs_res_title_before(d, k + 1) && !hs_res_gazetteer(r, k + 1, k + 2) &&
                  !source_ends_at(r, k - 1)))
                break;
            k++;
        }
        if (last == end)
            break;
        end = last;
    }
    /* more capitalised words after it ("Cleveland Police | Chief Calvin
     * Williams"), or a run the tagger already reads as one organisation:
     * the tagger's reading stands */
    if (end < tok1 && name_word(d, end) && !source_ends_at(r, end - 1))
        return i;
    bool tagged = true;
    for (uint32_t k = i; k < end && tagged; k++)
        tagged = d->toks[k].ner == HS_NER_ORG;
    return tagged ? i : end;
}

/* The end of a name that opens at token i with a capitalised word the
 * lexicons may not know as a given name and goes on with a surname's
 * particle, in either case, and a name's word: "Marine Le Pen", "Chris
 * Van Hollen", "Mohammed bin Salman", which the tagger often reads as
 * an organisation or as nothing.  Not where a word is a place, a title,
 * a role or an organisation's head ("Tour De France", "Fort Van Buren
 * Museum"); i when there is none. */
static uint32_t particle_name_end(const resolve_ctx *r, uint32_t i, uint32_t lim)
{
    const hs_doc *d = r->d;
    if (i + 2 >= lim || !name_word(d, i) || (d->toks[i].flags & HS_TF_ALLCAPS) ||
        !hs_tok_in(d, i + 1, surname_particles))
        return i;
    uint32_t k = i + 2;
    if (k + 1 < lim && hs_tok_in(d, k, surname_particles))
        k++;                            /* "von der" */
    if (!name_word(d, k) || (d->toks[k].flags & HS_TF_ALLCAPS))
        return i;
    k++;
    for (uint32_t w = i; w < k; w++)
        if (hs_res_gazetteer(r, w, w + 1) || hs_res_title_before(d, w) ||
            hs_res_role_word(r, w) || org_head(d, w) || hs_tok_in(d, w, institution_heads))
            return i;
    /* no name's word after it: "Chris Van Hollen Jr." is fine, a longer
     * run ("Notre Dame De Paris Cathedral") is no person's */
    if (k < lim && name_word(d, k) && !hs_tok_is(d, k, "Jr.") && !hs_tok_is(d, k, "Jr"))
        return i;
    return k;
}

/* Does the run of words from token i the tagger put in class ner end
 * in an organisation's head noun ("Judiciary Committee", "New York |
 * University")? */
static bool ner_run_ends_in_org_head(const hs_doc *d, uint32_t i, uint32_t tok1, uint8_t ner)
{
    uint32_t j = i;
    while (j < tok1 && d->toks[j].ner == ner && !(d->toks[j].flags & HS_TF_PUNCT))
        j++;
    return j > i && org_head(d, j - 1);
}

/* The relative a given name alone names after its kin word: "Clinton's
 * husband, Bill," and "Trump's son Eric" are Bill Clinton and Eric
 * Trump, named with the surname of the one they are kin to (a person
 * with a full name, just before).  NONE when token i is no such name. */
static int32_t kin_by_given_name(resolve_ctx *r, uint32_t i)
{
    hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    char gender = hs_lex_given_gender(r->lx, hs_tok_str(d, t), hs_tok_len(t));
    if (!gender)
        gender = hs_lex_name_gender(r->lx, hs_tok_str(d, t), hs_tok_len(t));
    uint32_t k = i;
    if (k > 0 && hs_tok_is(d, k - 1, ","))
        k--;
    if (!gender || k < 3 || !hs_res_kin_word(d, k - 1))
        return NONE;
    /* "Clinton's husband, Bill", or "Ebeling and her husband, Tom" */
    bool pronoun = k >= 4 && is_pos(&d->toks[k - 2], HS_POS_PRPS) && hs_tok_is(d, k - 3, "and");
    if (!pronoun && !is_pos(&d->toks[k - 2], HS_POS_POS))
        return NONE;
    uint32_t o = pronoun ? k - 4 : k - 3;
    int32_t owner = d->tok_entity[o];
    if (owner < 0 && (d->toks[o].flags & HS_TF_UPPER))
        owner = person_keyed_at(r, o);      /* a surname the tagger left untagged */
    if (owner == NOMEM)
        return NOMEM;
    if (owner < 0 || d->ents[owner].type != HS_ENT_PERSON)
        return NONE;
    const char *surname = strrchr(d->ents[owner].name, ' ');
    if (!surname)
        return NONE;
    size_t n = hs_tok_len(t) + strlen(surname) + 1;
    char *name = malloc(n);
    if (!name)
        return NOMEM;
    snprintf(name, n, "%.*s%s", (int)hs_tok_len(t), hs_tok_str(d, t), surname);
    int32_t e = hs_res_find_entity(r, name);
    if (e < 0) {
        e = hs_res_new_entity(r, name, HS_ENT_PERSON);
        if (e >= 0) {
            d->ents[e].gender = gender;
            /* the given name now names this person, also where it
             * named someone by that word alone before ("slip-on Tom's
             * flat shoes ... her husband, Tom, ... Tom told") */
            char *given = hs_res_tokens_text(d, i, i + 1);
            int32_t f = given ? hs_res_find_entity(r, given) : NOMEM;
            if (!given || (f < 0 && !add_key(r, given, e)))
                e = NOMEM;
            else if (f >= 0 && d->ents[f].type == HS_ENT_PERSON && !strchr(d->ents[f].name, ' ') &&
                     !rebind_key(r, given, e))
                e = NOMEM;
            free(given);
        }
    }
    free(name);
    if (e >= 0)
        vote_type(d, e, HS_ENT_PERSON, 1);
    return e;
}

/* Does tokens [a,b), a business of the gazetteer, name it here: not
 * after "the" ("the Amazon", a river), nor opening a longer name
 * ("Amazon Web Services", "NBC News/Wall Street Journal poll"), though a
 * role may follow ("Apple Chief Executive Tim Cook", "a Microsoft
 * spokesman"), nor before another noun it qualifies ("her Twitter
 * account", "the school's Facebook post")? */
static bool company_named_alone(const resolve_ctx *r, uint32_t a, uint32_t b,
                                const hs_sentence *s)
{
    const hs_doc *d = r->d;
    if (a > s->tok0 && hs_tok_is(d, a - 1, "the"))
        return false;
    if (b >= s->tok1)
        return true;
    const hs_token *n = &d->toks[b];
    if ((n->pos == HS_POS_NN || n->pos == HS_POS_NNS) &&
        !hs_res_title_word(r, b))   /* but "a Microsoft spokesman" */
        return false;
    return !name_word(d, b) || hs_res_role_word(r, b);
}

/* Past a nickname in quotation marks that opens at token i inside a
 * name ("Marcia | “Cia” | Price", "Robert C. | “Bobby” | Scott"): the
 * name's next word, when one to three capitalised words stand between
 * the marks and a name's word follows them; i when there is none. */
static uint32_t past_nickname(const hs_doc *d, uint32_t i, uint32_t tok1)
{
    if (i >= tok1 || !(d->toks[i].flags & HS_TF_QUOTE) || d->toks[i].quote_role <= 0)
        return i;
    for (uint32_t k = i + 1; k < tok1 && k <= i + 4; k++) {
        if ((d->toks[k].flags & HS_TF_QUOTE) && d->toks[k].quote_role < 0)
            return k > i + 1 && k + 1 < tok1 && name_word(d, k + 1) ? k + 1 : i;
        if (!(d->toks[k].flags & HS_TF_UPPER) || (d->toks[k].flags & HS_TF_PUNCT))
            return i;
    }
    return i;
}

/* hs_res_entity_for_name() for the name [i, j), named without the
 * nickname [nick0, nick1) it holds, if any ("Marcia Price"). */
static int32_t entity_for_nicknamed(resolve_ctx *r, uint32_t i, uint32_t j, uint32_t nick0,
                                    uint32_t nick1, hs_entity_type type)
{
    if (!(nick0 > i && nick0 < nick1 && nick1 < j))
        return hs_res_entity_for_name(r, i, j, type, NULL);
    char *a = hs_res_tokens_text(r->d, i, nick0), *b = hs_res_tokens_text(r->d, nick1, j);
    size_t na = a ? strlen(a) : 0, nb = b ? strlen(b) : 0;
    char *name = a && b ? malloc(na + nb + 2) : NULL;
    if (name) {
        memcpy(name, a, na);
        name[na] = ' ';
        memcpy(name + na + 1, b, nb + 1);
    }
    int32_t e = name ? hs_res_entity_for_name(r, i, j, type, name) : NOMEM;
    free(a);
    free(b);
    free(name);
    return e;
}

/* The "v." of a court case's name (lower case: "Vladimir V. Putin" is
 * no case). */
static const char *const case_v[] = { "v.", "vs.", NULL };

/* Where a title starts when an armed service names the rank it goes
 * before at token i ("Army | Capt.", "Air Force | Col.", "Marine Corps |
 * Gen."), else i. */
static uint32_t service_before_rank(const hs_doc *d, uint32_t i, uint32_t tok1)
{
    static const char *const one[] = { "Army", "Navy", "Marine", "Marines", NULL };
    static const char *const two[][2][2] = {
        { { "Air", NULL }, { "Force", NULL } }, { { "Coast", NULL }, { "Guard", NULL } },
        { { "Marine", NULL }, { "Corps", NULL } }, { { "National", NULL }, { "Guard", NULL } } };
    uint32_t j = i;
    for (size_t k = 0; k < sizeof two / sizeof two[0] && j == i; k++)
        if (i + 1 < tok1 && spelled_as(d, i, two[k][0]) && spelled_as(d, i + 1, two[k][1]))
            j = i + 2;
    if (j == i && spelled_as(d, i, one))
        j = i + 1;
    return j > i && j < tok1 && hs_res_title_before(d, j) ? j : i;
}

/* Can token i be a given name alone in a list of people who share the
 * surname after the list ("Khizr | and Ghazala Khan", "Bill, Hillary |
 * and Chelsea Clinton")?  A capitalised word the tagger reads as a
 * person's, or a given name of names.txt, that is no title and no
 * place. */
static bool lone_given_name(const resolve_ctx *r, uint32_t i)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    if (!(t->flags & HS_TF_UPPER) || (t->flags & (HS_TF_PUNCT | HS_TF_ALLCAPS)) ||
        hs_res_title_word(r, i) || hs_res_gazetteer(r, i, i + 1))
        return false;
    return t->ner == HS_NER_PERSON ||
           (name_word(d, i) && hs_lex_name_gender(r->lx, hs_tok_str(d, t), hs_tok_len(t)));
}

/* Where the full name ends that closes a list of given names opening at
 * token i, joined by commas and "and", whose people share its surname:
 * "Khizr and Ghazala Khan", "Bill, Hillary and Chelsea Clinton" (not
 * "Bill and Melinda Gates Foundation").  *sur is where the surname
 * starts; i when token i opens no such list. */
static uint32_t shared_surname_list(const resolve_ctx *r, uint32_t i, uint32_t tok1,
                                    uint32_t *sur)
{
    const hs_doc *d = r->d;
    uint32_t k = i;
    while (k < tok1 && lone_given_name(r, k) && k + 1 < tok1 && hs_tok_is(d, k + 1, ","))
        k += 2;
    if (k + 3 >= tok1 || !lone_given_name(r, k) || !hs_tok_is(d, k + 1, "and"))
        return i;
    uint32_t a = k + 2, b = a;
    while (b < tok1 && name_word(d, b))
        b++;
    if (b - a < 2 || b - a > 4 || noun_is(d, b - 1, HS_NOUN_ORG) ||
        hs_tok_in(d, b - 1, institution_heads))
        return i;
    bool person = full_person_name(r, a, b);
    for (uint32_t j = a; j < b && !person; j++)
        if (d->toks[j].ner != HS_NER_PERSON)
            return i;
    uint32_t ps = surname_start(d, a, b);
    *sur = ps < b ? ps : b - 1;
    /* a word that names someone else already is no given name here:
     * "Keyworth and Dick Hackborn" after "George Keyworth" */
    char *surname = hs_res_tokens_text(d, *sur, b);
    for (uint32_t g = i; surname && g < k + 1; g += 2) {
        char *word = hs_res_tokens_text(d, g, g + 1);
        int32_t f = word ? hs_res_find_entity(r, word) : -1;
        free(word);
        if (f >= 0 && !ends_with_word(d->ents[f].name, surname)) {
            free(surname);
            return i;
        }
    }
    free(surname);
    return b;
}

/* The person that the given name alone at token i names, with the
 * surname [sur, b) the list it opens shares: "Khizr" in "Khizr and
 * Ghazala Khan" is Khizr Khan, found by that full name or by the given
 * name of a person of that surname, else new.  The surname alone stays
 * the key of the list's last person (a "Khan" spoken of next is hers,
 * or the second person of that surname when the one who spoke last).
 * NOMEM when out of memory. */
static int32_t shared_surname_member(resolve_ctx *r, uint32_t i, uint32_t sur, uint32_t b)
{
    const hs_doc *d = r->d;
    char *given = hs_res_tokens_text(d, i, i + 1), *surname = hs_res_tokens_text(d, sur, b);
    char *name = given && surname ? malloc(strlen(given) + strlen(surname) + 2) : NULL;
    int32_t e = NOMEM;
    if (!name)
        goto done;
    sprintf(name, "%s %s", given, surname);
    e = hs_res_find_entity(r, name);
    if (e < 0) {
        int32_t f = hs_res_find_entity(r, given);
        if (f >= 0 && d->ents[f].type == HS_ENT_PERSON && strchr(d->ents[f].name, ' ') &&
            ends_with_word(d->ents[f].name, surname))
            e = f;
    }
    if (e < 0) {
        e = hs_res_new_entity(r, name, HS_ENT_PERSON);
        char k[128];
        if (e >= 0 && hs_res_find_entity(r, given) < 0 && !add_key(r, given, e))
            e = NOMEM;
        if (e >= 0 && b == sur + 1 && marked_key(d, sur, '\3', k, sizeof k) &&
            hs_res_find_entity(r, k) < 0 && !add_key(r, k, e))
            e = NOMEM;
    }
    if (e >= 0)
        vote_type(r->d, e, HS_ENT_PERSON, 2);
done:
    free(given);
    free(surname);
    free(name);
    return e;
}

/* Find the named mention starting at token i: a gazetteer name (longest
 * first) or a run of one entity class.  Sets *end; returns entity or -1. */
int32_t hs_res_mention_at(resolve_ctx *r, uint32_t i, uint32_t *end, bool as_speaker)
{
    hs_doc *d = r->d;
    const hs_sentence *s = &d->sents[d->toks[i].sent];
    if (hs_res_party_member(d, i)) {    /* people, described where they speak */
        *end = i + 1;
        return -1;
    }
    if (i + 2 < s->tok1 && name_word(d, i) && hs_tok_in(d, i + 1, case_v) &&
        !(d->toks[i + 1].flags & HS_TF_UPPER) &&
        (d->toks[i + 2].flags & HS_TF_UPPER)) {
        /* a court case, no one's name: "Roe v. Wade" */
        uint32_t j = i + 3;
        while (j < s->tok1 && name_word(d, j))
            j++;
        *end = j;
        return -1;
    }
    /* a service before a rank is the rank's, no one's name: "Navy |
     * Capt. Jeff Davis", "Air Force | Col. ..." */
    uint32_t rank = service_before_rank(d, i, s->tok1);
    if (rank > i) {
        *end = rank;
        return -1;
    }
    if (other_party_name(d, i)) {       /* "Liberal Democrats": one party */
        *end = i + 2;
        return hs_res_entity_for_name(r, i, i + 2, HS_ENT_ORG, NULL);
    }
    for (uint32_t len = 4; len >= 1; len--) {
        if (i + len > s->tok1)
            continue;
        const hs_place_entry *p = hs_res_gazetteer(r, i, i + len);
        if (!p || p->kind == HS_PLACE_DEMONYM ||
            (p->kind == HS_PLACE_COMPANY && !company_named_alone(r, i, i + len, s)))
            continue;
        /* a place opening an organisation's name ("New York | Times"),
         * or an organisation one of its bodies' ("The POLITICO | Caucus",
         * "Senate | Judiciary Committee") */
        if (i + len < s->tok1 && name_word(d, i + len) && d->toks[i].ner == HS_NER_ORG &&
            d->toks[i + len].ner == HS_NER_ORG && !hs_res_party_member(d, i + len) &&
            (p->type == HS_ENT_GPE || ner_run_ends_in_org_head(d, i + len, s->tok1, HS_NER_ORG)) &&
            !hs_res_gazetteer(r, i + len, i + len + 1) &&      /* "United Nations | Security */
            (i + len + 2 > s->tok1 || !hs_res_gazetteer(r, i + len, i + len + 2)))   /* Council" */
            break;
        /* a place opening a longer name the tagger reads as one: a
         * city named by its state ("New York | City", in the state's
         * country), a body by its place ("New York | University") */
        bool longer = p->type == HS_ENT_GPE && i + len < s->tok1 && name_word(d, i + len) &&
                      d->toks[i].ner != HS_NER_O && d->toks[i].ner != HS_NER_PERSON &&
                      d->toks[i + len].ner == d->toks[i].ner;
        if (longer && hs_tok_is(d, i + len, "city")) {
            *end = i + len + 1;
            int32_t e = hs_res_entity_for_name(r, i, i + len + 1, HS_ENT_GPE, NULL);
            if (e >= 0 && p->affiliation && !d->ents[e].affiliation)
                d->ents[e].affiliation = strdup(p->affiliation);
            return e;
        }
        if (longer && ner_run_ends_in_org_head(d, i + len, s->tok1, d->toks[i].ner) &&
            !hs_res_gazetteer(r, i + len, i + len + 1) &&       /* "U.S. | State */
            (i + len + 2 > s->tok1 || !hs_res_gazetteer(r, i + len, i + len + 2)))   /* Department" */
            break;
        *end = i + len;
        bool capital = p->kind == HS_PLACE_CAPITAL;
        if (capital && !as_speaker) {
            char *own = hs_res_tokens_text(d, i, i + len);
            int32_t e = own ? hs_res_entity_for_name(r, i, i + len, HS_ENT_GPE, own) : NOMEM;
            free(own);
            return e;
        }
        int32_t e = hs_res_entity_for_name(r, i, i + len, p->type, p->name);
        if (e >= 0 && p->role && !d->ents[e].role)
            d->ents[e].role = strdup(p->role);
        if (e >= 0 && p->affiliation && !d->ents[e].affiliation &&
            strcmp(p->affiliation, p->name) != 0)
            d->ents[e].affiliation = strdup(p->affiliation);
        return e;
    }
    uint8_t ner = d->toks[i].ner;
    bool has_model = d->eng->ner_model != NULL;
    if (!has_model) {
        /* no entity model: proper-noun runs are person names */
        if (!is_pos(&d->toks[i], HS_POS_NNP))
            return -1;
        uint32_t j = i;
        while (j < s->tok1 && is_pos(&d->toks[j], HS_POS_NNP))
            j++;
        *end = j;
        return hs_res_entity_for_name(r, i, j, j - i > 1 ? HS_ENT_PERSON : HS_ENT_OTHER, NULL);
    }
    /* a capitalised name right after a title is a person's whatever the
     * tagger read ("Mr. King" untagged; "German Chancellor Angela Merkel"
     * or "City Attorney Brad Holm" run into one class with their role
     * words), unless it names an office ("Secretary of State") */
    if (name_word(d, i) && titled_at(r, i, s->tok0)) {
        /* the title goes on ("Attorney | General Eric Holder") */
        if (i + 1 < s->tok1 && name_word(d, i + 1) && hs_res_role_word(r, i)) {
            *end = i + 1;
            return -1;
        }
        uint32_t j = i, nick0 = 0, nick1 = 0;
        while (j < s->tok1 && name_word(d, j) && !hs_res_title_before(d, j) &&
               !noun_is(d, j, HS_NOUN_ORG | HS_NOUN_WORDS)) {   /* "Obama | Speech" */
            j++;
            if (source_ends_at(r, j - 1))
                break;
            j = past_particles(d, j, s->tok1);      /* "Ursula | von der | Leyen" */
            uint32_t q = nick1 ? j : past_nickname(d, j, s->tok1);   /* "“Bobby”" */
            if (q > j) {
                nick0 = j;
                nick1 = j = q;
            }
        }
        if (j > i && (j == s->tok1 || !noun_is(d, j, HS_NOUN_ORG))) {
            *end = j;
            return entity_for_nicknamed(r, i, j, nick0, nick1, HS_ENT_PERSON);
        }
    }
    /* a given name alone before others that share the surname after
     * them: "Khizr | and Ghazala Khan" is Khizr Khan, and the name after
     * "and" someone else, met next */
    uint32_t sur = 0, listed = shared_surname_list(r, i, s->tok1, &sur);
    if (listed > i) {
        *end = i + 1;
        return shared_surname_member(r, i, sur, listed);
    }
    /* a title of three words before a given name and a surname is no
     * name of its own ("White House | Chief of Staff | Rahm Emanuel",
     * tagged as one organisation): the name after it is titled
     * (titled_at()) */
    uint32_t the = i + 2 < s->tok1 && hs_tok_is(d, i + 2, "the");     /* "Chancellor of the */
    if (i + 3 + the < s->tok1 && name_word(d, i) && hs_res_role_word(r, i) &&  /* Exchequer" */
        hs_tok_is(d, i + 1, "of") && name_word(d, i + 2 + the) &&
        given_then_surname(r, i + 3 + the)) {
        *end = i + 3 + the;
        return -1;
    }
    uint32_t j = particle_name_end(r, i, s->tok1);
    if (j > i) {
        *end = j;
        return hs_res_entity_for_name(r, i, j, HS_ENT_PERSON, NULL);
    }
    j = org_name_end(r, i, s->tok1);
    if (j > i) {
        *end = j;
        return hs_res_entity_for_name(r, i, j, HS_ENT_ORG, NULL);
    }
    if ((j = given_name_and_particles(r, i, s->tok1)) > i) {
        *end = j;
        return hs_res_entity_for_name(r, i, j, HS_ENT_PERSON, NULL);
    }
    /* a given name and a surname the tagger missed ("Mark Cuban", whose
     * surname is a demonym), not in capitals ("DONALD TRUMP:" opening a
     * transcript's lines) */
    if ((ner == HS_NER_O || ner == HS_NER_MISC) && !(d->toks[i].flags & HS_TF_ALLCAPS)) {
        uint32_t k = i;
        while (k < s->tok1 && k < i + 4 && name_word(d, k) && !source_ends_at(r, k))
            k++;
        if (k < s->tok1 && k < i + 4 && name_word(d, k))
            k++;    /* the source's last word */
        for (; k >= i + 2; k--)
            if (full_person_name(r, i, k) && is_pos(&d->toks[k - 1], HS_POS_NNP)) {
                *end = k;
                return hs_res_entity_for_name(r, i, k, HS_ENT_PERSON, NULL);
            }
    }
    /* the surname alone of a person named in full before, which the
     * tagger leaves untagged ("Michelle Fields ... | Fields | did not
     * reply"), not modifying a noun ("the Trump campaign", "Trump's
     * plan": an owner, not the person spoken of) */
    if ((ner == HS_NER_O || ner == HS_NER_MISC) && name_word(d, i) &&
        !(i > s->tok0 && name_word(d, i - 1)) &&
        !(i + 1 < s->tok1 && (is_noun(&d->toks[i + 1]) || is_pos(&d->toks[i + 1], HS_POS_POS))) &&
        !(r->title_case_head && d->toks[i].para == 0) && person_keyed_at(r, i) >= 0) {
        *end = i + 1;
        return hs_res_entity_for_name(r, i, i + 1, HS_ENT_PERSON, NULL);
    }
    /* a name alone the tagger missed, set off by an appositive that
     * says what person it is: "Trump, | the presumptive Republican
     * nominee, | said" */
    if ((ner == HS_NER_O || ner == HS_NER_MISC) && name_word(d, i) &&
        !(d->toks[i].flags & HS_TF_ALLCAPS) && !(i > s->tok0 && name_word(d, i - 1)) &&
        !(r->title_case_head && d->toks[i].para == 0) && !hs_res_gazetteer(r, i, i + 1) &&
        !hs_res_title_word(r, i) && !hs_tok_is_time_word(d, i) && person_appositive(r, s, i)) {
        *end = i + 1;
        return hs_res_entity_for_name(r, i, i + 1, HS_ENT_PERSON, NULL);
    }
    /* "The | New York Times": no article, possessive or preposition
     * opens a name ("Betsy Sharp | of Burke County"; but "de Blasio") */
    static const char *const preps[] = { "of", "for", "in", "at", "on", "with", "from", "by",
                                         NULL };
    if (ner == HS_NER_O || ner == HS_NER_MISC || hs_tok_is(d, i, "the") ||
        is_pos(&d->toks[i], HS_POS_POS) || is_pos(&d->toks[i], HS_POS_CC) ||
        (hs_tok_in(d, i, preps) && !(d->toks[i].flags & HS_TF_UPPER)))
        return -1;
    /* "the Spaniard": a description, not a name */
    if (i > 0 && hs_tok_is(d, i - 1, "the") && hs_res_nationality_noun(d, i) &&
        (i + 1 >= s->tok1 || d->toks[i + 1].ner != ner))
        return -1;
    j = i;
    uint32_t nick0 = 0, nick1 = 0;     /* a nickname inside the name */
    /* a name ends where a source does: "Lindsey Graham | Says" in a
     * Title Case headline is tagged as one name */
    while (j < s->tok1 && d->toks[j].ner == ner && !(d->toks[j].flags & HS_TF_PUNCT)) {
        j++;
        if (source_ends_at(r, j - 1))
            break;
        /* a surname's particles the tagger left out: "Ursula | von der |
         * Leyen", "Robin | van | Persie" */
        uint32_t p = past_particles(d, j, s->tok1);
        if (ner == HS_NER_PERSON && p > j && d->toks[p].ner == ner)
            j = p;
        /* a nickname in quotation marks: "Marcia | “Cia” | Price" */
        uint32_t q = ner == HS_NER_PERSON && !nick1 ? past_nickname(d, j, s->tok1) : j;
        if (q > j) {
            nick0 = j;
            nick1 = q;
            j = q + 1;          /* and the name's word after it */
        }
    }
    /* a given name the tagger read as a verb for its "-ing" after a
     * one-word name: "Chinese leader Xi | Jinping | on Friday" */
    if (ner == HS_NER_PERSON && j == i + 1 && j < s->tok1 && is_pos(&d->toks[j], HS_POS_VBG) &&
        (d->toks[j].flags & HS_TF_UPPER) && d->toks[j].ner == HS_NER_O &&
        !(d->toks[i].para == 0 && r->title_case_head))
        j++;
    /* a name ends in no conjunction, preposition, article or possessive:
     * "RT and | its defenders", "Tesla | 's chief financial officer" */
    while (j > i && (is_pos(&d->toks[j - 1], HS_POS_CC) || is_pos(&d->toks[j - 1], HS_POS_IN) ||
                     is_pos(&d->toks[j - 1], HS_POS_DT) || is_pos(&d->toks[j - 1], HS_POS_TO) ||
                     is_pos(&d->toks[j - 1], HS_POS_POS)))
        j--;
    if (j == i)
        return -1;
    /* a title inside the run ends it: the name after the title is met
     * next, as a titled name ("PolitiFact | Executive Director | Aaron
     * Sharockman"); titles opening the run are no entity */
    for (uint32_t k = i; k + 1 < j; k++) {
        /* opening a person's run, any role word or a party's label is
         * no part of the name ("Justice | Antonin Scalia", "Democrat |
         * Hillary Clinton") */
        bool opens = k == i && ner_type(ner) == HS_ENT_PERSON &&
                     (hs_res_role_word(r, k) || hs_res_party_word(d, k));
        /* a role word before a person's full name ends any run: "Senate
         * Minority Leader | Harry Reid" read as one organisation */
        bool before_person = hs_res_role_word(r, k) && full_person_name(r, k + 1, j);
        if (!(hs_res_title_before(d, k) || opens || before_person) || !name_word(d, k + 1) ||
            hs_res_title_before(d, k + 1))
            continue;
        if (k == i) {
            *end = k + 1;
            return -1;
        }
        j = k;
        while (j > i && hs_res_title_word(r, j - 1))
            j--;
        break;
    }
    if (j == i) {
        *end = i + 1;
        return -1;
    }
    /* an organisation's run that ends in a person's full name is the
     * person's title, then the person: "Maricopa County Recorder | Helen
     * Purcell", "Ku Klux Klan Grand Wizard | David Duke" (the title is
     * no entity; it becomes the person's role where the person speaks) */
    hs_entity_type type = ner_type(ner);
    /* a run the tagger read as a person that ends in a body's or a
     * business's head noun names that body ("the Clinton Foundation",
     * "Wedbush Securities", "Marion Avenue Baptist Church"): "Clinton"
     * alone must not then find it */
    if (type == HS_ENT_PERSON && j - i >= 2 &&
        (org_head(d, j - 1) || (j - i >= 3 && hs_tok_in(d, j - 1, institution_heads))))
        type = HS_ENT_ORG;      /* (not "Frank Church") */
    /* the same for a run read as a place: "the Los Angeles Homeless
     * Services Authority", "the Miami-Dade County Commission" */
    if (type == HS_ENT_GPE && j - i >= 3 && org_head(d, j - 1))
        type = HS_ENT_ORG;
    /* a full name set right after a body's kind is that body's name:
     * "the investment company | Janney Montgomery Scott", "the law firm
     * | Mayer Brown" (not the subject of a clause on the noun: "the
     * company | John Smith founded") */
    bool firm = type == HS_ENT_PERSON && j - i >= 2 && i > s->tok0 &&
                noun_is(d, i - 1, HS_NOUN_ORG) && !(d->toks[i - 1].flags & HS_TF_UPPER) &&
                d->toks[j - 1].deprel != HS_DEP_NSUBJ && d->toks[j - 1].deprel != HS_DEP_NSUBJPASS;
    if (firm || (type == HS_ENT_PERSON && body_appositive(d, s, j - 1)))
        type = HS_ENT_ORG;
    /* a given name the tagger ran into a title's or a body's words
     * before the rest of the person's name: "Chief Justice John | G.
     * Roberts Jr.", "Senate Minority Whip Richard | J. Durbin" */
    /* (past a surname's particle too: "Crown Prince Mohammed | bin
     * Salman") */
    uint32_t jp = j < s->tok1 ? past_particles(d, j, s->tok1) : j;
    if (type == HS_ENT_ORG && jp < s->tok1 && d->toks[jp].ner == HS_NER_PERSON &&
        name_word(d, jp) && name_word(d, j - 1) &&
        hs_lex_given_gender(r->lx, hs_tok_str(d, &d->toks[j - 1]), hs_tok_len(&d->toks[j - 1]))) {
        if (j - 1 > i) {
            *end = j - 1;       /* the title's words: no entity */
            return -1;
        }
        uint32_t k = jp;        /* the given name, and the rest of the name */
        while (k < s->tok1 && d->toks[k].ner == HS_NER_PERSON && name_word(d, k))
            k++;
        *end = k;
        return hs_res_entity_for_name(r, i, k, HS_ENT_PERSON, NULL);
    }
    if (type == HS_ENT_ORG) {
        for (uint32_t k = i + 1; k + 1 < j; k++)
            if (j - k <= 3 && name_after_title(r, k, j)) {
                *end = k;       /* (also "Boeing Chief Executive | Dave Calhoun") */
                return -1;
            }
        /* a person's full name, then "of" the body: "Gene Munster | of
         * Deepwater Asset Management" read as one organisation */
        for (uint32_t k = i + 2; k + 1 < j && k <= i + 4; k++)
            if (hs_tok_is(d, k, "of") &&
                (person_before_of(r, i, k) || member_before_of(r, i, k))) {
                *end = k;
                return hs_res_entity_for_name(r, i, k, HS_ENT_PERSON, NULL);
            }
        /* (the same with "of" left out of the run) */
        if (member_before_of(r, i, j))
            type = HS_ENT_PERSON;
        if (i > 0 && d->toks[i - 1].ner == ner && d->toks[i - 1].sent == d->toks[i].sent &&
            name_after_title(r, i, j))
            type = HS_ENT_PERSON;
    }
    /* a given name and a surname the tagger read as a place or a body,
     * followed by a person's title in an appositive: "Carolina Milanesi,
     * president of Creative Strategies" (not "Virginia Beach, a city") */
    if (type != HS_ENT_PERSON && j - i >= 2 && j - i <= 3 && j + 2 < s->tok1 &&
        hs_tok_is(d, j, ",") &&
        hs_lex_given_gender(r->lx, hs_tok_str(d, &d->toks[i]), hs_tok_len(&d->toks[i])) &&
        (hs_res_title_word(r, j + 1) ||
         (is_pos(&d->toks[j + 1], HS_POS_DT) && hs_res_title_word(r, j + 2))))
        type = HS_ENT_PERSON;
    *end = j;
    if (type == HS_ENT_PERSON && j == i + 1) {
        int32_t e = kin_by_given_name(r, i);
        if (e != NONE)
            return e;
    }
    int32_t e = entity_for_nicknamed(r, i, j, nick0, nick1, type);
    /* such a firm goes by its first name's word too: "a spokeswoman for
     * Janney" */
    if (firm && e >= 0 && !r->title_case_head && d->toks[i].quote_depth == 0) {
        char *first = hs_res_tokens_text(d, i, i + 1);
        if (!first)
            return NOMEM;
        bool added = hs_res_find_entity(r, first) >= 0 || add_key(r, first, e);
        free(first);
        if (!added)
            return NOMEM;
    }
    return e;
}




/* Is sentence s an imperative: its root a verb in the base form, and no
 * subject anywhere in it ("Just look at House Speaker Paul D. Ryan.")? */
static bool imperative_sentence(const hs_doc *d, uint32_t s)
{
    const hs_sentence *st = &d->sents[s];
    bool base_root = false;
    for (uint32_t i = st->tok0; i < st->tok1; i++) {
        const hs_token *t = &d->toks[i];
        if (t->deprel == HS_DEP_NSUBJ || t->deprel == HS_DEP_NSUBJPASS)
            return false;
        if (t->head < 0)
            base_root = base_root || is_pos(t, HS_POS_VB);
    }
    return base_root;
}

/* Does the name ending at token k name a clause's subject: the subject
 * itself, its possessor, or a name set beside it between commas ("One
 * local woman, Karen Robison, pulled Rep. King aside", "Kazakhstan's
 * foreign minister, Erlan Idrissov, plays down concerns")? */
bool hs_res_subject_name(const resolve_ctx *r, uint32_t k)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[k];
    if (t->deprel == HS_DEP_NSUBJ || t->deprel == HS_DEP_NSUBJPASS)
        return true;
    /* the name a copula gives its subject: "The administrator is Denise
     * Turner Roth, head of the GSA. She has not ...", "The wild card is
     * Trump, who had shown ... He sounded subdued" */
    if (t->deprel == HS_DEP_ROOT || t->head < 0) {
        bool cop = false, subj = false, like = false;   /* not "Trump is like
                                                            George Patton" */
        const hs_sentence *s = &d->sents[t->sent];
        for (uint32_t i = s->tok0; i < s->tok1 && i < k; i++)
            if (d->toks[i].head == (int32_t)k) {
                cop = cop || d->toks[i].deprel == HS_DEP_COP;
                subj = subj || d->toks[i].deprel == HS_DEP_NSUBJ;
                like = like || d->toks[i].deprel == HS_DEP_CASE;
            }
        return cop && subj && !like;
    }
    /* the person an imperative points to: "Just look at House Speaker
     * Paul D. Ryan. He's said ..." */
    if (imperative_sentence(d, t->sent))
        return true;
    /* the subject's possessor: "Trump's candidacy gave voice to the
     * anger ... His harsh attacks" */
    if (t->deprel == HS_DEP_NMOD_POSS)
        return d->toks[t->head].deprel == HS_DEP_NSUBJ ||
               d->toks[t->head].deprel == HS_DEP_NSUBJPASS;
    if (t->deprel != HS_DEP_APPOS)
        return false;
    /* beside a word for a person: not "whose start-up, Theranos," */
    uint8_t rel = d->toks[t->head].deprel;
    return (rel == HS_DEP_NSUBJ || rel == HS_DEP_NSUBJPASS) &&
           hs_res_person_noun(r, (uint32_t)t->head);
}

/* Guess the gender of person e from a title before or opening its
 * mention [i, end) ("Mr. Trump", "Mrs. Clinton") or from its given
 * name.  A gender already learnt from a pronoun stays, and counts as
 * named when the title or name says the same. */
void hs_res_guess_gender(resolve_ctx *r, int32_t e, uint32_t i, uint32_t end)
{
    hs_doc *d = r->d;
    hs_entity_work *w = &d->ents[e];
    if (w->gender_named)
        return;
    char g = 0;
    for (uint32_t k = i > 0 ? i - 1 : i; k <= i && k < end && !g; k++)
        g = courtesy_gender(d, k);
    if (!g && end - i >= 2)
        g = hs_lex_given_gender(r->lx, hs_tok_str(d, &d->toks[i]), hs_tok_len(&d->toks[i]));
    if (!w->gender)
        w->gender = g;
    w->gender_named = g && w->gender == g;
}

/* Is token i a middle initial ("R.")? */
static bool initial(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    const char *s = hs_tok_str(d, t);
    return hs_tok_len(t) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.';
}

/* Where the full name of the one-word name at token k starts: at a
 * capitalised given name right before it, or before a middle initial
 * ("Joseph R. Biden"); k when there is none. */
static uint32_t given_name_before(const resolve_ctx *r, uint32_t k)
{
    const hs_doc *d = r->d;
    uint32_t g = k;
    if (g > 0 && initial(d, g - 1))
        g--;
    if (g == 0)
        return k;
    const hs_token *t = &d->toks[g - 1];
    if (!(t->flags & HS_TF_UPPER) || hs_res_title_word(r, g - 1) ||
        !hs_lex_given_gender(r->lx, hs_tok_str(d, t), hs_tok_len(t)))
        return k;
    return g - 1;
}

/* A person the text names by one word only takes the full name the text
 * gives that word elsewhere, where no mention became the person: "The
 * Rachel Maddow Show" before "Maddow said", a "Rahm Emanuel" the tagger
 * read as no person.  Only when the text gives that word one given name
 * ("Bill Clinton" and "Hillary Clinton" leave "Clinton" as it is), and
 * when no other person's full name ends with it (the one-word person is
 * then a second person of that surname: "Mrs. Clinton").  Run once every
 * mention is resolved; false when out of memory. */
bool hs_res_full_names_from_text(resolve_ctx *r)
{
    hs_doc *d = r->d;
    if (!d->nents)
        return true;
    uint32_t *from = malloc(d->nents * sizeof *from);   /* per entity: where */
    uint32_t *to = malloc(d->nents * sizeof *to);       /* its full name is */
    bool *mixed = calloc(d->nents, sizeof *mixed);
    hs_strmap surnames = { 0 };     /* last words of persons' full names */
    bool ok = from && to && mixed && hs_strmap_init(&surnames, d->nents);
    for (size_t f = 0; ok && f < d->nents; f++) {
        const char *sp = strrchr(d->ents[f].name, ' ');
        if (sp && d->ents[f].type == HS_ENT_PERSON)
            ok = hs_strmap_put(&surnames, sp + 1, strlen(sp + 1), (uint32_t)f);
    }
    for (size_t e = 0; ok && e < d->nents; e++)
        from[e] = to[e] = 0;
    for (uint32_t k = 1; ok && k < d->ntoks; k++) {
        uint32_t g = given_name_before(r, k);
        if (g == k || !(d->toks[k].flags & HS_TF_UPPER))
            continue;
        char *word = hs_res_tokens_text(d, k, k + 1);
        if (!word) {
            ok = false;
            break;
        }
        int32_t e = hs_res_find_entity(r, word);
        bool alone = e >= 0 && d->ents[e].type == HS_ENT_PERSON && !d->ents[e].described &&
                     !d->ents[e].listed && strcmp(d->ents[e].name, word) == 0;
        free(word);
        if (!alone || mixed[e])
            continue;
        uint32_t len = d->toks[k].b1 - d->toks[g].b0;
        if (to[e] && (d->toks[to[e] - 1].b1 - d->toks[from[e]].b0 != len ||
                      memcmp(d->text + d->toks[from[e]].b0, d->text + d->toks[g].b0, len) != 0))
            mixed[e] = true;    /* two given names */
        from[e] = g;
        to[e] = k + 1;
    }
    for (size_t e = 0; ok && e < d->nents; e++) {
        size_t n = strlen(d->ents[e].name);
        if (!to[e] || mixed[e] || hs_strmap_get(&surnames, d->ents[e].name, n) >= 0)
            continue;
        char *full = hs_res_tokens_text(d, from[e], to[e]);
        if (!full) {
            ok = false;
            break;
        }
        free(d->ents[e].name);
        d->ents[e].name = full;
        /* the given name no longer ends the role: "Sanders strategist
         * Tad Devine" is a "strategist" */
        char *role = d->ents[e].role;
        size_t rl = role ? strlen(role) : 0, gl = strlen(full) - n - 1;
        if (rl > gl + 1 && role[rl - gl - 1] == ' ' && memcmp(role + rl - gl, full, gl) == 0)
            role[rl - gl - 1] = '\0';
    }
    free(from);
    free(to);
    free(mixed);
    hs_strmap_free(&surnames);
    return ok;
}
