/* fuzz.c: helpers of the fuzz targets (see fuzz.h). */
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/diag.h"
#include "io/out.h"
#include "fuzz.h"

/* As main() does: GSL errors are return codes; no warnings printed. */
void
fuzz_init(void)
{
	gsl_set_error_handler_off();
	diag_warner = NULL;
	diag_progname = "fuzz";
}

int
fuzz_file(const uint8_t *data, size_t size, char *path, size_t pathsz)
{
	int fd = memfd_create("fuzz", 0);
	size_t done = 0;
	ssize_t w;

	if (fd < 0)
		abort();
	while (done < size) {
		if ((w = write(fd, data + done, size - done)) <= 0)
			abort();
		done += (size_t)w;
	}
	snprintf(path, pathsz, "/proc/self/fd/%d", fd);
	return fd;
}

void
fuzz_close(int fd)
{
	close(fd);
}

unsigned
fuzz_byte(const uint8_t **data, size_t *size)
{
	unsigned b;

	if (*size == 0)
		return 0;
	b = **data;
	(*data)++;
	(*size)--;
	return b;
}

struct frame *
fuzz_frame(const uint8_t *data, size_t size, unsigned opts)
{
	static const unsigned char delims[] = { ',', ';', '\t', '|' };
	struct frame_opts o;
	struct frame *f = NULL;
	struct diag d;
	char path[64], *files[1] = { path };
	int fd;

	memset(&o, 0, sizeof(o));
	o.delim = delims[opts & 3];
	o.no_header = (opts >> 2) & 1;
	o.na = (opts >> 3) & 1 ? "NA,-,x" : NULL;
	fd = fuzz_file(data, size, path, sizeof(path));
	if (frame_read(1, files, &o, &f, &d) != 0) {
		char buf[1024];

		diag_format(&d, buf, sizeof(buf));
		f = NULL;
	}
	fuzz_close(fd);
	return f;
}

const char fuzz_fixed_csv[] =
    "mpg,cyl,wt,hp,am,name\n"
    "21,6,2.62,110,1,Mazda RX4\n"
    "21,6,2.875,110,1,Mazda RX4 Wag\n"
    "22.8,4,2.32,93,1,Datsun 710\n"
    "21.4,6,3.215,110,0,Hornet 4 Drive\n"
    "18.7,8,3.44,175,0,Hornet Sportabout\n"
    "18.1,6,3.46,105,0,Valiant\n"
    "14.3,8,3.57,245,0,Duster 360\n"
    "24.4,4,3.19,62,0,Merc 240D\n"
    "22.8,4,3.15,95,0,Merc 230\n"
    "19.2,6,3.44,123,0,Merc 280\n";

struct frame *
fuzz_fixed_frame(void)
{
	return fuzz_frame((const uint8_t *)fuzz_fixed_csv,
	    sizeof(fuzz_fixed_csv) - 1, 0);
}

void
fuzz_write(struct out_table *t, unsigned opts)
{
	static const enum out_format fmt[] = { OUT_CSV, OUT_TSV, OUT_TABLE,
	    OUT_JSON, OUT_MARKDOWN };
	struct out_opts o = { .digits = (int)(opts % 18),
	    .threads = (int)(opts / 18 % 3) + 1 };
	FILE *null = fopen("/dev/null", "w");
	size_t i;

	if (null == NULL)
		abort();
	for (i = 0; i < sizeof(fmt) / sizeof(fmt[0]); i++) {
		o.format = fmt[i];
		out_write(null, t, &o);
	}
	fclose(null);
	out_free(t);
}
