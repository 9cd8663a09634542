/*
 * main.c -- the hearsay command: dispatch to a subcommand.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "hearsay.h"

static const char usage[] =
    "usage: hearsay COMMAND [options]\n"
    "\n"
    "hearsay finds who said what, about whom, how, in news text: every\n"
    "direct, mixed and indirect quotation with its cue, source, content,\n"
    "resolved speaker and speech act.\n"
    "\n"
    "commands:\n"
    "  extract [FILE...]   attributions as JSON Lines, brat or text\n"
    "  demo                the reference article, as a table by speaker\n"
    "  eval DIR            score against PolNeAR-style gold (DIR/text,\n"
    "                      DIR/attributions)\n"
    "\n"
    "  hearsay COMMAND --help   options of a command\n"
    "  hearsay --version        version\n";

int hs_parse_confidence(const char *s, double *out)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !isfinite(v) || v < 0 || v > 1)
        return -1;
    *out = v;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 1;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
        strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("hearsay %s (output schema %d)\n", hs_version(), HS_SCHEMA_VERSION);
        return 0;
    }
    if (strcmp(cmd, "extract") == 0)
        return hs_cmd_extract(argc - 1, argv + 1);
    if (strcmp(cmd, "demo") == 0)
        return hs_cmd_demo(argc - 1, argv + 1);
    if (strcmp(cmd, "eval") == 0)
        return hs_cmd_eval(argc - 1, argv + 1);
    fprintf(stderr, "hearsay: unknown command '%s'\n\n%s", cmd, usage);
    return 1;
}
