/*
 * test_badinput.c -- the library's behaviour on hostile input, case by case.
 *
 * The idea: docs/ROBUSTNESS.md promises an exact behaviour for each class
 * of bad or odd input; this file pins the library half of those promises
 * (the CLI half is tests/cli/badinput.sh).  Rejections must carry the
 * right code, byte offset and one-line message; accepted oddities (BOM,
 * CRLF, lone CR, pathological quotation marks) must give results whose
 * every offset is in range and whose spans map onto the input the way the
 * offset rules say.
 */
#include <stdio.h>

#include <math.h>

#include "testutil.h"

/* Extract `len` bytes with the shared engine, expecting a rejection with
 * `code` at byte `off`; `msg` (if not NULL) is the exact message. */
static void expect_reject(const char *text, size_t len, hs_code code,
                          size_t off, const char *msg)
{
    hs_error err;
    memset(&err, 0, sizeof err);
    hs_result *r = hs_extract(test_engine(), text, len, "bad", &err);
    ck_assert_ptr_null(r);
    ck_assert_int_eq(err.code, code);
    if (code == HS_ERR_UTF8 || code == HS_ERR_NUL)
        ck_assert_uint_eq(err.byte_offset, off);
    ck_assert(err.message[0] != '\0');
    ck_assert_ptr_null(strchr(err.message, '\n'));
    if (msg)
        ck_assert_str_eq(err.message, msg);
}

/* Extract and assert success. */
static hs_result *expect_accept(const char *text, size_t len)
{
    hs_error err;
    hs_result *r = hs_extract(test_engine(), text, len, "odd", &err);
    if (!r)
        ck_abort_msg("rejected: %s", err.message);
    return r;
}

/* Number of code points in valid UTF-8. */
static size_t count_cp(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Do two non-empty spans overlap? */
static int overlap(hs_span a, hs_span b)
{
    return a.begin < a.end && b.begin < b.end && a.begin < b.end &&
           b.begin < a.end;
}

/* Every offset of r within [0, chars], begin <= end, the spans of one
 * attribution pairwise disjoint, content fragments in order. */
static void check_offsets(const hs_result *r)
{
    size_t chars = hs_result_chars(r);
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        const hs_attribution *a = hs_result_attribution(r, i);
        ck_assert(a->cue.begin <= a->cue.end && a->cue.end <= chars);
        ck_assert(a->source.begin <= a->source.end && a->source.end <= chars);
        ck_assert(!overlap(a->cue, a->source));
        ck_assert_uint_ge(a->content_count, 1);
        for (size_t k = 0; k < a->content_count; k++) {
            hs_span c = a->content[k];
            ck_assert(c.begin <= c.end && c.end <= chars);
            ck_assert(!overlap(c, a->cue));
            ck_assert(!overlap(c, a->source));
            if (k)
                ck_assert_uint_le(a->content[k - 1].end, c.begin);
        }
    }
    for (size_t i = 0; i < hs_result_entity_count(r); i++) {
        const hs_entity *e = hs_result_entity(r, i);
        for (size_t k = 0; k < e->mention_count; k++)
            ck_assert(e->mentions[k].begin <= e->mentions[k].end &&
                      e->mentions[k].end <= chars);
    }
}

/* A copy of s with every "\n" replaced by `nl` (malloc'd). */
static char *replace_nl(const char *s, const char *nl, size_t *outlen)
{
    size_t n = strlen(s), k = strlen(nl), lines = 0;
    for (size_t i = 0; i < n; i++)
        lines += s[i] == '\n';
    char *out = malloc(n + lines * k + 1), *p = out;
    ck_assert_ptr_nonnull(out);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n') {
            memcpy(p, nl, k);
            p += k;
        } else {
            *p++ = s[i];
        }
    }
    *p = '\0';
    *outlen = (size_t)(p - out);
    return out;
}

/* The text of span s of r (malloc'd). */
static char *span_text(const hs_result *r, hs_span s)
{
    size_t need = hs_result_span_text(r, s, NULL, 0);
    char *buf = malloc(need + 1);
    ck_assert_ptr_nonnull(buf);
    hs_result_span_text(r, s, buf, need + 1);
    return buf;
}

/* A news paragraph with attributions, direct and indirect. */
static const char news[] =
    "Foreign Ministry spokesman Zhao Lijian said on Wednesday that China "
    "was deeply concerned.\n\n"
    "\xe2\x80\x9cThe truth must be found,\xe2\x80\x9d he told reporters in "
    "Beijing.\n\n"
    "According to the ministry, the talks will continue. \"We will not "
    "give up,\" said Mr. Zhao.\n";

/* ---------------------------------------------------------- invalid UTF-8 */

/* A continuation byte with no lead byte. */
START_TEST(utf8_lone_continuation)
{
    expect_reject("ab\x80" "cd", 5, HS_ERR_UTF8, 2,
                  "invalid UTF-8 at byte 2 (0x80)");
    expect_reject("\xbf", 1, HS_ERR_UTF8, 0, "invalid UTF-8 at byte 0 (0xbf)");
}
END_TEST

/* Overlong encodings, including the overlong NUL C0 80. */
START_TEST(utf8_overlong)
{
    expect_reject("x\xc0\xaf", 3, HS_ERR_UTF8, 1, NULL);          /* '/' */
    expect_reject("x\xc1\xbf", 3, HS_ERR_UTF8, 1, NULL);
    expect_reject("xy\xe0\x80\xaf", 5, HS_ERR_UTF8, 2, NULL);
    expect_reject("xyz\xf0\x80\x80\xaf", 7, HS_ERR_UTF8, 3, NULL);
    expect_reject("\xc0\x80", 2, HS_ERR_UTF8, 0,                  /* NUL */
                  "invalid UTF-8 at byte 0 (0xc0)");
}
END_TEST

/* UTF-16 surrogates encoded in UTF-8; their neighbours are fine. */
START_TEST(utf8_surrogates)
{
    expect_reject("a\xed\xa0\x80", 4, HS_ERR_UTF8, 1,
                  "invalid UTF-8 at byte 1 (0xed)");            /* U+D800 */
    expect_reject("a\xed\xbf\xbf", 4, HS_ERR_UTF8, 1, NULL);     /* U+DFFF */
    /* a CESU-8 pair */
    expect_reject("\xed\xa0\xbd\xed\xb8\x80", 6, HS_ERR_UTF8, 0, NULL);
    /* U+D7FF and U+E000 either side are fine */
    hs_result *r = expect_accept("\xed\x9f\xbf\xee\x80\x80", 6);
    ck_assert_uint_eq(hs_result_chars(r), 2);
    hs_result_free(r);
}
END_TEST

/* Sequences cut short by the end of input or by ASCII. */
START_TEST(utf8_truncated)
{
    expect_reject("said \xe2\x80", 7, HS_ERR_UTF8, 5,
                  "invalid UTF-8 at byte 5 (0xe2)");
    expect_reject("said \xf0\x9f\x98 ok", 11, HS_ERR_UTF8, 5, NULL);
    expect_reject("\xc3", 1, HS_ERR_UTF8, 0, NULL);
    /* a sequence cut by the length argument, not by a NUL */
    expect_reject("ab\xc3\xa9", 3, HS_ERR_UTF8, 2, NULL);
}
END_TEST

/* Bytes that never occur in UTF-8, and code points above U+10FFFF. */
START_TEST(utf8_bytes_f5_ff)
{
    for (unsigned b = 0xF5; b <= 0xFF; b++) {
        char buf[8] = "ok \x80\x80\x80.";
        buf[3] = (char)b;
        char msg[64];
        snprintf(msg, sizeof msg, "invalid UTF-8 at byte 3 (0x%02x)", b);
        expect_reject(buf, 7, HS_ERR_UTF8, 3, msg);
    }
    /* above U+10FFFF with a valid-looking lead byte */
    expect_reject("\xf4\x90\x80\x80", 4, HS_ERR_UTF8, 0, NULL);
}
END_TEST

/* The first bad byte is the one reported. */
START_TEST(utf8_first_error_reported)
{
    /* the first bad byte wins, whatever follows */
    expect_reject("abc\xff\x00\x80", 6, HS_ERR_UTF8, 3, NULL);
}
END_TEST

/* -------------------------------------------------------------- NUL, empty */

/* NUL bytes are rejected with their offset. */
START_TEST(nul_bytes)
{
    expect_reject("He said\0 yes", 12, HS_ERR_NUL, 7, "NUL byte at byte 7");
    expect_reject("\0", 1, HS_ERR_NUL, 0, NULL);
    /* a NUL after invalid UTF-8: the earlier problem is reported */
    expect_reject("\xff\0", 2, HS_ERR_UTF8, 0, NULL);
}
END_TEST

/* Zero bytes, with or without a buffer. */
START_TEST(empty_input)
{
    expect_reject("", 0, HS_ERR_EMPTY, 0, "document is empty");
    expect_reject(NULL, 0, HS_ERR_EMPTY, 0, "document is empty");
}
END_TEST

/* No engine, or a NULL text with a length. */
START_TEST(bad_arguments)
{
    hs_error err;
    ck_assert_ptr_null(hs_extract(NULL, "x", 1, NULL, &err));
    ck_assert_int_eq(err.code, HS_ERR_ARG);
    ck_assert_ptr_null(hs_extract(test_engine(), NULL, 5, NULL, &err));
    ck_assert_int_eq(err.code, HS_ERR_ARG);
}
END_TEST

/* max_doc_bytes: the limit itself is accepted, one more byte is not. */
START_TEST(size_limit)
{
    hs_error err;
    hs_options opt = { .max_doc_bytes = 100 };
    hs_engine *eng = hs_engine_new(&opt, &err);
    ck_assert_ptr_nonnull(eng);
    char buf[101];
    memset(buf, 'a', sizeof buf);
    hs_result *r = hs_extract(eng, buf, 100, NULL, &err);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(hs_result_chars(r), 100);
    ck_assert_ptr_null(hs_result_doc_id(r));
    hs_result_free(r);
    ck_assert_ptr_null(hs_extract(eng, buf, 101, NULL, &err));
    ck_assert_int_eq(err.code, HS_ERR_TOO_BIG);
    ck_assert_str_eq(err.message,
                     "document is 101 bytes, over the limit of 100 bytes");
    hs_engine_free(eng);
    ck_assert_uint_eq(HS_DEFAULT_MAX_DOC_BYTES, (size_t)64 << 20);
}
END_TEST

/* min_confidence outside 0..1 (or NaN) is refused; 1 keeps nothing
 * below a certain attribution. */
START_TEST(min_confidence_range)
{
    hs_error err;
    const double bad[] = { -0.1, 1.5, NAN };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        hs_options opt = { .min_confidence = bad[i] };
        ck_assert_ptr_null(hs_engine_new(&opt, &err));
        ck_assert_int_eq(err.code, HS_ERR_ARG);
    }
    hs_options opt = { .min_confidence = 1.0 };
    hs_engine *eng = hs_engine_new(&opt, &err);
    ck_assert_ptr_nonnull(eng);
    hs_result *r = hs_extract(eng, news, strlen(news), NULL, &err);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(hs_result_attribution_count(r), 0);
    hs_result_free(r);
    hs_engine_free(eng);
}
END_TEST

/* ------------------------------------------------ accepted odd encodings */

/* A UTF-8 BOM is kept and counted as code point 0. */
START_TEST(bom_is_code_point_zero)
{
    size_t n = strlen(news);
    char *b = malloc(n + 4);
    memcpy(b, "\xef\xbb\xbf", 3);
    memcpy(b + 3, news, n + 1);
    hs_result *plain = expect_accept(news, n);
    hs_result *bom = expect_accept(b, n + 3);
    ck_assert_uint_eq(hs_result_chars(bom), hs_result_chars(plain) + 1);
    ck_assert_mem_eq(hs_result_text(bom), b, n + 3);
    check_offsets(bom);
    /* the same attributions, every offset one further on */
    ck_assert_uint_eq(hs_result_attribution_count(bom),
                      hs_result_attribution_count(plain));
    for (size_t i = 0; i < hs_result_attribution_count(bom); i++) {
        const hs_attribution *p = hs_result_attribution(plain, i);
        const hs_attribution *q = hs_result_attribution(bom, i);
        if (p->cue.end > p->cue.begin)
            ck_assert_uint_eq(q->cue.begin, p->cue.begin + 1);
        if (p->source.end > p->source.begin)
            ck_assert_uint_eq(q->source.begin, p->source.begin + 1);
        ck_assert_uint_eq(q->content_count, p->content_count);
        ck_assert_uint_eq(q->content[0].begin, p->content[0].begin + 1);
        ck_assert_uint_eq(q->content[0].end, p->content[0].end + 1);
    }
    /* the BOM alone is a document of one code point */
    hs_result *only = expect_accept("\xef\xbb\xbf", 3);
    ck_assert_uint_eq(hs_result_chars(only), 1);
    ck_assert_uint_eq(hs_result_attribution_count(only), 0);
    hs_result_free(only);
    hs_result_free(plain);
    hs_result_free(bom);
    free(b);
}
END_TEST

/* The attributions of `a` and `b` have the same span texts, once line
 * breaks are removed (CRLF vs LF). */
static void same_texts(const hs_result *a, const hs_result *b)
{
    ck_assert_uint_eq(hs_result_attribution_count(a),
                      hs_result_attribution_count(b));
    for (size_t i = 0; i < hs_result_attribution_count(a); i++) {
        const hs_attribution *p = hs_result_attribution(a, i);
        const hs_attribution *q = hs_result_attribution(b, i);
        hs_span sp[2] = { p->cue, p->content[0] }, sq[2] = { q->cue, q->content[0] };
        for (int k = 0; k < 2; k++) {
            char *x = span_text(a, sp[k]), *y = span_text(b, sq[k]), *w = y;
            for (char *r = y; *r; r++)
                if (*r != '\r')
                    *w++ = *r;
            *w = '\0';
            ck_assert_str_eq(x, y);
            free(x);
            free(y);
        }
    }
}

/* CRLF: accepted, CRs counted, same attributions as LF. */
START_TEST(crlf_line_ends)
{
    size_t n;
    char *crlf = replace_nl(news, "\r\n", &n);
    hs_result *plain = expect_accept(news, strlen(news));
    hs_result *r = expect_accept(crlf, n);
    /* the CR is kept: every code point counts, offsets index the input */
    ck_assert_uint_eq(hs_result_chars(r), count_cp(crlf, n));
    ck_assert_str_eq(hs_result_text(r), crlf);
    check_offsets(r);
    same_texts(plain, r);
    hs_result_free(plain);
    hs_result_free(r);
    free(crlf);
}
END_TEST

/* Lone CR: a line end, giving exactly the LF offsets. */
START_TEST(lone_cr_line_ends)
{
    size_t n;
    char *cr = replace_nl(news, "\r", &n);
    hs_result *plain = expect_accept(news, strlen(news));
    hs_result *r = expect_accept(cr, n);
    ck_assert_uint_eq(hs_result_chars(r), hs_result_chars(plain));
    check_offsets(r);
    /* a CR is a line end like LF: the very same offsets */
    ck_assert_uint_eq(hs_result_attribution_count(r),
                      hs_result_attribution_count(plain));
    for (size_t i = 0; i < hs_result_attribution_count(r); i++) {
        const hs_attribution *p = hs_result_attribution(plain, i);
        const hs_attribution *q = hs_result_attribution(r, i);
        ck_assert_uint_eq(q->cue.begin, p->cue.begin);
        ck_assert_uint_eq(q->cue.end, p->cue.end);
        ck_assert_uint_eq(q->source.begin, p->source.begin);
        ck_assert_uint_eq(q->source.end, p->source.end);
        ck_assert_uint_eq(q->content_count, p->content_count);
        for (size_t k = 0; k < p->content_count; k++) {
            ck_assert_uint_eq(q->content[k].begin, p->content[k].begin);
            ck_assert_uint_eq(q->content[k].end, p->content[k].end);
        }
    }
    hs_result_free(plain);
    hs_result_free(r);
    free(cr);
}
END_TEST

/* ------------------------------------------------ pathological quotation */

/* n copies of `unit` (malloc'd, NUL-terminated). */
static char *repeat(const char *unit, size_t n, size_t *len)
{
    size_t k = strlen(unit);
    char *s = malloc(k * n + 1);
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i < n; i++)
        memcpy(s + i * k, unit, k);
    s[k * n] = '\0';
    *len = k * n;
    return s;
}

/* 100,000 quotation marks that cannot pair. */
START_TEST(unbalanced_quotes_100k)
{
    size_t n;
    char *s = repeat("\"", 100000, &n);
    hs_result *r = expect_accept(s, n);
    ck_assert_uint_eq(hs_result_chars(r), 100000);
    check_offsets(r);
    hs_result_free(r);
    free(s);
    /* curly openers only, with words, so they cannot pair */
    s = repeat("He said \xe2\x80\x9cyes ", 100000 / 4, &n);
    r = expect_accept(s, n);
    check_offsets(r);
    hs_result_free(r);
    free(s);
}
END_TEST

/* Quotations nested 1,000 deep. */
START_TEST(nested_quotes_1000)
{
    size_t no, nc;
    char *open = repeat("He said \xe2\x80\x9cshe said \xe2\x80\x98", 500, &no);
    char *close = repeat("\xe2\x80\x99 \xe2\x80\x9d", 500, &nc);
    char *s = malloc(no + nc + 16);
    memcpy(s, open, no);
    memcpy(s + no, "yes", 3);
    memcpy(s + no + 3, close, nc);
    memcpy(s + no + 3 + nc, ".\n", 3);
    hs_result *r = expect_accept(s, strlen(s));
    ck_assert_uint_eq(hs_result_chars(r), count_cp(s, strlen(s)));
    check_offsets(r);
    hs_result_free(r);
    free(open);
    free(close);
    free(s);
    /* straight quotes 1000 deep */
    s = repeat("He said \"", 1000, &no);
    r = expect_accept(s, no);
    check_offsets(r);
    hs_result_free(r);
    free(s);
}
END_TEST

/* A 1 MiB token. */
START_TEST(long_token)
{
    size_t n;
    char *s = repeat("a", 1 << 20, &n);
    hs_result *r = expect_accept(s, n);
    ck_assert_uint_eq(hs_result_chars(r), (size_t)1 << 20);
    check_offsets(r);
    hs_result_free(r);
    free(s);
}
END_TEST

/* Only whitespace: accepted, nothing found. */
START_TEST(whitespace_only)
{
    hs_result *r = expect_accept("\n\n \t\r\n", 6);
    ck_assert_uint_eq(hs_result_chars(r), 6);
    ck_assert_uint_eq(hs_result_attribution_count(r), 0);
    hs_result_free(r);
}
END_TEST

/* -------------------------------------------------------- span_text API */

/* hs_result_span_text and the getters clamp out-of-range requests. */
START_TEST(span_text_bounds)
{
    hs_result *r = expect_accept("\xc3\xa9t\xc3\xa9", 5);   /* "été" */
    char buf[8];
    /* truncation never cuts a code point */
    ck_assert_uint_eq(hs_result_span_text(r, (hs_span){ 0, 3 }, buf, 2), 5);
    ck_assert_str_eq(buf, "");
    ck_assert_uint_eq(hs_result_span_text(r, (hs_span){ 0, 3 }, buf, 4), 5);
    ck_assert_str_eq(buf, "\xc3\xa9t");
    /* out-of-range spans are clamped, not read past */
    ck_assert_uint_eq(hs_result_span_text(r, (hs_span){ 2, 99 }, buf, 8), 2);
    ck_assert_str_eq(buf, "\xc3\xa9");
    ck_assert_uint_eq(hs_result_span_text(r, (hs_span){ 5, 1 }, buf, 8), 0);
    ck_assert_str_eq(buf, "");
    ck_assert_ptr_null(hs_result_attribution(r, 99));
    ck_assert_ptr_null(hs_result_entity(r, 99));
    ck_assert_ptr_null(hs_result_entity_by_id(r, 0));
    ck_assert_ptr_null(hs_result_entity_by_id(r, -1));
    hs_result_free(r);
}
END_TEST

/* Every test above, in one suite. */
static Suite *make_suite(void)
{
    Suite *s = suite_create("badinput");
    TCase *u = tcase_create("utf8");
    tcase_add_test(u, utf8_lone_continuation);
    tcase_add_test(u, utf8_overlong);
    tcase_add_test(u, utf8_surrogates);
    tcase_add_test(u, utf8_truncated);
    tcase_add_test(u, utf8_bytes_f5_ff);
    tcase_add_test(u, utf8_first_error_reported);
    suite_add_tcase(s, u);
    TCase *r = tcase_create("rejected");
    tcase_add_test(r, nul_bytes);
    tcase_add_test(r, empty_input);
    tcase_add_test(r, bad_arguments);
    tcase_add_test(r, size_limit);
    suite_add_tcase(s, r);
    TCase *a = tcase_create("accepted");
    tcase_set_timeout(a, 60);
    tcase_add_test(a, bom_is_code_point_zero);
    tcase_add_test(a, crlf_line_ends);
    tcase_add_test(a, lone_cr_line_ends);
    tcase_add_test(a, unbalanced_quotes_100k);
    tcase_add_test(a, nested_quotes_1000);
    tcase_add_test(a, long_token);
    tcase_add_test(a, whitespace_only);
    tcase_add_test(a, span_text_bounds);
    tcase_add_test(a, min_confidence_range);
    suite_add_tcase(s, a);
    return s;
}

HS_TEST_MAIN()
