/*
 * commands.h -- the subcommands of the hearsay CLI (one file each).
 */
#ifndef HS_COMMANDS_H
#define HS_COMMANDS_H

/* Each takes the arguments after the subcommand name (argv[0] is the
 * subcommand) and returns the process exit status: 0 ok, 1 usage,
 * 2 some input failed. */
int hs_cmd_extract(int argc, char **argv);
int hs_cmd_demo(int argc, char **argv);
int hs_cmd_eval(int argc, char **argv);

/* Read a --min-confidence value, a number from 0 to 1, into *out;
 * returns 0, or -1 when s is no such number.  main.c */
int hs_parse_confidence(const char *s, double *out);

#endif
