package org.newsgraph.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into characters, or says why it cannot: a byte order mark wins,
 * then strict UTF-8, then UTF-16 without a mark (recognised by its zero bytes), then the charset
 * juniversalchardet detects. Bytes that look binary are refused before any guessing.
 */
final class TextDecoder {
  /** How many leading bytes (or characters) are inspected for binary content: 8 KB. */
  static final int SNIFF_WINDOW = 8 * 1024;

  /** Share of control characters in the sniff window above which the input counts as binary. */
  static final double MAX_CONTROL_SHARE = 0.10;

  /**
   * Share of zero bytes at odd (or even) positions above which BOM-less input is read as UTF-16.
   */
  private static final double UTF16_ZERO_SHARE = 0.40;

  private TextDecoder() {}

  /** The decoded text, without its byte order mark; the reason as a message when it fails. */
  static String decode(String input, byte[] bytes) throws ReadException {
    Charset bom = bomCharset(bytes);
    String text;
    if (bom != null) {
      text = strictDecode(input, bytes, bom);
    } else {
      Charset utf16 = bomlessUtf16(bytes);
      if (utf16 != null) {
        text = strictDecode(input, bytes, utf16);
      } else {
        refuseBinaryBytes(input, bytes);
        text = decodeWithoutBom(input, bytes);
      }
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    refuseBinaryText(input, text);
    return text;
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * UTF-16LE or BE when zero bytes sit mostly at one parity and (almost) never at the other, as
   * they do in Latin-script text; null otherwise.
   */
  private static Charset bomlessUtf16(byte[] b) {
    int n = Math.min(b.length, SNIFF_WINDOW) & ~1;
    if (n < 2) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZeros++;
      }
      if (b[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (oddZeros >= pairs * UTF16_ZERO_SHARE && evenZeros == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros >= pairs * UTF16_ZERO_SHARE && oddZeros == 0) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static void refuseBinaryBytes(String input, byte[] b) throws ReadException {
    int n = Math.min(b.length, SNIFF_WINDOW);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        throw new ReadException(input, "binary content (NUL byte at offset " + i + ")");
      }
    }
  }

  private static void refuseBinaryText(String input, String text) throws ReadException {
    int n = Math.min(text.length(), SNIFF_WINDOW);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new ReadException(input, "binary content (NUL character at offset " + i + ")");
      }
      if (isControl(c)) {
        controls++;
      }
    }
    if (n > 0 && controls > n * MAX_CONTROL_SHARE) {
      throw new ReadException(
          input,
          String.format(
              Locale.ROOT,
              "binary content (%d of the first %d characters are control characters)",
              controls,
              n));
    }
  }

  /** C0 and C1 controls other than the whitespace ones text uses. */
  private static boolean isControl(char c) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
  }

  private static String decodeWithoutBom(String input, byte[] bytes) throws ReadException {
    try {
      return strictDecode(bytes, StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      // fall through to detection
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      throw new ReadException(
          input, "undecodable: not UTF-8, and no other character set could be detected");
    }
    Charset charset;
    try {
      charset = Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ReadException(input, "undecodable: detected charset " + name + " is unsupported");
    }
    return strictDecode(input, bytes, charset);
  }

  private static String strictDecode(String input, byte[] bytes, Charset charset)
      throws ReadException {
    try {
      return strictDecode(bytes, charset);
    } catch (CharacterCodingException e) {
      throw new ReadException(input, "undecodable: not valid " + charset.name(), e);
    }
  }

  private static String strictDecode(byte[] bytes, Charset charset)
      throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
