/*
 * util.c -- small helpers every stage uses: growable arrays, errors, the
 * tagset name tables.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Grow an array to hold at least `need` elements of `size` bytes,
 * doubling, so that appends are amortised O(1). */
bool hs_grow(void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / size)
            return false;
        ncap *= 2;
    }
    void *p = realloc(*arr, ncap * size);
    if (!p)
        return false;
    *arr = p;
    *cap = ncap;
    return true;
}

/* Fill err (if not NULL) with a code and a one-line message. */
void hs_set_error(hs_error *err, hs_code code, size_t byte_offset,
                  const char *fmt, ...)
{
    if (!err)
        return;
    err->code = code;
    err->byte_offset = byte_offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    for (char *p = err->message; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
}

#define HS_X_NAME(name, str) str,
const char *const hs_pos_names[HS_POS_COUNT] = { HS_POS_LIST(HS_X_NAME) };
const char *const hs_dep_names[HS_DEP_COUNT] = { HS_DEP_LIST(HS_X_NAME) };
#undef HS_X_NAME

/* Tag id of a CoreNLP part-of-speech name; HS_POS_NONE if unknown. */
int hs_pos_from_name(const char *name)
{
    for (int i = 1; i < HS_POS_COUNT; i++)
        if (strcmp(hs_pos_names[i], name) == 0)
            return i;
    return HS_POS_NONE;
}

/* Relation id of a UD v1 label; HS_DEP_NONE if unknown. */
int hs_dep_from_name(const char *name)
{
    for (int i = 1; i < HS_DEP_COUNT; i++)
        if (strcmp(hs_dep_names[i], name) == 0)
            return i;
    return HS_DEP_NONE;
}
