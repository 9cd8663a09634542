/*
 * test_tag.c -- the part-of-speech and entity taggers, and the perceptron.
 *
 * The tagger tests run real news sentences through text loading, the
 * tokenizer and hs_tag() on an hs_doc (the result API does not expose
 * tags) and check the tags that later stages rely on: verbs of saying,
 * modals, proper names and PERSON entities.  With an untrained checkout
 * (empty model files) only the shape fallback is checked.  The perceptron
 * tests train a toy model, save it, load it back in place and check
 * scores, determinism and the rejection of corrupt blobs, and that a
 * trainer that ran out of memory refuses to save.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "testutil.h"

#include "internal.h"
#include "lexicon.h"
#include "perceptron.h"
#include "tag.h"

/* Tokenize and tag `text`; the caller frees the document. */
static hs_doc *tag_text(const char *text)
{
    hs_error err;
    hs_doc *d = hs_doc_new(test_engine());
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(hs_text_load(d, text, strlen(text), &err), 0);
    ck_assert_int_eq(hs_lex(d, &err), 0);
    ck_assert_int_eq(hs_tag(d, &err), 0);
    return d;
}

/* Index of the first token whose text is `word`, or -1. */
static long find_tok(const hs_doc *d, const char *word)
{
    for (size_t i = 0; i < d->ntoks; i++)
        if (hs_tok_len(&d->toks[i]) == strlen(word) &&
            memcmp(hs_tok_str(d, &d->toks[i]), word, strlen(word)) == 0)
            return (long)i;
    return -1;
}

/* Assert that `word` occurs in d and has part of speech `pos`. */
static void expect_pos(const hs_doc *d, const char *word, int pos)
{
    long i = find_tok(d, word);
    ck_assert_msg(i >= 0, "no token %s", word);
    ck_assert_msg(d->toks[i].pos == pos, "%s: got %s, want %s", word,
                  hs_pos_names[d->toks[i].pos], hs_pos_names[pos]);
}

/* Assert that `word` occurs in d and has entity class `ner`. */
static void expect_ner(const hs_doc *d, const char *word, int ner)
{
    long i = find_tok(d, word);
    ck_assert_msg(i >= 0, "no token %s", word);
    ck_assert_msg(d->toks[i].ner == ner, "%s: got class %d, want %d", word,
                  d->toks[i].ner, ner);
}

/* Whether the engine has trained tagger models. */
static bool trained(void)
{
    return test_engine()->pos_model && test_engine()->ner_model;
}

START_TEST(test_spokesman)
{
    hs_doc *d = tag_text("Foreign ministry spokesman Zhao Lijian also said "
                         "any accusations should be based on facts.");
    if (trained()) {
        expect_pos(d, "said", HS_POS_VBD);
        expect_pos(d, "Zhao", HS_POS_NNP);
        expect_pos(d, "Lijian", HS_POS_NNP);
        expect_pos(d, "should", HS_POS_MD);
        expect_pos(d, "accusations", HS_POS_NNS);
        expect_pos(d, "based", HS_POS_VBN);
        expect_pos(d, ".", HS_POS_PERIOD);
        expect_ner(d, "Zhao", HS_NER_PERSON);
        expect_ner(d, "Lijian", HS_NER_PERSON);
        expect_ner(d, "spokesman", HS_NER_O);
        expect_ner(d, "said", HS_NER_O);
    }
    /* Every token gets some tag, trained or not. */
    for (size_t i = 0; i < d->ntoks; i++)
        ck_assert_int_ne(d->toks[i].pos, HS_POS_NONE);
    hs_doc_free(d);
}
END_TEST

START_TEST(test_curly_quotes_and_entities)
{
    hs_doc *d = tag_text("\xe2\x80\x9cWe will not back down,\xe2\x80\x9d "
                         "Hillary Clinton told reporters in Ohio on "
                         "Tuesday, according to the Associated Press.");
    if (trained()) {
        expect_pos(d, "\xe2\x80\x9c", HS_POS_LQUOTE);
        expect_pos(d, "\xe2\x80\x9d", HS_POS_RQUOTE);
        expect_pos(d, "will", HS_POS_MD);
        expect_pos(d, "told", HS_POS_VBD);
        expect_pos(d, "reporters", HS_POS_NNS);
        expect_pos(d, "according", HS_POS_VBG);
        expect_ner(d, "Hillary", HS_NER_PERSON);
        expect_ner(d, "Clinton", HS_NER_PERSON);
        expect_ner(d, "Ohio", HS_NER_LOC);
        expect_ner(d, "Associated", HS_NER_ORG);
        expect_ner(d, "reporters", HS_NER_O);
    }
    hs_doc_free(d);
}
END_TEST

/* Word clusters (data/lexicons/clusters.txt, from GloVe vectors): words
 * used alike share a class, case and digits fold, a form outside the list
 * has none, and the lexer gives every token its class. */
START_TEST(test_clusters)
{
    const hs_lexicons *lx = test_engine()->lex;
    uint16_t c = hs_lex_cluster(lx, "criticized", 10);
    ck_assert_uint_ne(c, HS_CLUSTER_NONE);
    ck_assert_uint_eq(hs_lex_cluster(lx, "lambasted", 9), c);
    ck_assert_uint_eq(hs_lex_cluster(lx, "CRITICIZED", 10), c);
    uint16_t g = hs_lex_cluster(lx, "Gazprom", 7);
    ck_assert_uint_ne(g, HS_CLUSTER_NONE);
    ck_assert_uint_eq(hs_lex_cluster(lx, "rosneft", 7), g);
    ck_assert_uint_ne(g, c);
    ck_assert_uint_ne(HS_CLUSTER_FINE_OF(g), HS_CLUSTER_FINE_OF(c));
    ck_assert_uint_eq(hs_lex_cluster(lx, "xqzzyvw", 7), HS_CLUSTER_NONE);
    ck_assert_uint_eq(hs_lex_cluster(lx, "", 0), HS_CLUSTER_NONE);
    char longw[100];
    memset(longw, 'a', sizeof longw);
    ck_assert_uint_eq(hs_lex_cluster(lx, longw, sizeof longw), HS_CLUSTER_NONE);

    hs_doc *d = tag_text("Senator Blumenthal lambasted Medtronic.");
    long i = find_tok(d, "lambasted");
    ck_assert_int_ge(i, 0);
    ck_assert_uint_eq(d->toks[i].cluster, c);
    hs_doc_free(d);
}
END_TEST

/* Companies train never names: their word clusters make them
 * organisations, where the tagger without them read people and places. */
START_TEST(test_rare_organisations)
{
    hs_doc *d = tag_text("Lukoil said in a statement that it had not been "
                         "contacted. Officials at Transneft denied the "
                         "report, and Senator Blumenthal lambasted "
                         "Medtronic.");
    if (trained()) {
        expect_ner(d, "Lukoil", HS_NER_ORG);
        expect_ner(d, "Transneft", HS_NER_ORG);
        expect_ner(d, "Medtronic", HS_NER_ORG);
        expect_ner(d, "Blumenthal", HS_NER_PERSON);
    }
    hs_doc_free(d);
}
END_TEST

START_TEST(test_slash_words_stay_whole)
{
    /* as in CoreNLP's tokens, which the tagger learned from: "Ipsos poll"
     * alone is not the source of "The Reuters/Ipsos poll showed" */
    hs_doc *d = tag_text("The Reuters/Ipsos poll taken after 9/11 showed it, "
                         "he said / she said.");
    ck_assert_int_ge(find_tok(d, "Reuters/Ipsos"), 0);
    ck_assert_int_ge(find_tok(d, "9/11"), 0);
    expect_pos(d, "9/11", HS_POS_CD);
    ck_assert_int_ge(find_tok(d, "/"), 0);   /* spaced: a token of its own */
    hs_doc_free(d);
}
END_TEST

START_TEST(test_party_tags_tokenized_as_corenlp)
{
    /* CoreNLP keeps a dotted state in one token ("R-S.C.", "D-N.Y.") and
     * splits the period off an abbreviated one ("D-Calif", ".") */
    hs_doc *d = tag_text("Sen. Lindsey Graham (R-S.C.) and Rep. Nancy Pelosi (D-Calif.) "
                         "and Chuck Schumer (D-N.Y.) told reporters.");
    ck_assert_int_ge(find_tok(d, "R-S.C."), 0);
    ck_assert_int_ge(find_tok(d, "D-N.Y."), 0);
    ck_assert_int_ge(find_tok(d, "D-Calif"), 0);
    hs_doc_free(d);
}
END_TEST

START_TEST(test_fused_and_dotted_words_tokenized_as_corenlp)
{
    /* CoreNLP splits "cannot" and "gonna" and keeps "U.S.-Mexico" whole;
     * read the other way, "cannot" was a past verb heading the clause and
     * "U.S." the subject of "said" */
    hs_doc *d = tag_text("He said U.S.-Mexico relations were good, that the "
                         "A.F.L.-C.I.O. cannot win and Trump is gonna lose.");
    ck_assert_int_ge(find_tok(d, "U.S.-Mexico"), 0);
    ck_assert_int_ge(find_tok(d, "A.F.L.-C.I.O."), 0);
    ck_assert_int_lt(find_tok(d, "cannot"), 0);
    ck_assert_int_ge(find_tok(d, "can"), 0);
    ck_assert_int_ge(find_tok(d, "not"), 0);
    ck_assert_int_ge(find_tok(d, "gon"), 0);
    ck_assert_int_ge(find_tok(d, "na"), 0);
    if (trained())
        expect_pos(d, "can", HS_POS_MD);
    ck_assert_int_eq(d->nsents, 1);
    hs_doc_free(d);
}
END_TEST

START_TEST(test_abbreviations_end_no_sentence)
{
    /* "v." of a court case is one token, as in CoreNLP's; a title after
     * a hyphen keeps its period; neither ends the sentence */
    hs_doc *d = tag_text("She said the court would overturn Roe v. Wade, and the gap to "
                         "then-Sen. Barack Obama was narrow.");
    ck_assert_int_ge(find_tok(d, "v."), 0);
    ck_assert_int_ge(find_tok(d, "then-Sen."), 0);
    ck_assert_int_eq(d->nsents, 1);
    hs_doc_free(d);
}
END_TEST

START_TEST(test_names_and_verbs_the_model_misreads)
{
    /* a headline the model reads as a run of nouns: "-ifies" is a verb's
     * ending, so that the clause after it is what the aide says; "Ald."
     * keeps its period */
    hs_doc *d = tag_text("Former aide testifies senator demanded cash for votes");
    expect_pos(d, "testifies", HS_POS_VBZ);
    hs_doc_free(d);
    /* an unlisted given name between a role noun and a surname is a
     * name, whatever its ending */
    d = tag_text("Qatari Foreign Ministry spokesman Majed al-Ansari said the truce held.");
    expect_pos(d, "Majed", HS_POS_NNP);
    hs_doc_free(d);
    /* a surname's particle the model reads as a noun is the name's */
    d = tag_text("BRASILIA (Reuters) - Brazilian President Luiz Inacio Lula da Silva pledged "
                 "on Tuesday to end illegal deforestation.");
    expect_pos(d, "da", HS_POS_NNP);
    hs_doc_free(d);
    d = tag_text("Ald. Juliana Bennett voted against the plan.");
    ck_assert_int_ge(find_tok(d, "Ald."), 0);
    ck_assert_int_eq(d->nsents, 1);
    hs_doc_free(d);
}
END_TEST

START_TEST(test_fallback)
{
    /* Without models the shape rules still tag. */
    hs_error err;
    const char *text = "Trump said 42 people came, the mayor said.";
    hs_doc *d = hs_doc_new(test_engine());
    ck_assert_int_eq(hs_text_load(d, text, strlen(text), &err), 0);
    ck_assert_int_eq(hs_lex(d, &err), 0);
    ck_assert_int_eq(hs_tag_with(d, NULL, NULL, &err), 0);
    expect_pos(d, "Trump", HS_POS_NNP);
    expect_pos(d, "said", HS_POS_VBD);
    expect_pos(d, "42", HS_POS_CD);
    expect_pos(d, ",", HS_POS_COMMA);
    expect_pos(d, "the", HS_POS_DT);
    expect_pos(d, ".", HS_POS_PERIOD);
    for (size_t i = 0; i < d->ntoks; i++)
        ck_assert_int_eq(d->toks[i].ner, HS_NER_O);
    hs_doc_free(d);
}
END_TEST

/* Read the whole file at path into a malloc'd buffer. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    ck_assert_int_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* Train a toy 3-class model: feature a votes class 1, b class 2. */
static hs_trainer *toy_trainer(void)
{
    hs_trainer *t = hs_trainer_new(3);
    uint64_t a = hs_feat_str(1, "a", 1), b = hs_feat_str(1, "b", 1);
    for (int i = 0; i < 20; i++) {
        float s[3];
        uint64_t k[1] = { i % 2 ? a : b };
        int truth = i % 2 ? 1 : 2;
        hs_trainer_score(t, k, 1, s);
        int guess = 0;
        for (int c = 1; c < 3; c++)
            if (s[c] > s[guess])
                guess = c;
        hs_trainer_update(t, k, 1, truth, guess);
        hs_trainer_tick(t);
    }
    hs_trainer_set(t, hs_feat_str(2, "dict", 4), 0, 1);
    return t;
}

START_TEST(test_perceptron_roundtrip)
{
    char p1[] = "/tmp/hs_test_pm1_XXXXXX", p2[] = "/tmp/hs_test_pm2_XXXXXX";
    int f1 = mkstemp(p1), f2 = mkstemp(p2);
    ck_assert(f1 >= 0 && f2 >= 0);
    close(f1);
    close(f2);
    hs_trainer *t = toy_trainer();
    ck_assert_int_eq(hs_trainer_save(t, p1, 0.0f), 0);
    hs_trainer_free(t);
    t = toy_trainer();
    ck_assert_int_eq(hs_trainer_save(t, p2, 0.0f), 0);
    hs_trainer_free(t);
    size_t n1, n2;
    char *b1 = slurp(p1, &n1), *b2 = slurp(p2, &n2);
    ck_assert_uint_eq(n1, n2);
    ck_assert(memcmp(b1, b2, n1) == 0);      /* deterministic */
    hs_error err;
    hs_model *m = hs_model_load(b1, n1, &err);
    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(hs_model_classes(m), 3);
    uint64_t a = hs_feat_str(1, "a", 1), b = hs_feat_str(1, "b", 1);
    float s[3] = { 0, 0, 0 };
    hs_model_score(m, &a, 1, s);
    ck_assert(s[1] > s[0] && s[1] > s[2]);
    memset(s, 0, sizeof s);
    hs_model_score(m, &b, 1, s);
    ck_assert(s[2] > s[0] && s[2] > s[1]);
    /* Unknown keys add nothing; the fixed dictionary weight survives. */
    uint64_t u = hs_feat_str(1, "zzz", 3);
    memset(s, 0, sizeof s);
    hs_model_score(m, &u, 1, s);
    ck_assert(s[0] == 0 && s[1] == 0 && s[2] == 0);
    ck_assert_int_eq(hs_tag_dict_lookup(m, hs_feat_str(2, "dict", 4)), 0);
    /* The batched look-up gives what each key scored alone gives: the
     * first class hs_model_score() puts above zero. */
    uint64_t many[70];
    int first[70];
    for (int i = 0; i < 70; i++)
        many[i] = i % 4 == 0 ? a : i % 4 == 1 ? b : i % 4 == 2 ? u : hs_feat_str(2, "dict", 4);
    hs_model_first_positive(m, many, 70, first);
    for (int i = 0; i < 70; i++) {
        float one[3] = { 0, 0, 0 };
        hs_model_score(m, &many[i], 1, one);
        int want = one[0] > 0 ? 0 : one[1] > 0 ? 1 : one[2] > 0 ? 2 : -1;
        ck_assert_int_eq(first[i], want);
        ck_assert_int_eq(first[i], hs_tag_dict_lookup(m, many[i]));
    }
    hs_model_free(m);
    /* Corrupt blobs are refused, never read out of bounds. */
    ck_assert_ptr_null(hs_model_load(b1, 16, &err));
    ck_assert_int_eq(err.code, HS_ERR_MODEL);
    ck_assert_ptr_null(hs_model_load(b1, n1 - 4, &err));
    b1[n1 - 3] = (char)0x7f;                  /* a class out of range */
    hs_model *bad = hs_model_load(b1, n1, &err);
    if (bad) {
        memset(s, 0, sizeof s);
        hs_model_score(bad, &a, 1, s);
        hs_model_score(bad, &b, 1, s);
        hs_model_free(bad);
    }
    free(b1);
    free(b2);
    unlink(p1);
    unlink(p2);
}
END_TEST

/* A trainer that runs out of memory refuses to save: a model short of
 * some of its updates would differ from the one `make models` promises,
 * with nothing said.  The address space is capped a little above what
 * the process uses, in the test's own process (Check forks one per
 * test); not under AddressSanitizer, whose allocator aborts instead of
 * failing a malloc. */
#if defined(__SANITIZE_ADDRESS__)
#define HS_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HS_TEST_ASAN 1
#endif
#endif

START_TEST(test_trainer_out_of_memory_refuses_to_save)
{
#ifdef HS_TEST_ASAN
    return;
#else
    FILE *fp = fopen("/proc/self/statm", "r");
    if (!fp)
        return;                               /* not Linux: nothing to cap */
    unsigned long pages = 0;
    int got = fscanf(fp, "%lu", &pages);
    fclose(fp);
    ck_assert_int_eq(got, 1);
    struct rlimit old, cap;
    ck_assert_int_eq(getrlimit(RLIMIT_AS, &old), 0);
    cap = old;
    cap.rlim_cur = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + ((rlim_t)32 << 20);
    if (old.rlim_cur != RLIM_INFINITY && old.rlim_cur < cap.rlim_cur)
        cap.rlim_cur = old.rlim_cur;
    ck_assert_int_eq(setrlimit(RLIMIT_AS, &cap), 0);
    hs_trainer *t = hs_trainer_new(2);
    ck_assert_ptr_nonnull(t);
    for (uint64_t i = 0; i < 600000; i++) {   /* a new feature each time */
        uint64_t k = hs_feat_mix(0x5EEDu, i);
        hs_trainer_update(t, &k, 1, 1, 0);
        hs_trainer_tick(t);
    }
    /* Memory back: the save itself could now succeed. */
    ck_assert_int_eq(setrlimit(RLIMIT_AS, &old), 0);
    char path[] = "/tmp/hs_test_oom_XXXXXX";
    int fd = mkstemp(path);
    ck_assert(fd >= 0);
    close(fd);
    errno = 0;
    int rc = hs_trainer_save(t, path, 0.0f);
    int saved_errno = errno;
    hs_trainer_free(t);
    unlink(path);
    ck_assert_int_eq(rc, -1);
    ck_assert_int_eq(saved_errno, ENOMEM);
#endif
}
END_TEST

START_TEST(test_feature_hash)
{
    /* Keys depend on template and value, and are stable. */
    ck_assert(hs_feat_str(1, "said", 4) != hs_feat_str(2, "said", 4));
    ck_assert(hs_feat_str(1, "said", 4) != hs_feat_str(1, "says", 4));
    ck_assert(hs_feat_str(1, "said", 4) == hs_feat_str(1, "said", 4));
    ck_assert(hs_feat_mix(1, 2) != hs_feat_mix(2, 1));
}
END_TEST

/* The suite. */
static Suite *make_suite(void)
{
    Suite *s = suite_create("tag");
    TCase *tc = tcase_create("tag");
    tcase_add_test(tc, test_spokesman);
    tcase_add_test(tc, test_curly_quotes_and_entities);
    tcase_add_test(tc, test_clusters);
    tcase_add_test(tc, test_rare_organisations);
    tcase_add_test(tc, test_slash_words_stay_whole);
    tcase_add_test(tc, test_party_tags_tokenized_as_corenlp);
    tcase_add_test(tc, test_fused_and_dotted_words_tokenized_as_corenlp);
    tcase_add_test(tc, test_abbreviations_end_no_sentence);
    tcase_add_test(tc, test_names_and_verbs_the_model_misreads);
    tcase_add_test(tc, test_fallback);
    tcase_add_test(tc, test_perceptron_roundtrip);
    tcase_add_test(tc, test_trainer_out_of_memory_refuses_to_save);
    tcase_add_test(tc, test_feature_hash);
    suite_add_tcase(s, tc);
    return s;
}

HS_TEST_MAIN()
