/*
 * test_parse.c -- the dependency parser (src/parse.c).
 *
 * Two kinds of test.  Structural tests run real news sentences through the
 * pipeline up to hs_parse() and check the arcs attribution relies on (the
 * cue verb is the root, its subject, its clausal complement, coordinated
 * cues); they need trained tagger and parser models and say so and pass
 * vacuously without them.  Property tests check that whatever the input --
 * random words, random tags, one-token and very long sentences, with or
 * without a model -- every sentence gets a valid tree: one root, every
 * head inside the sentence, no cycles, a known relation on every token.
 */
#include <stdio.h>

#include "internal.h"
#include "parse.h"
#include "testutil.h"

/* Run `text` through text loading, lexing, tagging and parsing with
 * engine `eng`; NULL on failure. */
static hs_doc *parse_text_with(const hs_engine *eng, const char *text)
{
    hs_error err;
    hs_doc *d = hs_doc_new(eng);
    if (!d)
        return NULL;
    if (hs_text_load(d, text, strlen(text), &err) || hs_lex(d, &err) ||
        hs_tag(d, &err) || hs_parse(d, &err)) {
        fprintf(stderr, "pipeline: %s\n", err.message);
        hs_doc_free(d);
        return NULL;
    }
    return d;
}

/* parse_text_with() and the shared test engine. */
static hs_doc *parse_text(const char *text)
{
    return parse_text_with(test_engine(), text);
}

/* True when the engine has the models the structural tests need. */
static bool have_models(void)
{
    const hs_engine *e = test_engine();
    if (e->pos_model && e->parse_model)
        return true;
    fprintf(stderr, "test_parse: no trained tagger/parser model; "
                    "structural checks skipped\n");
    return false;
}

/* Index of the first token whose text is `w`, or -1. */
static int find_tok(const hs_doc *d, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i < d->ntoks; i++)
        if (hs_tok_len(&d->toks[i]) == n &&
            memcmp(hs_tok_str(d, &d->toks[i]), w, n) == 0)
            return (int)i;
    return -1;
}

/* Check the tree of sentence `s` of `d`: one root, heads inside the
 * sentence, relations known, every token reaches the root. */
static void check_sentence_tree(const hs_doc *d, size_t s)
{
    uint32_t t0 = d->sents[s].tok0, t1 = d->sents[s].tok1;
    int roots = 0;
    for (uint32_t i = t0; i < t1; i++) {
        const hs_token *t = &d->toks[i];
        if (t->head < 0) {
            roots++;
            ck_assert_int_eq(t->deprel, HS_DEP_ROOT);
        } else {
            ck_assert_int_ge(t->head, (int32_t)t0);
            ck_assert_int_lt(t->head, (int32_t)t1);
            ck_assert_int_ne(t->head, (int32_t)i);
            ck_assert_int_gt(t->deprel, HS_DEP_ROOT);
            ck_assert_int_lt(t->deprel, HS_DEP_COUNT);
        }
        /* Follow heads: the root must come within the sentence length. */
        int32_t h = (int32_t)i;
        uint32_t steps = 0;
        while (h >= 0 && steps <= t1 - t0) {
            h = d->toks[h].head;
            steps++;
        }
        ck_assert_msg(h < 0, "cycle through token %u", i);
    }
    ck_assert_int_eq(roots, 1);
}

/* Check every sentence of `d`. */
static void check_trees(const hs_doc *d)
{
    for (size_t s = 0; s < d->nsents; s++)
        check_sentence_tree(d, s);
}

/* Assert that token `dep` hangs on token `head` with relation `rel`. */
static void assert_arc(const hs_doc *d, const char *head, const char *dep,
                       int rel)
{
    int h = find_tok(d, head), k = find_tok(d, dep);
    ck_assert_msg(h >= 0 && k >= 0, "tokens %s / %s not found", head, dep);
    ck_assert_msg(d->toks[k].head == h && d->toks[k].deprel == rel,
                  "%s: head %d (%s) rel %s, expected %s -%s-> %s", dep,
                  d->toks[k].head,
                  d->toks[k].head >= 0 ? "tok" : "root",
                  hs_dep_names[d->toks[k].deprel], head, hs_dep_names[rel],
                  dep);
}

/* Assert that token `w` is the root of its sentence. */
static void assert_root(const hs_doc *d, const char *w)
{
    int k = find_tok(d, w);
    ck_assert_msg(k >= 0, "token %s not found", w);
    ck_assert_msg(d->toks[k].head == -1, "%s is not the root", w);
}

START_TEST(test_reported_speech)
{
    if (!have_models())
        return;
    hs_doc *d = parse_text("Foreign ministry spokesman Zhao Lijian also said "
                           "any accusations should be based on facts.");
    ck_assert_ptr_nonnull(d);
    check_trees(d);
    assert_root(d, "said");
    assert_arc(d, "said", "Lijian", HS_DEP_NSUBJ);
    assert_arc(d, "said", "based", HS_DEP_CCOMP);
    assert_arc(d, "Lijian", "spokesman", HS_DEP_COMPOUND);
    hs_doc_free(d);
}
END_TEST

START_TEST(test_direct_quote)
{
    if (!have_models())
        return;
    hs_doc *d = parse_text("\xe2\x80\x9cWe will win,\xe2\x80\x9d she said.");
    ck_assert_ptr_nonnull(d);
    check_trees(d);
    assert_root(d, "said");
    assert_arc(d, "said", "she", HS_DEP_NSUBJ);
    assert_arc(d, "said", "win", HS_DEP_CCOMP);
    assert_arc(d, "win", "We", HS_DEP_NSUBJ);
    hs_doc_free(d);
}
END_TEST

START_TEST(test_coordinated_cues)
{
    if (!have_models())
        return;
    hs_doc *d = parse_text("The Kremlin has denied the killings and claimed "
                           "the images are fakes.");
    ck_assert_ptr_nonnull(d);
    check_trees(d);
    assert_root(d, "denied");
    assert_arc(d, "denied", "Kremlin", HS_DEP_NSUBJ);
    assert_arc(d, "denied", "claimed", HS_DEP_CONJ);
    assert_arc(d, "denied", "killings", HS_DEP_DOBJ);
    hs_doc_free(d);
}
END_TEST

START_TEST(test_told)
{
    if (!have_models())
        return;
    hs_doc *d = parse_text("The senator told reporters on Tuesday that she "
                           "would not run again.");
    ck_assert_ptr_nonnull(d);
    check_trees(d);
    assert_root(d, "told");
    assert_arc(d, "told", "senator", HS_DEP_NSUBJ);
    assert_arc(d, "told", "reporters", HS_DEP_DOBJ);
    assert_arc(d, "told", "run", HS_DEP_CCOMP);
    assert_arc(d, "run", "that", HS_DEP_MARK);
    hs_doc_free(d);
}
END_TEST

/* xorshift64: the property tests' deterministic random numbers. */
static uint64_t rnd(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

/* Words for random texts: function words, punctuation, quotes, verbs. */
static const char *const vocab[] = {
    "the", "a", "said", "says", "he", "she", "they", "told", "that", ",",
    ".", "\xe2\x80\x9c", "\xe2\x80\x9d", "\"", "and", "of", "to", "in",
    "Trump", "Clinton", "officials", "would", "not", "is", "was", "(", ")",
    "?", "!", "'s", "according", "reporters", "2016", "$", "--", ";", ":",
    "\xe2\x80\x94", "\xe2\x80\x99", "very", "new", "government", "claimed"
};

/* Random texts through the whole front end: valid trees every time. */
START_TEST(test_random_texts)
{
    uint64_t seed = 0x9e3779b97f4a7c15ULL;
    char buf[8192];
    size_t nv = sizeof vocab / sizeof vocab[0];
    for (int iter = 0; iter < 300; iter++) {
        size_t len = 0, nw = 1 + rnd(&seed) % 120;
        for (size_t w = 0; w < nw && len + 32 < sizeof buf; w++) {
            const char *v = vocab[rnd(&seed) % nv];
            if (len && rnd(&seed) % 4)
                buf[len++] = ' ';
            size_t vl = strlen(v);
            memcpy(buf + len, v, vl);
            len += vl;
        }
        buf[len] = '\0';
        hs_doc *d = parse_text(buf);
        ck_assert_ptr_nonnull(d);
        check_trees(d);
        hs_doc_free(d);
    }
}
END_TEST

/* A document whose single sentence is `n` random words with random tags,
 * built directly (no lexer), parsed with engine `eng`. */
static void random_sentence(const hs_engine *eng, uint32_t n, uint64_t *seed)
{
    size_t nv = sizeof vocab / sizeof vocab[0];
    size_t cap = (size_t)n * 16 + 1, len = 0;
    char *text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    uint32_t *b0 = malloc(n * sizeof *b0), *b1 = malloc(n * sizeof *b1);
    ck_assert(b0 && b1);
    for (uint32_t i = 0; i < n; i++) {
        const char *v = vocab[rnd(seed) % nv];
        size_t vl = strlen(v);
        if (i)
            text[len++] = ' ';
        b0[i] = (uint32_t)len;
        memcpy(text + len, v, vl);
        len += vl;
        b1[i] = (uint32_t)len;
    }
    text[len] = '\0';
    hs_error err;
    hs_doc *d = hs_doc_new(eng);
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(hs_text_load(d, text, len, &err), 0);
    d->toks = calloc(n, sizeof *d->toks);
    d->sents = calloc(1, sizeof *d->sents);
    ck_assert(d->toks && d->sents);
    d->captoks = d->ntoks = n;
    d->capsents = d->nsents = 1;
    d->sents[0].tok0 = 0;
    d->sents[0].tok1 = n;
    for (uint32_t i = 0; i < n; i++) {
        d->toks[i].b0 = b0[i];
        d->toks[i].b1 = b1[i];
        d->toks[i].pos = (uint8_t)(rnd(seed) % HS_POS_COUNT);
        d->toks[i].head = 12345;
        d->toks[i].deprel = 0;
    }
    ck_assert_int_eq(hs_parse(d, &err), 0);
    check_trees(d);
    hs_doc_free(d);
    free(text);
    free(b0);
    free(b1);
}

/* Random tag sequences of every length from 1 to 60, and a few long ones:
 * valid trees with the model. */
START_TEST(test_random_sentences)
{
    uint64_t seed = 12345;
    for (uint32_t n = 1; n <= 60; n++)
        for (int k = 0; k < 5; k++)
            random_sentence(test_engine(), n, &seed);
    random_sentence(test_engine(), 1000, &seed);
    random_sentence(test_engine(), 20000, &seed);
}
END_TEST

/* The same without a parser model: the fallback chain. */
START_TEST(test_fallback)
{
    hs_engine plain = *test_engine();
    plain.parse_model = NULL;
    uint64_t seed = 777;
    for (uint32_t n = 1; n <= 40; n++)
        random_sentence(&plain, n, &seed);
    hs_doc *d = parse_text_with(&plain, "Officials said it would rain. Yes.");
    ck_assert_ptr_nonnull(d);
    check_trees(d);
    hs_doc_free(d);
}
END_TEST

/* The word normalisation: curly quotes and apostrophes, case, digits. */
START_TEST(test_word_ids)
{
    ck_assert(hs_parse_word_id("\xe2\x80\x9c", 3) ==
              hs_parse_word_id("\"", 1));
    ck_assert(hs_parse_word_id("\xe2\x80\x99s", 4) ==
              hs_parse_word_id("'s", 2));
    ck_assert(hs_parse_word_id("Said", 4) == hs_parse_word_id("said", 4));
    ck_assert(hs_parse_word_id("2016", 4) == hs_parse_word_id("1999", 4));
    ck_assert(hs_parse_word_id("said", 4) != hs_parse_word_id("says", 4));
}
END_TEST

/* The test suite. */
static Suite *make_suite(void)
{
    Suite *s = suite_create("parse");
    TCase *tc = tcase_create("parse");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_reported_speech);
    tcase_add_test(tc, test_direct_quote);
    tcase_add_test(tc, test_coordinated_cues);
    tcase_add_test(tc, test_told);
    tcase_add_test(tc, test_random_texts);
    tcase_add_test(tc, test_random_sentences);
    tcase_add_test(tc, test_fallback);
    tcase_add_test(tc, test_word_ids);
    suite_add_tcase(s, tc);
    return s;
}

HS_TEST_MAIN()
