/*
 * test_render.c -- the JSON renderer (src/render_json.c) on real text.
 *
 * hs_write_json streams a document's object piece by piece, writing its
 * structure itself and only the values through jansson, rather than
 * dumping one tree, so these tests check what a reader of the output
 * relies on: one valid JSON object per line, the schema's keys in order,
 * every "text" equal to input[begin:end], the confidence in its short
 * form, and a write error or a failed allocation reported rather than
 * swallowed.
 */
#include <stdio.h>

#include <jansson.h>

#include "testutil.h"

/* The seed article, the engine's own embedded copy. */
static hs_result *seed_result(void)
{
    size_t len;
    const char *text = hs_demo_text(&len);
    hs_error err;
    hs_result *r = hs_extract(test_engine(), text, len, "bucha-china", &err);
    ck_assert_msg(r != NULL, "extract: %s", err.message);
    return r;
}

/* hs_write_json's output for r, NUL-terminated; the caller frees it. */
static char *render(const hs_result *r)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    hs_error err;
    ck_assert_int_eq(hs_write_json(r, f, &err), 0);
    ck_assert_int_eq(fclose(f), 0);
    return buf;
}

/* Code points [begin, end) of UTF-8 s, in a new string. */
static char *cp_slice(const char *s, json_int_t begin, json_int_t end)
{
    const char *p = s, *b = NULL;
    json_int_t i = 0;
    for (;; p++) {
        if ((*p & 0xC0) == 0x80)
            continue;
        if (i == begin)
            b = p;
        if (i == end || !*p)
            break;
        i++;
    }
    ck_assert_int_eq(i, end);
    return strndup(b, (size_t)(p - b));
}

/* span's "text" is input[begin:end]. */
static void check_span(const char *input, json_t *span)
{
    json_int_t b = json_integer_value(json_object_get(span, "begin"));
    json_int_t e = json_integer_value(json_object_get(span, "end"));
    char *want = cp_slice(input, b, e);
    ck_assert_str_eq(json_string_value(json_object_get(span, "text")), want);
    free(want);
}

/* One line, one object, keys in the schema's order, and the same bytes as
 * jansson's own dump of the parsed tree: the streamed frame is exactly
 * what a whole-document dump would give. */
START_TEST(seed_is_one_canonical_json_line)
{
    hs_result *r = seed_result();
    char *out = render(r);
    size_t n = strlen(out);
    ck_assert_uint_gt(n, 1000);
    ck_assert_int_eq(out[n - 1], '\n');
    ck_assert_ptr_eq(strchr(out, '\n'), out + n - 1);

    json_error_t jerr;
    json_t *doc = json_loads(out, 0, &jerr);
    ck_assert_msg(doc != NULL, "invalid JSON: %s at %d", jerr.text, jerr.position);
    const char *keys[] = { "hearsay", "doc", "chars", "attributions", "entities" };
    void *it = json_object_iter(doc);
    for (size_t k = 0; k < 5; k++, it = json_object_iter_next(doc, it)) {
        ck_assert_ptr_nonnull(it);
        ck_assert_str_eq(json_object_iter_key(it), keys[k]);
    }
    ck_assert_ptr_null(it);
    ck_assert_int_eq(json_integer_value(json_object_get(doc, "hearsay")), HS_SCHEMA_VERSION);
    ck_assert_str_eq(json_string_value(json_object_get(doc, "doc")), "bucha-china");
    ck_assert_uint_eq(json_array_size(json_object_get(doc, "attributions")),
                      hs_result_attribution_count(r));
    ck_assert_uint_eq(json_array_size(json_object_get(doc, "entities")),
                      hs_result_entity_count(r));

    char *again = json_dumps(doc, JSON_COMPACT | JSON_REAL_PRECISION(15));
    ck_assert_ptr_nonnull(again);
    ck_assert_uint_eq(strlen(again), n - 1);
    ck_assert_int_eq(memcmp(again, out, n - 1), 0);
    free(again);
    json_decref(doc);
    free(out);
    hs_result_free(r);
}
END_TEST

/* Every span's text is the input's code points [begin, end), and the
 * confidence reads as the two-decimal probability it is. */
START_TEST(seed_spans_point_into_the_input)
{
    size_t len;
    const char *input = hs_demo_text(&len);
    hs_result *r = seed_result();
    char *out = render(r);
    ck_assert_ptr_null(strstr(out, "00000"));
    ck_assert_ptr_null(strstr(out, "99999"));
    json_t *doc = json_loads(out, 0, NULL);
    ck_assert_ptr_nonnull(doc);
    size_t i;
    json_t *a;
    json_array_foreach(json_object_get(doc, "attributions"), i, a) {
        const hs_attribution *want = hs_result_attribution(r, i);
        ck_assert_int_eq(json_integer_value(json_object_get(a, "id")), want->id);
        check_span(input, json_object_get(a, "content"));
        if (json_is_object(json_object_get(a, "cue")))
            check_span(input, json_object_get(a, "cue"));
        if (json_is_object(json_object_get(a, "source")))
            check_span(input, json_object_get(a, "source"));
        double c = json_real_value(json_object_get(a, "confidence"));
        ck_assert(c > 0 && c <= 1);
        ck_assert_double_eq_tol(c * 100, (double)(int)(c * 100 + 0.5), 1e-9);
    }
    /* the reference article's first direct quotation */
    ck_assert_ptr_nonnull(strstr(out, "\"lemma\":\"say\""));
    json_decref(doc);
    free(out);
    hs_result_free(r);
}
END_TEST

/* A text without attributions still gives the whole frame. */
START_TEST(no_attributions_gives_empty_arrays)
{
    hs_result *r = test_extract("The river rose two metres overnight.");
    ck_assert_ptr_nonnull(r);
    char *out = render(r);
    ck_assert_str_eq(out, "{\"hearsay\":1,\"doc\":\"test\",\"chars\":36,"
                          "\"attributions\":[],\"entities\":[]}\n");
    free(out);
    hs_result_free(r);
}
END_TEST

/* Quotes, backslashes and control characters in the input and the id are
 * escaped, so the line stays valid JSON. */
START_TEST(escapes_text_and_id)
{
    const char *text = "\"We will \\ never\tleave,\" said Ana\x01 Ruiz, the mayor.";
    hs_error err;
    hs_result *r = hs_extract(test_engine(), text, strlen(text), "a\"b\n", &err);
    ck_assert_ptr_nonnull(r);
    char *out = render(r);
    ck_assert_ptr_eq(strchr(out, '\n'), out + strlen(out) - 1);
    json_t *doc = json_loads(out, 0, NULL);
    ck_assert_ptr_nonnull(doc);
    ck_assert_str_eq(json_string_value(json_object_get(doc, "doc")), "a\"b\n");
    json_t *atts = json_object_get(doc, "attributions");
    ck_assert_uint_eq(json_array_size(atts), 1);
    check_span(text, json_object_get(json_array_get(atts, 0), "content"));
    check_span(text, json_object_get(json_array_get(atts, 0), "source"));
    json_decref(doc);
    free(out);
    hs_result_free(r);
}
END_TEST

/* An id that is not UTF-8 (a Latin-1 file name) cannot be written as a
 * JSON string: an HS_ERR_UTF8 error, and nothing written. */
START_TEST(id_not_utf8_is_an_error)
{
    const char *text = "\"We will stay,\" said Ana Ruiz, the mayor.";
    hs_error err = { 0 };
    hs_result *r = hs_extract(test_engine(), text, strlen(text), "caf\xe9-report", &err);
    ck_assert_ptr_nonnull(r);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(hs_write_json(r, f, &err), -1);
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_uint_eq(len, 0);
    ck_assert_int_eq(err.code, HS_ERR_UTF8);
    ck_assert_str_eq(err.message, "document id is not valid UTF-8 (byte 3 of it, 0xe9), "
                                  "and JSON holds only UTF-8");
    free(buf);
    hs_result_free(r);
}
END_TEST

/* A stream that cannot be written is an HS_ERR_IO error, not a silent
 * loss. */
START_TEST(unwritable_stream_is_an_error)
{
    hs_result *r = seed_result();
    FILE *f = fopen("/dev/null", "r");
    ck_assert_ptr_nonnull(f);
    hs_error err = { 0 };
    ck_assert_int_eq(hs_write_json(r, f, &err), -1);
    ck_assert_int_eq(err.code, HS_ERR_IO);
    ck_assert_str_eq(err.message, "write failed");
    fclose(f);
    hs_result_free(r);
}
END_TEST

/* jansson's n-th allocation fails, the others succeed
 * (json_set_alloc_funcs is process-wide; this test process is
 * single-threaded). */
static long alloc_count, alloc_fail_at;
static void *failing_malloc(size_t n)
{
    return alloc_count++ == alloc_fail_at ? NULL : malloc(n);
}

/* Whichever one of jansson's allocations fails, hs_write_json either
 * writes the whole document, byte for byte the same, or says it ran out
 * of memory: never a line with a key left out. */
START_TEST(out_of_memory_is_reported_never_partial)
{
    hs_result *r = seed_result();
    char *want = render(r);
    long failed = 0;
    for (alloc_fail_at = 0;; alloc_fail_at++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        ck_assert_ptr_nonnull(f);
        hs_error err = { 0 };
        alloc_count = 0;
        json_set_alloc_funcs(failing_malloc, free);
        int rc = hs_write_json(r, f, &err);
        json_set_alloc_funcs(malloc, free);
        ck_assert_int_eq(fclose(f), 0);
        if (rc == 0) {
            ck_assert_msg(strcmp(buf, want) == 0,
                          "allocation %ld failed: written, but not the whole output",
                          alloc_fail_at);
        } else {
            ck_assert_int_eq(rc, -1);
            ck_assert_int_eq(err.code, HS_ERR_NOMEM);
            ck_assert_str_eq(err.message, "out of memory writing JSON");
            failed++;
        }
        free(buf);
        if (alloc_count <= alloc_fail_at)
            break;                          /* no allocation failed */
    }
    ck_assert_int_gt(failed, 100);          /* the seed needs hundreds */
    free(want);
    hs_result_free(r);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("render");
    TCase *tc = tcase_create("json");
    tcase_add_test(tc, seed_is_one_canonical_json_line);
    tcase_add_test(tc, seed_spans_point_into_the_input);
    tcase_add_test(tc, no_attributions_gives_empty_arrays);
    tcase_add_test(tc, escapes_text_and_id);
    tcase_add_test(tc, unwritable_stream_is_an_error);
    tcase_add_test(tc, id_not_utf8_is_an_error);
    tcase_add_test(tc, out_of_memory_is_reported_never_partial);
    suite_add_tcase(s, tc);
    return s;
}

HS_TEST_MAIN()
