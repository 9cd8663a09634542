/*
 * resolve.c -- stage: entities, coreference and speakers.
 *
 * One left-to-right pass over the tokens:
 *
 *  - a named mention (a run of entity-tagged tokens, a capitalised name
 *    after a title, or a gazetteer name such as "Kremlin" or "US") joins
 *    the entity of the same canonical name; a person's short name
 *    ("Zhao", "Mr. Trump") joins the person whose full name holds it; an
 *    entity's type is the one most of its mentions give it;
 *  - at the end of each attribution's source span the speaker is decided:
 *    the person (else organisation, else place) named in the span; for a
 *    pronoun, the latest person ("he") of its gender (or one named
 *    earlier in its sentence: "Comey's news conference, in which he"),
 *    or the subject before it ("it", "they"), else the latest
 *    organisation or place;
 *    for a relative pronoun, the phrase it hangs on ("the US, which";
 *    "black voters, who", named by its words);
 *    a capital as a speaker stands for its country ("Kyiv" -> Ukraine);
 *    a definite description is the person who holds its post ("the
 *    president"), or the person just spoken of ("Rubio ... The Florida
 *    senator"), and "the department" the organisation named so ("the
 *    Justice Department"); any other unnamed source ("The Ukrainian
 *    army", "a source") becomes an entity named by its phrase; an
 *    opinion piece's "I" is the author its closing line names, an
 *    interview's "A:" (and the "I" of its answers) the person its
 *    headline names;
 *  - the words before a speaker's name in the source are its role
 *    ("Foreign ministry spokesman"), a possessive place its affiliation
 *    ("Ukraine's President").
 *
 * Entities and their mentions are owned by the document.  Name look-ups go
 * through a hash map, so the pass is linear in the document.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "lexicon.h"

typedef struct {
    hs_doc *d;
    const hs_lexicons *lx;
    hs_strmap names;        /* lower-cased name -> entity index */
    char **keys;            /* owned keys of `names` */
    size_t nkeys;
    int32_t last_person, last_thing;  /* latest entity of each kind */
    int32_t last_subject;             /* latest person that spoke or was a
                                         subject, outside quotations */
    int32_t recent[6];                /* the latest such persons, newest
                                         first, for gender agreement */
    uint32_t author0, author1;        /* the name of an op-ed's author
                                         line, or author0 == author1 */
    bool interview;                   /* a transcript of "Q:" and "A:"
                                         paragraphs */
    int32_t asked;                    /* its interviewee or NONE, once
                                         looked up (asked_known) */
    bool asked_known;
    bool first_person;                /* the speaker just decided is the
                                         author's "I": no antecedent for
                                         a later "he" */
    bool title_case_head;             /* the first paragraph is a Title
                                         Case headline */
    int32_t last_place_speaker;       /* latest place that spoke */
    int32_t last_thing_speaker;       /* latest organisation or place
                                         that spoke */
    int32_t last_group_speaker;       /* latest people described in the
                                         plural that spoke ("Republicans") */
    bool group_spoke_last;            /* ... and after last_thing_speaker */
    const char *src_end;              /* per token: some attribution's
                                         source ends there */
    const char *in_content;           /* per token: inside a content */
} rctx;

static bool is_pos(const hs_token *t, int p) { return t->pos == p; }
static bool is_noun(const hs_token *t) { return t->pos >= HS_POS_NN && t->pos <= HS_POS_NNPS; }

/* Whether token i can be a word of a name: a capitalised proper noun. */
static bool name_word(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    return (t->pos == HS_POS_NNP || t->pos == HS_POS_NNPS) &&
           (t->flags & HS_TF_UPPER) && !(t->flags & HS_TF_PUNCT);
}

/* Does some attribution's source end at token k?  A name never runs on
 * past one ("Lindsey Graham | Says" in a Title Case headline). */
static bool source_ends_at(const rctx *r, uint32_t k)
{
    return r->src_end && r->src_end[k];
}

/* Whether token i is one of the words of `list`. */
static bool word_in(const hs_doc *d, uint32_t i, const char *const *list)
{
    for (; *list; list++)
        if (hs_tok_is(d, i, *list))
            return true;
    return false;
}

/* Is token i the writer's or speaker's "I", "me" or "my"? */
static bool first_person_word(const hs_doc *d, uint32_t i)
{
    static const char *const words[] = { "i", "me", "my", NULL };
    return word_in(d, i, words);
}

/* Is token i a dash ("-", "--", or an en or em dash)? */
static bool dash(const hs_doc *d, uint32_t i)
{
    static const char *const dashes[] = { "-", "--", "\xE2\x80\x93", "\xE2\x80\x94", NULL };
    return word_in(d, i, dashes);
}

/* Is token i a noun of one of the kinds in `kinds` (HS_NOUN_* bits,
 * data/lexicons/nouns.txt)? */
static bool noun_is(const hs_doc *d, uint32_t i, unsigned kinds)
{
    const hs_token *t = &d->toks[i];
    return (hs_lex_noun(d->eng->lex, hs_tok_str(d, t), hs_tok_len(t)) & kinds) != 0;
}


/* Text of tokens [a,b) as a new string (single spaces between tokens that
 * had space between them). */
static char *tokens_text(const hs_doc *d, uint32_t a, uint32_t b)
{
    if (b <= a)
        return strdup("");
    return strndup(d->text + d->toks[a].b0, d->toks[b - 1].b1 - d->toks[a].b0);
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
static int32_t find_entity(const rctx *r, const char *name)
{
    char buf[256];
    size_t n = hs_lex_fold(name, strlen(name), buf, sizeof buf);
    return n ? (int32_t)hs_strmap_get(&r->names, buf, n) : -1;
}

/* Register `key` (any case) as a name of entity e. */
static bool add_key(rctx *r, const char *name, int32_t e)
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

/* Entity look-ups return an index, NONE or NOMEM. */
#define NONE (-1)
#define NOMEM (-2)

/* A new entity; returns its index or NOMEM. */
static int32_t new_entity(rctx *r, const char *name, hs_entity_type type)
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
static bool add_mention(hs_doc *d, int32_t e, hs_span s)
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
 * keys must be written in capitals ("US", not "us"). */
static const hs_place_entry *gazetteer(const rctx *r, uint32_t a, uint32_t b)
{
    const hs_doc *d = r->d;
    char buf[128];
    size_t n = 0;
    for (uint32_t i = a; i < b; i++) {
        const hs_token *t = &d->toks[i];
        if (!(t->flags & HS_TF_UPPER))
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
static bool title_before(const hs_doc *d, uint32_t i)
{
    return noun_is(d, i, HS_NOUN_TITLE);
}

/* Is token i a role word (titles.txt) that is not also a given name
 * ("General", "Justice", but not "Dean")? */
static bool role_word(const rctx *r, uint32_t i)
{
    const hs_token *t = &r->d->toks[i];
    const char *s = hs_tok_str(r->d, t);
    size_t n = hs_tok_len(t);
    return hs_lex_title(r->lx, s, n) && !hs_lex_name_gender(r->lx, s, n);
}

/* Is token i a noun for members of a party: "Republicans", "Democrats",
 * or the singular as a noun ("a Nevada Democrat said", not "Democrat
 * Hillary Clinton" or "Republican leaders")?  They are people, of the
 * party the gazetteer names for the word. */
static bool party_member(const hs_doc *d, uint32_t i)
{
    static const char *const plural[] = { "republicans", "democrats", NULL };
    static const char *const singular[] = { "republican", "democrat", NULL };
    if (!(d->toks[i].flags & HS_TF_UPPER))
        return false;
    if (word_in(d, i, plural))
        return true;
    if (!word_in(d, i, singular))
        return false;
    if (i + 1 >= d->ntoks || d->toks[i + 1].sent != d->toks[i].sent)
        return true;
    const hs_token *n = &d->toks[i + 1];
    return !is_noun(n) && !(n->flags & HS_TF_UPPER);
}

/* The place whose people token i names in the plural ("Americans",
 * "Iranians": a demonym of the gazetteer and an "s"), or NULL. */
static const hs_place_entry *nationals_of(const rctx *r, uint32_t i)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    size_t n = hs_tok_len(t);
    if ((t->pos != HS_POS_NNPS && t->pos != HS_POS_NNS) || !(t->flags & HS_TF_UPPER) ||
        n < 4 || n > 40 || hs_tok_str(d, t)[n - 1] != 's')
        return NULL;
    const hs_place_entry *p = hs_lex_place(r->lx, hs_tok_str(d, t), n - 1);
    return p && p->demonym_of && strcmp(p->demonym_of, "demonym") == 0 ? p : NULL;
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

/* Is token i, a common noun or "I", a word for a person: a role or
 * occupation of titles.txt in the singular or plural ("senator",
 * "strategists", "congressmen"), but no office's word ("the state", "the
 * campaign"), or "man", "woman", a relative or a friend ("his wife",
 * "parents"), an opponent, a victim, a protester ..., a party's member
 * ("Senate Republicans"), "I"?  A source described by one is a person. */
static bool person_noun(const rctx *r, uint32_t i)
{
    static const char *const people[] = {
        "man", "men", "woman", "women", "i",
        /* people by what befell them or where they stand, not a role */
        "opponent", "opponents", "victim", "victims", "survivor", "survivors",
        "insider", "insiders", "citizen", "citizens", "immigrant", "immigrants",
        "protester", "protesters", "protestor", "protestors", "demonstrator",
        "demonstrators", "troops",
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
    if (word_in(d, i, people) || word_in(d, i, kin_words) || party_member(d, i) ||
        nationals_of(r, i))
        return true;
    if ((t->pos != HS_POS_NN && t->pos != HS_POS_NNS) || word_in(d, i, offices))
        return false;
    const char *s = hs_tok_str(d, t);
    size_t n = hs_tok_len(t);
    if (hs_lex_title(r->lx, s, n))
        return true;
    if (t->pos != HS_POS_NNS || n < 4 || n > 40)
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
static bool party_word(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "democrat", "republican", "democratic",
                                     "gop", "libertarian", NULL };
    return word_in(d, i, p);
}

/* Does a title end right before token i: a title of nouns.txt, or one
 * of two words whose second is any role word ("Attorney General Eric
 * Holder", "Deputy Attorney General Sally Yates")? */
static bool titled_at(const rctx *r, uint32_t i, uint32_t tok0)
{
    const hs_doc *d = r->d;
    if (i <= tok0)
        return false;
    if (title_before(d, i - 1))
        return true;
    return i - 1 > tok0 && name_word(d, i - 1) && role_word(r, i - 1) &&
           title_before(d, i - 2);
}

/* The words of name the names lexicon knows as given names, folded,
 * into g[]; returns how many (at most 8). */
static size_t given_names(const rctx *r, const char *name, char g[8][64])
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

/* Are two names of persons those of two people, however they share a
 * surname?  So when each holds a given name the names lexicon knows and
 * none in common ("Ivanka Trump", "Donald Trump"; "Bill Clinton",
 * "Hillary Clinton"), or when both are full names whose first words
 * differ by more than a letter ("Jeh Johnson", "Gary Johnson"; "Ted
 * Cruz", "Rafael Cruz") unless one is an initial ("Donald J. Trump")
 * or the shorter name ends the longer ("Wasserman Schultz"); the
 * latter not when given_only (a name read off a Title Case headline,
 * "Obama Speech Targets ..."). */
static bool other_first_name(const rctx *r, const char *x, const char *y,
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
    if ((nx_ < ny_ && y[ny_ - nx_ - 1] == ' ' && strcmp(y + ny_ - nx_, x) == 0) ||
        (ny_ < nx_ && x[nx_ - ny_ - 1] == ' ' && strcmp(x + nx_ - ny_, y) == 0))
        return false;
    size_t lx = (size_t)(ex - x), ly = (size_t)(ey - y);
    if (lx < 2 || ly < 2 || x[lx - 1] == '.' || y[ly - 1] == '.')
        return false;
    /* a role word or a verb read as a name tells nothing ("Dean Amar"
     * after "Vikram Amar, dean of ..."; "Will Sanders endorse ...") */
    if (hs_lex_title(r->lx, x, lx) || hs_lex_title(r->lx, y, ly) ||
        auxiliary(x, lx) || auxiliary(y, ly))
        return false;
    return !one_edit_apart(x, lx, y, ly);
}

/* Are tokens [a,b) a full name of a person: two to four capitalised
 * words, the first a given name of names.txt, the last no head noun of
 * an organisation ("Donald Trump", not "Eric Trump Foundation" or
 * "CARLY for America")? */
static bool full_person_name(const rctx *r, uint32_t a, uint32_t b)
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
    if (counted && (!hs_lex_given_gender(r->lx, w, n) || gazetteer(r, a, a + 1) ||
                    (d->toks[a].ner != HS_NER_O && d->toks[a].ner != HS_NER_PERSON) ||
                    (d->toks[a].para == 0 && r->title_case_head)))
        return false;   /* nor "Clinton Cash Debunks Hillary" */
    for (uint32_t i = a; i < b; i++)
        if (!name_word(d, i) || (counted && (title_before(d, i) || role_word(r, i))))
            return false;   /* nor "Charlotte Mayor Jennifer Roberts" */
    return true;
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
static void add_name_tokens(rctx *r, int32_t e, uint32_t a, uint32_t b)
{
    const hs_doc *d = r->d;
    for (uint32_t i = a; i < b; i++) {
        /* a title word is no name but as a surname ("Peter King") */
        if (hs_lex_title(r->lx, hs_tok_str(d, &d->toks[i]), hs_tok_len(&d->toks[i])) &&
            (i + 1 < b || i == a))
            continue;
        char *tok = tokens_text(d, i, i + 1);
        int32_t f = tok ? find_entity(r, tok) : -1;
        char k[128];
        if (tok && f < 0)
            add_key(r, tok, e);
        else if (tok && f != e && i + 1 == b && d->ents[f].type == HS_ENT_PERSON &&
                 marked_key(d, i, '\3', k, sizeof k) && find_entity(r, k) < 0)
            add_key(r, k, e);   /* a surname another person has */
        free(tok);
    }
}

/* The gender the names lexicon gives the first word of entity e's name
 * ("Bill Clinton": 'M'), 0 when it knows none; unlike a gender learnt
 * from pronouns, never wrong by a misread "he". */
static char given_gender(const rctx *r, int32_t e)
{
    const char *name = r->d->ents[e].name;
    const char *sp = strchr(name, ' ');
    return sp ? hs_lex_given_gender(r->lx, name, (size_t)(sp - name)) : 0;
}

/* How near before a bare surname the second person of that surname must
 * have been named to be meant (code points: a few sentences). */
#define SURNAME_REACH 600

/* Person e found by surname [a, a+1), or the second person of that
 * surname when the title before it says so ("Mrs. Clinton" is not Bill
 * Clinton; NONE when there is no second one: someone new) or, with no
 * title, when that one spoke or was a subject after e, not long before,
 * and their given names tell no different genders: "Johnson said" right
 * after "Jeh Johnson" is Jeh Johnson, though Gary Johnson came first.
 * Not for a surname that modifies a noun ("the Trump campaign", "Trump's
 * plan"). */
static int32_t shared_surname(const rctx *r, int32_t e, uint32_t a)
{
    const hs_doc *d = r->d;
    static const char *const male[] = { "mr.", "mr", NULL };
    static const char *const female[] = { "mrs.", "mrs", "ms.", "ms", "miss", NULL };
    char k[128];
    int32_t f = marked_key(d, a, '\3', k, sizeof k) ? find_entity(r, k) : -1;
    char want = a > 0 && word_in(d, a - 1, male) ? 'M' : a > 0 && word_in(d, a - 1, female) ? 'F' : 0;
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
    for (int n = 0; n < 6 && r->recent[n] >= 0; n++) {
        if (r->recent[n] == e)
            return e;
        if (r->recent[n] == f)
            return y->mentions[y->nmentions - 1].begin + SURNAME_REACH > d->toks[a].c0 ? f : e;
    }
    return e;
}

/* Is token i a word that ends an organisation's name: a head noun of
 * nouns.txt's O list, or one kept out of it ("Center", "Services")? */
static bool org_head(const hs_doc *d, uint32_t i)
{
    static const char *const more[] = { "center", "centre", "centers", "services",
        "association", "bureau", "corporation", "institution", "fund", "alliance",
        "caucus", "project", "society", "league", "academy", "academies", "forum",
        "foundation", NULL };
    return noun_is(d, i, HS_NOUN_ORG) || word_in(d, i, more);
}

/* Register organisation e, named by [a,b), under its last word, or that
 * word as shared when another organisation has it already. */
static void add_marked_key(rctx *r, int32_t e, uint32_t a, uint32_t b)
{
    /* not by a word many organisations end with: "the House" is not
     * the White House, "the Committee" not any committee */
    static const char *const common[] = { "house", "senate", "congress", "assembly",
                                          "hill", "office", NULL };
    char k[64];
    if (b - a < 2 || !name_word(r->d, b - 1) || org_head(r->d, b - 1) ||
        word_in(r->d, b - 1, common) || !marked_key(r->d, b - 1, '\1', k, sizeof k))
        return;
    int32_t f = find_entity(r, k);
    if (f < 0)
        add_key(r, k, e);
    else if (f != e && marked_key(r->d, b - 1, '\2', k, sizeof k) && find_entity(r, k) < 0)
        add_key(r, k, e);
}

/* The one organisation named before whose name ends with the word at
 * token a, for "the Post" or "the Times"; -1 when none or several. */
static int32_t org_by_short_name(const rctx *r, uint32_t a)
{
    char k[64];
    if (a == 0 || !hs_tok_is(r->d, a - 1, "the") || !marked_key(r->d, a, '\2', k, sizeof k) ||
        find_entity(r, k) >= 0 || !marked_key(r->d, a, '\1', k, sizeof k))
        return -1;
    return find_entity(r, k);
}

/* Entity for a named mention [a,b) of type `type`; creates it if new.
 * Persons match earlier persons by any shared name token ("Zhao"), but
 * not a full name with another given name ("Ivanka Trump" is not Donald
 * Trump). */
static int32_t entity_for_name(rctx *r, uint32_t a, uint32_t b, hs_entity_type type,
                               const char *canonical)
{
    hs_doc *d = r->d;
    char *name = canonical ? strdup(canonical) : tokens_text(d, a, b);
    if (!name)
        return NOMEM;
    bool weak = !canonical && ((d->toks[a].para == 0 && r->title_case_head) ||
                               d->toks[a].quote_depth > 0);
    int32_t e = find_entity(r, name);
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
        for (uint32_t i = b; i-- > a && e < 0;) {
            char *tok = tokens_text(d, i, i + 1);
            if (!tok)
                break;
            /* "Jr." links no one: Harry B. Harris Jr. is not Joseph F.
             * Dunford Jr. */
            int32_t f = word_in(d, i, generation) ? -1 : find_entity(r, tok);
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
            if (f >= 0 && !by_first && person &&
                !other_first_name(r, name, d->ents[f].name,
                                  weak || d->ents[f].weak_name)) {
                e = f;
                new_ends_with_match = i + 1 == b;
                size_t nl = strlen(d->ents[f].name), tl = strlen(tok);
                old_ends_with_match = nl >= tl &&
                                      strcmp(d->ents[f].name + nl - tl, tok) == 0;
            }
            free(tok);
        }
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
            name = NULL;
            add_key(r, d->ents[e].name, e);
        }
    }
    if (e < 0 && type == HS_ENT_ORG && !canonical && b - a == 1)
        e = org_by_short_name(r, a);
    bool created = e < 0;
    if (e < 0) {
        e = new_entity(r, name, type);
        if (e >= 0)
            d->ents[e].weak_name = weak;
        if (e >= 0 && type == HS_ENT_PERSON && b - a > 1 && !weak)
            add_name_tokens(r, e, a, b);
        if (e >= 0 && type == HS_ENT_ORG && !weak && !canonical)
            add_marked_key(r, e, a, b);
        if (e >= 0 && other) {
            /* the second person of that surname, for the next "Mrs." */
            char k[128];
            if (marked_key(d, a, '\3', k, sizeof k) && find_entity(r, k) < 0 && !add_key(r, k, e))
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
        if ((a > 0 && title_before(d, a - 1)) || full_person_name(r, a, b))
            vote_type(d, e, HS_ENT_PERSON, 2);
    }
    return e;
}

/* Where an organisation's name that starts at token i ends: two to five
 * capitalised words, the last an organisation's head ("Tax Policy
 * Center", which the tagger may begin a word late or type as a place),
 * and any "of" or "for" and name after it; i itself when there is none,
 * when the tagger reads the words as one organisation already, or in a
 * Title Case headline. */
static uint32_t org_name_end(const rctx *r, uint32_t i, uint32_t tok1)
{
    const hs_doc *d = r->d;
    if (r->title_case_head && d->toks[i].para == 0)
        return i;
    uint32_t end = i;
    for (uint32_t k = i; k < tok1 && k < i + 5; k++) {
        const hs_token *t = &d->toks[k];
        /* a capitalised common noun inside a sentence is a name's word
         * too ("The | Tax | Policy Center") */
        bool word = name_word(d, k) ||
                    ((t->pos == HS_POS_NN || t->pos == HS_POS_NNS) && (t->flags & HS_TF_UPPER) &&
                     k > d->sents[t->sent].tok0);
        if (!word || title_before(d, k))
            break;
        if (k > i && org_head(d, k))
            end = k + 1;
        if (source_ends_at(r, k))
            break;
    }
    if (end == i)
        return i;
    /* the name goes on: "Public Policy Institute | of California" */
    while (end + 1 < tok1 && (hs_tok_is(d, end, "of") || hs_tok_is(d, end, "for")) &&
           name_word(d, end + 1) && !source_ends_at(r, end)) {
        end += 2;
        while (end < tok1 && name_word(d, end) && !source_ends_at(r, end - 1))
            end++;
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

/* Does the run of organisation-tagged words from token i end in an
 * organisation's head noun ("Judiciary Committee")? */
static bool ner_run_ends_in_org_head(const hs_doc *d, uint32_t i, uint32_t tok1)
{
    uint32_t j = i;
    while (j < tok1 && d->toks[j].ner == HS_NER_ORG && !(d->toks[j].flags & HS_TF_PUNCT))
        j++;
    return j > i && org_head(d, j - 1);
}

/* Find the named mention starting at token i: a gazetteer name (longest
 * first) or a run of one entity class.  Sets *end; returns entity or -1. */
static int32_t mention_at(rctx *r, uint32_t i, uint32_t *end, bool as_speaker)
{
    hs_doc *d = r->d;
    const hs_sentence *s = &d->sents[d->toks[i].sent];
    if (party_member(d, i)) {    /* people, described where they speak */
        *end = i + 1;
        return -1;
    }
    for (uint32_t len = 4; len >= 1; len--) {
        if (i + len > s->tok1)
            continue;
        const hs_place_entry *p = gazetteer(r, i, i + len);
        if (!p || (p->demonym_of && strcmp(p->demonym_of, "demonym") == 0))
            continue;
        /* a place opening an organisation's name ("New York | Times"),
         * or an organisation one of its bodies' ("The POLITICO | Caucus",
         * "Senate | Judiciary Committee") */
        if (i + len < s->tok1 && name_word(d, i + len) && d->toks[i].ner == HS_NER_ORG &&
            d->toks[i + len].ner == HS_NER_ORG && !party_member(d, i + len) &&
            (p->type == HS_ENT_GPE || ner_run_ends_in_org_head(d, i + len, s->tok1)) &&
            !gazetteer(r, i + len, i + len + 1) &&      /* "United Nations | Security */
            (i + len + 2 > s->tok1 || !gazetteer(r, i + len, i + len + 2)))   /* Council" */
            break;
        *end = i + len;
        bool capital = p->demonym_of && strcmp(p->demonym_of, "capital") == 0;
        if (capital && !as_speaker) {
            char *own = tokens_text(d, i, i + len);
            int32_t e = own ? entity_for_name(r, i, i + len, HS_ENT_GPE, own) : NOMEM;
            free(own);
            return e;
        }
        int32_t e = entity_for_name(r, i, i + len, p->type, p->name);
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
        return entity_for_name(r, i, j, j - i > 1 ? HS_ENT_PERSON : HS_ENT_OTHER, NULL);
    }
    /* a capitalised name right after a title is a person's whatever the
     * tagger read ("Mr. King" untagged; "German Chancellor Angela Merkel"
     * or "City Attorney Brad Holm" run into one class with their role
     * words), unless it names an office ("Secretary of State") */
    if (name_word(d, i) && titled_at(r, i, s->tok0)) {
        /* the title goes on ("Attorney | General Eric Holder") */
        if (i + 1 < s->tok1 && name_word(d, i + 1) && role_word(r, i)) {
            *end = i + 1;
            return -1;
        }
        uint32_t j = i;
        while (j < s->tok1 && name_word(d, j) && !title_before(d, j) &&
               !noun_is(d, j, HS_NOUN_ORG | HS_NOUN_WORDS)) {   /* "Obama | Speech" */
            j++;
            if (source_ends_at(r, j - 1))
                break;
        }
        if (j > i && (j == s->tok1 || !noun_is(d, j, HS_NOUN_ORG))) {
            *end = j;
            return entity_for_name(r, i, j, HS_ENT_PERSON, NULL);
        }
    }
    uint32_t j = org_name_end(r, i, s->tok1);
    if (j > i) {
        *end = j;
        return entity_for_name(r, i, j, HS_ENT_ORG, NULL);
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
                return entity_for_name(r, i, k, HS_ENT_PERSON, NULL);
            }
    }
    /* "The | New York Times": no article or possessive opens a name */
    if (ner == HS_NER_O || ner == HS_NER_MISC || hs_tok_is(d, i, "the") ||
        is_pos(&d->toks[i], HS_POS_POS))
        return -1;
    j = i;
    /* a name ends where a source does: "Lindsey Graham | Says" in a
     * Title Case headline is tagged as one name */
    while (j < s->tok1 && d->toks[j].ner == ner && !(d->toks[j].flags & HS_TF_PUNCT)) {
        j++;
        if (source_ends_at(r, j - 1))
            break;
    }
    /* a name ends in no conjunction, preposition or article: "RT and |
     * its defenders" */
    while (j > i && (is_pos(&d->toks[j - 1], HS_POS_CC) || is_pos(&d->toks[j - 1], HS_POS_IN) ||
                     is_pos(&d->toks[j - 1], HS_POS_DT) || is_pos(&d->toks[j - 1], HS_POS_TO)))
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
                     (role_word(r, k) || party_word(d, k));
        /* a role word before a person's full name ends any run: "Senate
         * Minority Leader | Harry Reid" read as one organisation */
        bool before_person = role_word(r, k) && full_person_name(r, k + 1, j);
        if (!(title_before(d, k) || opens || before_person) || !name_word(d, k + 1) ||
            title_before(d, k + 1))
            continue;
        if (k == i) {
            *end = k + 1;
            return -1;
        }
        j = k;
        while (j > i && hs_lex_title(r->lx, hs_tok_str(d, &d->toks[j - 1]),
                                     hs_tok_len(&d->toks[j - 1])))
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
    if (type == HS_ENT_ORG) {
        for (uint32_t k = i + 1; k + 1 < j; k++)
            if (j - k <= 3 && full_person_name(r, k, j)) {
                *end = k;
                return -1;
            }
        if (i > 0 && d->toks[i - 1].ner == ner && d->toks[i - 1].sent == d->toks[i].sent &&
            full_person_name(r, i, j))
            type = HS_ENT_PERSON;
    }
    *end = j;
    /* a name the tagger read as a person's that ends in an organisation's
     * head noun ("the Clinton Foundation") is an organisation's: "Clinton"
     * alone must not then find it */
    if (type == HS_ENT_PERSON && j - i > 1 && noun_is(d, j - 1, HS_NOUN_ORG))
        type = HS_ENT_ORG;
    return entity_for_name(r, i, j, type, NULL);
}




/* Does the name ending at token k name a clause's subject: the subject
 * itself, its possessor, or a name set beside it between commas ("One
 * local woman, Karen Robison, pulled Rep. King aside", "Kazakhstan's
 * foreign minister, Erlan Idrissov, plays down concerns")? */
static bool subject_name(const rctx *r, uint32_t k)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[k];
    if (t->deprel == HS_DEP_NSUBJ || t->deprel == HS_DEP_NSUBJPASS)
        return true;
    /* the name a copula gives a person-word subject: "The administrator
     * is Denise Turner Roth, head of the GSA. She has not ..." */
    if (t->deprel == HS_DEP_ROOT || t->head < 0) {
        bool cop = false, who = false;
        const hs_sentence *s = &d->sents[t->sent];
        for (uint32_t i = s->tok0; i < s->tok1 && i < k; i++)
            if (d->toks[i].head == (int32_t)k) {
                cop = cop || d->toks[i].deprel == HS_DEP_COP;
                who = who || (d->toks[i].deprel == HS_DEP_NSUBJ && person_noun(r, i));
            }
        return cop && who;
    }
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
           person_noun(r, (uint32_t)t->head);
}

static bool is_pronoun_person(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "he", "she", "him", "her", "his", "hers", NULL };
    return word_in(d, i, p);
}

static bool is_feminine(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "she", "her", "hers", NULL };
    return word_in(d, i, p);
}

/* Make person e the newest recent subject. */
static void push_recent(rctx *r, int32_t e)
{
    int k = 0;
    while (k < 5 && r->recent[k] != e && r->recent[k] >= 0)
        k++;
    for (; k > 0; k--)
        r->recent[k] = r->recent[k - 1];
    r->recent[0] = e;
}

/* Guess the gender of person e from a title before or opening its
 * mention [i, end) ("Mr. Trump", "Mrs. Clinton") or from its given
 * name. */
static void guess_gender(rctx *r, int32_t e, uint32_t i, uint32_t end)
{
    hs_doc *d = r->d;
    if (d->ents[e].gender)
        return;
    static const char *const mr[] = { "mr.", "mr", NULL };
    static const char *const mrs[] = { "mrs.", "mrs", "ms.", "ms", "miss", NULL };
    for (uint32_t k = i > 0 ? i - 1 : i; k <= i && k < end; k++) {
        if (word_in(d, k, mr)) {
            d->ents[e].gender = 'M';
            return;
        }
        if (word_in(d, k, mrs)) {
            d->ents[e].gender = 'F';
            return;
        }
    }
    if (end - i >= 2)
        d->ents[e].gender = hs_lex_given_gender(r->lx, hs_tok_str(d, &d->toks[i]),
                                                hs_tok_len(&d->toks[i]));
}

static bool is_pronoun_thing(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "it", "its", "they", "them", "their", NULL };
    return word_in(d, i, p);
}

static bool is_relative(const hs_doc *d, uint32_t i)
{
    static const char *const p[] = { "which", "who", "that", "whom", "whose", NULL };
    return word_in(d, i, p);
}

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
static uint32_t role_end(const rctx *r, uint32_t a, uint32_t b, bool before_name)
{
    const hs_doc *d = r->d;
    static const char *const honorifics[] = { "mr.", "mrs.", "ms.", "miss", NULL };
    if (a < b && d->toks[a].pos == HS_POS_POS)
        return a;       /* "Clinton | 's spokesman": the spokesman's */
    uint32_t e = a;
    while (e < b && !hs_tok_is(d, e, ",") && d->toks[e].pos != HS_POS_WP &&
           d->toks[e].pos != HS_POS_WPS && d->toks[e].pos != HS_POS_WDT &&
           !(before_name && (d->toks[e].flags & HS_TF_QUOTE)) &&
           !(before_name && name_word(d, e) && !gazetteer(r, e, e + 1) &&
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
            p == HS_POS_MD || (before_name && word_in(d, i, honorifics)))
            return a;   /* "Both Mr. King and Mr." */
    }
    if (e > a) {
        uint8_t last = d->toks[e - 1].pos;
        if (last == HS_POS_IN || last == HS_POS_TO || last == HS_POS_DT ||
            last == HS_POS_CC)
            return a;
    }
    return e;
}

/* The party a US politician's tag after the name gives ("Sen. David
 * Perdue (R-Ga.)", "Mitch McConnell, R-Ky.,", "Gov. Terry McAuliffe
 * (D)"), as the gazetteer names it; NULL when token i opens no such tag.
 * "I-Vt." says independent, which is no party. */
static const char *party_tag(const rctx *r, uint32_t i, uint32_t b)
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

/* Do the capitalised words from i name a body of a party ("National
 * Committee", "Senatorial Campaign Committee")? */
static bool party_body_after(const hs_doc *d, uint32_t i, uint32_t b)
{
    static const char *const bodies[] = { "committee", "caucus", "conference",
                                          "association", "council", "club",
                                          "coalition", "leadership", NULL };
    for (uint32_t k = i; k < b && (d->toks[k].flags & HS_TF_UPPER); k++)
        if (word_in(d, k, bodies))
            return true;
    return false;
}

/* Role and affiliation of person entity e from its source span [a,b)
 * where its name occupies [n0,n1). */
static void take_role(rctx *r, int32_t e, uint32_t a, uint32_t b, uint32_t n0,
                      uint32_t n1)
{
    hs_doc *d = r->d;
    hs_entity_work *w = &d->ents[e];
    uint32_t ra = a, rb = n0;
    /* skip determiners and a possessive place: "Ukraine's President" */
    while (ra < rb && (is_pos(&d->toks[ra], HS_POS_DT) || hs_tok_is(d, ra, ",")))
        ra++;
    for (uint32_t i = ra; i + 1 < rb; i++) {
        if (is_pos(&d->toks[i + 1], HS_POS_POS) || hs_tok_is(d, i + 1, "'s") ||
            hs_tok_is(d, i + 1, "\xE2\x80\x99s")) {
            const hs_place_entry *p = gazetteer(r, ra, i + 1);
            int32_t pe = r->d->tok_entity[i];
            const char *aff = p ? p->name : pe >= 0 ? d->ents[pe].name : NULL;
            if (aff && !w->affiliation)
                w->affiliation = strdup(aff);
            ra = i + 2;
            break;
        }
    }
    /* "A spokesman for the ministry, Maria Zakharova": not the comma */
    while (rb > ra && (d->toks[rb - 1].flags & HS_TF_PUNCT))
        rb--;
    /* "Russian Foreign Minister Sergei Lavrov": Foreign Minister, Russia
     * ("South Korean President ...": two words) */
    for (uint32_t len = 2; len >= 1; len--) {
        const hs_place_entry *p = rb - ra >= len ? gazetteer(r, ra, ra + len) : NULL;
        /* a party's adjective that opens the name of one of its bodies
         * stays in the role ("Republican National Committee Research
         * Director"; but "Republican Sen.", "Democratic pollster") */
        if (p && p->demonym_of && p->type == HS_ENT_ORG && party_body_after(d, ra + len, rb))
            continue;
        if (p && p->demonym_of) {
            if (!w->affiliation && !(w->affiliation = strdup(p->name)))
                return;
            ra += len;
            break;
        }
    }
    rb = role_end(r, ra, rb, true);
    bool titled = false;
    for (uint32_t i = ra; i < rb; i++)
        titled |= hs_lex_title(r->lx, hs_tok_str(d, &d->toks[i]), hs_tok_len(&d->toks[i]));
    if (!titled) {
        /* an appositive after the name: "Hugh Hill, a doctor,", also
         * after an age: "Ryan Leenders, 30, a member of ..."; set off by
         * a comma ("a Marco Rubio delegate" is no role of Rubio's) */
        ra = n1 < b && hs_tok_is(d, n1, ",") ? n1 : b;
        while (ra < b && (hs_tok_is(d, ra, ",") || is_pos(&d->toks[ra], HS_POS_DT) ||
                          (is_pos(&d->toks[ra], HS_POS_CD) && ra + 1 < b &&
                           hs_tok_is(d, ra + 1, ","))))
            ra++;
        rb = b;
        while (rb > ra && (d->toks[rb - 1].flags & HS_TF_PUNCT))
            rb--;
        rb = role_end(r, ra, rb, false);
        for (uint32_t i = ra; i < rb; i++)
            titled |= hs_lex_title(r->lx, hs_tok_str(d, &d->toks[i]), hs_tok_len(&d->toks[i]));
    }
    if (titled && rb > ra && !w->role)
        w->role = tokens_text(d, ra, rb);
    const char *party = party_tag(r, n1, b);
    if (party && !w->affiliation && !(w->affiliation = strdup(party)))
        return;
    /* a government role with no stated country: the latest place that
     * spoke ("Foreign ministry spokesman" after "China said") */
    if (w->role && !w->affiliation && r->last_place_speaker >= 0 &&
        !strstr(w->role, " of ") &&     /* "foreign minister of France" */
        (strstr(w->role, "inistry") || strstr(w->role, "overnment") ||
         strstr(w->role, "mbassador") || strstr(w->role, "oreign")))
        w->affiliation = strdup(d->ents[r->last_place_speaker].name);
}

/* Is token i a word of quantity that a phrase with "of" follows ("a
 * number of | tax experts", "some of | his rivals")? */
static bool quantity_word(const hs_doc *d, uint32_t i)
{
    static const char *const q[] = {
        "number", "majority", "majorities", "minority", "minorities", "group",
        "groups", "lot", "lots", "dozens", "hundreds", "thousands", "millions", "part",
        "half", "third", "quarter", "two-thirds", "one-third", "three-quarters",
        "one-quarter",
        "some", "many", "most", "all", "none", "one", "two", "three",
        "several", "few", "both", "each", "any", "handful", "couple",
        "host", "bunch", "percent", "share", "chorus", "more", "proportion",
        "percentage", "fraction", "portion", "plurality", NULL };
    return word_in(d, i, q);
}

/* Does a verb at token i, inside the source [a,b) whose head so far is
 * h, end the noun phrase: an infinitive or a modal, a finite verb ("The Sanders
 * campaign | had, earlier"), or a participle right after a common noun
 * ("People | briefed on the move"; but "Several leading Republicans",
 * "Democratic registered voters")?  Never the last word, which the
 * tagger may have read as a verb ("a fundraising email"). */
static bool verb_after_head(const hs_doc *d, uint32_t a, uint32_t b, uint32_t h, uint32_t i)
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
         * September | by the National Academies" */
        for (uint32_t k = i + 1; k < b && !hs_tok_is(d, k, ","); k++)
            if (hs_tok_is(d, k, "by"))
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
static uint32_t head_noun(const hs_doc *d, uint32_t a, uint32_t b, uint32_t *start)
{
    static const char *const pronouns[] = { "those", "these", "them", "us",
                                            "you", "whom", "which", NULL };
    /* "At least one commentator", "About 200 protesters": a bound
     * before the number is no head */
    static const char *const about[] = { "about", "around", "nearly", "almost",
                                         "roughly", "approximately", NULL };
    if (a + 2 < b && hs_tok_is(d, a, "at") &&
        (hs_tok_is(d, a + 1, "least") || hs_tok_is(d, a + 1, "most")))
        a += 2;
    else if (a + 1 < b && word_in(d, a, about) &&
             (is_pos(&d->toks[a + 1], HS_POS_CD) || quantity_word(d, a + 1)))
        a++;
    uint32_t h = a;
    *start = a;
    for (uint32_t i = a; i < b; i++) {
        if (hs_tok_is(d, i, "of") && i > a && h == i - 1 && quantity_word(d, h) &&
            i + 1 < b && !word_in(d, i + 1, pronouns)) {   /* not "27 percent of those" */
            *start = i + 1;
            continue;
        }
        /* "More than 13 million people" */
        static const char *const more[] = { "more", "fewer", "less", NULL };
        if (hs_tok_is(d, i, "than") && i > a && h == i - 1 && word_in(d, h, more) &&
            i + 1 < b) {
            *start = i + 1;
            continue;
        }
        /* "eight in 10 voters"; "one in five" alone is its own head */
        if (hs_tok_is(d, i, "in") && i > a && h == i - 1 && i + 1 < b &&
            (is_pos(&d->toks[h], HS_POS_CD) || quantity_word(d, h)) &&
            is_pos(&d->toks[i + 1], HS_POS_CD)) {
            if (i + 2 == b)
                return i + 1;
            *start = i + 2;
            i++;
            continue;
        }
        if (hs_tok_is(d, i, ",") || dash(d, i) || is_pos(&d->toks[i], HS_POS_IN) ||
            is_pos(&d->toks[i], HS_POS_WDT) || is_pos(&d->toks[i], HS_POS_WP) ||
            verb_after_head(d, a, b, h, i))
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
    static const char *const more[] = { "authorities", "panel", "panels", NULL };
    return noun_is(d, i, HS_NOUN_ORG) || word_in(d, i, more);
}

/* Entity for the description [s,e] (a noun phrase no name covers),
 * named by its words without the determiners and a conjunction opening
 * it; NONE if only those, NOMEM when out of memory.  Members of a party
 * are affiliated with it. */
static int32_t described_entity(rctx *r, uint32_t s, uint32_t e, uint32_t head)
{
    hs_doc *d = r->d;
    /* "But numerous veterans", "Even Latino Republicans", "his own
     * supporters", "Only half a dozen Senate Republicans": no article,
     * conjunction or focus word in the name */
    static const char *const focus[] = { "even", "also", "still", "own", NULL };
    if (s < e && hs_tok_is(d, s, "only"))   /* not "the only ones" */
        s++;
    /* "those surveyed", "those polled": people, named with "those" */
    bool those = s < e && hs_tok_is(d, s, "those") &&
                 (is_pos(&d->toks[s + 1], HS_POS_VBN) || is_pos(&d->toks[s + 1], HS_POS_VBG));
    while (!those && s <= e &&
           (is_pos(&d->toks[s], HS_POS_DT) || is_pos(&d->toks[s], HS_POS_PRPS) ||
            is_pos(&d->toks[s], HS_POS_CC) || (s < e && word_in(d, s, focus))))
        s++;
    if (s > e)
        return NONE;
    hs_entity_type type = body_noun(d, head) ? HS_ENT_ORG
                        : those || noun_is(d, head, HS_NOUN_PERSON) || person_noun(r, head)
                        ? HS_ENT_PERSON : HS_ENT_OTHER;
    char *name = tokens_text(d, s, e + 1);
    if (!name)
        return NOMEM;
    int32_t x = find_entity(r, name);
    if (x < 0) {
        x = new_entity(r, name, type);
        if (x >= 0)
            d->ents[x].described = true;
        /* "Republicans", "some Democrats", "a Nevada Democrat": the
         * party; "many Americans": the country */
        const hs_place_entry *p = x < 0 ? NULL
                                : party_member(d, head) ? gazetteer(r, head, head + 1)
                                : nationals_of(r, head);
        if (p && !(d->ents[x].affiliation = strdup(p->name)))
            x = NOMEM;
    }
    free(name);
    return x;
}

/* described_entity(), a person when a "who" tells about it ("many black
 * voters, who said", "The former congressman, who led a filibuster"). */
static int32_t described_by(rctx *r, uint32_t s, uint32_t e, uint32_t head, bool who)
{
    int32_t x = described_entity(r, s, e, head);
    if (x >= 0 && who && r->d->ents[x].type == HS_ENT_OTHER)
        r->d->ents[x].type = HS_ENT_PERSON;
    return x;
}

/* What the subject pronoun "it" or "they" at token a stands for: the
 * nearest noun subject before it, in its sentence or the one before,
 * outside quotations and reported clauses, that agrees in number and,
 * for "it", is no person ("The city sent a letter Thursday. It says ..."; "more than 20
 * former crew members ... They described ..."; "Mr. Grassley and Mr.
 * Leahy say ..."); NONE when there is none. */
static int32_t named_together(rctx *r, uint32_t a, uint32_t b, bool spoke);

static int32_t thing_antecedent(rctx *r, uint32_t a)
{
    hs_doc *d = r->d;
    static const char *const plural_pronouns[] = { "they", "them", "their", NULL };
    bool plural = word_in(d, a, plural_pronouns);
    uint32_t sent = d->toks[a].sent;
    uint32_t lo = d->sents[sent > 0 ? sent - 1 : sent].tok0;
    for (uint32_t i = a; i-- > lo;) {
        const hs_token *t = &d->toks[i];
        if (t->quote_depth > 0 || (r->in_content && r->in_content[i]) ||
            (t->deprel != HS_DEP_NSUBJ && t->deprel != HS_DEP_NSUBJPASS) ||
            !is_noun(t))
            continue;
        /* the last conjunct of a coordinated subject */
        uint32_t end = i, s1 = d->sents[t->sent].tok1;
        for (uint32_t j = i + 1; j < s1; j++)
            if (d->toks[j].head == (int32_t)i && d->toks[j].deprel == HS_DEP_CONJ)
                end = j;
        bool pl = end > i || t->pos == HS_POS_NNS || t->pos == HS_POS_NNPS;
        if (pl != plural)
            continue;
        int32_t e = d->tok_entity[i];
        if (end == i && e >= 0) {
            if (!plural && d->ents[e].type == HS_ENT_PERSON)
                continue;
            return e;
        }
        /* the phrase: from the first token whose heads lead to the
         * subject ("Donald Trump 's campaign") */
        uint32_t s = i;
        for (uint32_t j = d->sents[t->sent].tok0; j < i; j++) {
            int32_t h = d->toks[j].head;
            for (int depth = 0; h >= 0 && h != (int32_t)i && depth < 8; depth++)
                h = d->toks[h].head;
            if (h == (int32_t)i) {
                s = j;
                break;
            }
        }
        /* names joined by "and" are the people named ("Cruz and Rubio
         * ... both locked on Trump. They pushed him"), one entity as when
         * they speak together */
        uint32_t last = end;
        while (last + 1 < s1 && d->tok_entity[last + 1] >= 0 &&
               d->tok_entity[last + 1] == d->tok_entity[end])
            last++;
        /* (read back, the names are no new subjects for "he") */
        int32_t together = end > i ? named_together(r, s, last + 1, false) : NONE;
        if (together != NONE)
            return together;
        return described_entity(r, s, end, i);
    }
    return NONE;
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
static int32_t speaking_for(rctx *r, uint32_t a, uint32_t h, int32_t best,
                            uint32_t n1)
{
    hs_doc *d = r->d;
    if (best < 0 || h < n1 || d->tok_entity[h] >= 0)
        return NONE;
    bool person = d->ents[best].type == HS_ENT_PERSON;
    bool noun = is_noun(&d->toks[h]);
    bool group = person && noun && (noun_is(d, h, HS_NOUN_FOR | HS_NOUN_PERSON) ||
                                    (person_noun(r, h) && !coordinated(d, n1, h)));
    bool office = !person && noun && (title_before(d, h) || noun_is(d, h, HS_NOUN_PERSON) ||
                                      party_member(d, h) || person_noun(r, h) ||
                                      body_noun(d, h) || noun_is(d, h, HS_NOUN_RECORD));
    if (!group && !office)
        return NONE;
    int32_t g = described_entity(r, a, h, h);
    if (g < 0 || g == best)
        return g;
    if (office)
        d->ents[g].type = body_noun(d, h) ? HS_ENT_ORG
                        : noun_is(d, h, HS_NOUN_RECORD) ? HS_ENT_OTHER : HS_ENT_PERSON;
    if (!affiliate(d, g, best))
        return NOMEM;
    if (group) {
        r->last_person = r->last_subject = best;
        push_recent(r, best);
    }
    return g;
}

/* The role noun of "a spokeswoman for | Hillary Clinton", "a longtime
 * adviser to | Sen. Clinton" in the source [a, n0) before the name at n0:
 * a noun of titles.txt or one speaking for someone, then "for", "to" or
 * "of", then only determiners, titles or a party's label; -1 when the
 * words before the name are no such phrase. */
static int32_t employer_noun(const rctx *r, uint32_t a, uint32_t n0)
{
    const hs_doc *d = r->d;
    uint32_t k = n0;     /* back over "the", titles and a party's label */
    while (k > a && (is_pos(&d->toks[k - 1], HS_POS_DT) || title_before(d, k - 1) ||
                     (name_word(d, k - 1) && (role_word(r, k - 1) || party_word(d, k - 1)))))
        k--;
    if (k < a + 2 || !(hs_tok_is(d, k - 1, "for") || hs_tok_is(d, k - 1, "to") ||
                       hs_tok_is(d, k - 1, "of")))
        return -1;
    uint32_t h = k - 2;  /* the noun before the preposition */
    if (!(is_pos(&d->toks[h], HS_POS_NN) || is_pos(&d->toks[h], HS_POS_NNS)) ||
        !(role_word(r, h) || noun_is(d, h, HS_NOUN_FOR)))
        return -1;
    return (int32_t)h;
}

/* The name of someone described by their tie to a named entity, from
 * the words [a, b) and that entity's name: "spokeswoman for Hillary
 * Clinton" (the words, then the name) or, with `owner`, "Bernie
 * Sanders's campaign".  Owned by the caller; NULL when out of memory. */
static char *tied_name(const hs_doc *d, uint32_t a, uint32_t b, const char *who, bool owner)
{
    char *words = tokens_text(d, a, b);
    size_t n = words ? strlen(words) + strlen(who) + 4 : 0;
    char *name = words ? malloc(n) : NULL;
    if (name && owner)
        snprintf(name, n, "%s's %s", who, words);
    else if (name)
        snprintf(name, n, "%s %s", words, who);
    free(words);
    return name;
}

/* Who speaks when the source names someone who works for the person
 * named after them ("A spokeswoman for Hillary Clinton", "an attorney
 * for Trump", "a longtime adviser to Sen. Clinton"): that someone, a
 * person named by the phrase ("spokeswoman for Hillary Clinton"), with
 * the noun as role and the named person as affiliation; not the named
 * person, who would take their role.  The name starts at token n0 of
 * the source [a, n0); NONE when the source is no such phrase, NOMEM
 * when out of memory. */
static int32_t working_for(rctx *r, uint32_t a, int32_t best, uint32_t n0)
{
    hs_doc *d = r->d;
    if (best < 0 || d->ents[best].type != HS_ENT_PERSON)
        return NONE;
    int32_t hn = employer_noun(r, a, n0);
    if (hn < 0)
        return NONE;
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
    int32_t e = find_entity(r, name);
    if (e < 0 && (e = new_entity(r, name, HS_ENT_PERSON)) >= 0) {
        hs_entity_work *w = &d->ents[e];
        w->described = true;    /* a later "she" is not thereby her */
        w->role = tokens_text(d, s, h + 1);
        if (!w->role || !affiliate(d, e, best))
            e = NOMEM;
    }
    free(name);
    return e;
}

/* Can token t open or continue a noun phrase before its head noun ("the
 * | many | Trump | supporters")? */
static bool premodifier(const hs_token *t)
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

/* Who speaks when the source's head noun comes before the organisation
 * or place it names in a phrase of its own ("Polls in Virginia",
 * "Officials at Homeland Security Investigations", "the mayor of
 * Charlotte"), in a source ending before b: the head's phrase from s,
 * through the name when the name ends it ("mayor of Charlotte", else
 * "mayor"), affiliated with the organisation or place, not the place,
 * when the head names people or a poll; an author after "by" speaks
 * himself, and a topic after "on" or "about" is no affiliation.  NONE
 * when the source is no such phrase, NOMEM when out of memory. */
static int32_t of_a_place(rctx *r, uint32_t s, uint32_t h, uint32_t b, int32_t best,
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
    if (word_in(d, h + 1, topic) ||     /* "Experts on North Korea" */
        !(noun_is(d, h, HS_NOUN_PERSON | HS_NOUN_TITLE | HS_NOUN_FOR) ||
          person_noun(r, h) || word_in(d, h, polls)))
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
                !(is_noun(&d->toks[e1]) || is_pos(&d->toks[e1], HS_POS_POS) ||
                  list || hs_tok_is(d, e1, ","));
    size_t known = d->nents;
    int32_t g = described_entity(r, s, ends ? e1 - 1 : h, h);
    if (g < 0 || g == best || (size_t)g < known)
        return g;   /* "voters" named before stay no one's */
    if (noun_is(d, h, HS_NOUN_TITLE) || person_noun(r, h))
        d->ents[g].type = HS_ENT_PERSON;    /* "the mayor of Charlotte",
                                               "members of Congress" */
    return affiliate(d, g, best) ? g : NOMEM;
}

/* A described source that opens with a place's adjective is affiliated
 * with the place ("Chinese officials", "German police": China,
 * Germany), as a role before a name is ("Russian Foreign Minister").
 * The description runs over [s, h], h its head; false when out of
 * memory. */
static bool demonym_affiliation(rctx *r, int32_t e, uint32_t s, uint32_t h)
{
    hs_doc *d = r->d;
    while (s < h && (is_pos(&d->toks[s], HS_POS_DT) || is_pos(&d->toks[s], HS_POS_PRPS)))
        s++;
    for (uint32_t len = 2; len >= 1; len--) {
        const hs_place_entry *p = s + len <= h ? gazetteer(r, s, s + len) : NULL;
        /* a lower-case word after it: not a name ("British Columbians",
         * "The American Legion") */
        if (p && p->demonym_of && !(d->toks[s + len].flags & HS_TF_UPPER))
            return (d->ents[e].affiliation = strdup(p->name)) != NULL;
    }
    return true;
}

/* Does the role text contain the word w (n bytes) as a whole word,
 * ignoring case? */
static bool role_has_word(const char *role, const char *w, size_t n)
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

/* How many words back a definite description looks for the person
 * who holds its post. */
#define POST_REACH 4000

/* The person a definite description names by their post ("the
 * president", "The GOP nominee", "the former secretary of state"): the
 * source [a, h] is "the", then adjectives, a party or a place, and the
 * singular role word h; the person is the one named last before it
 * whose role or title holds that word and, when a party or place is
 * said, who is affiliated with it.  NONE when there is none. */
static int32_t person_by_post(rctx *r, uint32_t a, uint32_t h)
{
    /* words that make another post of the same word: the description and
     * the person's title must agree on them ("the former president" is
     * not President Obama, "the president" not Vice President Biden) */
    static const char *const rank[] = { "vice", "former", "deputy", "assistant",
                                        "lieutenant", "acting", "late", "ex", NULL };
    hs_doc *d = r->d;
    if (h <= a || !hs_tok_is(d, a, "the") || !is_pos(&d->toks[h], HS_POS_NN) ||
        !person_noun(r, h) || word_in(d, h, kin_words))
        return NONE;
    const char *aff = NULL;
    unsigned want_rank = 0;
    for (uint32_t k = a + 1; k < h; k++) {
        const hs_place_entry *p = gazetteer(r, k, k + 1);
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
    /* the persons named in the words before it, latest first, as far back
     * as an article reaches (bounded, whatever the document's length) */
    uint32_t lo = a > POST_REACH ? a - POST_REACH : 0;
    for (uint32_t t0 = a; t0-- > lo;) {
        int32_t e = d->tok_entity[t0];
        if (e < 0 || (t0 > 0 && d->tok_entity[t0 - 1] == e))
            continue;   /* not the first word of a mention */
        const hs_entity_work *x = &d->ents[e];
        if (x->type != HS_ENT_PERSON || x->described)
            continue;
        unsigned role_rank = 0;
        for (unsigned j = 0; x->role && rank[j]; j++)
            if (role_has_word(x->role, rank[j], strlen(rank[j])))
                role_rank |= 1u << j;
        if (x->role && role_has_word(x->role, w, n) && role_rank == want_rank &&
            (!aff || (x->affiliation && strcmp(x->affiliation, aff) == 0)))
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
                           !premodifier(t) || is_pos(t, HS_POS_DT) || is_pos(t, HS_POS_PRPS)))
                break;
            if (hs_tok_is(d, k, w) || hs_tok_is(d, k, w2))
                post = true;
            for (unsigned j = 0; rank[j]; j++)
                if (hs_tok_is(d, k, rank[j]))
                    got_rank |= 1u << j;
            const hs_place_entry *p = aff && !party ? gazetteer(r, k, k + 1) : NULL;
            if (p && strcmp(p->name, aff) == 0)
                party = true;
        }
        if (post && party && got_rank == want_rank)
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
 * Bernie Sanders", "Democrat Hillary Clinton") or after "of" right after
 * it ("Sen. Bernie Sanders of Vermont"); NULL when none. */
static const hs_place_entry *place_named_with(const rctx *r, hs_span m,
                                              hs_entity_type type)
{
    const hs_doc *d = r->d;
    uint32_t i0 = hs_tok_at(d, m.begin), i1 = i0;
    while (i1 < d->ntoks && d->toks[i1].c1 <= m.end)
        i1++;
    for (uint32_t k = i0; k-- > 0 && k + 3 >= i0 && d->toks[k].sent == d->toks[i0].sent;) {
        const hs_place_entry *p = gazetteer(r, k, k + 1);
        if (p && p->type == type)
            return p;
    }
    if (i1 + 1 < d->ntoks && hs_tok_is(d, i1, "of")) {
        const hs_place_entry *p = gazetteer(r, i1 + 1, i1 + 2);
        if (p && p->type == type)
            return p;
    }
    return NULL;
}

/* How far back, in bytes, the person a bare description takes up ("The
 * Vermont senator") may last have been named. */
#define DESCRIBED_REACH 600

/* The person a definite description takes up when no post lookup finds
 * them: news writes "Marco Rubio spoke ... The Florida senator sought to
 * calm his supporters" or "Sanders ... The Vermont senator emailed" for
 * the person just spoken of, as it writes "he".  The source [a, h] is
 * "the", then adjectives, nouns or names, and a singular descriptor h
 * ("candidate", "nominee", "senator", "businessman": words the writing
 * uses again for someone named, where "the man", "the judge" or "the
 * host" bring in someone new as often); the person is the latest person
 * that spoke or was a subject, named in an earlier sentence at most
 * DESCRIBED_REACH bytes back, and not at odds with the description: no
 * other gender, no other place or party of the kind it names.  On train
 * about four in five of the persons it finds are right (read by hand);
 * the rest are someone else named between ("it was Trump who ..."), who
 * is no subject.  "leader", "director", "executive", "secretary" and
 * "chairman", added later, changed 9 names on train and dev, 7 right
 * ("the team leader" is not the chief just named); "president" and
 * "speaker" found the wrong person 3 times in 4.  NONE when there is
 * none. */
static int32_t person_described(rctx *r, uint32_t a, uint32_t h)
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
                                            "actress", NULL };
    static const char *const masculine[] = { "congressman", "businessman", "actor", NULL };
    hs_doc *d = r->d;
    if (h <= a || !hs_tok_is(d, a, "the") || !word_in(d, h, descriptors) ||
        !(is_pos(&d->toks[h], HS_POS_NN) || party_member(d, h)) ||
        (h + 1 < d->ntoks && is_pos(&d->toks[h + 1], HS_POS_POS)))
        return NONE;    /* "the businessman's rhetoric": whose, too loose */
    int32_t e = r->last_subject;
    if (e < 0)
        return NONE;
    const hs_entity_work *x = &d->ents[e];
    if (x->type != HS_ENT_PERSON || x->described || x->plural || !x->nmentions)
        return NONE;
    hs_span last = x->mentions[x->nmentions - 1];
    const hs_token *t = &d->toks[a];
    if (last.begin == t->c0)
        return e;       /* the same source, read for another cue */
    if (last.end > t->c0 || t->c0 - last.end > DESCRIBED_REACH ||
        d->toks[hs_tok_at(d, last.begin)].sent >= t->sent)
        return NONE;
    char want = word_in(d, h, feminine) ? 'F' : word_in(d, h, masculine) ? 'M' : 0;
    if (want && x->gender && x->gender != want)
        return NONE;
    const hs_place_entry *q = x->affiliation
        ? hs_lex_place(r->lx, x->affiliation, strlen(x->affiliation)) : NULL;
    for (uint32_t k = a + 1; k < h; k++) {
        const hs_token *m = &d->toks[k];
        if (!premodifier(m) || is_pos(m, HS_POS_DT) || is_pos(m, HS_POS_PRPS))
            return NONE;
        /* a place against a place, a party against a party: "The
         * Florida senator" is not a Vermont man, "The Vermont senator"
         * may be a Democrat or an American */
        const hs_place_entry *p = gazetteer(r, k, k + 1);
        if (!p)
            continue;
        if (q && other_place(p, q))
            return NONE;
        /* none of its kind known: a place or party said with their name
         * ("Sen. Bernie Sanders of Vermont", "Democrat Hillary Clinton") */
        for (size_t j = x->nmentions > 64 ? x->nmentions - 64 : 0;
             !(q && q->type == p->type) && j < x->nmentions; j++) {
            const hs_place_entry *with = place_named_with(r, x->mentions[j], p->type);
            if (with && other_place(p, with))
                return NONE;
        }
    }
    return e;
}

/* Is the "it" at token i a placeholder for a clause after it ("after it
 * became clear that ...", "It shouldn't be a surprise that ...")?  Up to
 * two auxiliaries or "not", a form of "be", "become" or "seem", up to
 * four words of an adjective or noun phrase, then "that", "to",
 * "whether", "how" or "why".  It names no one. */
static bool placeholder_it(const hs_doc *d, uint32_t i)
{
    static const char *const aux[] = { "will", "would", "could", "should", "may",
                                       "might", "must", "can", "has", "have",
                                       "had", "been", "not", "n't", "also", NULL };
    static const char *const link[] = { "is", "was", "be", "been", "being", "'s",
                                        "became", "becomes", "become", "seems",
                                        "seemed", "seem", NULL };
    static const char *const clause[] = { "that", "to", "whether", "how", "why", NULL };
    if (!hs_tok_is(d, i, "it"))
        return false;
    uint32_t k = i + 1, sent = d->toks[i].sent;
    for (int n = 0; n < 2 && k < d->ntoks && word_in(d, k, aux); n++)
        k++;
    if (k >= d->ntoks || !word_in(d, k, link))
        return false;
    k++;
    for (int n = 0; n < 4 && k < d->ntoks && d->toks[k].sent == sent; n++, k++) {
        const hs_token *t = &d->toks[k];
        if (word_in(d, k, clause))
            return n > 0;
        if (!is_pos(t, HS_POS_JJ) && !is_pos(t, HS_POS_RB) && !is_pos(t, HS_POS_DT) &&
            !is_pos(t, HS_POS_NN))
            return false;
    }
    return false;
}

/* Is token i a day or a month ("Wednesday added one more unusual
 * development")?  As a source alone it names no one. */
static bool day_or_month(const hs_doc *d, uint32_t i)
{
    static const char *const w[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "today",
        "yesterday", "tomorrow", NULL
    };
    return word_in(d, i, w);
}

/* How many of the latest entities org_by_head() looks through. */
#define ORG_HEAD_REACH 256

/* The organisation "the department", "the foundation", "the campaign"
 * stands for: the source [a, b) is "the" and a singular organisation
 * noun h, and the organisation is the latest one whose name ends in that
 * word ("the Justice Department", "the Clinton Foundation", "the Trump
 * campaign"), mentioned before the source and named, not described in
 * lower case.  NONE when there is none. */
static int32_t org_by_head(rctx *r, uint32_t a, uint32_t b)
{
    hs_doc *d = r->d;
    uint32_t h = b - 1;
    /* names end in these words too often for the latest to be meant:
     * "the group" after "UnitedHealth Group" is a trade group */
    static const char *const loose[] = { "group", "network", NULL };
    if (b - a != 2 || !hs_tok_is(d, a, "the") || !is_pos(&d->toks[h], HS_POS_NN) ||
        !(noun_is(d, h, HS_NOUN_ORG) || hs_tok_is(d, h, "campaign")) || word_in(d, h, loose))
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
            (x->described && !isupper((unsigned char)x->name[0])) ||
            x->name[len - n - 1] != ' ' || strncasecmp(x->name + len - n, w, n) != 0)
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

/* Can token i name anyone: a noun, a pronoun, a determiner or word of
 * quantity ("Some", "Many"), a number, a name, or a capitalised word
 * known as a name ("Early" for Rex Early)?  A source with no such word
 * (a headline's "Partisan", "NOT") names no one. */
static bool names_someone(rctx *r, uint32_t i)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    if (is_noun(t) || is_pos(t, HS_POS_PRP) ||
        is_pos(t, HS_POS_PRPS) || is_pos(t, HS_POS_WPS) || is_pos(t, HS_POS_CD) ||
        is_pos(t, HS_POS_DT) || is_pos(t, HS_POS_WP) || is_pos(t, HS_POS_WDT) ||
        quantity_word(d, i) || d->tok_entity[i] >= 0)
        return true;
    if (!(t->flags & HS_TF_UPPER) || (t->flags & HS_TF_PUNCT))
        return false;
    char *w = tokens_text(d, i, i + 1);
    bool known = w && find_entity(r, w) >= 0;
    free(w);
    return known;
}

/* Whom "he" or "she" at token i stands for: a person of its gender
 * named earlier in its sentence when the latest subject is older (see
 * below), else the latest subject whose gender does not contradict the
 * pronoun's ("she said" skips a recent Mr. Trump); -1 when none. */
static int32_t pronoun_person(rctx *r, uint32_t i)
{
    hs_doc *d = r->d;
    char want = is_feminine(d, i) ? 'F' : 'M';
    /* a person of that gender named earlier in the pronoun's sentence,
     * when the latest subject is from an earlier one: "FBI Director
     * James Comey's news conference, in which he laid out ...", "The
     * challenge for Mrs. Clinton is ... when she sought" */
    int32_t near = r->last_person;
    if (near >= 0 && d->ents[near].gender == want && d->ents[near].nmentions &&
        near != r->recent[0]) {
        uint32_t sent = d->toks[i].sent;
        const hs_entity_work *n = &d->ents[near];
        hs_span m = n->mentions[n->nmentions - 1];
        uint32_t mt = hs_tok_at(d, m.begin);
        /* before the pronoun, and not in what is reported ("The Murdoch
         * outlets have been standing in the way, he said") */
        bool here = d->toks[mt].sent == sent && m.end <= d->toks[i].c0 &&
                    !r->in_content[mt] && d->toks[mt].quote_depth == 0;
        /* unless the sentence already spoke of its subject by a pronoun
         * of that gender: "He visited Prime Minister Benjamin Netanyahu,
         * where he also met ...", "In her correspondence with Clinton,
         * she ..." */
        for (uint32_t k = d->sents[sent].tok0; here && k < mt; k++)
            if (is_pronoun_person(d, k) && (is_feminine(d, k) ? 'F' : 'M') == want)
                here = false;
        bool subject_here = false;
        if (r->recent[0] >= 0) {
            const hs_entity_work *x = &d->ents[r->recent[0]];
            subject_here = x->nmentions &&
                d->toks[hs_tok_at(d, x->mentions[x->nmentions - 1].begin)].sent == sent;
        }
        if (here && !subject_here)
            return near;
    }
    for (int k = 0; k < 6 && r->recent[k] >= 0; k++) {
        hs_entity_work *x = &d->ents[r->recent[k]];
        if (!x->gender)
            x->gender = want;   /* "Christie said ... he added": a later
                                   "she" is someone else */
        if (x->gender == want)
            return r->recent[k];
    }
    /* else the latest subject, or else the latest person named at all
     * ("Christie described Hillary Clinton as ... after she attacked"),
     * of no other gender: "he" is never "Mrs. Clinton" */
    int32_t cand[2] = { r->last_subject, r->last_person };
    for (int k = 0; k < 2; k++)
        if (cand[k] >= 0 && (!d->ents[cand[k]].gender || d->ents[cand[k]].gender == want))
            return cand[k];
    return -1;
}

/* Where the part of a title or a tag that opens at token i of a list
 * of names ends, before b: "former", a place before a title ("Maryland
 * | Gov.") or a body in one ("Secretary of | State"), a party tag in
 * parentheses ("(D)", "(R-Texas)"); i itself when none opens there. */
static uint32_t title_part(const rctx *r, uint32_t i, uint32_t b)
{
    const hs_doc *d = r->d;
    static const char *const former[] = { "former", "then", "late", NULL };
    if (word_in(d, i, former))
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
    bool of_title = i >= 2 && hs_tok_is(d, i - 1, "of") && title_before(d, i - 2);
    return k < b && (of_title || title_before(d, k) || role_word(r, k)) ? k : i;
}

/* Where the names of a list in [a, b) start past a plural description
 * of them ("Democratic presidential hopefuls | former Maryland Gov.
 * Martin O'Malley and ..."): the token after the description's plural
 * noun, with *party the party it names, whose the members are; a
 * itself, and no party, when no such description opens the list. */
static uint32_t past_description(const rctx *r, uint32_t a, uint32_t b,
                                 const hs_place_entry **party)
{
    const hs_doc *d = r->d;
    const hs_place_entry *p = NULL;
    for (uint32_t i = a; i < b && d->tok_entity[i] < 0; i++) {
        const hs_token *t = &d->toks[i];
        bool partisan = party_word(d, i);
        if (!partisan && !is_pos(t, HS_POS_JJ) && !is_pos(t, HS_POS_NN) && !is_pos(t, HS_POS_NNS))
            break;
        if (partisan)
            p = gazetteer(r, i, i + 1);
        if (is_pos(t, HS_POS_NNS)) {
            *party = p;
            return i + 1;
        }
    }
    return a;
}

#define MAX_MEMBERS 6

/* Who speaks when the source [a,b) is nothing but named people, or named
 * organisations or places, joined by "and" ("Mr. Peck and Mr. Mahaney",
 * "he and Mr. Allen", "The New York Times and the Wall Street Journal"):
 * all of them, one entity named by their names as English joins them
 * ("Jim VandeHei and Mike Allen").  NONE when the source is no such
 * list, NOMEM when out of memory. */
static int32_t named_together(rctx *r, uint32_t a, uint32_t b, bool spoke)
{
    hs_doc *d = r->d;
    static const char *const pronouns[] = { "he", "she", NULL };
    const hs_place_entry *party = NULL;
    a = past_description(r, a, b, &party);
    /* first the shape, with no pronoun resolved (that teaches genders):
     * names, "he" or "she", and between them "and", a comma, "both",
     * "the" or titles */
    bool joined = false;
    int names = 0;
    for (uint32_t i = a; i < b; i++) {
        uint32_t past = title_part(r, i, b);
        if (past > i)
            i = past - 1;
        else if (d->tok_entity[i] >= 0 || word_in(d, i, pronouns)) {
            names += i == a || d->tok_entity[i] < 0 || d->tok_entity[i - 1] != d->tok_entity[i];
            /* a name before a noun is no member: "a Maine legislator and
             * Sanders supporter" */
            if (i + 1 < b && d->tok_entity[i + 1] != d->tok_entity[i] &&
                is_noun(&d->toks[i + 1]) && !name_word(d, i + 1))
                return NONE;
        }
        else if (hs_tok_is(d, i, "and") || hs_tok_is(d, i, "&"))
            joined = true;
        else if (!hs_tok_is(d, i, ",") && !is_pos(&d->toks[i], HS_POS_DT) &&
                 !hs_tok_is(d, i, "both") && !title_before(d, i) && !role_word(r, i) &&
                 !(hs_tok_is(d, i, "of") && i > a && title_before(d, i - 1)) &&
                 !(name_word(d, i) && i > a + 1 && hs_tok_is(d, i - 1, "of") &&
                   title_before(d, i - 2)))
            return NONE;   /* "Secretary of State" is a title */
    }
    if (names < 2 || names > MAX_MEMBERS || !joined)
        return NONE;
    int32_t who[MAX_MEMBERS];
    int n = 0;
    for (uint32_t i = a; i < b;) {
        uint32_t past = title_part(r, i, b);
        if (past > i) {
            i = past;
            continue;
        }
        int32_t e = d->tok_entity[i];
        if (e < 0 && word_in(d, i, pronouns))
            e = pronoun_person(r, i);
        else if (e < 0) {
            i++;
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
    if (n < 2)
        return NONE;
    for (int k = 0; party && k < n; k++)
        if (!d->ents[who[k]].affiliation && d->ents[who[k]].type == HS_ENT_PERSON &&
            !(d->ents[who[k]].affiliation = strdup(party->name)))
            return NOMEM;
    size_t len = 1;
    for (int k = 0; k < n; k++)
        len += strlen(d->ents[who[k]].name) + 5;
    char *name = malloc(len);
    if (!name)
        return NOMEM;
    name[0] = '\0';
    for (int k = 0; k < n; k++) {
        if (k > 0)
            strcat(name, k == n - 1 ? " and " : ", ");
        strcat(name, d->ents[who[k]].name);
    }
    int32_t g = find_entity(r, name);
    if (g < 0 && (g = new_entity(r, name, d->ents[who[0]].type)) >= 0) {
        d->ents[g].described = true;    /* no "he" or "she" */
        d->ents[g].plural = true;
    }
    free(name);
    /* when they speak, each of them, the last newest, is whom a "he" or
     * "she" after it may mean, as when one of them speaks */
    for (int k = 0; spoke && g >= 0 && k < n && d->ents[who[k]].type == HS_ENT_PERSON; k++) {
        r->last_person = r->last_subject = who[k];
        push_recent(r, who[k]);
    }
    return g;
}

/* Find the author line that closes an opinion piece ("Rick Scott is the
 * Republican governor of Florida.", "Rep. Raul Grijalva, D-Ariz., was an
 * early backer of Bernie Sanders.") and keep its name in r->author0..1:
 * the last paragraph, of one or two sentences, opens with titles, a
 * name, an aside between commas, then "is" or "was" and a noun phrase,
 * or another verb and "the" or "a".  The article's own "I" is that
 * person. */
static void find_author(rctx *r)
{
    const hs_doc *d = r->d;
    r->author0 = r->author1 = 0;
    if (d->nsents == 0)
        return;
    size_t s = d->nsents - 1;
    uint32_t para = d->sents[s].para;
    while (s > 0 && d->sents[s - 1].para == para)
        s--;
    if (d->nsents - s > 2)
        return;
    uint32_t i = d->sents[s].tok0, end = d->sents[s].tok1;
    while (i < end && (title_before(d, i) || role_word(r, i)))
        i++;
    uint32_t a = i;
    while (i < end && name_word(d, i) && i - a < 5)
        i++;
    uint32_t b = i;
    if (b == a || (b - a == 1 && d->toks[a].ner != HS_NER_PERSON))
        return;
    if (i < end && hs_tok_is(d, i, ",")) {      /* ", D-Ariz.," */
        uint32_t k = i + 1;
        while (k < end && k < i + 14 && !hs_tok_is(d, k, ","))
            k++;
        if (k >= end || !hs_tok_is(d, k, ","))
            return;
        i = k + 1;
    }
    if (i + 1 >= end)
        return;
    const hs_token *v = &d->toks[i], *n = &d->toks[i + 1];
    bool copula = hs_tok_is(d, i, "is") || hs_tok_is(d, i, "was");
    bool np = is_pos(n, HS_POS_DT) || is_pos(n, HS_POS_NNP) || is_pos(n, HS_POS_PRPS);
    if ((copula && np) ||
        ((is_pos(v, HS_POS_VBZ) || is_pos(v, HS_POS_VBD)) && is_pos(n, HS_POS_DT))) {
        r->author0 = a;
        r->author1 = b;
    }
}

/* Does paragraph p open with an interview's question mark, "Q:" or a
 * "Q" run into the question ("QWhat would have happened?")? */
static bool question_para(const hs_doc *d, uint32_t p)
{
    uint32_t i = d->paras[p].tok0;
    if (i >= d->paras[p].tok1)
        return false;
    const char *w = hs_tok_str(d, &d->toks[i]);
    size_t n = hs_tok_len(&d->toks[i]);
    if (n == 1 && w[0] == 'Q')
        return i + 1 < d->ntoks && (hs_tok_is(d, i + 1, ":") || hs_tok_is(d, i + 1, "."));
    return n > 2 && w[0] == 'Q' && isupper((unsigned char)w[1]) && islower((unsigned char)w[2]);
}

/* Does paragraph p open with an interview's answer mark, "A:"? */
static bool answer_para(const hs_doc *d, uint32_t p)
{
    uint32_t i = d->paras[p].tok0;
    return i + 1 < d->paras[p].tok1 && hs_tok_len(&d->toks[i]) == 1 &&
           hs_tok_str(d, &d->toks[i])[0] == 'A' && hs_tok_is(d, i + 1, ":");
}

/* Is the document an interview's transcript: at least two questions and
 * two answers, each opening its paragraph? */
static bool find_interview(const hs_doc *d)
{
    unsigned q = 0, a = 0;
    for (uint32_t p = 0; p < d->nparas && (q < 2 || a < 2); p++) {
        q += question_para(d, p);
        a += answer_para(d, p);
    }
    return q >= 2 && a >= 2;
}

/* The person an interview questions: the first named in its headline,
 * else in the paragraph after it ("Q&A with Vice President Joe Biden",
 * "Laura Bush sees 'Hope,' help for Afghan women").  NONE when neither
 * names a person. */
static int32_t interviewee(rctx *r)
{
    const hs_doc *d = r->d;
    if (r->asked_known)     /* looked up once: a long transcript stays linear */
        return r->asked;
    r->asked_known = true;
    r->asked = NONE;
    for (uint32_t p = 0; p < 2 && p < d->nparas && r->asked == NONE; p++) {
        if (d->paras[p].tok1 <= d->paras[p].tok0)
            continue;
        uint32_t end = d->toks[d->paras[p].tok1 - 1].c1;
        for (size_t e = 0; e < d->nents && r->asked == NONE; e++)
            if (d->ents[e].type == HS_ENT_PERSON && d->ents[e].nmentions &&
                d->ents[e].mentions[0].begin < end && !d->ents[e].described)
                r->asked = (int32_t)e;
    }
    return r->asked;
}

/* The person the relative clause of "who" at token a tells about when
 * a body was named last ("Megyn Kelly, a star anchor at Fox News who
 * ..."): the clause hangs on the person's name, or on a word for a
 * person set beside it, or on a phrase inside either; -1 when there is
 * none. */
static int32_t appositive_person(const rctx *r, uint32_t a)
{
    const hs_doc *d = r->d;
    int32_t v = d->toks[a].head;
    if (v < 0 || d->toks[v].deprel != HS_DEP_ACL_RELCL)
        return -1;
    /* up from the word the clause hangs on, through the phrase it sits
     * in ("the leader of the opposition in North-Rhine Westphalia,
     * who"), to a person's name or a word for a person set beside one */
    int32_t n = d->toks[v].head;
    for (int depth = 0; depth < 4 && n >= 0 && (uint32_t)n < a; depth++) {
        int32_t e = d->tok_entity[n];
        if (e >= 0 && d->ents[e].type == HS_ENT_PERSON)
            return e;   /* the parser hangs it on the name */
        if (d->toks[n].deprel == HS_DEP_APPOS && person_noun(r, (uint32_t)n)) {
            int32_t x = d->toks[n].head;
            return x >= 0 && d->tok_entity[x] >= 0 &&
                   d->ents[d->tok_entity[x]].type == HS_ENT_PERSON ? d->tok_entity[x] : -1;
        }
        n = d->toks[n].head;
    }
    return -1;
}

/* Is the source [a, b) an interview transcript's own: its "A" (the
 * person questioned), the first person of an answer or the "you" of a
 * question (the same person), or its "Q" (the interviewer, whom the
 * transcript does not name)?  Then *who is the interviewee, or -1 for
 * the "Q" or when the headline names no one. */
static bool interview_speaker(rctx *r, uint32_t a, uint32_t b, int32_t *who)
{
    const hs_doc *d = r->d;
    *who = -1;
    if (!r->interview || b - a != 1 || d->toks[a].quote_depth > 0)
        return false;
    uint32_t p = d->toks[a].para;
    bool opens = a == d->paras[p].tok0;
    if (opens && question_para(d, p) && hs_tok_len(&d->toks[a]) == 1)
        return true;
    /* an answer runs on until the next question, over at most eight
     * paragraphs */
    bool answering = false;
    for (uint32_t k = p + 1; k-- > 0 && k + 8 > p;) {
        if (question_para(d, k))
            break;
        if ((answering = answer_para(d, k)))
            break;
    }
    bool in_answer = answering && ((opens && answer_para(d, p)) || first_person_word(d, a));
    bool you = question_para(d, p) && hs_tok_is(d, a, "you");
    if (!in_answer && !you)
        return false;
    *who = interviewee(r);
    return true;
}

/* Who speaks for "his campaign", "her spokesman", "his wife": the
 * source [a, b) is "his" or "her", then nouns or adjectives ending in a
 * body's or a person's noun; the speaker is that body or person of the
 * one the pronoun stands for, named "Bernie Sanders's campaign" and
 * affiliated with them.  NONE when the source is no such phrase or the
 * pronoun finds no one, NOMEM when out of memory. */
static int32_t owned_by(rctx *r, uint32_t a, uint32_t b)
{
    static const char *const his_her[] = { "his", "her", NULL };
    hs_doc *d = r->d;
    uint32_t h = b - 1;
    if (b - a < 2 || b - a > 4 || !word_in(d, a, his_her) ||
        !is_pos(&d->toks[a], HS_POS_PRPS) || !is_noun(&d->toks[h]))
        return NONE;
    bool body = body_noun(d, h);
    if (!body && !person_noun(r, h) && !word_in(d, h, kin_words))
        return NONE;
    for (uint32_t k = a + 1; k < h; k++)
        if (!is_pos(&d->toks[k], HS_POS_JJ) && !is_noun(&d->toks[k]))
            return NONE;
    int32_t owner = pronoun_person(r, a);
    if (owner < 0 || d->ents[owner].type != HS_ENT_PERSON || d->ents[owner].described)
        return NONE;
    char *name = tied_name(d, a + 1, b, d->ents[owner].name, true);
    if (!name)
        return NOMEM;
    int32_t g = find_entity(r, name);
    if (g < 0 && (g = new_entity(r, name, body ? HS_ENT_ORG : HS_ENT_PERSON)) >= 0)
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
static bool names_one(const rctx *r, uint32_t k, uint32_t b)
{
    const hs_doc *d = r->d;
    while (k < b && d->tok_entity[k] < 0 &&
           (is_pos(&d->toks[k], HS_POS_DT) || title_before(d, k) || role_word(r, k) ||
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

/* Decide the speaker of attribution a, whose source ends at token b-1. */
static int32_t speaker_of(rctx *r, hs_attr_work *w)
{
    hs_doc *d = r->d;
    uint32_t a = (uint32_t)w->src_tok0, b = (uint32_t)w->src_tok1;
    uint32_t role_b = b;    /* take_role() reads its own limits */
    while (role_b > a && (d->toks[role_b - 1].flags & HS_TF_PUNCT))
        role_b--;
    /* the speaker is named before a verb in the span ("Two emails | sent
     * to Powell", "he | hedged on whether he"), and "Trump's | decision"
     * is Trump's */
    bool named = false;     /* a word before i names someone */
    for (uint32_t i = a + 1; i < b; i++) {
        named = named || names_someone(r, i - 1);
        if (verb_after_head(d, a, b, i - 1, i) && named) {
            b = i;      /* not "''Is | Donald Trump running ...''" */
            /* nor the subject of a clause on the head: "an account | she
             * gave to The Washington Free Beacon" */
            while (b > a + 1 && is_pos(&d->toks[b - 1], HS_POS_PRP) &&
                   is_noun(&d->toks[b - 2]))
                b--;
            break;
        }
    }
    while (b > a && ((d->toks[b - 1].flags & HS_TF_PUNCT) || is_pos(&d->toks[b - 1], HS_POS_POS)))
        b--;
    bool any = false;
    for (uint32_t i = a; i < b && !any; i++)
        any = names_someone(r, i);
    if (!any)
        return -1;
    /* "Wednesday added ...", "after it became clear that ...", "What was
     * once subtext ... is now", "whether there are 2,400 billionaires or
     * 1,800 hardly matters": no one */
    if ((b - a == 1 && (day_or_month(d, a) || placeholder_it(d, a))) ||
        (b - a > 1 && hs_tok_is(d, a, "what") && is_pos(&d->toks[a], HS_POS_WP)) ||
        (b - a > 1 && hs_tok_is(d, a, "whether")))
        return -1;
    int32_t asked;
    if (interview_speaker(r, a, b, &asked)) {
        r->first_person = true;     /* no antecedent for an answer's "he" */
        return asked;
    }
    /* the writer's "I", "me", "my": the author an opinion piece names
     * at its end */
    if (b - a == 1 && r->author1 > r->author0 && first_person_word(d, a) &&
        d->toks[a].quote_depth == 0 && !r->in_content[a]) {
        int32_t e = entity_for_name(r, r->author0, r->author1, HS_ENT_PERSON, NULL);
        r->first_person = e >= 0;
        if (e != NONE)
            return e;
    }
    if (b - a == 1 && is_pronoun_person(d, a))
        return pronoun_person(r, a);
    /* "most of them", "some of them": whom "them" stands for */
    if (b - a == 3 && quantity_word(d, a) && hs_tok_is(d, a + 1, "of") &&
        hs_tok_is(d, a + 2, "them"))
        a += 2;
    if (b - a == 1 && is_pronoun_thing(d, a)) {
        /* "it" / "they": the subject before it, else the latest
         * organisation or place that spoke, or for "they" people
         * described in the plural who spoke after it */
        int32_t e = thing_antecedent(r, a);
        if (e != NONE)
            return e;
        return hs_tok_is(d, a, "they") && r->group_spoke_last ? r->last_group_speaker
                                                              : r->last_thing_speaker;
    }
    if (b - a == 1 && is_relative(d, a)) {
        int32_t j = (int32_t)a - 1;
        while (j >= 0 && (d->toks[j].flags & HS_TF_PUNCT))
            j--;
        /* "Megyn Kelly, a star anchor at Fox News who questioned": the
         * person the clause tells about, not the body named last */
        if (j >= 0 && d->tok_entity[j] >= 0 &&
            d->ents[d->tok_entity[j]].type != HS_ENT_PERSON && hs_tok_is(d, a, "who")) {
            int32_t p = appositive_person(r, a);
            if (p >= 0)
                return p;
        }
        if (j < 0 || d->tok_entity[j] >= 0)
            return j >= 0 ? d->tok_entity[j] : -1;
        /* "voters who said", "some of his supporters, who": the noun
         * phrase it hangs on, named by its words */
        const hs_token *t = &d->toks[j];
        if (t->sent != d->toks[a].sent || !is_noun(t))
            return -1;
        bool who = !hs_tok_is(d, a, "which") && !hs_tok_is(d, a, "that");
        uint32_t s = (uint32_t)j;
        while (s > d->sents[t->sent].tok0 && premodifier(&d->toks[s - 1]))
            s--;
        /* an appositive: "Jorge Castañeda, a former Mexican foreign
         * minister who is a harsh critic" */
        if (s >= 2 && hs_tok_is(d, s - 1, ",") && d->tok_entity[s - 2] >= 0 &&
            d->ents[d->tok_entity[s - 2]].type != HS_ENT_GPE)
            return d->tok_entity[s - 2];
        int32_t e = described_by(r, s, (uint32_t)j, (uint32_t)j, who);
        return e == NONE ? -1 : e;
    }
    int32_t together = named_together(r, a, b, true);
    if (together != NONE)
        return together;
    /* the best named mention inside: person > organisation > place; the
     * head phrase ends at the first comma ("John Podesta, a chief of staff
     * to President Bill Clinton"), so look there first */
    int32_t best = -1, best_rank = 99;
    /* a dateline or a heading in capitals before the source:
     * "INDIANAPOLIS - Ted Cruz", "EVEN OZ'S BOSS THINKS ... - The head
     * of Sony Pictures Television" */
    for (uint32_t i = a; i < b && i < a + 16; i++) {
        if (dash(d, i)) {
            if (i > a && i + 1 < b)
                a = i + 1;
            break;
        }
        if (!(d->toks[i].flags & (HS_TF_ALLCAPS | HS_TF_PUNCT)))
            break;
    }
    static const char *const examples[] = { "including", "like", "such", NULL };
    uint32_t n0 = a, n1 = a, head_end = b, lim = b;
    for (uint32_t i = a; i < b; i++)
        if (hs_tok_is(d, i, ",") || dash(d, i)) {
            head_end = i;
            break;
        }
    for (uint32_t i = a; i < head_end; i++)
        if (d->tok_entity[i] >= 0 && d->ents[d->tok_entity[i]].type == HS_ENT_PERSON)
            lim = head_end;
    /* after a dash, members or an aside: "The three constitutional
     * scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar" are the
     * scholars; one name alone is whom the head phrase describes
     * ("Another liberal favorite in the Senate -- Elizabeth Warren") */
    if (head_end < b && dash(d, head_end) && !names_one(r, head_end + 1, b))
        lim = head_end;
    /* a relative clause after a comma tells about the head, and names no
     * speaker: "The ad, which is part of a buy from Our Principles PAC" */
    bool who = false;
    if (head_end + 1 < lim && is_relative(d, head_end + 1)) {
        lim = head_end;
        who = hs_tok_is(d, head_end + 1, "who") || hs_tok_is(d, head_end + 1, "whom");
    }
    /* examples after the comma or a dash name members, not the
     * speaker: "Other major unions, including the American Federation
     * of Teachers", "The United States and others - including many of
     * Germany's own defense experts" */
    if (head_end + 1 < lim && word_in(d, head_end + 1, examples))
        lim = head_end;
    /* so does one right after a common noun: "a prominent Republican
     * National Committee member who supports Trump" is not Trump */
    for (uint32_t i = a + 1; i < lim; i++)
        if ((hs_tok_is(d, i, "who") || hs_tok_is(d, i, "whom")) &&
            (is_pos(&d->toks[i - 1], HS_POS_NN) || is_pos(&d->toks[i - 1], HS_POS_NNS))) {
            lim = i;
            who = true;
            break;
        }
    for (uint32_t i = a; i < lim; i++) {
        int32_t e = d->tok_entity[i];
        if (e < 0)
            continue;
        int rank = d->ents[e].type == HS_ENT_PERSON ? 0 : d->ents[e].type == HS_ENT_ORG ? 1 : 2;
        if (rank <= best_rank) {
            if (e != best)
                n0 = i;
            best = e;
            best_rank = rank;
            n1 = i + 1;
        }
    }
    /* "Hillary Clinton's spokesman, Brian Fallon", "An attorney for
     * Pagliano, Mark MacDougall": the one the head phrase's role word
     * names after the comma speaks */
    bool role_head = false;
    if (best >= 0 && lim == head_end && n1 + 1 < head_end)
        /* "X's spokesman, NAME", and any "X's N, NAME": the name after
         * the comma names the N ("the object of Trump's admiration,
         * Vladimir Putin") */
        role_head = is_pos(&d->toks[n1], HS_POS_POS) &&
                    (is_pos(&d->toks[head_end - 1], HS_POS_NN) ||
                     is_pos(&d->toks[head_end - 1], HS_POS_NNS));
    int32_t employer = -1;
    if (best >= 0 && lim == head_end && n1 == head_end) {        /* "an attorney for X" */
        employer = employer_noun(r, a, n0);
        role_head = employer >= 0;
    }
    /* where the speaker's own words start: after the head phrase when
     * it names a relation, not a post ("Clinton's Democratic opponent,
     * Sen. Bernie Sanders" is not Clinton's man, "Hillary Clinton's
     * spokesman, Brian Fallon" is) */
    uint32_t own = a;
    /* the head phrase's words after the one it names: "chief of staff" */
    bool post = employer >= 0;
    for (uint32_t k = n1; role_head && k < head_end && !post; k++)
        post = role_word(r, k) || word_in(d, k, kin_words);
    if (role_head && head_end + 1 < b) {
        /* the first person named before the next comma or preposition,
         * past "the", titles and places: "Clinton's Democratic opponent,
         * Vermont Sen. Bernie Sanders," (but not "Mr. Taylor's group,
         * March for Bernie") */
        for (uint32_t k = head_end + 1; k < b && !hs_tok_is(d, k, ",") &&
                                        !is_pos(&d->toks[k], HS_POS_IN); k++) {
            int32_t e = d->tok_entity[k];
            if (e < 0 || d->ents[e].type != HS_ENT_PERSON)
                continue;
            if (e != best) {
                best = e;
                n0 = k;
                for (n1 = n0; n1 < b && d->tok_entity[n1] == e;)
                    n1++;
                /* a post or a relative names whom the person is
                 * with; an opponent, an admiration, a doppelganger not */
                if (!post)
                    own = head_end + 1;
            }
            break;
        }
    }
    /* no person: the head phrase's organisation or place ("China,
     * Pyongyang's only ally") */
    if (best >= 0 && lim == b && head_end < b && d->ents[best].type != HS_ENT_PERSON)
        for (uint32_t i = a; i < head_end; i++)
            if (d->tok_entity[i] >= 0 && d->ents[d->tok_entity[i]].type != HS_ENT_PERSON) {
                if (d->tok_entity[i] != best)
                    n0 = i;
                best = d->tok_entity[i];
                n1 = i + 1;
            }
    if (best >= 0 && b - a == 1 && d->ents[best].type == HS_ENT_GPE) {
        /* a capital speaking for its country */
        uint32_t end;
        int32_t e = mention_at(r, a, &end, true);
        if (e >= 0)
            best = e;
    }
    uint32_t hs;
    uint32_t h = head_noun(d, a, b, &hs);
    /* "the president", "The GOP nominee": the person who holds the post */
    if (best < 0 || d->ents[best].type != HS_ENT_PERSON) {
        int32_t p = person_by_post(r, a, h);
        if (p == NONE && h + 1 == b)
            p = person_described(r, a, h);
        if (p != NONE)
            return p;
    }
    int32_t g = speaking_for(r, hs <= h ? hs : a, h, best, n1);
    if (g == NONE)
        g = working_for(r, a, best, n0);
    if (g == NONE)
        g = of_a_place(r, hs <= h ? hs : a, h, b, best, n0);
    if (g != NONE)
        return g;
    if (best >= 0) {
        if (d->ents[best].type == HS_ENT_PERSON)
            take_role(r, best, own, role_b, n0, n1);
        return best;
    }
    /* "His statement", "her remarks": what a person's words say, the
     * person says */
    if (b - a == 2 && is_pronoun_person(d, a) && noun_is(d, a + 1, HS_NOUN_WORDS))
        return r->last_subject >= 0 ? r->last_subject : r->last_person;
    int32_t owned = owned_by(r, a, b);
    if (owned != NONE)
        return owned;
    int32_t org = org_by_head(r, a, b);
    if (org != NONE)
        return org;
    /* an unnamed source: name it by its phrase without determiners, a
     * person when a "who" tells about it */
    int32_t e = hs <= h ? described_by(r, hs, h, h, who) : NONE;
    if (e >= 0 && !d->ents[e].affiliation && !demonym_affiliation(r, e, hs, h))
        return NOMEM;
    return e == NONE ? -1 : e;
}

/* Is the head noun of attribution w's source a plural ("Senate
 * Republicans, who ...")? */
static bool plural_source(const hs_doc *d, const hs_attr_work *w)
{
    uint32_t hs, h = head_noun(d, (uint32_t)w->src_tok0, (uint32_t)w->src_tok1, &hs);
    return is_pos(&d->toks[h], HS_POS_NNS) || is_pos(&d->toks[h], HS_POS_NNPS);
}

/* Drop the entities named only in a Title Case headline that no
 * attribution has as its speaker: mostly the headline's capitalised
 * words read as names ("Diverted", "Avoid Bad Optics", "Says"); the
 * headline's real names are met again in the body and stay.  The
 * entities left are renumbered.  False when out of memory. */
static bool drop_headline_names(hs_doc *d)
{
    if (d->nparas == 0 || d->nents == 0 || d->paras[0].tok1 == 0)
        return true;
    uint32_t head_end = d->toks[d->paras[0].tok1 - 1].c1;
    bool *speaks = calloc(d->nents, sizeof *speaks);
    int32_t *map = malloc(d->nents * sizeof *map);
    if (!speaks || !map) {
        free(speaks);
        free(map);
        return false;
    }
    for (size_t a = 0; a < d->nattrs; a++)
        if (d->attrs[a].speaker > 0)
            speaks[d->attrs[a].speaker - 1] = true;
    size_t out = 0;
    for (size_t e = 0; e < d->nents; e++) {
        hs_entity_work *w = &d->ents[e];
        bool head_only = true;
        for (size_t m = 0; m < w->nmentions && head_only; m++)
            head_only = w->mentions[m].end <= head_end;
        if (head_only && !speaks[e]) {
            free(w->name);
            free(w->role);
            free(w->affiliation);
            free(w->mentions);
            map[e] = -1;
            continue;
        }
        map[e] = (int32_t)out;
        d->ents[out++] = *w;
    }
    d->nents = out;
    for (size_t i = 0; i < d->ntoks; i++)
        if (d->tok_entity[i] >= 0)
            d->tok_entity[i] = map[d->tok_entity[i]];
    for (size_t a = 0; a < d->nattrs; a++)
        if (d->attrs[a].speaker > 0)
            d->attrs[a].speaker = map[d->attrs[a].speaker - 1] + 1;
    free(speaks);
    free(map);
    return true;
}

/* The token whose end a possessive "his" or "her" at token i waits for
 * before it is resolved, when it opens its sentence's fronted phrase and
 * looks ahead to the subject named after it ("In her statement
 * condemning the test, Hillary Clinton defended ...", "Despite his
 * dislike for the establishment, Cruz is trying ..."): that subject's
 * last word; i itself otherwise. */
static uint32_t cataphor_end(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    if (!is_pos(t, HS_POS_PRPS) || !(hs_tok_is(d, i, "his") || hs_tok_is(d, i, "her")))
        return i;
    uint32_t tok0 = d->sents[t->sent].tok0, tok1 = d->sents[t->sent].tok1;
    if (i - tok0 < 1 || i - tok0 > 2 || !is_pos(&d->toks[tok0], HS_POS_IN) || t->head < 0)
        return i;
    int32_t v = d->toks[t->head].head;     /* what the phrase hangs on */
    if (v <= t->head || (uint32_t)v >= tok1 || d->toks[v].pos < HS_POS_VB ||
        d->toks[v].pos > HS_POS_VBZ)
        return i;
    for (uint32_t k = (uint32_t)t->head + 1; k < (uint32_t)v; k++)
        if (d->toks[k].head == v && (d->toks[k].deprel == HS_DEP_NSUBJ ||
                                     d->toks[k].deprel == HS_DEP_NSUBJPASS))
            return is_pos(&d->toks[k], HS_POS_NNP) && d->toks[k].quote_depth == 0 ? k : i;
    return i;
}

/* qsort order of mentions: by begin, longer first. */
static int cmp_span(const void *x, const void *y)
{
    const hs_span *a = x, *b = y;
    if (a->begin != b->begin)
        return a->begin < b->begin ? -1 : 1;
    return (a->end < b->end) - (a->end > b->end);
}

int hs_resolve(hs_doc *d, hs_error *err)
{
    rctx r = { .d = d, .lx = d->eng->lex, .last_person = -1, .last_thing = -1,
               .last_place_speaker = -1, .last_subject = -1,
               .last_thing_speaker = -1, .last_group_speaker = -1,
               .recent = { -1, -1, -1, -1, -1, -1 },
               .title_case_head = hs_title_head(d) };
    int32_t *resolve_at = NULL, *next_src = NULL;
    char *src_end = NULL, *in_content = NULL;
    d->tok_entity = malloc((d->ntoks + 1) * sizeof *d->tok_entity);
    if (!d->tok_entity || !hs_strmap_init(&r.names, 64))
        goto nomem;
    /* attributions by the token where their speaker is decided (a
     * linked list): the source's end, or for a fronted "her" the end of
     * the subject it looks ahead to */
    resolve_at = malloc((d->ntoks + 1) * sizeof *resolve_at);
    next_src = malloc((d->nattrs + 1) * sizeof *next_src);
    src_end = calloc(d->ntoks + 1, 1);
    if (!resolve_at || !next_src || !src_end)
        goto nomem;
    for (size_t i = 0; i < d->ntoks; i++)
        resolve_at[i] = -1;
    for (size_t a = d->nattrs; a-- > 0;) {
        hs_attr_work *w = &d->attrs[a];
        next_src[a] = -1;
        if (w->src_tok0 < 0 || w->src_tok1 <= w->src_tok0)
            continue;
        uint32_t last = (uint32_t)w->src_tok1 - 1;
        src_end[last] = 1;
        if (w->src_tok1 - w->src_tok0 == 1)
            last = cataphor_end(d, last);
        next_src[a] = resolve_at[last];
        resolve_at[last] = (int32_t)a;
    }
    r.src_end = src_end;
    find_author(&r);
    r.interview = find_interview(d);
    /* the words of the reported clauses: their subjects are what was
     * said, not who goes on speaking ("He said that Trump needs to do
     * more. “...,” he said." is not Trump's) */
    in_content = calloc(d->ntoks + 1, 1);
    if (!in_content)
        goto nomem;
    for (size_t a = 0; a < d->nattrs; a++)
        for (uint32_t f = 0; f < d->attrs[a].content.n; f++) {
            hs_span sp = d->attrs[a].content.frag[f];
            for (uint32_t k = hs_tok_at(d, sp.begin); k < d->ntoks && d->toks[k].c0 < sp.end; k++)
                in_content[k] = 1;
        }
    r.in_content = in_content;
    for (uint32_t i = 0; i < d->ntoks;) {
        uint32_t end = i + 1;
        int32_t e = mention_at(&r, i, &end, false);
        if (e == NOMEM)
            goto nomem;
        for (uint32_t k = i; k < end; k++)
            d->tok_entity[k] = e;
        if (e >= 0) {
            if (!add_mention(d, e, (hs_span){ d->toks[i].c0, d->toks[end - 1].c1 }))
                goto nomem;
            const hs_token *last = &d->toks[end - 1];
            if (d->ents[e].type == HS_ENT_PERSON) {
                r.last_person = e;
                guess_gender(&r, e, i, end);
                if (last->quote_depth == 0 && !in_content[end - 1] && subject_name(&r, end - 1)) {
                    r.last_subject = e;
                    push_recent(&r, e);
                }
            } else {
                r.last_thing = e;
            }
        }
        for (uint32_t k = i; k < end; k++) {
            for (int32_t a = resolve_at[k]; a >= 0; a = next_src[a]) {
                hs_attr_work *w = &d->attrs[a];
                r.first_person = false;
                int32_t sp = speaker_of(&r, w);
                if (sp == NOMEM)
                    goto nomem;
                w->speaker = sp >= 0 ? sp + 1 : -1;   /* entity ids are 1-based */
                if (sp >= 0 && !add_mention(d, sp, w->source))
                    goto nomem;
                if (sp >= 0 && d->ents[sp].type == HS_ENT_PERSON && !r.first_person) {
                    if (!d->ents[sp].described) {   /* not "few people" */
                        r.last_person = r.last_subject = sp;
                        push_recent(&r, sp);
                    } else if (d->ents[sp].plural || plural_source(d, w)) {
                        r.last_group_speaker = sp;
                        r.group_spoke_last = true;
                    }
                }
                else if (sp >= 0)
                    r.last_thing = sp;
                if (sp >= 0 && d->ents[sp].type == HS_ENT_GPE)
                    r.last_place_speaker = sp;
                if (sp >= 0 && (d->ents[sp].type == HS_ENT_GPE ||
                                d->ents[sp].type == HS_ENT_ORG)) {
                    r.last_thing_speaker = sp;
                    r.group_spoke_last = false;
                }
            }
        }
        i = end;
    }
    /* mentions in text order (sources are added when decided) */
    for (size_t e = 0; e < d->nents; e++) {
        hs_entity_work *w = &d->ents[e];
        if (w->nmentions > 1)
            qsort(w->mentions, w->nmentions, sizeof *w->mentions, cmp_span);
        /* drop mentions nested in an earlier one */
        size_t out = 0;
        for (size_t x = 0; x < w->nmentions; x++) {
            if (out && w->mentions[x].end <= w->mentions[out - 1].end)
                continue;
            w->mentions[out++] = w->mentions[x];
        }
        w->nmentions = out;
    }
    if (r.title_case_head && !drop_headline_names(d))
        goto nomem;
    int rc = 0;
    goto done;
nomem:
    hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
    rc = -1;
done:
    free(resolve_at);
    free(src_end);
    free(next_src);
    free(in_content);
    for (size_t k = 0; k < r.nkeys; k++)
        free(r.keys[k]);
    free(r.keys);
    hs_strmap_free(&r.names);
    return rc;
}
