/*
 * tree.h -- a read-only view of the dependency trees of a document.
 *
 * parse.c stores one head per token; attribution needs the other
 * direction: the children of a token in text order and the token range of
 * its subtree.  hs_tree_build() computes both for the whole document in
 * linear time.
 */
#ifndef HS_TREE_H
#define HS_TREE_H

#include "internal.h"

typedef struct hs_tree {
    int32_t *first_child, *next_sib;   /* children in token order */
    int32_t *left, *right;             /* subtree token range [left,right] */
} hs_tree;

/* Build the view of d's trees; false on allocation failure (t is then
 * safe to free). */
bool hs_tree_build(hs_tree *t, const hs_doc *d);
void hs_tree_free(hs_tree *t);

/* First child of h with relation rel, or -1. */
int32_t hs_tree_child(const hs_tree *t, const hs_doc *d, int32_t h, int rel);

#define HS_FOR_CHILDREN(t, h, k) \
    for (int32_t k = (t)->first_child[h]; k >= 0; k = (t)->next_sib[k])

#endif
