package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Embed;

/**
 * Gives each X embed the pic.twitter.com link of its post. The link belongs to the post whose
 * signature is on the same line or the line before it (an embed ends 'text pic.twitter.com/x — Name
 * (@handle) date'); failing that, a signature takes an unclaimed link on the line after it, where
 * scraped pages sometimes put the post's last line.
 */
final class EmbedLinker {
  private static final String PIC_HOST = "pic.twitter.com/";

  /** An embed signature found on a line, its url not yet known. */
  record Signature(int line, Embed embed) {}

  /** A media link cut from a line. */
  record Link(int line, String url) {
    /** The link in a removed text, as https://pic.twitter.com/..., or null if it holds none. */
    static Link of(int line, String removedText) {
      int at = removedText.indexOf(PIC_HOST);
      return at < 0 ? null : new Link(line, "https://" + removedText.substring(at));
    }
  }

  private EmbedLinker() {}

  /** The embeds in signature order, with their links where one is found. */
  static List<Embed> link(List<Signature> signatures, List<Link> links) {
    String[] urls = new String[signatures.size()];
    boolean[] taken = new boolean[links.size()];
    for (int offset : new int[] {0, -1}) {
      claim(signatures, links, urls, taken, offset);
    }
    claim(signatures, links, urls, taken, 1);
    List<Embed> embeds = new ArrayList<>(signatures.size());
    for (int s = 0; s < signatures.size(); s++) {
      Embed e = signatures.get(s).embed();
      embeds.add(new Embed(e.platform(), e.author(), e.handle(), e.date(), urls[s], e.offset()));
    }
    return embeds;
  }

  /** Each X signature still without a url takes the first free link at line + offset. */
  private static void claim(
      List<Signature> signatures, List<Link> links, String[] urls, boolean[] taken, int offset) {
    for (int s = 0; s < signatures.size(); s++) {
      Signature sig = signatures.get(s);
      if (urls[s] != null || !"x".equals(sig.embed().platform())) {
        continue;
      }
      for (int l = 0; l < links.size(); l++) {
        if (!taken[l] && links.get(l).line() == sig.line() + offset) {
          taken[l] = true;
          urls[s] = links.get(l).url();
          break;
        }
      }
    }
  }
}
