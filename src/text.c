/*
 * text.c -- stage 0: accept the input bytes.
 *
 * The input must be valid UTF-8 without NUL bytes; anything else is
 * rejected with the byte offset of the first bad byte, never repaired
 * silently (a repaired text would shift every offset a user checks).  The
 * stage copies the text and builds the code-point -> byte map that every
 * later offset conversion uses.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "internal.h"

/* Length of the longest prefix of s[0..len) that is valid UTF-8: len when
 * all of it is, else the offset of the first bad sequence.  For strings
 * hs_text_load() validates document text with it; JSON output, a
 * document id taken from a file name. */
size_t hs_utf8_valid_prefix(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (k < 0)
            break;
        i += (size_t)k;
    }
    return i;
}

/* Validate and copy `len` bytes into d; build d->byte_of_cp. */
int hs_text_load(hs_doc *d, const char *text, size_t len, hs_error *err)
{
    const hs_engine *eng = d->eng;
    if (len > eng->max_doc_bytes) {
        hs_set_error(err, HS_ERR_TOO_BIG, 0,
                     "document is %zu bytes, over the limit of %zu bytes",
                     len, eng->max_doc_bytes);
        return -1;
    }
    if (len == 0) {
        hs_set_error(err, HS_ERR_EMPTY, 0, "document is empty");
        return -1;
    }
    /* Pass 1: validate, reporting whichever comes first, a NUL byte (valid
     * UTF-8, but no text) or a bad sequence; count code points. */
    size_t good = hs_utf8_valid_prefix(text, len);
    const char *nul = memchr(text, '\0', good);
    if (nul) {
        size_t i = (size_t)(nul - text);
        hs_set_error(err, HS_ERR_NUL, i, "NUL byte at byte %zu", i);
        return -1;
    }
    if (good < len) {
        hs_set_error(err, HS_ERR_UTF8, good, "invalid UTF-8 at byte %zu (0x%02x)", good,
                     (unsigned)(unsigned char)text[good]);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)text[i] & 0xC0) != 0x80;
    if (n >= UINT32_MAX || len >= UINT32_MAX) {
        hs_set_error(err, HS_ERR_TOO_BIG, 0, "document too large");
        return -1;
    }
    d->text = malloc(len + 1);
    d->byte_of_cp = malloc((n + 1) * sizeof *d->byte_of_cp);
    if (!d->text || !d->byte_of_cp) {
        hs_set_error(err, HS_ERR_NOMEM, 0, "out of memory");
        return -1;
    }
    memcpy(d->text, text, len);
    d->text[len] = '\0';
    d->len = len;
    d->nchars = n;
    /* Pass 2: code point -> byte map (lead bytes are the non-10xxxxxx). */
    size_t c = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            d->byte_of_cp[c++] = (uint32_t)i;
    d->byte_of_cp[n] = (uint32_t)len;
    return 0;
}
