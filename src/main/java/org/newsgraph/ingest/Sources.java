package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** Turns the sources named on the command line into the files to read. */
final class Sources {
  /**
   * The extensions a directory is searched for, in lower case. A {@code .xml} file is read as a
   * feed only when named as a source: in a directory it may be anything.
   */
  static final List<String> EXTENSIONS =
      List.of(".txt", ".html", ".htm", ".jsonl", ".rss", ".atom", ".warc", ".warc.gz");

  private Sources() {}

  /**
   * The files: a file as it is, a directory's files with a known extension, recursively, in path
   * order, and the files a glob the shell left alone matches. A source that does not exist, a glob
   * that matches nothing, or a directory that cannot be walked goes to {@code problems}.
   */
  static List<Path> expand(List<Path> sources, BiConsumer<String, String> problems) {
    List<Path> files = new ArrayList<>();
    for (Path source : sources) {
      if (Files.isDirectory(source)) {
        try (Stream<Path> walk = Files.walk(source)) {
          walk.filter(Files::isRegularFile).filter(Sources::known).sorted().forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.accept(source.toString(), "cannot list the directory (" + e.getMessage() + ")");
        }
      } else if (Files.exists(source)) {
        files.add(source);
      } else if (isGlob(source.toString())) {
        glob(source.toString(), files, problems);
      } else {
        problems.accept(source.toString(), "no such file or directory");
      }
    }
    return files;
  }

  private static boolean isGlob(String s) {
    return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /**
   * The files a quoted glob matches ({@code 'news/**.html'}), walked from the longest directory
   * before the first wildcard, in path order.
   */
  private static void glob(String pattern, List<Path> files, BiConsumer<String, String> problems) {
    int wildcard = 0;
    while (!isGlob(String.valueOf(pattern.charAt(wildcard)))) {
      wildcard++;
    }
    int slash = pattern.lastIndexOf('/', wildcard);
    Path base = Path.of(slash < 0 ? "." : pattern.substring(0, slash + 1));
    PathMatcher matcher =
        FileSystems.getDefault().getPathMatcher("glob:" + (slash < 0 ? "./" + pattern : pattern));
    int before = files.size();
    if (Files.isDirectory(base)) {
      try (Stream<Path> walk = Files.walk(base)) {
        walk.filter(Files::isRegularFile).filter(matcher::matches).sorted().forEach(files::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.accept(pattern, "cannot list " + base + " (" + e.getMessage() + ")");
        return;
      }
    }
    if (files.size() == before) {
      problems.accept(pattern, "no file matches");
    }
  }

  static boolean known(Path file) {
    return EXTENSIONS.contains(extension(file));
  }

  /**
   * The extension with its dot, in lower case, or "" when there is none; {@code .warc.gz} counts as
   * one.
   */
  static String extension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc.gz")) {
      return ".warc.gz";
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }
}
