package org.healthcode.codes.format;

import java.util.zip.DataFormatException;
import nl.minvws.encoding.Base45;

/** Gives the benchmark the Sig_structure bytes of a code, so the raw signature operations sign the same bytes. */
public final class CodeFormatAccess {

    private CodeFormatAccess() {}

    public static byte[] toBeSigned(String code) throws DataFormatException {
        byte[] zlib = Base45.getDecoder().decode(code.substring(CodeFormat.PREFIX.length()));
        return CoseSign1.decode(Zlib.inflate(zlib, CodeFormat.MAX_INFLATED_BYTES)).toBeSigned();
    }
}
