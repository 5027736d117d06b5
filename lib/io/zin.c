/* zin: plain, gzip (zlib) or zstd (libzstd) input, told apart by magic. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "io/zin.h"
#include "core/diag.h"
#include "core/xalloc.h"

enum { ZIN_BUF = 1 << 16 };

struct zin {
	FILE		*fp;
	int		 kind;
	char		*in;		/* compressed bytes read, not yet used */
	size_t		 inpos, inlen;
	int		 eof;		/* fp has no more */
	int		 inframe;	/* a member/frame begun, not ended */
	double		 raw;
	z_stream	 z;
	ZSTD_DStream	*zs;
};

int
zin_kind(const void *head, size_t n)
{
	const unsigned char *h = head;

	if (n >= 2 && h[0] == 0x1f && h[1] == 0x8b)
		return ZIN_GZIP;
	if (n >= 4 && h[0] == 0x28 && h[1] == 0xb5 && h[2] == 0x2f &&
	    h[3] == 0xfd)
		return ZIN_ZSTD;
	return ZIN_PLAIN;
}

/* Refill the input buffer when it is used up: -1 on a read error. */
static int
fill(struct zin *z, struct diag *d)
{
	if (z->inpos < z->inlen || z->eof)
		return 0;
	z->inlen = fread(z->in, 1, ZIN_BUF, z->fp);
	z->inpos = 0;
	z->raw += (double)z->inlen;
	if (z->inlen == 0) {
		if (ferror(z->fp))
			return diag_set(d, STATUS_DATA, "read error: %s",
			    strerror(errno));
		z->eof = 1;
	}
	return 0;
}

struct zin *
zin_open(FILE *fp, struct diag *d)
{
	struct zin *z = xcalloc(1, sizeof(*z));

	z->fp = fp;
	z->in = xmalloc(ZIN_BUF);
	if (fill(z, d) != 0) {
		zin_close(z);
		return NULL;
	}
	z->kind = zin_kind(z->in, z->inlen);
	/* windowBits 15 + 16: gzip members only (zlib's own header is not
	 * a file format anyone hands a CSV reader) */
	if (z->kind == ZIN_GZIP && inflateInit2(&z->z, 15 + 16) != Z_OK) {
		diag_set(d, STATUS_DATA, "cannot start zlib");
		z->kind = ZIN_PLAIN;
		zin_close(z);
		return NULL;
	}
	if (z->kind == ZIN_ZSTD && (z->zs = ZSTD_createDStream()) == NULL) {
		diag_set(d, STATUS_DATA, "cannot start zstd");
		zin_close(z);
		return NULL;
	}
	return z;
}

/* gzip: members one after another are one stream (as gzip -d). */
static long
read_gzip(struct zin *z, char *buf, size_t len, struct diag *d)
{
	z->z.next_out = (Bytef *)buf;
	z->z.avail_out = (uInt)len;
	while (z->z.avail_out == len) {
		int zr;

		if (fill(z, d) != 0)
			return -1;
		if (z->inpos == z->inlen)
			break;
		z->z.next_in = (Bytef *)z->in + z->inpos;
		z->z.avail_in = (uInt)(z->inlen - z->inpos);
		zr = inflate(&z->z, Z_NO_FLUSH);
		z->inpos = z->inlen - z->z.avail_in;
		z->inframe = 1;
		if (zr == Z_STREAM_END) {
			z->inframe = 0;
			if (inflateReset(&z->z) != Z_OK)
				return diag_set(d, STATUS_DATA,
				    "cannot restart zlib");
		} else if (zr != Z_OK && zr != Z_BUF_ERROR)
			return diag_set(d, STATUS_DATA, "corrupt gzip data%s%s",
			    z->z.msg != NULL ? ": " : "",
			    z->z.msg != NULL ? z->z.msg : "");
	}
	if (z->z.avail_out == len && z->inframe)
		return diag_set(d, STATUS_DATA, "truncated gzip data");
	return (long)(len - z->z.avail_out);
}

static long
read_zstd(struct zin *z, char *buf, size_t len, struct diag *d)
{
	ZSTD_outBuffer out = { buf, len, 0 };

	while (out.pos == 0) {
		ZSTD_inBuffer in;
		size_t zr;

		if (fill(z, d) != 0)
			return -1;
		if (z->inpos == z->inlen)
			break;
		in.src = z->in;
		in.size = z->inlen;
		in.pos = z->inpos;
		zr = ZSTD_decompressStream(z->zs, &out, &in);
		z->inpos = in.pos;
		if (ZSTD_isError(zr))
			return diag_set(d, STATUS_DATA, "corrupt zstd data: %s",
			    ZSTD_getErrorName(zr));
		z->inframe = zr != 0;
	}
	if (out.pos == 0 && z->inframe)
		return diag_set(d, STATUS_DATA, "truncated zstd data");
	return (long)out.pos;
}

long
zin_read(struct zin *z, char *buf, size_t len, double *raw, struct diag *d)
{
	long n;

	switch (z->kind) {
	case ZIN_GZIP:
		n = read_gzip(z, buf, len, d);
		break;
	case ZIN_ZSTD:
		n = read_zstd(z, buf, len, d);
		break;
	default:
		if (z->inpos == z->inlen) {	/* past the peeked bytes */
			n = (long)fread(buf, 1, len, z->fp);
			z->raw += (double)n;
			if (n == 0 && ferror(z->fp))
				return diag_set(d, STATUS_DATA,
				    "read error: %s", strerror(errno));
			break;
		}
		n = (long)(z->inlen - z->inpos < len ? z->inlen - z->inpos :
		    len);
		memcpy(buf, z->in + z->inpos, (size_t)n);
		z->inpos += (size_t)n;
	}
	*raw = z->raw;
	return n;
}

void
zin_close(struct zin *z)
{
	if (z == NULL)
		return;
	if (z->kind == ZIN_GZIP)
		inflateEnd(&z->z);
	ZSTD_freeDStream(z->zs);
	free(z->in);
	free(z);
}
