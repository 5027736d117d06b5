/*
 * replay: run a fuzz target once over every file of its corpus, without
 * libFuzzer (make check builds it with cc and the sanitizers).
 * Usage: replay_TARGET NAME DIR|FILE...; prints "ok - NAME FILE" per input.
 * A crash, a sanitizer report or a leak ends the run with a non-zero status.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "fuzz.h"

static int
replay(const char *name, const char *path)
{
	FILE *fp = fopen(path, "rb");
	uint8_t *buf = NULL, *exact;
	size_t len = 0, cap = 0, n;

	if (fp == NULL) {
		printf("not ok - %s %s: cannot open\n", name, path);
		return 1;
	}
	do {
		if (len == cap) {
			cap = cap ? 2 * cap : 4096;
			buf = xrealloc(buf, cap);
		}
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
	} while (n > 0);
	fclose(fp);
	fflush(stdout);
	/* an exact copy, as libFuzzer gives: a read past the end shows */
	exact = xmalloc(len ? len : 1);
	memcpy(exact, buf, len);
	free(buf);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	printf("ok - %s %s\n", name, path);
	return 0;
}

static int
byname(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int
main(int argc, char **argv)
{
	struct dirent **ent;
	char path[4096];
	int i, j, n, fail = 0;

	if (argc < 3) {
		fprintf(stderr, "usage: replay NAME DIR|FILE...\n");
		return 2;
	}
	for (i = 2; i < argc; i++) {
		if ((n = scandir(argv[i], &ent, NULL, byname)) < 0) {
			fail |= replay(argv[1], argv[i]);
			continue;
		}
		for (j = 0; j < n; j++) {
			if (ent[j]->d_name[0] != '.') {
				snprintf(path, sizeof(path), "%s/%s", argv[i],
				    ent[j]->d_name);
				fail |= replay(argv[1], path);
			}
			free(ent[j]);
		}
		free(ent);
	}
	return fail;
}
