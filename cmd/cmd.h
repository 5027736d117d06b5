/*
 * The subcommands.  To add one: write cmd/NAME.c with cmd_NAME(), declare
 * it here, add a row to cmds[] in main.c, and write man/statpipe-NAME.1
 * (the Makefile builds every cmd/ *.c file).
 */
#ifndef CMD_H
#define CMD_H

int	cmd_anova(int, char **);
int	cmd_boot(int, char **);
int	cmd_chisq(int, char **);
int	cmd_corr(int, char **);
int	cmd_describe(int, char **);
int	cmd_dist(int, char **);
int	cmd_fit(int, char **);
int	cmd_groupby(int, char **);
int	cmd_kstest(int, char **);
int	cmd_normtest(int, char **);
int	cmd_padjust(int, char **);
int	cmd_pairwise(int, char **);
int	cmd_permtest(int, char **);
int	cmd_plot(int, char **);
int	cmd_power(int, char **);
int	cmd_predict(int, char **);
int	cmd_prop(int, char **);
int	cmd_ranktest(int, char **);
int	cmd_regress(int, char **);
int	cmd_ttest(int, char **);
int	cmd_vartest(int, char **);
int	cmd_ztest(int, char **);

#endif
