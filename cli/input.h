/*
 * input.h -- where documents come from: files, stdin, JSON Lines.
 *
 * A source yields one document at a time, so a stream of any length is
 * read with memory bounded by the largest document.  A document that
 * cannot be read (missing file, directory, over the size limit, bad JSON
 * line) is still yielded, with `error` set, so the caller reports it in
 * order and goes on with the next.
 */
#ifndef HS_CLI_INPUT_H
#define HS_CLI_INPUT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *name;     /* for messages: path, "stdin", "stdin:LINE" */
    char *id;       /* document id: file name without .txt, or JSON "id" */
    char *text;     /* bytes (not validated here), NULL on error */
    size_t len;
    char *error;    /* read error message, or NULL */
} hs_input_doc;

typedef struct hs_source hs_source;

/* Documents from `paths` (stdin when n == 0 or a path is "-"); jsonl: each
 * line is {"id": ..., "text": ...}.  max_bytes bounds one document. */
hs_source *hs_source_new(char **paths, size_t n, bool jsonl, size_t max_bytes);
/* Next document into *doc; false at the end.  Free with hs_input_doc_free. */
bool hs_source_next(hs_source *src, hs_input_doc *doc);
void hs_source_free(hs_source *src);
void hs_input_doc_free(hs_input_doc *doc);

/* "dir/name.txt" -> "name" (malloc'd). */
char *hs_doc_id_from_path(const char *path);

#endif
