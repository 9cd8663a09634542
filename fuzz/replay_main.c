/*
 * replay_main.c -- run a fuzz target over files without libFuzzer.
 *
 * The idea: every input a fuzzer ever crashed on is kept under
 * fuzz/regressions/<harness>/ and must stay fixed.  Linking a harness with
 * this main instead of libFuzzer gives a plain program (any C compiler,
 * with or without sanitizers) that feeds each file named on the command
 * line, or each file of a named directory, to LLVMFuzzerTestOneInput with
 * all the harness's invariants; `make check` runs it via
 * tests/cli/fuzz-regressions.sh.  Exit status 0 when every input passed
 * (a violated invariant aborts).
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Read a whole file and run the target on it; returns 0 or -1. */
static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    size_t cap = 1 << 16, n = 0, k;
    uint8_t *buf = malloc(cap);
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            uint8_t *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "%s: out of memory\n", path);
        return -1;
    }
    fprintf(stderr, "replay: %s (%zu bytes)\n", path, n);
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    return 0;
}

/* Replay a file, or every regular file directly in a directory. */
static int replay_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return replay_file(path);
    struct dirent **ents;
    int n = scandir(path, &ents, NULL, alphasort), rc = 0;
    if (n < 0) {
        perror(path);
        return -1;
    }
    for (int i = 0; i < n; i++) {
        if (ents[i]->d_name[0] != '.') {
            size_t len = strlen(path) + strlen(ents[i]->d_name) + 2;
            char *p = malloc(len);
            if (p) {
                snprintf(p, len, "%s/%s", path, ents[i]->d_name);
                if (stat(p, &st) == 0 && S_ISREG(st.st_mode) && replay_file(p))
                    rc = -1;
                free(p);
            }
        }
        free(ents[i]);
    }
    free(ents);
    return rc;
}

/* Replay every argument. */
int main(int argc, char **argv)
{
    int rc = 0;
    LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++)
        if (replay_path(argv[i]))
            rc = 1;
    return rc;
}
