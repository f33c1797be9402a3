package org.healthcode.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.springframework.core.io.InputStreamSource;

/**
 * Uploaded text files (lab results, venue lists) as Chinese systems export them: UTF-8, with or without a byte-order
 * mark, or GB18030 (which includes GBK and GB2312). Files are read strictly, so a wrong encoding is an error and never
 * silently garbled text; they are streamed, never held whole in memory.
 */
public final class UploadedText {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final char BOM = '\uFEFF';

    private UploadedText() {}

    /**
     * The file's encoding: UTF-8 if the whole file decodes as strict UTF-8, else GB18030 if it decodes as that, else
     * none. Reads the file once or twice.
     */
    public static Optional<Charset> detect(InputStreamSource file) throws IOException {
        if (decodes(file, StandardCharsets.UTF_8)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (decodes(file, GB18030)) {
            return Optional.of(GB18030);
        }
        return Optional.empty();
    }

    /** The charset an uploader named, if this Java runtime knows it. */
    public static Optional<Charset> named(String name) {
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    /**
     * A strict reader of the file in this charset, past a leading byte-order mark; text that does not decode makes it
     * throw a {@link CharacterCodingException}.
     */
    public static Reader reader(InputStreamSource file, Charset charset) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(file.getInputStream(), strict(charset)), 1);
        int first = reader.read();
        if (first >= 0 && first != BOM) {
            reader.unread(first);
        }
        return reader;
    }

    private static boolean decodes(InputStreamSource file, Charset charset) throws IOException {
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(file.getInputStream(), strict(charset))) {
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
