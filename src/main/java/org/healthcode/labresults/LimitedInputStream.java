package org.healthcode.labresults;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.healthcode.common.RejectedException;

/** Reads at most a given number of bytes and refuses the upload with {@code file-too-large} beyond that. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        count(next < 0 ? 0 : 1);
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int bytes) {
        read += bytes;
        if (read > limit) {
            throw new RejectedException(LabErrorCode.FILE_TOO_LARGE, "body");
        }
    }
}
