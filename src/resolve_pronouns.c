/*
 * resolve_pronouns.c -- speakers (4): whom a pronoun stands for.
 *
 * "he" and "she" are the latest person of their gender (or one named
 * earlier in the sentence: "Comey's news conference, in which he"; or,
 * for a fronted "In her statement ..., X", the subject after it; or the
 * one person "A Hamas official" who spoke in the pronoun's paragraph
 * since anyone was named); "it"
 * and "they" the subject before them, else the latest organisation or
 * place, unless "it" holds a clause's place ("it is clear that"); "the
 * two" and "both" the pair named as that subject.  An
 * opinion piece's "I" is the author its closing line names, a reader's
 * letter's the name that signs it; in an interview transcript "A:" and
 * the "I" of an answer are the person its headline names, "Q:" no one.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "resolve.h"

/* What the subject pronoun "it" or "they" at token a stands for: the
 * nearest noun subject before it, in its sentence or the one before,
 * outside quotations and reported clauses, that agrees in number and,
 * for "it", is no person ("The city sent a letter Thursday. It says ..."; "more than 20
 * former crew members ... They described ..."; "Mr. Grassley and Mr.
 * Leahy say ..."); NONE when there is none. */
static int32_t subject_antecedent(resolve_ctx *r, uint32_t a, bool plural, uint32_t *at);

int32_t hs_res_thing_antecedent(resolve_ctx *r, uint32_t a)
{
    static const char *const plural_pronouns[] = { "they", "them", "their", NULL };
    return subject_antecedent(r, a, hs_tok_in(r->d, a, plural_pronouns), NULL);
}

/* Whom "the two", "both" or "the pair" (with a plural noun or not:
 * "both men") at tokens [a, b) stand for: two names joined by "and" as
 * the subject before ("Hillary Clinton and Bernie Sanders are both
 * progressives. ... The two admit"), as a plural "they" finds them;
 * NONE when the subject is no such pair. */
int32_t hs_res_pair_antecedent(resolve_ctx *r, uint32_t a, uint32_t b)
{
    hs_doc *d = r->d;
    uint32_t k = a;
    if (k < b && hs_tok_is(d, k, "the"))
        k++;
    if (k >= b || !(hs_tok_is(d, k, "two") || hs_tok_is(d, k, "both") ||
                    (k > a && hs_tok_is(d, k, "pair"))) ||
        (k + 1 < b && !(k + 2 == b && is_pos(&d->toks[k + 1], HS_POS_NNS))))
        return NONE;
    int32_t e = subject_antecedent(r, a, true, NULL);
    if (e < 0 || !d->ents[e].plural)
        return NONE;
    const char *and = strstr(d->ents[e].name, " and ");
    return and && !strstr(and + 5, " and ") && !strchr(d->ents[e].name, ',') ? e : NONE;
}

/* Whom "most", "several" or another share word alone at token a
 * stands for: that share of the people described as the subject just
 * before, by hs_res_thing_antecedent()'s reading of a plural
 * ("Republicans are more divided, although most oppose it": most
 * Republicans), a new described group of their kind and affiliation;
 * NONE when no such subject comes before (as in "Some say"), NOMEM when
 * out of memory. */
int32_t hs_res_share_of_group(resolve_ctx *r, uint32_t a)
{
    /* (fewer than hs_res_quantity_word()'s: "few" and "one" alone are
     * mostly anyone, "Few believe"; "both" is hs_res_pair_antecedent()'s) */
    static const char *const shares[] = { "most", "many", "some", "several", "all", "half",
                                          NULL };
    hs_doc *d = r->d;
    if (!hs_tok_in(d, a, shares))
        return NONE;
    uint32_t at = a;    /* where the subject's phrase starts */
    int32_t e = subject_antecedent(r, a, true, &at);
    /* people described, not named ("Clinton and Sanders") nor things
     * ("some concerns") */
    if (e < 0 || !d->ents[e].described || d->ents[e].type != HS_ENT_PERSON ||
        strstr(d->ents[e].name, " and "))
        return e == NOMEM ? NOMEM : NONE;
    /* a share named already: "While many social conservatives have
     * expressed discomfort, many said" */
    for (int k = 0; shares[k]; k++)
        if (hs_res_opens_with_word(d->ents[e].name, shares[k]))
            return e;
    size_t n = hs_tok_len(&d->toks[a]) + strlen(d->ents[e].name) + 2;
    char *name = malloc(n);
    if (!name)
        return NOMEM;
    snprintf(name, n, "%.*s %s", (int)hs_tok_len(&d->toks[a]), hs_tok_str(d, &d->toks[a]),
             d->ents[e].name);
    name[0] = (char)tolower((unsigned char)name[0]);
    /* the group's common noun, capitalised where it opened a sentence
     * ("Supporters gave each other high-fives ... Some chanted") */
    while (at < a && is_pos(&d->toks[at], HS_POS_DT))
        at++;       /* the group's name has no article ("These Republicans") */
    size_t word = hs_tok_len(&d->toks[a]) + 1;
    if (at < a && !name_word(d, at) && !hs_res_party_member(d, at))
        name[word] = (char)tolower((unsigned char)name[word]);
    int32_t g = hs_res_find_entity(r, name);
    if (g < 0 && (g = hs_res_new_entity(r, name, d->ents[e].type)) >= 0) {
        d->ents[g].described = d->ents[g].plural = true;
        if (d->ents[e].affiliation &&
            !(d->ents[g].affiliation = strdup(d->ents[e].affiliation)))
            g = NOMEM;
    }
    free(name);
    return g;
}

/* hs_res_thing_antecedent() for a pronoun of that number. */
static int32_t subject_antecedent(resolve_ctx *r, uint32_t a, bool plural, uint32_t *at)
{
    hs_doc *d = r->d;
    uint32_t sent = d->toks[a].sent;
    uint32_t lo = d->sents[sent > 0 ? sent - 1 : sent].tok0;
    for (uint32_t i = a; i-- > lo;) {
        const hs_token *t = &d->toks[i];
        if (t->quote_depth > 0 || (r->content_of && r->content_of[i] >= 0) ||
            (t->deprel != HS_DEP_NSUBJ && t->deprel != HS_DEP_NSUBJPASS) ||
            !is_noun(t))
            continue;
        /* a time is no one that speaks: "... 125,000 accounts, the first
         * time it has publicized the number. It also said" */
        static const char *const times[] = { "time", "times", "day", "days", "weeks",
                                             "months", "years", NULL };
        if (hs_tok_is_time_word(d, i) || hs_tok_in(d, i, times))
            continue;
        /* "its role", "their plan": the pronoun's owner is what the
         * later pronoun stands for too ("The bureau acts as if its role
         * ... is irrelevant. ... it provided"), so look on to it */
        if (!plural && i > lo && hs_tok_is(d, i - 1, "its"))
            continue;
        if (plural && i > lo && hs_tok_is(d, i - 1, "their"))
            continue;
        /* the last conjunct of a coordinated subject */
        uint32_t end = i, s1 = d->sents[t->sent].tok1;
        for (uint32_t j = i + 1; j < s1; j++)
            if (d->toks[j].head == (int32_t)i && d->toks[j].deprel == HS_DEP_CONJ)
                end = j;
        bool pl = end > i || t->pos == HS_POS_NNS || t->pos == HS_POS_NNPS;
        if (pl != plural)
            continue;
        /* an appositive the parser read as a second subject: "Richard
         * Alba and Nancy Foner, sociologists at the City University of
         * New York, just published ..." are the two */
        if (i >= 2 && hs_tok_is(d, i - 1, ",") && d->tok_entity[i - 2] >= 0 &&
            d->ents[d->tok_entity[i - 2]].type == HS_ENT_PERSON && d->tok_entity[i] < 0)
            continue;
        int32_t e = d->tok_entity[i];
        if (end == i && e >= 0) {
            if (!plural && d->ents[e].type == HS_ENT_PERSON)
                continue;
            return e;
        }
        /* a source already read as a body: "The company said ... It
         * added" is the company the source was found to be */
        int32_t sp = r->source_speaker ? r->source_speaker[i] : -1;
        if (end == i && !plural && sp >= 0 && d->ents[sp].type != HS_ENT_PERSON &&
            !d->ents[sp].described)
            return sp;
        /* and people a source described: "several people in Clinton's
         * orbit told POLITICO ... they say" are those people, by the
         * name the source gave them (not for a share, whose caller asks
         * where the subject's phrase starts, to name it anew) */
        if (end == i && plural && sp >= 0 && d->ents[sp].described && !at)
            return sp;
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
        int32_t together = end > i ? hs_res_named_together(r, s, last + 1, false) : NONE;
        if (together != NONE)
            return together;
        if (at)
            *at = s;
        return hs_res_described_entity(r, s, end, i);
    }
    return NONE;
}

/* Is the "it" at token i a placeholder for a clause after it ("after it
 * became clear that ...", "It shouldn't be a surprise that ...")?  Up to
 * two auxiliaries or "not", a form of "be", "become" or "seem", up to
 * four words of an adjective or noun phrase, then "that", "to",
 * "whether", "how" or "why".  It names no one. */
bool hs_res_placeholder_it(const hs_doc *d, uint32_t i)
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
    for (int n = 0; n < 2 && k < d->ntoks && hs_tok_in(d, k, aux); n++)
        k++;
    if (k >= d->ntoks || !hs_tok_in(d, k, link))
        return false;
    k++;
    for (int n = 0; n < 4 && k < d->ntoks && d->toks[k].sent == sent; n++, k++) {
        const hs_token *t = &d->toks[k];
        if (hs_tok_in(d, k, clause))
            return n > 0;
        if (!is_pos(t, HS_POS_JJ) && !is_pos(t, HS_POS_RB) && !is_pos(t, HS_POS_DT) &&
            !is_pos(t, HS_POS_NN))
            return false;
    }
    return false;
}

/* Is token i a day or a month ("Wednesday added one more unusual
 * development")?  As a source alone it names no one. */
bool hs_res_day_or_month(const hs_doc *d, uint32_t i)
{
    static const char *const w[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "today",
        "yesterday", "tomorrow", NULL
    };
    return hs_tok_in(d, i, w);
}

/* The person of gender `want` named as the subject of a clause opening
 * the sentence of the pronoun at token i, when the pronoun is the
 * subject of the main clause that clause hangs on: "While Mr. Cruz
 * shares more of Mr. Ryan's views, he turned against ..." (Cruz, not
 * Ryan, whom the sentence named last); NONE when there is none. */
static int32_t fronted_subject_before(const resolve_ctx *r, uint32_t i, char want)
{
    const hs_doc *d = r->d;
    const hs_token *t = &d->toks[i];
    uint32_t s0 = d->sents[t->sent].tok0;
    if (is_pos(&d->toks[s0], HS_POS_CC) && s0 + 1 < i)
        s0++;       /* "But while ..." */
    if (t->deprel != HS_DEP_NSUBJ || t->head < 0 || t->quote_depth > 0 ||
        !hs_tok_is_subordinator(d, s0))
        return NONE;
    for (uint32_t k = s0 + 1; k < i; k++) {
        const hs_token *s = &d->toks[k];
        int32_t c = s->head;
        if ((s->deprel != HS_DEP_NSUBJ && s->deprel != HS_DEP_NSUBJPASS) || c < 0 ||
            d->toks[c].head != t->head || d->toks[c].deprel != HS_DEP_ADVCL)
            continue;
        int32_t e = d->tok_entity[k];
        if (e < 0 || d->ents[e].type != HS_ENT_PERSON || d->ents[e].described ||
            (d->ents[e].gender && d->ents[e].gender != want))
            return NONE;
        return e;
    }
    return NONE;
}

/* The one person described as a source in token i's paragraph
 * (resolve.h's described_one), of no other gender than want, when no
 * subject or person of that gender was named in the paragraph since;
 * -1 when none. */
static int32_t described_one(resolve_ctx *r, uint32_t i, char want)
{
    const hs_doc *d = r->d;
    int32_t e = r->described_one;
    if (e < 0 || r->described_one_para != d->toks[i].para ||
        (d->ents[e].gender && d->ents[e].gender != want))
        return -1;
    int32_t named[2] = { r->recent[0], r->last_person };
    for (int k = 0; k < 2; k++) {
        const hs_entity_work *x = named[k] >= 0 ? &d->ents[named[k]] : NULL;
        if (x && x->nmentions &&
            d->toks[hs_tok_at(d, x->mentions[x->nmentions - 1].begin)].para == d->toks[i].para)
            return -1;
    }
    return e;
}

/* Whom "he" or "she" at token i stands for: the subject of a clause
 * opening its sentence (fronted_subject_before()), else a person of its
 * gender named earlier in its sentence when the latest subject is older
 * (see below), else the latest subject whose gender does not contradict
 * the pronoun's ("she said" skips a recent Mr. Trump); -1 when none. */
int32_t hs_res_pronoun_person(resolve_ctx *r, uint32_t i)
{
    hs_doc *d = r->d;
    char want = is_feminine(d, i) ? 'F' : 'M';
    int32_t fronted = fronted_subject_before(r, i, want);
    if (fronted >= 0)
        return fronted;
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
                    r->content_of[mt] < 0 && d->toks[mt].quote_depth == 0;
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
    /* one person described as a source in the pronoun's paragraph,
     * when the latest subject is from an earlier one: "A Hamas official
     * ... said the group was ready ... “We want this truce to hold,” he
     * said", not the president named a paragraph before */
    int32_t one = described_one(r, i, want);
    if (one >= 0)
        return one;
    for (int k = 0; k < HS_RES_RECENT && r->recent[k] >= 0; k++) {
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
    /* else a person of its gender named earlier in its sentence, even in
     * what is reported there ("When Robby Mook, Clinton's campaign
     * manager was asked ... if Clinton would schedule a press
     * conference, he laughed") */
    for (uint32_t k = i; k-- > d->sents[d->toks[i].sent].tok0;) {
        int32_t e = d->tok_entity[k];
        if (e >= 0 && d->ents[e].type == HS_ENT_PERSON && d->ents[e].gender == want)
            return e;
    }
    return -1;
}

/* Is paragraph p a letter's signature, a name alone ("Debby James.",
 * "Bruce R. Gary.", a post's "@antnyj."): two to four words of a name,
 * or a handle, and a full stop?  The name's tokens in [*a, *b). */
static bool signature_para(const hs_doc *d, uint32_t p, uint32_t *a, uint32_t *b)
{
    uint32_t i = d->paras[p].tok0, end = d->paras[p].tok1;
    if (end == i + 2 && hs_tok_is(d, end - 1, ".") && hs_tok_len(&d->toks[i]) > 1 &&
        hs_tok_str(d, &d->toks[i])[0] == '@') {
        *a = i;         /* a post's handle: "@antnyj." */
        *b = i + 1;
        return true;
    }
    if (end < i + 3 || end > i + 5 || !hs_tok_is(d, end - 1, "."))
        return false;
    for (uint32_t k = i; k + 1 < end; k++)
        if (!name_word(d, k))
            return false;
    *a = i;
    *b = end - 1;
    return true;
}

/* Is paragraph p a heading in capitals ("FACEBOOK."), where the
 * letters of a page end? */
static bool letters_break(const hs_doc *d, uint32_t p)
{
    uint32_t i = d->paras[p].tok0, end = d->paras[p].tok1;
    return end > i && end <= i + 2 && (d->toks[i].flags & HS_TF_ALLCAPS) &&
           hs_tok_len(&d->toks[i]) > 3;
}

/* The signer of the letter or post whose "I" is token i, on a page of
 * readers' letters (two signatures or more: r->letters): the name of
 * the first signature after it in [*a, *b); false when a heading comes
 * first, or none is near. */
bool hs_res_letter_signer(const resolve_ctx *r, uint32_t i, uint32_t *a, uint32_t *b)
{
    const hs_doc *d = r->d;
    if (!r->letters)
        return false;
    uint32_t p = d->sents[d->toks[i].sent].para;
    for (uint32_t q = p + 1; q < d->nparas && q < p + 12; q++) {
        if (signature_para(d, q, a, b))
            return true;
        if (letters_break(d, q))
            return false;
    }
    return false;
}

/* The person's name a credit line gives in tokens [i, end) of its first
 * sentence: "From STEALING AMERICA by Dinesh D'Souza." (a book excerpt)
 * or "Follow John Nolte on Twitter @NolteNC." (a columnist): the name's
 * first token in *a and its end in *b, or false. */
static bool credit_line(const hs_doc *d, uint32_t i, uint32_t end, uint32_t *a, uint32_t *b)
{
    uint32_t k = i;
    if (hs_tok_is(d, i, "from")) {
        while (k < end && k < i + 16 && !hs_tok_is(d, k, "by"))
            k++;
        k++;
    } else if (hs_tok_is(d, i, "follow")) {
        k = i + 1;
    } else {
        return false;
    }
    *a = k;
    while (k < end && name_word(d, k) && k - *a < 4)
        k++;
    *b = k;
    if (*b - *a < 2)
        return false;
    return hs_tok_is(d, i, "from") ? k == end || hs_tok_is(d, k, ".") || hs_tok_is(d, k, ",")
                                   : k + 1 < end && hs_tok_is(d, k, "on");
}

/* Find the author line that closes an opinion piece ("Rick Scott is the
 * Republican governor of Florida.", "Rep. Raul Grijalva, D-Ariz., was an
 * early backer of Bernie Sanders.", "Charlotte Meehan is
 * playwright-in-residence at Wheaton College.") or credits it
 * (credit_line()) and keep its name in r->author0..1: the last
 * paragraph, of one to three sentences, opens with titles, a name, an
 * aside between commas, then "is" or "was" and a noun phrase, or
 * another verb and "the" or "a".  The article's own "I" is that
 * person. */
void hs_res_find_author(resolve_ctx *r)
{
    const hs_doc *d = r->d;
    r->author0 = r->author1 = 0;
    unsigned signatures = 0;
    for (uint32_t p = 0; p < d->nparas && signatures < 2; p++) {
        uint32_t a, b;
        signatures += signature_para(d, p, &a, &b);
    }
    r->letters = signatures >= 2;
    if (d->nsents == 0)
        return;
    size_t s = d->nsents - 1;
    uint32_t para = d->sents[s].para;
    while (s > 0 && d->sents[s - 1].para == para)
        s--;
    if (d->nsents - s > 3)
        return;
    uint32_t i = d->sents[s].tok0, end = d->sents[s].tok1;
    uint32_t a, b;
    if (credit_line(d, i, end, &a, &b)) {
        r->author0 = a;
        r->author1 = b;
        return;
    }
    while (i < end && (hs_res_title_before(d, i) || hs_res_role_word(r, i)))
        i++;
    a = i;
    while (i < end && name_word(d, i) && i - a < 5)
        i++;
    b = i;
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
    bool np = is_pos(n, HS_POS_DT) || is_pos(n, HS_POS_NNP) || is_pos(n, HS_POS_PRPS) ||
              is_pos(n, HS_POS_NN);
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
bool hs_res_find_interview(const hs_doc *d)
{
    unsigned q = 0, a = 0;
    for (uint32_t p = 0; p < d->nparas && (q < 2 || a < 2); p++) {
        q += question_para(d, p);
        a += answer_para(d, p);
    }
    return q >= 2 && a >= 2;
}

/* Is person e named only by a role word, which a Title Case headline
 * capitalises ("Q&A: Economist says ...")?  Such a word names no one. */
static bool trade_in_headline(resolve_ctx *r, const hs_entity_work *e)
{
    if (strchr(e->name, ' '))
        return false;
    uint32_t i = hs_tok_at(r->d, e->mentions[0].begin);
    return i < r->d->ntoks && hs_res_role_word(r, i);
}

/* The person an interview questions: the first named in its headline,
 * else in the paragraph after it ("Q&A with Vice President Joe Biden",
 * "Laura Bush sees 'Hope,' help for Afghan women").  NONE when neither
 * names a person. */
static int32_t interviewee(resolve_ctx *r)
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
                d->ents[e].mentions[0].begin < end && !d->ents[e].described &&
                !trade_in_headline(r, &d->ents[e]))
                r->asked = (int32_t)e;
    }
    return r->asked;
}

/* An interview's interviewers: the people a sentence before its first
 * question names after "spoke with", "talked to", "sat down with" or
 * "interviewed by" ("he spoke with POLITICO senior writer Michael
 * Grunwald and Washington Post reporter Jim Tankersley"), named together
 * when several; NONE when the text names none, and "Q:" is no one's.
 * Looked up once, like the interviewee. */
static int32_t interviewers(resolve_ctx *r)
{
    static const char *const spoke[] = { "spoke", "talked", "speaking", "talking", NULL };
    hs_doc *d = r->d;
    if (r->asking_known)
        return r->asking;
    r->asking_known = true;
    r->asking = NONE;
    int32_t asked = interviewee(r);
    uint32_t p = 0;
    while (p < d->nparas && p < 8 && !question_para(d, p))
        p++;
    if (p >= d->nparas || p >= 8)
        return NONE;
    uint32_t end = d->paras[p].tok0;
    for (uint32_t i = 1; i + 1 < end; i++) {
        bool with = (hs_tok_is(d, i, "with") || hs_tok_is(d, i, "to")) &&
                    (hs_tok_in(d, i - 1, spoke) ||
                     (i >= 2 && hs_tok_is(d, i - 1, "down") && hs_tok_is(d, i - 2, "sat")));
        bool by = hs_tok_is(d, i, "by") && hs_tok_is(d, i - 1, "interviewed");
        if (!with && !by)
            continue;
        int32_t who[8];
        int n = 0;
        for (uint32_t k = i + 1; k < end && d->toks[k].sent == d->toks[i].sent && n < 8; k++) {
            int32_t e = d->tok_entity[k];
            if (e < 0 || e == asked || d->ents[e].type != HS_ENT_PERSON || (n && who[n - 1] == e))
                continue;
            who[n++] = e;
        }
        if (n > 0) {
            r->asking = n == 1 ? who[0] : hs_res_people_together(r, who, n, NULL);
            return r->asking;
        }
    }
    return NONE;
}

/* Is the source [a, b) an interview transcript's own: its "A" (the
 * person questioned), the first person of an answer or the "you" of a
 * question (the same person), or its "Q" (the interviewers)?  Then *who
 * is the interviewee, or for the "Q" the interviewers; -1 when the text
 * names none, NOMEM when out of memory. */
bool hs_res_interview_speaker(resolve_ctx *r, uint32_t a, uint32_t b, int32_t *who)
{
    const hs_doc *d = r->d;
    *who = -1;
    if (!r->interview || b - a != 1 || d->toks[a].quote_depth > 0)
        return false;
    uint32_t p = d->toks[a].para;
    bool opens = a == d->paras[p].tok0;
    if (opens && question_para(d, p) && hs_tok_len(&d->toks[a]) == 1) {
        *who = interviewers(r);
        return true;
    }
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

/* The last word of the named subject a "he" or "she" at token i looks
 * ahead to when it is the subject of a clause that opens its sentence
 * ("After he blasted the hit Disney film ..., Pastor Kevin Swanson has
 * now set his sights on ..."): the main clause's subject, a proper noun
 * after the clause; i itself otherwise. */
static uint32_t fronted_clause_subject(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    uint32_t tok0 = d->sents[t->sent].tok0, tok1 = d->sents[t->sent].tok1;
    if (i != tok0 + 1 || !hs_tok_is_subordinator(d, tok0) || t->head < 0)
        return i;
    int32_t v1 = t->head, v = d->toks[v1].head;     /* the clause's verb, the main verb */
    if (d->toks[v1].deprel != HS_DEP_ADVCL || v <= v1 || (uint32_t)v >= tok1)
        return i;
    for (uint32_t k = (uint32_t)v1 + 1; k < (uint32_t)v; k++)
        if (d->toks[k].head == v && (d->toks[k].deprel == HS_DEP_NSUBJ ||
                                     d->toks[k].deprel == HS_DEP_NSUBJPASS))
            return is_pos(&d->toks[k], HS_POS_NNP) && d->toks[k].quote_depth == 0 ? k : i;
    return i;
}

/* The token whose end a possessive "his" or "her" at token i waits for
 * before it is resolved, when it opens its sentence's fronted phrase and
 * looks ahead to the subject named after it ("In her statement
 * condemning the test, Hillary Clinton defended ...", "Despite his
 * dislike for the establishment, Cruz is trying ..."): that subject's
 * last word; i itself otherwise. */
uint32_t hs_res_cataphor_end(const hs_doc *d, uint32_t i)
{
    const hs_token *t = &d->toks[i];
    if (is_pos(t, HS_POS_PRP) && (hs_tok_is(d, i, "he") || hs_tok_is(d, i, "she")))
        return fronted_clause_subject(d, i);
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

void hs_res_ring_push(int32_t *ring, int n, int32_t e)
{
    if (e < 0)
        return;
    int k = 0;
    while (k < n - 1 && ring[k] != e && ring[k] >= 0)
        k++;
    for (; k > 0; k--)
        ring[k] = ring[k - 1];
    ring[0] = e;
}

/* Whom "he", "his", "she" or "her" at token i, inside what was said,
 * stands for: the person last spoken of whose gender is the pronoun's or
 * unknown, never a group or a description ("few people").  Not
 * hs_res_pronoun_person(), which is made for a speaker's pronoun ("...,
 * he said": the one who went on speaking); inside a content a pronoun is
 * the person just named as often as the speaker ("Trump attacked Machado
 * after she gained weight").  -1 when none. */
int32_t hs_res_content_pronoun(const hs_doc *d, const int32_t *people, uint32_t i)
{
    char want = is_feminine(d, i) ? 'F' : 'M';
    for (int k = 0; k < HS_RES_PEOPLE && people[k] >= 0; k++) {
        const hs_entity_work *x = &d->ents[people[k]];
        if (x->type != HS_ENT_PERSON || x->described || x->plural)
            continue;
        if (x->gender == want || !x->gender)
            return people[k];
    }
    return -1;
}
