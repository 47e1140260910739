package org.newsgraph.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures of an article's word shingles, and their LSH bands: two texts whose shingle
 * sets have Jaccard similarity J agree on each signature position with probability J, and share at
 * least one band with probability 1 - (1 - J^{@value #ROWS})^{@value #BANDS}.
 *
 * <p>Written here rather than taken from info.debatty:java-lsh (last released 2019): its MinHash
 * hashes with {@code (a x + b) mod dictionarySize}, which is not a universal hash for a dictionary
 * of 64-bit shingle hashes, and its band hash ignores the order of the rows (its open issue #22).
 * The seeds are fixed, so signatures stored by one run compare with those of the next.
 */
public final class MinHash {
  /** Words per shingle: 5, long enough that unrelated articles share few. */
  public static final int SHINGLE_WORDS = 5;

  /** Hash functions in a signature: 128 (similarity estimates within about ±0.09). */
  public static final int SIZE = 128;

  /** Rows per LSH band: 4. */
  public static final int ROWS = 4;

  /**
   * LSH bands: 32; a pair at J = 0.5 is a candidate with probability 0.87, at J = 0.3 with 0.23.
   */
  public static final int BANDS = SIZE / ROWS;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = new SplittableRandom(0x5EEDL).longs(SIZE).toArray();

  private MinHash() {}

  /**
   * The signature of a text: for each hash function the least hash of its shingles (lower-cased
   * words, punctuation dropped). A text shorter than a shingle is one shingle; an empty one has an
   * empty signature.
   */
  public static int[] signature(String text) {
    long[] shingles = shingles(text);
    if (shingles.length == 0) {
      return new int[0];
    }
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < SIZE; i++) {
        int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != SIZE || b.length != SIZE) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** The signature's band keys: each band's index and rows hashed to 64 bits. */
  public static long[] bands(int[] sig) {
    if (sig.length != SIZE) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + sig[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The signature as bytes, to store. */
  public static byte[] toBytes(int[] sig) {
    ByteBuffer buf = ByteBuffer.allocate(sig.length * Integer.BYTES);
    for (int v : sig) {
      buf.putInt(v);
    }
    return buf.array();
  }

  /** A stored signature read back. */
  public static int[] fromBytes(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int[] sig = new int[bytes.length / Integer.BYTES];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = buf.getInt();
    }
    return sig;
  }

  /** The distinct shingle hashes, sorted: each run of words hashed from its words' hashes. */
  static long[] shingles(String text) {
    List<Long> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(fnv(m.group()));
    }
    int k = Math.min(SHINGLE_WORDS, words.size());
    long[] out = new long[k == 0 ? 0 : words.size() - k + 1];
    for (int i = 0; i < out.length; i++) {
      long h = k;
      for (int j = i; j < i + k; j++) {
        h = mix(h * 31 + words.get(j));
      }
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** FNV-1a over the UTF-16 units: stable across runs and JVMs, unlike a seeded hash. */
  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finalizer: every input bit flips about half the output bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
