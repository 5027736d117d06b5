/*
 * plotrun: the runner: gnuplot as a child process on a finished script,
 * its picture put where it belongs only when it succeeded, its first
 * error made one line.  No pipe joins us to gnuplot (the script, the
 * picture and its messages are temporary files), so no SIGPIPE can reach
 * us and no deadlock can happen.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "plot/plotrun.h"

/* Copy the rest of in to out; 0, or -1 with errno set. */
static int
copy(FILE *in, FILE *out)
{
	char buf[65536];
	size_t n;

	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			return -1;
	if (ferror(in))
		return -1;
	return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}

/*
 * gnuplot's first error as one line: `"/dev/stdin" line 3: unknown ...`
 * becomes `line 3: unknown ...`; warnings are passed over.  Control bytes
 * are shown as '?'.  Without an error line, the first line that is not
 * blank.
 */
static void
first_error(FILE *err, char *msg, size_t size)
{
	char line[1024], *p, *q;
	int have = 0;

	msg[0] = '\0';
	rewind(err);
	while (fgets(line, sizeof(line), err) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		p = strstr(line, "\" line ");
		if (p != NULL && strstr(p, ": warning:") == NULL) {
			snprintf(msg, size, "%.480s", p + 2);
			break;
		}
		if (!have && line[strspn(line, " \t^")] != '\0') {
			snprintf(msg, size, "%.480s", line);
			have = 1;
		}
	}
	for (q = msg; *q != '\0'; q++)
		if ((unsigned char)*q < 0x20 || *q == 0x7f)
			*q = '?';
}

/* gnuplot's warnings of a run that succeeded, one warning each. */
static void
warnings(FILE *err)
{
	char line[1024], *p, *q;

	rewind(err);
	while (fgets(line, sizeof(line), err) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if ((p = strstr(line, "\" line ")) == NULL ||
		    strstr(p, ": warning:") == NULL)
			continue;
		for (q = p; *q != '\0'; q++)
			if ((unsigned char)*q < 0x20 || *q == 0x7f)
				*q = '?';
		diag_warn("gnuplot: %s", p + 2);
	}
}

/* Run gnuplot: stdin the script, stdout pic, stderr err.  Its status. */
static int
run(FILE *script, int pic, FILE *err, struct diag *d)
{
	pid_t pid;
	int st;

	fflush(NULL);
	if ((pid = fork()) == -1)
		return diag_set(d, STATUS_DATA, "cannot run gnuplot: %s",
		    strerror(errno));
	if (pid == 0) {
		/* a file, not an interactive stdin: the first error ends
		 * the run, so a failed script draws nothing */
		if (dup2(fileno(script), 0) == -1 || dup2(pic, 1) == -1 ||
		    dup2(fileno(err), 2) == -1)
			_exit(126);
		execlp("gnuplot", "gnuplot", "/dev/stdin", (char *)NULL);
		_exit(127);
	}
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR)
			return diag_set(d, STATUS_DATA, "cannot run gnuplot: "
			    "%s", strerror(errno));
	if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
		return 0;
	if (WIFEXITED(st) && WEXITSTATUS(st) == 127)
		return diag_set(d, STATUS_DATA, "gnuplot not found: install "
		    "gnuplot (Debian: gnuplot-nox) or put it on PATH");
	if (WIFSIGNALED(st))
		return diag_set(d, STATUS_DATA, "gnuplot killed by signal %d",
		    WTERMSIG(st));
	{
		char msg[512];

		first_error(err, msg, sizeof(msg));
		if (msg[0] == '\0')
			return diag_set(d, STATUS_DATA, "gnuplot failed (exit "
			    "status %d)", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
		return diag_set(d, STATUS_DATA, "gnuplot: %s", msg);
	}
}

/*
 * A temporary file beside path ("path.XXXXXX", mode as a new file gets),
 * so that rename() replaces path in one step; -1 if the folder refuses.
 */
static int
beside(const char *path, char **tmp)
{
	mode_t mask;
	int fd;

	*tmp = xmalloc(strlen(path) + 8);
	sprintf(*tmp, "%s.XXXXXX", path);
	if ((fd = mkstemp(*tmp)) == -1) {
		free(*tmp);
		*tmp = NULL;
		return -1;
	}
	mask = umask(0);
	umask(mask);
	(void)fchmod(fd, 0666 & ~mask);
	return fd;
}

int
plotrun_gnuplot(const char *script, size_t len, const char *output, FILE *out,
    struct diag *d)
{
	FILE *sf = tmpfile(), *err = tmpfile(), *pic = NULL, *to;
	struct stat sb;
	char *tmp = NULL;
	int fd = -1, rc = -1;

	if (sf == NULL || err == NULL ||
	    fwrite(script, 1, len, sf) != len || fflush(sf) != 0) {
		diag_set(d, STATUS_DATA, "cannot write a temporary file: %s",
		    strerror(errno));
		goto done;
	}
	rewind(sf);
	/* a regular (or new) file: a temporary beside it, renamed; stdout,
	 * a device or a FIFO: a temporary copied there afterwards */
	if (output != NULL && (stat(output, &sb) != 0 || S_ISREG(sb.st_mode)))
		fd = beside(output, &tmp);
	if (fd == -1 && (pic = tmpfile()) == NULL) {
		diag_set(d, STATUS_DATA, "cannot write a temporary file: %s",
		    strerror(errno));
		goto done;
	}
	if (run(sf, fd != -1 ? fd : fileno(pic), err, d) != 0)
		goto done;
	warnings(err);
	if (tmp != NULL) {
		if (close(fd) != 0 || rename(tmp, output) != 0) {
			fd = -1;
			diag_set(d, STATUS_DATA, "%s: %s", output,
			    strerror(errno));
			goto done;
		}
		fd = -1;
		free(tmp);
		tmp = NULL;
		rc = 0;
		goto done;
	}
	rewind(pic);
	if (output == NULL)
		to = out;
	else if ((to = fopen(output, "w")) == NULL) {
		diag_set(d, STATUS_DATA, "%s: %s", output, strerror(errno));
		goto done;
	}
	if (copy(pic, to) != 0)
		diag_set(d, STATUS_DATA, "%s: %s", output != NULL ? output :
		    "standard output", strerror(errno));
	else
		rc = 0;
	if (to != out && fclose(to) != 0 && rc == 0)
		rc = diag_set(d, STATUS_DATA, "%s: %s", output,
		    strerror(errno));
done:
	if (fd != -1)
		close(fd);
	if (tmp != NULL) {
		unlink(tmp);
		free(tmp);
	}
	if (pic != NULL)
		fclose(pic);
	if (sf != NULL)
		fclose(sf);
	if (err != NULL)
		fclose(err);
	return rc;
}
