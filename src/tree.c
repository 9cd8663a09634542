/*
 * tree.c -- child lists and subtree ranges of the dependency trees
 * (see tree.h).
 */
#include <stdlib.h>

#include "tree.h"

/* Build child lists and subtree ranges for the whole document.  Subtree
 * ranges are computed bottom-up in order of decreasing depth, so the work
 * is linear even for deep trees. */
bool hs_tree_build(hs_tree *c, const hs_doc *d)
{
    size_t n = d->ntoks;
    c->first_child = malloc(n * sizeof(int32_t));
    c->next_sib = malloc(n * sizeof(int32_t));
    c->left = malloc(n * sizeof(int32_t));
    c->right = malloc(n * sizeof(int32_t));
    int32_t *depth = malloc(n * sizeof(int32_t));
    int32_t *order = malloc(n * sizeof(int32_t));
    size_t *count = NULL;
    if (!c->first_child || !c->next_sib || !c->left || !c->right ||
        !depth || !order)
        goto fail;
    int32_t maxdepth = 0;
    for (size_t i = 0; i < n; i++) {
        c->first_child[i] = c->next_sib[i] = -1;
        c->left[i] = c->right[i] = (int32_t)i;
        depth[i] = -1;
    }
    /* children in token order: prepend while walking backwards */
    for (size_t k = n; k-- > 0;) {
        int32_t h = d->toks[k].head;
        if (h >= 0 && (size_t)h < n && h != (int32_t)k) {
            c->next_sib[k] = c->first_child[h];
            c->first_child[h] = (int32_t)k;
        }
    }
    /* depths: walk up until a known depth (iterative, with a guard) */
    for (size_t i = 0; i < n; i++) {
        if (depth[i] >= 0)
            continue;
        int32_t path = 0, j = (int32_t)i;
        while (j >= 0 && (size_t)j < n && depth[j] < 0 && path <= (int32_t)n) {
            order[path++] = j;
            int32_t h = d->toks[j].head;
            j = (h == j) ? -1 : h;
        }
        int32_t base = (j >= 0 && (size_t)j < n && depth[j] >= 0) ? depth[j] + 1 : 0;
        while (path-- > 0) {
            depth[order[path]] = base++;
            if (base > maxdepth)
                maxdepth = base;
        }
    }
    /* counting sort by depth, deepest first; push ranges to heads */
    count = calloc((size_t)maxdepth + 2, sizeof *count);
    if (!count)
        goto fail;
    for (size_t i = 0; i < n; i++)
        count[depth[i]]++;
    size_t pos = 0;
    for (int32_t dd = maxdepth + 1; dd-- > 0;) {
        size_t k = count[dd];
        count[dd] = pos;
        pos += k;
    }
    for (size_t i = 0; i < n; i++)
        order[count[depth[i]]++] = (int32_t)i;
    for (size_t k = 0; k < n; k++) {
        int32_t i = order[k], h = d->toks[i].head;
        if (h < 0 || (size_t)h >= n || h == i)
            continue;
        if (c->left[i] < c->left[h])
            c->left[h] = c->left[i];
        if (c->right[i] > c->right[h])
            c->right[h] = c->right[i];
    }
    free(count);
    free(depth);
    free(order);
    return true;
fail:
    free(count);
    free(depth);
    free(order);
    return false;
}

void hs_tree_free(hs_tree *t)
{
    free(t->first_child);
    free(t->next_sib);
    free(t->left);
    free(t->right);
    t->first_child = t->next_sib = t->left = t->right = NULL;
}

int32_t hs_tree_child(const hs_tree *t, const hs_doc *d, int32_t h, int rel)
{
    HS_FOR_CHILDREN(t, h, k)
        if (d->toks[k].deprel == rel)
            return k;
    return -1;
}
