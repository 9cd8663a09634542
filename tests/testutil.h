/*
 * testutil.h -- shared set-up for the Check unit tests.
 *
 * Each tests/test_*.c defines `static Suite *make_suite(void)` and ends with
 * HS_TEST_MAIN(); one engine per process is created lazily by test_engine().
 */
#ifndef HS_TESTUTIL_H
#define HS_TESTUTIL_H

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "hearsay.h"

/* The process-wide engine the tests share (created on first use). */
static hs_engine *test_engine_instance;
static inline const hs_engine *test_engine(void)
{
    if (!test_engine_instance) {
        hs_error err;
        test_engine_instance = hs_engine_new(NULL, &err);
        if (!test_engine_instance) {
            fprintf(stderr, "engine: %s\n", err.message);
            abort();
        }
    }
    return test_engine_instance;
}

/* Run `text` through the engine; the caller frees the result. */
static inline hs_result *test_extract(const char *text)
{
    hs_error err;
    hs_result *r = hs_extract(test_engine(), text, strlen(text), "test", &err);
    if (!r)
        fprintf(stderr, "extract: %s\n", err.message);
    return r;
}

#define HS_TEST_MAIN()                                                   \
    int main(void)                                                       \
    {                                                                    \
        SRunner *sr = srunner_create(make_suite());                      \
        srunner_set_fork_status(sr, CK_NOFORK);                          \
        srunner_run_all(sr, CK_NORMAL);                                  \
        int failed = srunner_ntests_failed(sr);                          \
        srunner_free(sr);                                                \
        hs_engine_free(test_engine_instance);                            \
        return failed ? EXIT_FAILURE : EXIT_SUCCESS;                     \
    }

#endif
