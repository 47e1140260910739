package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
  @TempDir Path tmp;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(TextFileReaderTest.class.getResource("/fixtures/read/" + name).toURI());
  }

  private static RawDocument readOne(TextFileReader reader, Path input) throws ReadException {
    List<RawDocument> docs = new ArrayList<>();
    reader.read(input, docs::add);
    assertThat(docs).hasSize(1);
    return docs.get(0);
  }

  @Test
  void firstLineFollowedByBlankLineIsTitle() throws Exception {
    RawDocument doc = readOne(new TextFileReader(), fixture("titled.txt"));

    assertThat(doc.metadata().title()).isEqualTo("Harbour Reopens After Repairs");
    assertThat(doc.text())
        .startsWith("The harbour authority said")
        .doesNotContain("Harbour Reopens")
        .doesNotContain("\r");
  }

  @Test
  void headlineEndingInSemicolonTakesTheDeckLineIntoTheTitle() throws Exception {
    Path file = tmp.resolve("deck.txt");
    Files.writeString(
        file, "Harbour reopens; \nRepairs took a year longer than planned\n\nThe quay reopened.\n");

    RawDocument doc = readOne(new TextFileReader(), file);

    assertThat(doc.metadata().title())
        .isEqualTo("Harbour reopens; Repairs took a year longer than planned");
    assertThat(doc.text()).isEqualTo("The quay reopened.\n");
  }

  @Test
  void firstLineWithoutBlankLineAfterItStaysInTheBody() throws Exception {
    Path file = tmp.resolve("untitled.txt");
    Files.writeString(file, "\nThe quay reopened on Tuesday.\nCargo resumes next week.\n");

    RawDocument doc = readOne(new TextFileReader(), file);

    assertThat(doc.metadata().title()).isNull();
    assertThat(doc.text()).contains("The quay reopened on Tuesday.");
  }

  @Test
  void windows1252FileIsDecoded() throws Exception {
    RawDocument doc = readOne(new TextFileReader(), fixture("windows-1252.txt"));

    assertThat(doc.text()).contains("Café owners", "“new rules”", "€2,000", "a year – a sum");
  }

  @Test
  void utf16WithBomIsDecoded() throws Exception {
    RawDocument doc = readOne(new TextFileReader(), fixture("utf-16-bom.txt"));

    assertThat(doc.text()).startsWith("The naïve plan — officials said —").doesNotContain("\uFEFF");
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsZeroBytes() throws Exception {
    Path file = tmp.resolve("utf16le.txt");
    Files.write(file, "Talks resumed in Geneva on Monday.\n".getBytes("UTF-16LE"));

    assertThat(readOne(new TextFileReader(), file).text())
        .isEqualTo("Talks resumed in Geneva on Monday.\n");
  }

  @Test
  void emptyFileIsRejectedWithItsName() throws Exception {
    Path empty = fixture("empty.txt");

    assertThatThrownBy(() -> new TextFileReader().read(empty, d -> {}))
        .isInstanceOf(ReadException.class)
        .hasMessage(empty + ": empty file (0 bytes)");
  }

  @Test
  void whitespaceOnlyFileIsRejectedAsEmpty() throws Exception {
    Path blank = tmp.resolve("blank.txt");
    Files.writeString(blank, " \n\t\r\n\u00A0 \n");

    assertThatThrownBy(() -> new TextFileReader().read(blank, d -> {}))
        .hasMessage(blank + ": empty file (only whitespace)");
  }

  @Test
  void binaryFileIsRejected() throws Exception {
    Path binary = fixture("binary.bin");

    assertThatThrownBy(() -> new TextFileReader().read(binary, d -> {}))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith(binary + ": binary content");
  }

  @Test
  void controlCharactersWithoutNulBytesAreRejectedAsBinary() throws Exception {
    Path file = tmp.resolve("controls.dat");
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    Files.write(file, bytes);

    assertThatThrownBy(() -> new TextFileReader().read(file, d -> {}))
        .hasMessageContaining("binary content");
  }

  @Test
  void missingFileIsRejected() {
    Path missing = tmp.resolve("no-such-article.txt");

    assertThatThrownBy(() -> new TextFileReader().read(missing, d -> {}))
        .isInstanceOf(ReadException.class)
        .hasMessage(missing + ": no such file")
        .extracting(e -> ((ReadException) e).input())
        .isEqualTo(missing.toString());
  }

  @Test
  void directoryIsRejected() {
    assertThatThrownBy(() -> new TextFileReader().read(tmp, d -> {}))
        .hasMessage(tmp + ": is a directory, not a file");
  }

  @Test
  void tooLargeFileIsRejected() throws Exception {
    Path big = fixture("too-large.txt");
    TextFileReader reader = new TextFileReader(new ReadLimits(100));

    assertThatThrownBy(() -> reader.read(big, d -> {}))
        .isInstanceOf(ReadException.class)
        .hasMessageStartingWith(big + ": too large: more than 100 bytes");
  }

  @Test
  void defaultLimitIsFiveMegabytes() {
    assertThat(ReadLimits.DEFAULTS.maxBytes()).isEqualTo(5L * 1024 * 1024);
    assertThatThrownBy(() -> new ReadLimits(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void undecodableFileIsRejected() throws Exception {
    Path file = tmp.resolve("broken.txt");
    // Valid windows-1252 nowhere: 0x81 and 0x8D are unassigned there, and not UTF-8 either.
    Files.write(file, new byte[] {'a', 'b', (byte) 0x81, (byte) 0x8D, (byte) 0xC3, 'c', '\n'});

    assertThatThrownBy(() -> new TextFileReader().read(file, d -> {}))
        .isInstanceOf(ReadException.class)
        .hasMessageContaining("undecodable");
  }

  @Test
  void lineEndingsBecomeNewlines() throws Exception {
    Path file = tmp.resolve("mac.txt");
    Files.writeString(file, "One.\rTwo.\r\nThree.\n");

    assertThat(readOne(new TextFileReader(), file).text()).isEqualTo("One.\nTwo.\nThree.\n");
  }
}
